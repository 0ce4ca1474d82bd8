import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../machines/events.ts';
import { CRITERIA } from '../../scenarios/schema.ts';
import { goodCall, testBundle } from '../../scoring/fixtures.ts';
import { score } from '../../scoring/score.ts';
import type { Scorecard } from '../../scoring/types.ts';
import { CRITERION_LABELS } from '../../scoring/labels.ts';
import { adviceCall } from './testing.ts';
import {
  buildTimeline,
  criterionRows,
  filterTimeline,
  locateQuote,
  segmentsOf,
  splitBySpans,
  type TimelineItem,
} from './timeline.ts';
import { typo } from '../i18n/typography.ts';

const bundle = testBundle();

function scoredGood() {
  const { log } = goodCall(bundle);
  return { log, card: score(bundle, log) };
}

const marked = (item: TimelineItem) =>
  segmentsOf(item)
    .filter((s) => s.marked)
    .map((s) => s.text);

describe('splitBySpans', () => {
  it('leaves a text with no span as one plain segment', () => {
    expect(splitBySpans('Bonjour.', [])).toEqual([{ text: 'Bonjour.', marked: false }]);
    expect(splitBySpans('', [])).toEqual([{ text: '', marked: false }]);
  });

  it('marks exactly the span, keeping the words around it', () => {
    expect(splitBySpans('Je comprends votre inquiétude, madame.', [[3, 12]])).toEqual([
      { text: 'Je ', marked: false },
      { text: 'comprends', marked: true },
      { text: ' votre inquiétude, madame.', marked: false },
    ]);
  });

  it('merges overlapping spans, keeps touching ones apart, ignores empty and clamps outside ones', () => {
    expect(
      splitBySpans('abcdefghij', [
        [1, 4],
        [2, 6],
        [6, 8],
        [9, 9],
        [9, 40],
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
      { text: 'gh', marked: true },
      { text: 'i', marked: false },
      { text: 'j', marked: true },
    ]);
  });

  it('always gives the text back when the segments are put together', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 })), {
          maxLength: 6,
        }),
        (text, spans) => {
          const segments = splitBySpans(text, spans);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (let i = 1; i < segments.length; i++) {
            // Two plain segments never follow each other.
            expect(segments[i - 1]!.marked || segments[i]!.marked).toBe(true);
          }
        },
      ),
    );
  });
});

describe('locateQuote', () => {
  it('uses the quote’s own span when the text there matches, else finds the words', () => {
    expect(locateQuote('Bonjour madame', { text: 'madame', span: [8, 14] })).toEqual([8, 14]);
    expect(locateQuote('Oui, bonjour madame', { text: 'madame', span: [8, 14] })).toEqual([13, 19]);
    expect(locateQuote('Bonjour', { text: 'madame', span: [0, 6] })).toBeUndefined();
  });
});

