/**
 * What the scorer reads in each trainee line: the analyser's reading of the text NOW, never the
 * acts stored in the log (DESIGN §7: a score comes from the replay of the trainee's inputs), with
 * the scorer's own fallback intents (src/language/readers.ts) merged in. Cached per scenario and text: a
 * re-score of many attempts meets the same lines again, and `score` must stay ≤ 1 ms.
 */
import { analyze, coveredFacts } from '../language/analyze.ts';
import { CLARIFY_BELOW } from '../language/confidence.ts';
import type { Act, Analysis, AnalysisContext, Entity, Intent } from '../language/labels.ts';
import type { CallBundle } from '../scenarios/schema.ts';
import { fallbackIntents, isConditional, sentencesOf } from '../language/readers.ts';
import { findAnyNumber, fold } from './text.ts';
import { actsForCaller } from '../machines/register.ts';

/**
 * Below this confidence a reading that costs points is shown as « lecture incertaine »: the
 * analyser's own threshold, under which the caller asks what was meant.
 */
export const LOW_CONFIDENCE = CLARIFY_BELOW;
/** The confidence of a fallback reading: patterns that look for unmistakable phrasings. */
const FALLBACK_CONFIDENCE = 0.7;
/** Lines kept per scenario; past this the cache starts again (a bound, not an LRU). */
const CACHE_LIMIT = 5000;

export interface Reading {
  acts: Act[];
  /**
   * The scenario's facts this line restates, in any sentence that is not a plain question, with
   * or without a marker (« si je comprends bien »): the analyser's, and the scorer's own.
   */
  facts: string[];
  /**
   * The facts this line echoes back to the caller (Reformulation): restated in a sentence that is
   * not a plain question and carries none of the trainee's own answers — an offer, a refusal, a
   * redirect, a goodbye, advice or a minimising word (« Cette semaine c'est complet », « Je vous
   * propose le 29 avril » name the caller's facts without restating them).
   */
  restated: string[];
  /** The span of a reformulation act said in such a sentence. */
  rephrase?: [number, number];
  greeting?: Analysis['greeting'];
  intents: Intent[];
  entities: Entity[];
  /** The analyser's confidence in the line (1 when it does not say). */
  confidence: number;
}

/** The analyser's context for a scenario: its facts, names and "now". */
export function contextFor(bundle: CallBundle): AnalysisContext {
  return {
    facts: bundle.scenario.facts,
    practiceNames: [bundle.practice.name, ...bundle.practice.practitioners.map((p) => p.name)],
    now: bundle.scenario.moment,
    practitioners: bundle.practice.practitioners.map((p) => p.name),
  };
}

interface Cache {
  context: AnalysisContext;
  lines: Map<string, Reading>;
}
const caches = new WeakMap<CallBundle, Cache>();

/** Numbers that end a vital emergency's call: a mention of one in a redirect may be conditional. */
const EMERGENCY_NUMBERS = ['15', '112', '18', '17'];

function read(text: string, context: AnalysisContext): Reading {
  const analysis = analyze(text, context);
  const intents: Intent[] = [...(analysis.intents ?? [])];
  for (const found of fallbackIntents(text))
    if (!intents.some((i) => i.type === found.type))
      intents.push({ ...found, confidence: FALLBACK_CONFIDENCE });
  const acts = analysis.acts.map((act) => {
    if (act.type !== 'redirect' || act.conditional) return act;
    // The scorer's own reading adds what the analyser missed: the number named in the line, put
    // on a condition or for later.
    const number = findAnyNumber(text, EMERGENCY_NUMBERS);
    return number && isConditional(text, number.span) ? { ...act, conditional: true } : act;
  });
  const echo = echoes(text, acts, intents, context);
  const reading: Reading = {
    acts,
    facts: restatedFacts(text, analysis, context),
    restated: echo.facts,
    intents,
    entities: analysis.entities ?? [],
    confidence: analysis.confidence ?? 1,
  };
  if (echo.rephrase) reading.rephrase = echo.rephrase;
  if (analysis.greeting) reading.greeting = analysis.greeting;
  return reading;
}

/**
 * Acts and intents that make a sentence the trainee's own answer rather than an echo of the
 * caller: what the practice offers or refuses, where the caller is sent, the goodbye, what the
 * trainee does or tells about someone else, and the faults that judge the caller's words.
 */
const OWN_ACTS: ReadonlySet<string> = new Set([
  'proposal',
  'redirect',
  'closing',
  'blunt',
  'minimizing',
  'medical_advice',
]);
const OWN_INTENTS: ReadonlySet<string> = new Set([
  'offer_slot',
  'no_slot',
  'announce_action',
  'safety_net',
  'send_off',
  'discriminatory_refusal',
  'third_party_disclosure',
]);
/**
 * The practice's own no, said by the trainee: « nos médecins ne prennent plus… », « on ne donne
 * pas… », « il n'y a plus rien », « c'est complet ». (« Vous ne pouvez pas travailler » restates.)
 */
