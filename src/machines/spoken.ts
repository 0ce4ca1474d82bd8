/**
 * Bookings and words together (docs/engine-semantics.md): a slot agreed in words moves the
 * conversation as its booking would, the tool then books it; a booking done without a word makes
 * the caller ask when it is. Pure functions of the call's context.
 */
import type { Analysis } from '../language/labels.ts';
import type { Rule } from '../scenarios/schema.ts';
import type { LogEntryOf, ToolAction } from './events.ts';
import { checkOffer, recalledOffer } from './offer.ts';
import { callerLine, OFFER_ONLY } from './reflex.ts';
import {
  actionTurn,
  applyRule,
  resolveAction,
  ruleHolds,
  settle,
  type CallContext,
  type CallUpdate,
} from './turn.ts';
import type { Turn } from './conditions.ts';
import { Update } from './update.ts';
import { FAULT_ACTS } from '../language/labels.ts';

/** The booking a line agrees in words: a free slot that suits, offered with a date or a time. */
export function offeredBooking(ctx: CallContext, analysis: Analysis, text?: string): Turn | undefined {
  if (analysis.acts.some((a) => FAULT_ACTS.includes(a.type))) return undefined;
  const said = text ?? lastLine(ctx);
  const check = checkOffer(recalledOffer(ctx.log, analysis, said), ctx.agenda, ctx.bundle);
  // A choice (« le 29 ou le 4 ? ») is no slot agreed: the caller picks, or the dialogue reacts.
  if (check?.verdict !== 'free' || !check.slot || check.options) return undefined;
  const { slot } = check;
  const action: ToolAction = { kind: 'book', slot: slot.start, practitioner: slot.practitioner };
  const change = resolveAction(ctx, action);
  if (change.refused || !change.slot) return undefined;
  return { kind: 'action', done: { action, slot: change.slot } };
}

/** The trainee's line just heard (already logged). */
function lastLine(ctx: CallContext): string {
  const e = ctx.log.findLast((x) => x.type === 'trainee.say');
  return e?.type === 'trainee.say' ? e.text : '';
}

/**
 * A `did: book` rule that the slot agreed in words would fire. A line that only offers is heard
 * as the offer before the dialogue's rules (`first`); a line that also does more (gives a number,
 * rephrases) goes to the rules first, and is heard as the offer only if none fires.
 */
export function offerMatches(
  ctx: CallContext,
  analysis: Analysis,
  rule: Rule,
  first: boolean,
  text = '',
): boolean {
  const only = analysis.acts.every((a) => OFFER_ONLY.has(a.type));
  if (only !== first) return false;
  if (first && answersProposal(ctx, analysis, rule, text)) return false;
  const turn = offeredBooking(ctx, analysis, text);
  return turn !== undefined && ruleHolds(ctx, rule, turn);
}

/**
 * The node has its own reaction to a proposal of the very dates said (`said: proposal` with
 * `mentions`: « le 29 ? c'est un mercredi, j'ai les petits »), and the booking rule is not the
 * node's: that reaction comes first, as the scenario wrote it for this moment of the call.
 */
function answersProposal(ctx: CallContext, analysis: Analysis, rule: Rule, text: string): boolean {
  const own = ctx.bundle.scenario.nodes[ctx.node]?.on ?? [];
  if (own.includes(rule)) return false;
  return own.some(
    (r) =>
      !r.when.did &&
      r.when.mentions !== undefined &&
      (r.when.said ?? []).includes('proposal') &&
      ruleHolds(ctx, r, { kind: 'say', text, analysis }),
  );
}

/**
 * The slot is agreed: the conversation moves as the booking rule says (its effects, its line, its
 * node), but the outcome waits for the tool's booking.
 */
export function acceptOffer(ctx: CallContext, rule: Rule, analysis: Analysis): CallUpdate {
  const turn = offeredBooking(ctx, analysis);
  const update = applyRule(ctx, rule, { settle: false });
  if (turn?.kind !== 'action' || !turn.done.slot) return update;
  const { start, practitioner } = turn.done.slot;
  return { ...update, offer: { start, practitioner, ...(rule.settle ? { settle: rule.settle } : {}) } };
}

/**
 * A dialogue rule fired on a line that also offered a free slot (« Jeudi 8 h 40 avec votre
 * médecin, je vous le réserve ? »): the caller heard the offer, so booking that slot with the tool
 * next is the booking agreed in words, not « another appointment ».
 */
export function applySayRule(ctx: CallContext, rule: Rule, analysis: Analysis): CallUpdate {
  const update = applyRule(ctx, rule);
  const turn = offeredBooking(ctx, asOffer(analysis));
  if (rule.end || turn?.kind !== 'action' || !turn.done.slot) return update;
  const { start, practitioner } = turn.done.slot;
  return { ...update, offer: { start, practitioner } };
}

