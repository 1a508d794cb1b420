/** The screens of the app, addressed by the URL's hash so the site works from any sub-path. */
export type Route =
  | { name: 'library' }
  | { name: 'play'; id: string }
  | { name: 'attempt'; id: string }
  | { name: 'not-found' };

/** Reads a hash like `#/play/late-cake`. Pure. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  if (path === '') return { name: 'library' };
  const [head, ...rest] = path.split('/');
  const id = decodeURIComponent(rest.join('/'));
  if (head === 'play' && id) return { name: 'play', id };
  if (head === 'attempt' && id) return { name: 'attempt', id };
  return { name: 'not-found' };
}

/** The hash of a route. Pure. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'play':
      return `#/play/${encodeURIComponent(route.id)}`;
    case 'attempt':
      return `#/attempt/${encodeURIComponent(route.id)}`;
    default:
      return '#/';
  }
}

/** The current route, following the hash. */
class Router {
  route = $state<Route>(typeof location === 'undefined' ? { name: 'library' } : parseHash(location.hash));

  constructor() {
    if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (this.route = parseHash(location.hash)));
  }

  go(route: Route): void {
    const href = hrefOf(route);
    if (location.hash === href) this.route = route;
    else location.hash = href;
  }
}

export const router = new Router();
