import { render } from 'preact';
import { localiseDocument } from '../shared/i18n.ts';
import { App } from './components/App.tsx';

localiseDocument('panelPageTitle');
render(<App />, document.getElementById('app')!);
