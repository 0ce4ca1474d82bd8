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
