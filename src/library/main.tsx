import { render } from 'preact';
import { localiseDocument } from '../shared/i18n.ts';
import { LibraryApp } from './LibraryApp.tsx';

localiseDocument('libraryPageTitle');
render(<LibraryApp />, document.getElementById('app')!);