describe('buildTimeline', () => {
  it('puts every point of the scorecard on the moment of the call it is about', () => {
    const { log, card } = scoredGood();
    const items = buildTimeline(log, card, { practice: bundle.practice });
    for (const id of CRITERIA) {
      for (const e of card.criteria[id]?.evidence ?? []) {
        const item = items.find((i) => i.key === e.turn);
        expect(item, `${id} turn ${e.turn}`).toBeDefined();
        expect(item!.t).toBe(e.t);
        expect(item!.points).toContainEqual(
          expect.objectContaining({ criterion: id, points: e.points, why: e.why }),
        );
      }
    }
    const total = CRITERIA.reduce((n, id) => n + (card.criteria[id]?.evidence.length ?? 0), 0);
    expect(items.reduce((n, i) => n + i.points.length, 0)).toBe(total);
  });

  it('shows the conversation in order and leaves out what nobody reads (rings, stress)', () => {
    const { log, card } = scoredGood();
    const items = buildTimeline(log, card, { practice: bundle.practice });
    const keys = items.map((i) => i.key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    for (const i of items) expect(log[i.key]!.type).not.toBe('stress');
    const said = log.filter((e) => e.type === 'trainee.say' || e.type === 'caller.say');
    expect(items.filter((i) => i.kind === 'say' || i.kind === 'prompt')).toHaveLength(said.length);
    const texts = said.map((e) => (e.type === 'trainee.say' || e.type === 'caller.say' ? e.text : ''));
    expect(items.filter((i) => i.kind === 'say' || i.kind === 'prompt').map((i) => i.text)).toEqual(texts);
  });

  it('gives the outcome its own line when the scorecard points at it', () => {
    const { log, card } = scoredGood();
    const items = buildTimeline(log, card, {
      practice: bundle.practice,
      outcomeLabel: (id) => bundle.scenario.outcomes[id]?.label,
    });
    const outcomeTurn = log.findIndex((e) => e.type === 'outcome');
    const pointed = [...CRITERIA.flatMap((id) => card.criteria[id]?.evidence ?? [])].some(
      (e) => e.turn === outcomeTurn,
    );
    const line = items.find((i) => i.key === outcomeTurn);
    if (pointed) expect(line?.text).toBe(typo('Issue de l’appel : Rendez-vous donné'));
    else expect(line).toBeUndefined();
  });

  it('shows when the trainee started typing only where a point is about it', () => {
    const log: LogEntry[] = [
      { t: 0, type: 'pickup' },
      { t: 1000, type: 'caller.say', text: 'Bonjour.', node: 'accueil', mood: 'calm', cause: 'node' },
      { t: 20000, type: 'trainee.typing' },
      { t: 24000, type: 'trainee.typing' },
    ];
    const card = {
      criteria: { timing: { evidence: [{ turn: 2, points: -5, why: 'Réponse après 19 s de silence.' }] } },
    } as unknown as Scorecard;
    const items = buildTimeline(log, card);
    expect(items.find((i) => i.key === 2)).toMatchObject({
      who: 'trainee',
      text: 'Vous commencez à taper votre réponse',
    });
    expect(items.find((i) => i.key === 3)).toBeUndefined();
  });

  it('highlights exactly the quoted words of each point', () => {
    const { log, card } = scoredGood();
    const items = buildTimeline(log, card, { practice: bundle.practice });
    let quotes = 0;
    for (const item of items) {
      const expected = new Set(item.points.flatMap((p) => (p.quote ? [p.quote.text] : [])));
      quotes += expected.size;
      for (const text of marked(item))
        expect(expected.has(text) || [...expected].some((q) => text.includes(q))).toBe(true);
      for (const q of expected) expect(marked(item).some((m) => m.includes(q))).toBe(true);
    }
    expect(quotes).toBeGreaterThan(0);
  });

  it('lists critical failures first on the moment they happened', () => {
    const { log } = adviceCall(bundle);
    const card = score(bundle, log);
    expect(card.critical.map((c) => c.id)).toContain('medical-advice');
    const items = buildTimeline(log, card, { practice: bundle.practice });
    const advice = card.critical.find((c) => c.id === 'medical-advice')!.evidence[0]!;
    const item = items.find((i) => i.key === advice.turn)!;
    expect(item.points[0]).toMatchObject({
      criterion: null,
      critical: 'medical-advice',
      label: 'Avis médical donné',
    });
    // The analyser's own span of the advice, read again from the words at scoring time.
    expect(marked(item)).toHaveLength(1);
    expect(marked(item)[0]).toMatch(/^donnez-lui du paracétamol/);
  });

  it('still describes actions when the scenario is gone, and keeps stray evidence', () => {
    const { log, card } = scoredGood();
    const broken: Scorecard = structuredClone(card);
    broken.criteria.timing!.evidence.push({ turn: 999, t: 0, points: -5, why: 'Hors du journal.' });
    const items = buildTimeline(log, broken);
    expect(items.some((i) => i.kind === 'action')).toBe(true);
    expect(items.at(-1)!.points.at(-1)).toMatchObject({ why: 'Hors du journal.' });
  });

  it('shows the bare call when there is no scorecard', () => {
    const log: LogEntry[] = [
      { t: 0, type: 'ring', n: 1 },
      { t: 1000, type: 'pickup' },
      { t: 2000, type: 'trainee.say', text: 'Bonjour.', acts: [], facts: [] },
      { t: 3000, type: 'hangup', by: 'trainee', reason: 'trainee' },
    ];
    const items = buildTimeline(log, null);
    expect(items.map((i) => i.kind)).toEqual(['event', 'say', 'event']);
    expect(items.every((i) => i.points.length === 0)).toBe(true);
  });
});

describe('filterTimeline', () => {
  it('keeps only the moments of one criterion, with only its points', () => {
    const { log, card } = scoredGood();
    const items = buildTimeline(log, card, { practice: bundle.practice });
    for (const id of CRITERIA) {
      const shown = filterTimeline(items, id);
      const turns = new Set((card.criteria[id]?.evidence ?? []).map((e) => e.turn));
      expect(shown.map((i) => i.key).sort((a, b) => a - b)).toEqual([...turns].sort((a, b) => a - b));
      for (const item of shown) expect(item.points.every((p) => p.criterion === id)).toBe(true);
    }
    expect(filterTimeline(items, null)).toEqual(items);
  });
});

describe('criterionRows', () => {
  it('lists the criteria in rubric order with the scorecard’s own numbers', () => {
    const { card } = scoredGood();
    const rows = criterionRows(card);
    expect(rows.map((r) => r.id)).toEqual([...CRITERIA]);
    for (const row of rows) {
      expect(row.score).toBe(card.criteria[row.id]?.score ?? null);
      expect(row.label).toBe(card.criteria[row.id]?.label ?? CRITERION_LABELS[row.id]);
      // A criterion not evaluated says why (rubric 2).
      if (row.score === null) expect(row.notEvaluated).toBe(card.notEvaluated?.[row.id]);
    }
  });

  it('marks a criterion that does not apply', () => {
    const { card } = scoredGood();
    const partial: Scorecard = { ...card, criteria: { ...card.criteria, accuracy: null } };
    expect(criterionRows(partial).find((r) => r.id === 'accuracy')).toMatchObject({ score: null, tip: null });
  });
});

describe('flagged lines', () => {
  it('marks the lines the trainee flagged during the call', () => {
    const log: LogEntry[] = [
      { t: 0, type: 'ring', n: 1 },
      { t: 2000, type: 'pickup' },
      { t: 4000, type: 'trainee.say', text: 'Bonjour.', acts: [], facts: [] },
      { t: 6000, type: 'trainee.say', text: 'Je regarde.', acts: [], facts: [] },
      { t: 7000, type: 'trainee.flag', turn: 3 },
    ];
    const items = buildTimeline(log, null);
    expect(items.filter((i) => i.understood?.flagged).map((i) => i.text)).toEqual(['Je regarde.']);
  });
});
