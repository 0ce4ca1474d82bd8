/**
 * The current route, following `location.hash`. Moving to another route asks the next page
 * heading to take the focus (see PageHeading.svelte), so keyboard and screen-reader users land
 * on the new page's title; the first load leaves the focus alone.
 */
import { createContext } from 'svelte';
import { parseRoute, routeHref, type Route } from './router.ts';

type HashWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  location: Pick<Location, 'hash' | 'replace'>;
};

export class Router {
  route: Route = $state.raw({ name: 'home' });
  #window: HashWindow;
  #focusRequested = false;
  #listener = () => this.#sync(true);

  constructor(win: HashWindow = window) {
    this.#window = win;
    this.route = parseRoute(win.location.hash);
    win.addEventListener('hashchange', this.#listener);
  }

  #sync(focus: boolean) {
    this.route = parseRoute(this.#window.location.hash);
    if (focus) this.#focusRequested = true;
  }

  /** Goes to a route; `replace` keeps the current one out of the history (a finished call). */
  navigate(route: Exclude<Route, { name: 'notFound' }>, options: { replace?: boolean } = {}): void {
    const hash = routeHref(route);
    if (this.#window.location.hash === hash) return;
    if (options.replace) this.#window.location.replace(hash);
    else this.#window.location.hash = hash;
  }

  /** True once after each navigation: the first heading to ask takes the focus. */
  takeFocusRequest(): boolean {
    const requested = this.#focusRequested;
    this.#focusRequested = false;
    return requested;
  }

  destroy(): void {
    this.#window.removeEventListener('hashchange', this.#listener);
  }
}

export const [getRouter, setRouter, hasRouter] = createContext<Router>();
