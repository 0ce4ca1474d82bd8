/**
 * The call as the debrief shows it: each entry of the attempt log a trainee would recognise
 * (caller lines, the trainee's words and actions, pickup, hold, hang-up) with the points it
 * earned or lost, and the trainee's words cut into plain and highlighted segments around the
 * quoted spans. Pure, so the merge of the log with the scorecard's evidence is tested without a
 * DOM, and the component renders segments with `<mark>` (never as HTML).
 */
import type { LogEntry } from '../../machines/events.ts';
import type { Practice } from '../../scenarios/schema.ts';
import { CRITERIA, type CriterionId, type CriticalRule } from '../../scenarios/vocabulary.ts';
import { CRITERION_LABELS } from '../../scoring/labels.ts';
import type { Quote, Scorecard } from '../../scoring/types.ts';
import { transcriptLine, type TranscriptLine } from '../call/transcript.ts';
import { fr } from './strings.ts';

/** One reason a moment of the call gained or lost points. */
export interface TimelinePoint {
  /** The criterion it counts for; `null` for the evidence of a critical failure. */
  criterion: CriterionId | null;
  critical?: CriticalRule;
  /** The criterion's French name, or the critical failure's. */
  label: string;
  points: number;
  why: string;
  quote?: Quote;
  /** The analyser was unsure of the reading behind this point (« lecture incertaine »). */
  uncertain?: true;
}

export interface TimelineItem extends TranscriptLine {
  /** Critical failures first, then the criteria in rubric order. */
  points: TimelinePoint[];
}

export interface Segment {
  text: string;
  marked: boolean;
}

export interface TimelineOptions {
  /** The scenario's practice, to name practitioners and numbers in actions; absent when the scenario is gone. */
  practice?: Practice | undefined;
  /** The label of an outcome id (the scenario's own), for evidence about the outcome. */
  outcomeLabel?: (id: string) => string | undefined;
}

/**
 * Names what an action touched when the scenario (and so its practice) is gone: the action is
 * still described, with the ids the log holds instead of names.
 */
const UNKNOWN_PRACTICE = {
  practitioners: [],
  appointmentTypes: [],
  directory: [],
} as unknown as Practice;

/** Every point of a scorecard, by log index: critical failures first, then criteria in order. */
export function pointsByTurn(card: Scorecard | null): Map<number, TimelinePoint[]> {
  const byTurn = new Map<number, TimelinePoint[]>();
  if (!card) return byTurn;
  const add = (turn: number, point: TimelinePoint) => {
    const list = byTurn.get(turn);
    if (list) list.push(point);
    else byTurn.set(turn, [point]);
  };
  for (const failure of card.critical ?? []) {
    for (const e of failure.evidence ?? []) {
      add(e.turn, {
        criterion: null,
        critical: failure.id,
        label: fr.criticalLabels[failure.id] ?? failure.id,
        points: e.points,
        why: e.why,
        ...(e.quote ? { quote: e.quote } : {}),
        ...(e.uncertain ? { uncertain: true as const } : {}),
      });
    }
  }
  for (const id of CRITERIA) {
    const criterion = card.criteria?.[id];
    if (!criterion) continue;
    for (const e of criterion.evidence ?? []) {
      add(e.turn, {
        criterion: id,
        label: criterion.label || CRITERION_LABELS[id],
        points: e.points,
        why: e.why,
        ...(e.quote ? { quote: e.quote } : {}),
        ...(e.uncertain ? { uncertain: true as const } : {}),
      });
    }
  }
  return byTurn;
}

/** The line for a log entry the transcript does not show, when the scorecard points at it. */
function fallbackLine(entry: LogEntry | undefined, key: number, options: TimelineOptions): TranscriptLine {
  const t = entry?.t ?? 0;
  if (entry?.type === 'outcome') {
    const label = options.outcomeLabel?.(entry.id) ?? entry.id;
    return { key, t, who: 'system', kind: 'event', text: fr.timeline.outcome(label) };
  }
  if (entry?.type === 'ring')
    return { key, t, who: 'system', kind: 'event', text: fr.timeline.ring(entry.n) };
  if (entry?.type === 'trainee.typing')
    return { key, t, who: 'trainee', kind: 'event', text: fr.timeline.typing };
  return { key, t, who: 'system', kind: 'event', text: fr.timeline.moment };
}

/**
 * The log as timeline items, each with its points. Entries nobody reads (rings, stress moves,
 * outcomes) are left out unless the scorecard points at them; evidence about an index the log
 * does not have (a damaged stored record) goes to the last item.
 */
