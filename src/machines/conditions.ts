/**
 * The guard vocabulary of scenario rules, evaluated. Pure: what the call knows so far and
 * what the trainee does now go in, a yes or no comes out.
 */
import type { Analysis } from '../language/labels.ts';
import type { ActionMatch, Conditions, DirectoryEntry } from '../scenarios/schema.ts';
import { sameNumber } from './agenda.ts';
import type { ResolvedSlot, ToolAction } from './events.ts';

/** A tool action the trainee did, as the call remembers it. */
export interface DoneAction {
  action: ToolAction;
  slot?: ResolvedSlot;
  /** move: the appointment before it moved. */
  from?: ResolvedSlot;
}

export interface CallFacts {
  covered: readonly string[];
  done: readonly DoneAction[];
  stress: number;
  /** Trainee turns in the current node, this one included. */
  turnsInNode: number;
  directory: readonly DirectoryEntry[];
}

/** What the trainee does now: an utterance, a tool action, or nothing (hanging up). */
export type Turn =
  { kind: 'say'; text: string; analysis: Analysis } | { kind: 'action'; done: DoneAction } | { kind: 'none' };

/** Lowercase, without accents or punctuation, single-spaced: for loose word matching. */
export function foldText(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Words for a feeling: « c'est normal » said about one is empathy, not a verdict. */
const FEELING =
  /\b(?:inquie\w*|peur|colere|angoiss\w*|stress\w*|enerve\w*|agace\w*|impatien\w*|frustr\w*|reaction|souci|soucis|emotion\w*|boulevers\w*|inquieter)\b/;
/**
 * « C'est normal de s'inquiéter », « votre colère est normale », « ça vous inquiète, c'est bien
 * normal »: the feeling is said to be legitimate. A rule that listens for « normal » (results
 * given away, a symptom minimised) must not hear it there.
 */
const FEELING_IS_NORMAL =
  / c est (?:bien |tout a fait |tres |parfaitement |assez |bien sur )?(?:normal|legitime|comprehensible)(?= (?:de|d|que|qu) )| c est (?:bien |tout a fait |tres |parfaitement )?(?:normal|legitime|comprehensible)(?= *$)| (?:colere|inquietude|peur|angoisse|reaction|agacement|impatience|frustration|emotion) (?:est|me semble|semble|parait) (?:bien |tout a fait |tres |parfaitement )?(?:normale|legitime|comprehensible)/g;

/** The words a rule's `mentions` are looked for in: the line, without what it says of a feeling. */
export function mentionText(text: string): string {
  return text
    .split(/[.!?;]+/)
    .map((sentence) => {
      const folded = foldText(sentence);
      // « Ne vous inquiétez pas, c'est normal » reassures about a result: it names no feeling.
      const feeling = FEELING.test(folded.replace(/ ne vous inquietez pas /g, ' '));
      return feeling ? folded.replace(FEELING_IS_NORMAL, ' ') : folded;
    })
    .join(' ');
}

export function actionMatches(
  match: ActionMatch,
  done: DoneAction,
  directory: readonly DirectoryEntry[],
): boolean {
  const { action, slot } = done;
  if (action.kind !== match.action) return false;
  if (match.to !== undefined) {
    if (action.kind === 'callback') {
      if (!sameNumber(match.to, action.number ?? '')) return false;
    } else if (action.kind === 'transfer') {
      if (match.to !== action.to) return false;
    } else if (action.kind === 'redirect') {
      const entry = directory.find((d) => sameNumber(d.number, action.to) || d.id === action.to);
      const isColleague = action.to === 'colleague' || entry?.kind === 'colleague';
      if (!(match.to === 'colleague' ? isColleague : sameNumber(match.to, entry?.number ?? action.to)))
        return false;
    } else return false;
  }
  if (match.slot && match.slot !== 'any') {
    const was = slot?.was;
    if (match.slot === 'urgent' ? was !== 'urgent' : was !== 'free') return false;
  }
  if (match.appointment !== undefined) {
    // The appointment touched: where a move took it from, else the slot itself.
    const touched = action.kind === 'move' ? done.from : slot;
    if (touched?.was !== 'booked' || Boolean(touched.own) !== (match.appointment === 'own')) return false;
  }
  if (match.patient !== undefined) {
    const named =
      action.kind === 'book' || action.kind === 'waitlist'
        ? action.patient
        : action.kind === 'move'
          ? done.from?.patient
          : slot?.patient;
    const words = foldText(match.patient).trim().split(' ');
    const text = foldText(named ?? '');
    if (!words.every((w) => text.includes(` ${w} `))) return false;
  }
  if (match.type !== undefined) {
    const type = action.kind === 'book' ? (action.type ?? slot?.type) : slot?.type;
    if (type !== match.type) return false;
  }
  return true;
}

/**
 * The acts a rule's `said` sees. A redirect only on a condition (« si ça ne passe pas, faites le
 * 15 ») is advice for later, not an orientation now: it moves no rule that waits for a redirect.
 * A slot offered in words (« le 29 à 9 h ou le 4 mai à 9 h ») is a proposal, verb or not.
 */
function actsOf(turn: Turn): Set<string> {
  if (turn.kind !== 'say') return new Set();
  const acts = new Set<string>(
    turn.analysis.acts.filter((a) => !(a.type === 'redirect' && a.conditional)).map((a) => a.type),
  );
  if (turn.analysis.intents?.some((i) => i.type === 'offer_slot')) acts.add('proposal');
  return acts;
}

export function conditionsHold(when: Conditions, call: CallFacts, turn: Turn): boolean {
  const acts = actsOf(turn);
  if (when.said && !(turn.kind === 'say' && when.said.every((a) => acts.has(a)))) return false;
  if (when.saidAny && !(turn.kind === 'say' && when.saidAny.some((a) => acts.has(a)))) return false;
  if (when.notSaid && when.notSaid.some((a) => acts.has(a))) return false;
  if (when.mentions) {
    if (turn.kind !== 'say') return false;
    const text = mentionText(turn.text);
    if (!when.mentions.some((m) => text.includes(foldText(m)))) return false;
  }
  if (when.covered) {
    const now = turn.kind === 'say' ? turn.analysis.facts : [];
    if (!when.covered.every((f) => call.covered.includes(f) || now.includes(f))) return false;
  }
  if (when.did && !(turn.kind === 'action' && actionMatches(when.did, turn.done, call.directory)))
    return false;
  if (when.done && !call.done.some((d) => actionMatches(when.done!, d, call.directory))) return false;
  if (when.stressAbove !== undefined && !(call.stress > when.stressAbove)) return false;
  if (when.stressBelow !== undefined && !(call.stress < when.stressBelow)) return false;
  if (when.turnsAtLeast !== undefined && call.turnsInNode < when.turnsAtLeast) return false;
  return true;
}
