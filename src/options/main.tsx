import { render } from 'preact';
import { localiseDocument } from '../shared/i18n.ts';
import { OptionsApp } from './OptionsApp.tsx';

localiseDocument('optionsPageTitle');
render(<OptionsApp />, document.getElementById('app')!);
