import { describe, expect, it } from 'vitest';
import { fits, leadsOf } from './leads.ts';
import { actRules, re } from './rules.ts';

describe('the rules and the words they can start with', () => {
  it('never turn away a word where an alternative of a rule matches (checked on every rule)', () => {
    for (const r of actRules())
      for (const a of r.alternatives) {
        const leads = leadsOf(a.source);
        if (!leads) continue;
        const pattern = re(a.source, 'y', false);
        for (const text of [
          'bonjour',
          'je',
          'vous',
          'cest',
          "c'est rien",
          'c est rien',
          "j'arrive",
          'j arrive',
          'jarrive',
          "d'accord",
          'appelez',
          '15',
          'calmez',
        ]) {
          pattern.lastIndex = 0;
          if (pattern.test(text) && pattern.lastIndex > 0)
            expect(fits(/^[a-z0-9]+/.exec(text)![0], leads), `${r.label} ${text}`).toBe(true);
        }
      }
  });

  it('can all be read for their leads, but for a few', () => {
    const all = actRules().flatMap((r) => r.alternatives);
    const unread = all.filter((a) => !leadsOf(a.source));
    expect(unread.length).toBeLessThan(all.length / 20);
  });
});
