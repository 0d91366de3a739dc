/**
 * Which view of the library is open, kept in the address's fragment
 * (`#people`, `#people/<actor id>`), so a reload or the Back button returns
 * to the same place.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryView } from './LibraryTabs.tsx';

export interface LibraryRoute {
  view: LibraryView;
  /** The actor whose page is open, in the People view. */
  actorId: string | null;
}

export function parseRoute(hash: string): LibraryRoute {
  const match = /^#people(?:\/(.+))?$/.exec(hash);
  if (!match) return { view: 'articles', actorId: null };
  return { view: 'people', actorId: match[1] ? safeDecode(match[1]) : null };
}

export function routeHash(route: LibraryRoute): string {
  if (route.view === 'articles') return '';
  return route.actorId === null ? '#people' : `#people/${encodeURIComponent(route.actorId)}`;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function useLibraryRoute(): [LibraryRoute, (route: LibraryRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('popstate', follow);
    return () => removeEventListener('popstate', follow);
  }, []);
  const go = (next: LibraryRoute) => {
    const hash = routeHash(next);
    if (hash !== location.hash) history.pushState(null, '', hash || location.pathname);
    setRoute(next);
  };
  return [route, go];
}
