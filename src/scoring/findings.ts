/**
 * The faults found in the trainee's words, shared by the criteria and the critical failures:
 * medical advice (the analyser's act, or an instruction about a drug, a dose or home care that
 * the consignes do not carry), minimising, a discriminatory refusal, and a disclosure about
 * another person. Found once per trace.
 */
import {
  aboutPaperwork,
  findCareInstruction,
  findMedicalOpinion,
  findResultReading,
  relativesSource,
} from '../language/readers.ts';
import { memo } from './readings.ts';
import { findDisclosure, fold, inGeneralClause } from './text.ts';
import { at, firstAct, intentOf, textOf, type Say, type Trace } from './trace.ts';

export interface Finding {
  turn: number;
  span: [number, number];
}

export interface Findings {
  advice: Finding[];
  minimizing: Finding[];
  discrimination: Finding[];
  disclosures: Finding[];
}

const found = new WeakMap<Trace, Findings>();
const consignesText = new WeakMap<object, string>();
const ownNamesOf = new WeakMap<object, ReadonlySet<string>>();

/**
 * The folded names of this call's own people: every capitalised word of the caller's profile
 * (their name, who the call is about, what they answer) and of the practitioners' names.
 */
function ownNames(trace: Trace): ReadonlySet<string> {
  const { caller, practice } = trace.bundle;
  let names = ownNamesOf.get(caller);
  if (!names) {
    const text = [JSON.stringify(caller), ...practice.practitioners.map((p) => p.name)].join(' ');
    names = new Set([...text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].map((m) => fold(m[0])));
    ownNamesOf.set(caller, names);
  }
  return names;
}

function consignesOf(trace: Trace): string {
  const { practice } = trace.bundle;
  let text = consignesText.get(practice);
  if (text === undefined) consignesText.set(practice, (text = fold(practice.consignes.join(' '))));
  return text;
}

/**
 * « Ne la faites pas vomir, appelez tout de suite le centre antipoison »: a gesture forbidden while
 * the caller is sent to the service that decides is a safety instruction (the scenarios' model
 * answers say it), not care given. The analyser still reads it as medical advice (LABELS.md).
 */
const PROHIBITION = /\b(?:ne|n')\s*[^.?!,;:]*\b(?:pas|jamais|rien)\b/;
function forbidsWhileOrienting(text: string, span: readonly [number, number], redirects: boolean): boolean {
  return redirects && PROHIBITION.test(fold(text.slice(Math.max(0, span[0] - 12), span[1])));
}

type Span = [number, number];

interface LineFindings {
  advice: Span | undefined;
  minimizing: Span | undefined;
  refusal: Span | undefined;
  disclosure: Span | undefined;
}

/** The analyser's disclosure, unless it is said of any case (« quand il est malade »). */
function disclosureIntent(say: Say, text: string): Span | undefined {
  const span = intentOf(say, 'third_party_disclosure')?.span;
  return span && !inGeneralClause(text, span) ? span : undefined;
}

function lineFindings(trace: Trace, say: Say, relatives: string): LineFindings {
  const text = textOf(say);
  // « Ce n'est qu'une ordonnance » minimises a request: no symptom, no medical opinion.
  const actSpan = (label: 'medical_advice' | 'minimizing') => {
    const act = firstAct(say, label);
    return act && !aboutPaperwork(text, act.span) ? act.span : undefined;
  };
  const adviceAct = actSpan('medical_advice');
  return {
    advice:
      (adviceAct && !forbidsWhileOrienting(text, adviceAct, !!firstAct(say, 'redirect'))
        ? adviceAct
        : undefined) ??
      findCareInstruction(text, consignesOf(trace)) ??
      findResultReading(text) ??
      findMedicalOpinion(text),
    minimizing: actSpan('minimizing'),
    refusal: intentOf(say, 'discriminatory_refusal')?.span,
    disclosure: disclosureIntent(say, text) ?? findDisclosure(text, relatives, ownNames(trace)),
  };
}

export function findings(trace: Trace): Findings {
  const known = found.get(trace);
  if (known) return known;
  const result: Findings = { advice: [], minimizing: [], discrimination: [], disclosures: [] };
  const relatives = relativesSource(trace.bundle.caller.forWhom);
  for (const turn of trace.says) {
    const say = at(trace, turn, 'trainee.say');
    // A line's faults follow from its text and the scorer's reading of it in this scenario (the
    // say carries that reading, trace.ts): found once per scenario and text.
    const line = memo(trace.bundle, 'findings', textOf(say), () => lineFindings(trace, say, relatives));
    if (line.advice) result.advice.push({ turn, span: line.advice });
    if (line.minimizing) result.minimizing.push({ turn, span: line.minimizing });
    if (line.refusal) result.discrimination.push({ turn, span: line.refusal });
    if (line.disclosure) result.disclosures.push({ turn, span: line.disclosure });
  }
  found.set(trace, result);
  return result;
}