const OWN_REFUSAL =
  /\b(?:je|j'|on|nous|nos \w+|les (?:\w+ )?(?:docteurs?|docteures?|medecins?))\s*(?:ne|n')\s*(?:\S+\s+){0,2}?(?:plus|pas|rien|jamais)\b|\bil n'y a (?:plus|pas|rien)\b|\bc'est (?:complet|impossible|pas possible)\b|\bce n'est pas possible\b/;
/** Clauses: a colon ends one too (« …depuis une demi-heure : vous faites le 15 »). */
const clausesOf = (folded: string) =>
  sentencesOf(folded).flatMap((s) => {
    const out: { start: number; end: number; text: string }[] = [];
    const re = /[^:]+:?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)))
      if (m[0].trim())
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
    return out;
  });

/** The clauses of a line that restate the caller's words, and what they restate. */
function echoes(
  text: string,
  acts: readonly Act[],
  intents: readonly Intent[],
  context: AnalysisContext,
): { facts: string[]; rephrase?: [number, number] } {
  const folded = fold(text);
  const overlaps = (span: readonly [number, number], s: { start: number; end: number }) =>
    span[0] < s.end && span[1] > s.start;
  const own = (s: { start: number; end: number; text: string }) =>
    acts.some((a) => OWN_ACTS.has(a.type) && overlaps(a.span, s)) ||
    intents.some((i) => OWN_INTENTS.has(i.type) && overlaps(i.span, s)) ||
    OWN_REFUSAL.test(s.text);
  const echoing = clausesOf(folded).filter((s) => {
    // « …, c'est bien ça ? » checks a restatement, whatever else the clause holds, unless it advises.
    if (CHECKS.test(s.text)) return !acts.some((a) => a.type === 'medical_advice' && overlaps(a.span, s));
    return (
      !own(s) &&
      (!/\?\s*$/.test(s.text) || acts.some((a) => a.type === 'reformulation' && overlaps(a.span, s)))
    );
  });
  const facts = context.facts?.length && echoing.length ? coveredFacts(folded, context.facts, echoing) : [];
  const act = acts.find((a) => a.type === 'reformulation' && echoing.some((s) => overlaps(a.span, s)));
  return act ? { facts, rephrase: act.span } : { facts };
}

/** « …, c'est bien ça ? »: a question that checks a restatement. */
const CHECKS =
  /\b(?:c'?\s?est (?:bien )?(?:ca|cela)|si je comprends|si j'ai bien compris|n'est-ce pas|c'est bien (?:cela|le cas))\b/;

function restatedFacts(text: string, analysis: Analysis, context: AnalysisContext): string[] {
  const facts = context.facts ?? [];
  if (facts.length === 0) return analysis.facts;
  const folded = fold(text);
  const statements = sentencesOf(folded)
    .filter((s) => !/\?\s*$/.test(s.text) || CHECKS.test(s.text))
    .map((s) => s.text)
    .join(' ');
  const ours = statements ? coveredFacts(statements, facts) : [];
  return facts.map((f) => f.id).filter((id) => analysis.facts.includes(id) || ours.includes(id));
}

/** The reading of one trainee line in this scenario. */
export function readLine(bundle: CallBundle, text: string): Reading {
  let cache = caches.get(bundle);
  if (!cache) caches.set(bundle, (cache = { context: contextFor(bundle), lines: new Map() }));
  let reading = cache.lines.get(text);
  if (!reading) {
    if (cache.lines.size >= CACHE_LIMIT) cache.lines.clear();
    reading = read(text, cache.context);
    reading.acts = actsForCaller(reading.acts, text, bundle.caller);
    cache.lines.set(text, reading);
  }
  return reading;
}

const memos = new WeakMap<CallBundle, Map<string, Map<string, unknown>>>();

/**
 * What a pattern finds in a line (trainee or caller), computed once per scenario, kind and text:
 * folding and matching the same lines again on every re-score would cost more than the rest of
 * `score` together.
 */
export function memo<T>(bundle: CallBundle, kind: string, text: string, compute: () => T): T {
  let kinds = memos.get(bundle);
  if (!kinds) memos.set(bundle, (kinds = new Map()));
  let lines = kinds.get(kind);
  if (!lines) kinds.set(kind, (lines = new Map()));
  if (lines.has(text)) return lines.get(text) as T;
  if (lines.size >= CACHE_LIMIT) lines.clear();
  const value = compute();
  lines.set(text, value);
  return value;
}
