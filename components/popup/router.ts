import { useSyncExternalStore } from 'react';
import { href, parseRoute, type Route } from './routes';

// The routes themselves are React-free (routes.ts), so the popup's first script can link to them.
export { href, parseRoute, type Route };

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
