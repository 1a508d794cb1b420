import { mount } from 'svelte';
import App from './App.svelte';
import { loadTable, pickLang } from './lib/i18n/index.ts';
import { appState } from './ui/shared/app-state.svelte.ts';
import { locale } from './ui/shared/locale.svelte.ts';
import './ui/shared/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
// The saved choice, else the browser's language; only that language's strings are fetched.
const lang = appState().data.prefs.uiLang ?? pickLang(navigator.languages ?? [navigator.language]);
await loadTable(lang).catch(() => undefined);
locale.lang = lang;
mount(App, { target });
