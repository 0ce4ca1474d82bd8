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

export function conditionsHold(when: Conditions, call: CallFacts, turn: Turn): boolean {
  const acts = turn.kind === 'say' ? new Set(turn.analysis.acts.map((a) => a.type)) : new Set<string>();
  if (when.said && !(turn.kind === 'say' && when.said.every((a) => acts.has(a)))) return false;
  if (when.saidAny && !(turn.kind === 'say' && when.saidAny.some((a) => acts.has(a)))) return false;
  if (when.notSaid && when.notSaid.some((a) => acts.has(a))) return false;
  if (when.mentions) {
    if (turn.kind !== 'say') return false;
    const text = foldText(turn.text);
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
