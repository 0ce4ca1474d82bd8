import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../machines/events.ts';
import { parseScript, playScript, type Script } from '../machines/play.ts';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { MAX_CALL_MS, verifyAttempt } from './replay.ts';
import { score } from './score.ts';

const GOLDEN = join(import.meta.dirname, '..', '..', 'tests', 'golden');
const { bundles } = await loadBuiltinPacks();
const FEVER = 'fievre-enfant-fin-de-journee';
const bundleOf = (id: string) => bundles.find((b) => b.scenario.id === id)!;

function played(id: string, name: string): { bundle: ScenarioBundle; log: LogEntry[] } {
  const bundle = bundleOf(id);
  const script = parseScript(JSON.parse(readFileSync(join(GOLDEN, id, `${name}.json`), 'utf8')));
  return { bundle, log: playScript(bundle, script).log };
}

const clone = <T>(value: T): T => structuredClone(value);

describe('verifyAttempt', () => {
  it.each(['good', 'poor', 'dangerous'])(
    'rebuilds a played %s call exactly and scores it the same',
    (name) => {
      const { bundle, log } = played(FEVER, name);
      const result = verifyAttempt(bundle, { log: clone(log), scenarioVersion: bundle.scenario.version });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.mismatches).toEqual([]);
      expect(result.log).toEqual(log);
      expect(result.scorecard).toEqual(score(bundle, log));
    },
  );

  it('never takes acts, facts or outcomes from the file: « zzz » tagged with every act scores its true value', () => {
    const bundle = bundleOf(FEVER);
    const honest = verifyAttempt(bundle, {
      log: [
        { t: 0, type: 'ring', n: 1 },
        { t: 1000, type: 'pickup' },
        { t: 4000, type: 'trainee.say', text: 'zzz', acts: [], facts: [] },
        { t: 4000, type: 'hangup', by: 'trainee', reason: 'trainee' },
      ],
    });
    const forged = verifyAttempt(bundle, {
      log: [
        { t: 0, type: 'ring', n: 1 },
        { t: 1000, type: 'pickup' },
        {
          t: 4000,
          type: 'trainee.say',
          text: 'zzz',
          acts: ['greeting', 'empathy', 'reformulation', 'closing'].map((type) => ({ type, span: [0, 3] })),
          facts: bundle.scenario.facts.map((f) => f.id),
          greeting: { namesPractice: true, namesSpeaker: true },
        },
        { t: 4000, type: 'outcome', id: 'constructor', verdict: 'correct' },
        { t: 4000, type: 'hangup', by: 'trainee', reason: 'trainee' },
      ],
    });
    expect(honest.ok && forged.ok).toBe(true);
    if (!honest.ok || !forged.ok) return;
    expect(forged.scorecard).toEqual(honest.scorecard);
    expect(forged.scorecard.passed).toBe(false);
    expect(forged.scorecard.total).toBeLessThan(50);
    // The readings in the file are ignored (derived data); the invented outcome is flagged.
    expect(forged.mismatches.join('\n')).not.toMatch(/« trainee\.say »/);
    expect(forged.mismatches.join('\n')).toMatch(/entrée 4 \(« outcome »\)/);
  });

  it('flags a changed caller line or outcome, and keeps the replayed one', () => {
    const { bundle, log } = played(FEVER, 'good');
    const forged = clone(log);
    const line = forged.findIndex((e) => e.type === 'caller.say');
    (forged[line] as { text: string }).text = 'Vous êtes parfaite.';
    const result = verifyAttempt(bundle, { log: forged });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mismatches).toEqual([
      `entrée ${line + 1} (« caller.say ») : « text » ne correspond pas au rejeu`,
    ]);
    expect(result.log).toEqual(log);
  });

  it('does not count inputs after the call has ended', () => {
    const { bundle, log } = played(FEVER, 'poor');
    const end = log.at(-1)!.t;
    const result = verifyAttempt(bundle, {
      log: [
        ...log,
        { t: end + 1000, type: 'trainee.say', text: 'Au revoir madame, bonne soirée.', acts: [], facts: [] },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scorecard).toEqual(score(bundle, log));
    expect(result.mismatches[0]).toMatch(
      /^entrée \d+ \(« trainee\.say »\) à [\d,]+ s : l’appel était déjà terminé/,
    );
  });

  it.each([
    [
      'decreasing times',
      (log: LogEntry[]) => {
        log[3]!.t = 1;
      },
      /le temps recule/,
    ],
    [
      't = 1e300',
      (log: LogEntry[]) => {
        log.at(-1)!.t = 1e300;
      },
      /au-delà de la durée maximale/,
    ],
    [
      'a time past the limit',
      (log: LogEntry[]) => {
        log.at(-1)!.t = MAX_CALL_MS + 1;
      },
      /au-delà/,
    ],
    [
      'a negative time',
      (log: LogEntry[]) => {
        log[0]!.t = -1;
      },
      /nombre fini ≥ 0/,
    ],
    [
      'a say without text',
      (log: LogEntry[]) => {
        delete (log.find((e) => e.type === 'trainee.say') as { text?: string }).text;
      },
      /mal formée \(text\)/,
    ],
    [
      'an unknown action',
      (log: LogEntry[]) => {
        (log.find((e) => e.type === 'trainee.action') as { action: { kind: string } }).action.kind =
          'constructor';
      },
      /mal formée \(action\.kind\)/,
    ],
    [
      'an entry that is not an object',
      (log: LogEntry[]) => {
        (log as unknown[])[2] = 'pickup';
      },
      /entrée 3 : une entrée \{ t, type \} est attendue/,
    ],
  ])('rejects a log with %s, in French', (_, forge, message) => {
    const { bundle, log } = played(FEVER, 'good');
    const forged = clone(log);
    forge(forged);
    const result = verifyAttempt(bundle, { log: forged });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(message);
  });

  it('rejects what is not a log', () => {
    const bundle = bundleOf(FEVER);
    for (const log of [undefined, null, {}, 'log', []]) {
      const result = verifyAttempt(bundle, { log });
      expect(result.ok).toBe(false);
    }
  });

  it('says when the attempt was played on another version of the scenario', () => {
    const { bundle, log } = played(FEVER, 'good');
    const result = verifyAttempt(bundle, { log, scenarioVersion: bundle.scenario.version + 1 });
    expect(result.ok && result.mismatches[0]).toMatch(
      /jouée sur la version \d+ du scénario, rejouée sur la version/,
    );
  });
});