export function buildTimeline(
  log: readonly LogEntry[],
  card: Scorecard | null,
  options: TimelineOptions = {},
): TimelineItem[] {
  const practice = options.practice ?? UNKNOWN_PRACTICE;
  const byTurn = pointsByTurn(card);
  const items: TimelineItem[] = [];
  // Lines the trainee flagged as misunderstood during the call, for trainers to review.
  const flagged = new Set(log.flatMap((e) => (e.type === 'trainee.flag' ? [e.turn] : [])));
  let rings = 0;
  for (let i = 0; i < log.length; i++) {
    const entry = log[i]!;
    if (entry.type === 'ring' && typeof entry.n === 'number') rings = entry.n;
    const points = byTurn.get(i);
    let line: TranscriptLine | undefined;
    try {
      line = transcriptLine(entry, i, practice, rings);
    } catch {
      line = undefined; // an entry a stored log holds in a shape this version cannot describe
    }
    if (!line && !points) continue;
    if (line?.understood && flagged.has(i))
      line = { ...line, understood: { ...line.understood, flagged: true } };
    items.push({ ...(line ?? fallbackLine(entry, i, options)), points: points ?? [] });
    byTurn.delete(i);
  }
  const stray = [...byTurn.values()].flat();
  if (stray.length) {
    let last = items.at(-1);
    if (!last) {
      last = { ...fallbackLine(undefined, log.length, options), points: [] };
      items.push(last);
    }
    last.points.push(...stray);
  }
  return items;
}

/**
 * The timeline filtered to one criterion: only the moments with its evidence, each with only
 * its points (so only its words are highlighted). `null` keeps everything.
 */
export function filterTimeline(
  items: readonly TimelineItem[],
  criterion: CriterionId | null,
): TimelineItem[] {
  if (criterion === null) return [...items];
  const out: TimelineItem[] = [];
  for (const item of items) {
    const points = item.points.filter((p) => p.criterion === criterion);
    if (points.length) out.push({ ...item, points });
  }
  return out;
}

/** How many moments of the timeline carry points: what the filter's status counts. */
export function momentsWithPoints(items: readonly TimelineItem[]): number {
  return items.reduce((n, item) => n + (item.points.length > 0 ? 1 : 0), 0);
}

/**
 * Where a quote sits in a text: its own span when the text there is the quote, else the first
 * place the quoted words appear (a quote stored with an older text), else nowhere.
 */
export function locateQuote(text: string, quote: Quote): [number, number] | undefined {
  const [start, end] = quote.span;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length) {
    if (text.slice(start, end) === quote.text) return [start, end];
  }
  if (!quote.text) return undefined;
  const found = text.indexOf(quote.text);
  return found >= 0 ? [found, found + quote.text.length] : undefined;
}

/**
 * A text cut around half-open spans: overlapping spans are merged into one highlighted
 * segment; spans are clamped to the text and empty ones ignored. The segments put back
 * together give the text unchanged.
 */
export function splitBySpans(text: string, spans: readonly (readonly [number, number])[]): Segment[] {
  const ranges = spans
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const merged: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = merged.at(-1);
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) segments.push({ text: text.slice(at, a), marked: false });
    segments.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** The item's text cut around the words its points quote (only the trainee's words are quoted). */
export function segmentsOf(item: TimelineItem): Segment[] {
  if (item.who !== 'trainee' || item.kind !== 'say') return [{ text: item.text, marked: false }];
  const spans: [number, number][] = [];
  for (const p of item.points) {
    if (!p.quote) continue;
    const span = locateQuote(item.text, p.quote);
    if (span) spans.push(span);
  }
  return splitBySpans(item.text, spans);
}

export interface CriterionRow {
  id: CriterionId;
  label: string;
  /** `null`: not evaluated for this attempt. */
  score: number | null;
  /** Why it was not evaluated, when the scorecard says (rubric 2 and later). */
  notEvaluated: string | null;
  tip: string | null;
  /** Moments of the call with evidence for it. */
  moments: number;
}

/** The criteria of a scorecard in rubric order, as the debrief lists them. */
export function criterionRows(card: Scorecard): CriterionRow[] {
  return CRITERIA.map((id) => {
    const c = card.criteria?.[id] ?? null;
    if (!c)
      return {
        id,
        label: CRITERION_LABELS[id],
        score: null,
        notEvaluated: card.notEvaluated?.[id] ?? null,
        tip: null,
        moments: 0,
      };
    const turns = new Set((c.evidence ?? []).map((e) => e.turn));
    return {
      id,
      label: c.label || CRITERION_LABELS[id],
      score: c.score,
      notEvaluated: null,
      tip: c.tip || null,
      moments: turns.size,
    };
  });
}
