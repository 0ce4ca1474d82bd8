import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonl } from './evaluate.ts';
import { fits, leadsOf } from './leads.ts';
import { fold } from './normalize.ts';
import { actRules, re } from './rules.ts';

describe('leadsOf', () => {
  it('reads the words a pattern can start with, through its sugar and its groups', () => {
    expect(leadsOf("c'est rien")).toEqual([
      { prefix: 'c', exact: true },
      { prefix: 'cest', exact: true },
    ]);
    expect(leadsOf('(?:re)?bonjour')).toEqual([
      { prefix: 'rebonjour', exact: true },
      { prefix: 'bonjour', exact: true },
    ]);
    expect(leadsOf('(?<!ne )je (?:vous |te )?comprends?')).toEqual([{ prefix: 'je', exact: true }]);
    expect(leadsOf('desolee?s?')).toEqual([{ prefix: 'desole', exact: false }]);
  });

  it('says only what the word begins with where the pattern is not plain, and nothing where it cannot', () => {
    expect(leadsOf('\\d+ degres')).toHaveLength(10);
    expect(leadsOf('anti\\s?-?poison')).toEqual([{ prefix: 'anti', exact: false }]);
    expect(leadsOf('[a-z]+ant')).toBeUndefined();
    expect(leadsOf('(?:ab){2}')).toBeUndefined();
  });

  it('never turns away a word where an alternative of a rule matches, over example lines', () => {
    // One line in four: every alternative at every word is slow on a loaded machine.
    const examples = parseJsonl(readFileSync(new URL('./examples.jsonl', import.meta.url), 'utf8')).filter(
      (_, i) => i % 4 === 0,
    );
    const lanes = actRules().flatMap((r) =>
      r.alternatives.map((a) => ({
        label: r.label,
        pattern: re(a.source, 'y', false),
        leads: leadsOf(a.source),
      })),
    );
    let checked = 0;
    for (const { text } of examples) {
      const folded = fold(text);
      for (const m of folded.matchAll(/[a-z0-9]+/g)) {
        for (const lane of lanes) {
          if (!lane.leads) continue;
          lane.pattern.lastIndex = m.index;
          if (!lane.pattern.test(folded) || lane.pattern.lastIndex === m.index) continue;
          checked++;
          expect(fits(m[0], lane.leads), `${lane.label} « ${text} » at ${m.index}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
