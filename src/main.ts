/** Entry point: mounts the shell. Everything else is loaded from App.svelte. */
import { mount } from 'svelte';
import './ui/shared/global.css';
import App from './ui/App.svelte';
import { startServiceWorker } from './ui/app/update.svelte.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

mount(App, { target });
// Offline use: the whole build kept by a service worker (not from a file, where there is none).
startServiceWorker();