/**
 * A proposal that names a day or a time (« Jeudi 8 h 40 avec votre médecin, je vous le
 * réserve ? ») offers that slot, even when no offer intent was read: only the booking that may
 * follow is matched against it.
 */
function asOffer(analysis: Analysis): Analysis {
  if (analysis.intents?.some((i) => i.type === 'offer_slot')) return analysis;
  const proposal = analysis.acts.find((a) => a.type === 'proposal');
  if (!proposal) return analysis;
  const intent = { type: 'offer_slot' as const, span: proposal.span, confidence: proposal.confidence ?? 0.8 };
  return { ...analysis, intents: [...(analysis.intents ?? []), intent] };
}

/** The tool books the slot agreed in words. */
export function booksOffer(ctx: CallContext, action: ToolAction): boolean {
  if (!ctx.offer || action.kind !== 'book') return false;
  const change = resolveAction(ctx, action);
  const agreed =
    !change.refused &&
    change.slot?.start === ctx.offer.start &&
    change.slot.practitioner === ctx.offer.practitioner;
  if (!agreed || ctx.offer.settle) return agreed;
  // Heard in words but not yet agreed: when the scenario's rule for this booking settles its
  // outcome, that rule decides (its reply, its next step), as for a booking made without a word.
  return !bookingRule(ctx, actionTurn(ctx, action))?.settle;
}

/** The rule the machine would fire for this booking: the node's first, then `anytime`'s. */
function bookingRule(ctx: CallContext, turn: Turn): Rule | undefined {
  const { scenario } = ctx.bundle;
  const rules = [...(scenario.nodes[ctx.node]?.on ?? []), ...scenario.anytime];
  return rules.find((r) => r.when.did && ruleHolds(ctx, r, turn));
}

/** The outcome a later booking rule gives this slot, when the first one only reacts. */
function bookingSettle(ctx: CallContext): string | undefined {
  const done = ctx.done.at(-1);
  if (!done) return undefined;
  const { scenario } = ctx.bundle;
  const rules = [...(scenario.nodes[ctx.node]?.on ?? []), ...scenario.anytime];
  const turn: Turn = { kind: 'action', done };
  return rules.find((r) => r.settle && r.when.did?.action === 'book' && ruleHolds(ctx, r, turn))?.settle;
}

/** The agreed slot booked: its outcome is recorded and the caller thanks. */
export function bookAsAgreed(ctx: CallContext): CallUpdate {
  const u = new Update(ctx);
  const outcome = ctx.offer?.settle ?? bookingSettle(ctx);
  if (outcome) settle(u, outcome);
  return { ...u.say(callerLine(ctx, 'ack'), 'ack').done(), offer: undefined };
}

function spokeOfSlot(e: LogEntryOf<'trainee.say'>): boolean {
  return (
    (e.acts ?? []).some((a) => a.type === 'proposal') ||
    (e.intents ?? []).some((i) => i.type === 'offer_slot' || i.type === 'confirm') ||
    (e.entities ?? []).some((x) => x.kind === 'date' || x.kind === 'time')
  );
}

/**
 * The booking just recorded came without a word: none of the trainee's last two lines since the
 * previous booking offered a slot, proposed one or said a date or a time.
 */
export function silentBooking(ctx: CallContext): boolean {
  const last = ctx.log.at(-1);
  if (last?.type !== 'trainee.action' || last.action.kind !== 'book' || last.refused) return false;
  let lines = 0;
  for (let i = ctx.log.length - 2; i >= 0 && lines < 2; i--) {
    const e = ctx.log[i]!;
    if (e.type === 'pickup' || (e.type === 'trainee.action' && e.action.kind === 'book' && !e.refused)) break;
    if (e.type !== 'trainee.say') continue;
    lines++;
    if (spokeOfSlot(e)) return false;
  }
  return true;
}

/** A rule fired by a tool action; a silent booking makes the caller ask when it is. */
export function applyActionRule(ctx: CallContext, rule: Rule): CallUpdate {
  return applyRule(ctx, rule, { silentBooking: silentBooking(ctx), action: true });
}

/** A tool action no rule reacts to: a booking is acknowledged (or asked about), the rest puzzles. */
export function unmatchedAction(ctx: CallContext, confused: (ctx: CallContext) => CallUpdate): CallUpdate {
  const last = ctx.log.at(-1);
  if (last?.type === 'trainee.action' && last.refused) return {};
  if (last?.type === 'trainee.action' && last.action.kind === 'book')
    return silentBooking(ctx)
      ? new Update(ctx).say(callerLine(ctx, 'whenBooked'), 'when-booked').done()
      : new Update(ctx).say(callerLine(ctx, 'ack'), 'ack').done();
  return confused(ctx);
}
