/**
 * The app's routes, as hash URLs (`#/bibliotheque`): a static build served from any folder,
 * or opened from disk, routes without a server. Parsing and building are pure.
 */

export type Route =
  | { name: 'home' }
  | { name: 'library' }
  | { name: 'call'; scenarioId: string }
  | { name: 'debrief'; attemptId: string }
  | { name: 'progress' }
  | { name: 'settings' }
  /** The team-server account (login, first run, sync), when the app is served by one. */
  | { name: 'account' }
  | { name: 'invitation'; token: string }
  | { name: 'quarantine' }
  | { name: 'studio'; draftId?: string }
  /** The manager and trainer space (team server): the competency matrix, an attempt read-only. */
  | { name: 'team' }
  | { name: 'review' }
  | { name: 'teamAttempt'; attemptId: string }
  /** Calibration sessions: the list (and a new one), one session (grading blind, then results). */
  | { name: 'calibration' }
  | { name: 'calibrationSession'; sessionId: string }
  | { name: 'notFound'; path: string };

export type RouteName = Route['name'];

const STATIC: Record<string, Route> = {
  '': { name: 'home' },
  bibliotheque: { name: 'library' },
  progression: { name: 'progress' },
  reglages: { name: 'settings' },
  compte: { name: 'account' },
  'mises-de-cote': { name: 'quarantine' },
  atelier: { name: 'studio' },
  equipe: { name: 'team' },
  'equipe/relecture': { name: 'review' },
  'equipe/calibrage': { name: 'calibration' },
};

function decode(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment);
    return value.trim() === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

/** `#/appel/urgence-douleur-thoracique` → `{ name: 'call', scenarioId: 'urgence-douleur-thoracique' }`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '').split('?')[0]!;
  const fixed = STATIC[path];
  if (fixed) return fixed;
  const team = /^equipe\/tentative\/([^/]+)$/.exec(path);
  if (team) {
    const attemptId = decode(team[1]!);
    if (attemptId !== undefined) return { name: 'teamAttempt', attemptId };
  }
  const calibration = /^equipe\/calibrage\/([^/]+)$/.exec(path);
  if (calibration) {
    const sessionId = decode(calibration[1]!);
    if (sessionId !== undefined) return { name: 'calibrationSession', sessionId };
  }
  const [head, id, ...rest] = path.split('/');
  const value = id === undefined || rest.length > 0 ? undefined : decode(id);
  if (value !== undefined) {
    if (head === 'appel') return { name: 'call', scenarioId: value };
    if (head === 'debrief') return { name: 'debrief', attemptId: value };
    if (head === 'invitation') return { name: 'invitation', token: value };
    if (head === 'atelier') return { name: 'studio', draftId: value };
  }
  return { name: 'notFound', path: `/${path}` };
}

/** The hash of a route, for links and navigation. */
export function routeHref(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'library':
      return '#/bibliotheque';
    case 'progress':
      return '#/progression';
    case 'settings':
      return '#/reglages';
    case 'account':
      return '#/compte';
    case 'invitation':
      return `#/invitation/${encodeURIComponent(route.token)}`;
    case 'quarantine':
      return '#/mises-de-cote';
    case 'studio':
      return route.draftId === undefined ? '#/atelier' : `#/atelier/${encodeURIComponent(route.draftId)}`;
    case 'team':
      return '#/equipe';
    case 'review':
      return '#/equipe/relecture';
    case 'teamAttempt':
      return `#/equipe/tentative/${encodeURIComponent(route.attemptId)}`;
    case 'calibration':
      return '#/equipe/calibrage';
    case 'calibrationSession':
      return `#/equipe/calibrage/${encodeURIComponent(route.sessionId)}`;
    case 'call':
      return `#/appel/${encodeURIComponent(route.scenarioId)}`;
    case 'debrief':
      return `#/debrief/${encodeURIComponent(route.attemptId)}`;
  }
}

/** The top-level section a route belongs to, for `aria-current` in the navigation. */
export function sectionOf(
  route: Route,
): 'home' | 'library' | 'progress' | 'settings' | 'account' | 'studio' | 'team' | null {
  switch (route.name) {
    case 'home':
    case 'library':
    case 'progress':
    case 'settings':
      return route.name;
    case 'quarantine':
      return 'settings';
    case 'studio':
      return 'studio';
    case 'call':
      return 'library';
    case 'debrief':
      return 'progress';
    case 'account':
    case 'invitation':
      return 'account';
    case 'team':
    case 'review':
    case 'teamAttempt':
    case 'calibration':
    case 'calibrationSession':
      return 'team';
    case 'notFound':
      return null;
  }
}
