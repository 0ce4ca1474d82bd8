import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, sectionOf } from './router.ts';

describe('the studio routes', () => {
  it('parse and build #/atelier and #/atelier/<draft>', () => {
    expect(parseRoute('#/atelier')).toEqual({ name: 'studio' });
    expect(parseRoute('#/atelier/mon-appel')).toEqual({ name: 'studio', draftId: 'mon-appel' });
    expect(parseRoute('#/atelier/a/b')).toEqual({ name: 'notFound', path: '/atelier/a/b' });
    expect(routeHref({ name: 'studio' })).toBe('#/atelier');
    expect(routeHref({ name: 'studio', draftId: 'é t' })).toBe('#/atelier/%C3%A9%20t');
    expect(parseRoute(routeHref({ name: 'studio', draftId: 'é t' }))).toEqual({
      name: 'studio',
      draftId: 'é t',
    });
    expect(sectionOf({ name: 'studio', draftId: 'x' })).toBe('studio');
  });
});

describe('the team routes', () => {
  it('parses and builds the matrix and a read-only attempt', () => {
    expect(parseRoute('#/equipe')).toEqual({ name: 'team' });
    expect(parseRoute(routeHref({ name: 'review' }))).toEqual({ name: 'review' });
    expect(parseRoute('#/equipe/calibrage')).toEqual({ name: 'calibration' });
    expect(parseRoute(routeHref({ name: 'calibrationSession', sessionId: 'a b' }))).toEqual({
      name: 'calibrationSession',
      sessionId: 'a b',
    });
    expect(parseRoute('#/equipe/tentative/a%20b')).toEqual({ name: 'teamAttempt', attemptId: 'a b' });
    expect(routeHref({ name: 'teamAttempt', attemptId: 'a b' })).toBe('#/equipe/tentative/a%20b');
    expect(parseRoute('#/equipe/tentative/')).toEqual({ name: 'notFound', path: '/equipe/tentative' });
    expect(sectionOf({ name: 'teamAttempt', attemptId: 'x' })).toBe('team');
  });
});