const LINES = [
  'Cabinet de pédiatrie du Canal, bonsoir.',
  'Je comprends votre inquiétude.',
  'Si je comprends bien, votre fils a de la fièvre depuis ce midi ?',
  'Donnez-lui du paracétamol.',
  'Ne quittez pas, je regarde.',
  'Au revoir.',
  'zzz',
];
const step = fc
  .record(
    {
      wait: fc.integer({ min: 0, max: 40 }),
      say: fc.constantFrom(...LINES),
      do: fc.constantFrom('pickup', 'hold', 'resume', 'hangup', 'redirect'),
    },
    { requiredKeys: ['wait'] },
  )
  .map((s) => (s.do === 'redirect' ? { ...s, to: '15' } : s));

describe('verifyAttempt, on any played call', () => {
  it('finds no mismatch and the same score (any script)', () => {
    const bundle = bundleOf(FEVER);
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const { log } = playScript(bundle, { steps } as Script);
        const result = verifyAttempt(bundle, { log: clone(log) });
        expect(result.ok && result.mismatches).toEqual([]);
        expect(result.ok && result.scorecard).toEqual(score(bundle, log));
      }),
      { numRuns: 40 },
    );
  });

  it('notices any derived entry changed by hand, and scores the true log', () => {
    const { bundle, log } = played(FEVER, 'good');
    const derived = log.flatMap((e, i) => (['caller.say', 'stress', 'outcome'].includes(e.type) ? [i] : []));
    fc.assert(
      fc.property(fc.constantFrom(...derived), fc.string({ minLength: 1, maxLength: 8 }), (i, junk) => {
        const forged = clone(log);
        (forged[i] as unknown as Record<string, unknown>).extra = junk;
        const result = verifyAttempt(bundle, { log: forged });
        expect(result.ok && result.mismatches).toEqual([
          `entrée ${i + 1} (« ${log[i]!.type} ») : « extra » ne correspond pas au rejeu`,
        ]);
        expect(result.ok && result.scorecard).toEqual(score(bundle, log));
      }),
      { numRuns: 30 },
    );
  });
});

describe('typed text on replay', () => {
  it('reads an NFD line with zero-width characters as the trainee meant it', () => {
    const bundle = bundleOf(FEVER);
    const result = verifyAttempt(bundle, {
      log: [
        { t: 0, type: 'ring', n: 1 },
        { t: 1000, type: 'pickup' },
        { t: 6000, type: 'trainee.say', text: 'Donnez\u200b-lui du parace\u0301tamol.', acts: [], facts: [] },
        { t: 9000, type: 'hangup', by: 'trainee', reason: 'trainee' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const say = result.log.find((e) => e.type === 'trainee.say')!;
    expect(say).toMatchObject({ text: 'Donnez-lui du paracétamol.' });
    expect(say.type === 'trainee.say' && say.acts.map((a) => a.type)).toContain('medical_advice');
    expect(result.scorecard.critical.map((c) => c.id)).toContain('medical-advice');
    expect(result.mismatches.join('\n')).toMatch(
      /entrée 3 \(« trainee\.say »\) : « text » ne correspond pas au rejeu/,
    );
  });
});
