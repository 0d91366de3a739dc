import { render } from 'preact';
import { LibraryApp } from './LibraryApp.tsx';

render(<LibraryApp />, document.getElementById('app')!);
