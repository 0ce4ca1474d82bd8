/** Entry point: mounts the shell. Everything else is loaded from App.svelte. */
import { mount } from 'svelte';
import './ui/shared/global.css';
import App from './ui/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

mount(App, { target });
