/**
 * The call as a statechart, compiled from a scenario. Every implementation is named in
 * `setup`; the compiled config refers to them by name with the scenario's rules as params,
 * so a scenario is data all the way down.
 *
 *   ringing ──pickup──▶ inCall (parallel) ──the trainee hangs up──────────────────▶ ended
 *                         │                  ──the caller hangs up──▶ wrapUp ──done──▶ ended
 *                         ├─ conversation: one state per dialogue node
 *                         ├─ line: talking ⇄ onHold → checked in (the caller's hold patience)
 *                         └─ attention: listening → prompted (silence) → the caller hangs up
 *
 * An utterance goes, in order, to: the caller on hold (who hears nothing), a clarification when
 * the reading is unsure, the caller's own reflexes (answer a side question, question a slot that
 * is not free, wait while the trainee looks), a free slot agreed in words moving the dialogue as
 * its booking would, the dialogue's rules, the caller's reflexes again, and « Pardon ? ».
 */
import { assign, assertEvent, setup, type StateNodeConfig } from 'xstate';
import type { Analysis } from '../language/labels.ts';
import type { Rule, CallBundle } from '../scenarios/schema.ts';
import type { HangupReason, LogEntryOf, ToolAction } from './events.ts';
import * as reflex from './reflex.ts';
import * as spoken from './spoken.ts';
import * as turn from './turn.ts';
import type { CallContext } from './turn.ts';

/** French ring cadence: 1.5 s of tone, 3.5 s of silence. */
export const RING_PERIOD_MS = 5000;
/** Picking up within this many rings is on time. */
export const RINGS_ON_TIME = 3;

export type CallEvent =
  | { type: 'trainee.pickup' }
  | { type: 'trainee.say'; text: string; analysis: Analysis }
  | { type: 'trainee.action'; action: ToolAction }
  | { type: 'trainee.hold' }
  | { type: 'trainee.resume' }
  | { type: 'trainee.hangup' }
  | { type: 'trainee.typing' }
  | { type: 'trainee.done' }
  | { type: 'trainee.flag'; turn: number };

/** After-call work ends by itself after this long. */
export const WRAP_UP_LIMIT_MS = 120_000;
/** On hold, after checking in, the caller gives the trainee this long before hanging up. */
export const HOLD_GRACE_MS = 20_000;
/** After « je regarde », the silence the caller bears before prompting is this many times longer. */
export const WAITING_SILENCE_FACTOR = 3;

export interface CallInput {
  bundle: CallBundle;
  now: () => number;
  /** The seed entry of a scenario with variables (`bundle` is then the instantiated one). */
  variation?: LogEntryOf<'variation'>;
}

const hangUpParams = (by: 'trainee' | 'caller', reason: HangupReason) =>
  ({ type: 'hangUp', params: { by, reason } }) as const;

export const callSetup = setup({
  types: {
    context: {} as CallContext,
    events: {} as CallEvent,
    input: {} as CallInput,
  },
  actions: {
    ring: assign(({ context }) => turn.ring(context)),
    pickUp: assign(({ context }) => turn.pickUp(context)),
    sayOpening: assign(({ context }) => turn.sayOpening(context)),
    hear: assign(({ context, event }) => {
      assertEvent(event, 'trainee.say');
      return turn.hearUtterance(context, event.text, event.analysis);
    }),
    act: assign(({ context, event }) => {
      assertEvent(event, 'trainee.action');
      return turn.doAction(context, event.action);
    }),
    applyRule: assign(({ context }, params: { rule: Rule }) => turn.applyRule(context, params.rule)),
    applySayRule: assign(({ context, event }, params: { rule: Rule }) => {
      assertEvent(event, 'trainee.say');
      return spoken.applySayRule(context, params.rule, event.analysis);
    }),
    applyActionRule: assign(({ context }, params: { rule: Rule }) =>
      spoken.applyActionRule(context, params.rule),
    ),
    acceptOffer: assign(({ context, event }, params: { rule: Rule }) => {
      assertEvent(event, 'trainee.say');
      return spoken.acceptOffer(context, params.rule, event.analysis);
    }),
    bookAsAgreed: assign(({ context }) => spoken.bookAsAgreed(context)),
    clarify: assign(({ context }) => reflex.react(context, { kind: 'clarify' })),
    reflexFirst: assign(({ context, event }) => {
      assertEvent(event, 'trainee.say');
      const r = reflex.reflexBeforeRules(context, event.analysis, event.text);
      return r ? reflex.reactAndAnswer(context, r, event.analysis) : {};
    }),
    reflexLate: assign(({ context, event }) => {
      assertEvent(event, 'trainee.say');
      const r = reflex.reflexAfterRules(context, event.analysis, event.text);
      return r ? reflex.reactAndAnswer(context, r, event.analysis) : {};
    }),
    answerSideQuestions: assign(({ context, event }) => {
      assertEvent(event, 'trainee.say');
      return reflex.answerUnanswered(context, event.analysis);
    }),
    confused: assign(({ context }) => turn.confused(context)),
    confusedUnlessRefused: assign(({ context }) => spoken.unmatchedAction(context, turn.confused)),
    holdCheck: assign(({ context }) => turn.holdCheck(context)),
    startWrapUp: assign(({ context }) => turn.startWrapUp(context)),
    endWrapUp: assign(({ context }, params: { by: 'trainee' | 'limit' }) =>
      turn.endWrapUp(context, params.by),
    ),
    flag: assign(({ context, event }) => {
      assertEvent(event, 'trainee.flag');
      return turn.flag(context, event.turn);
    }),
    silencePrompt: assign(({ context }) => turn.silencePrompt(context)),
    typing: assign(({ context }) => turn.typing(context)),
    hold: assign(({ context }) => turn.putOnHold(context)),
    resume: assign(({ context }) => turn.resume(context)),
    hangUp: assign(({ context }, params: { by: 'trainee' | 'caller'; reason: HangupReason }) =>
      turn.hangUp(context, params.by, params.reason),
    ),
  },
  guards: {
    ringsLeft: ({ context }) => context.rings < context.bundle.scenario.maxRings,
    onHold: ({ context }) => context.onHold,
    callerLeaving: ({ context }) => context.leaving,
    stressAtLimit: ({ context }) => context.stress >= context.bundle.caller.stressLimit,
    uncertain: ({ event }) => {
      assertEvent(event, 'trainee.say');
      return reflex.uncertain(event.analysis);
    },
    reflexFirst: ({ context, event }) => {
      assertEvent(event, 'trainee.say');
      return reflex.reflexBeforeRules(context, event.analysis, event.text) !== undefined;
    },
    reflexLate: ({ context, event }) => {
      assertEvent(event, 'trainee.say');
      return reflex.reflexAfterRules(context, event.analysis, event.text) !== undefined;
    },
    offerMatches: ({ context, event }, params: { rule: Rule; first: boolean }) => {
      assertEvent(event, 'trainee.say');
      return spoken.offerMatches(context, event.analysis, params.rule, params.first, event.text);
    },
    booksOffer: ({ context, event }) => {
      assertEvent(event, 'trainee.action');
      return spoken.booksOffer(context, event.action);
    },
    heardDiscrimination: ({ event }) => {
      assertEvent(event, 'trainee.say');
      return reflex.heardDiscrimination(event.analysis);
    },
    utteranceMatches: ({ context, event }, params: { rule: Rule }) => {
      assertEvent(event, 'trainee.say');
      return turn.ruleHolds(context, params.rule, {
        kind: 'say',
        text: event.text,
        analysis: event.analysis,
      });
    },
    actionMatches: ({ context, event }, params: { rule: Rule }) => {
      assertEvent(event, 'trainee.action');
      return turn.ruleHolds(context, params.rule, turn.actionTurn(context, event.action));
    },
  },
  delays: {
    ringPeriod: RING_PERIOD_MS,
    // The silence starts once the caller has finished saying their reply.
    silencePrompt: ({ context }) =>
      context.bundle.scenario.silencePrompt * 1000 * (context.waiting ? WAITING_SILENCE_FACTOR : 1) +
      turn.replySpeakingMs(context),
    patience: ({ context }) => context.bundle.caller.patience * 1000,
    holdPatience: ({ context }) => context.bundle.caller.holdPatience * 1000,
    holdGrace: HOLD_GRACE_MS,
    openingWait: turn.OPENING_WAIT_MS,
    wrapUpLimit: WRAP_UP_LIMIT_MS,
  },
});

type NodeConfig = StateNodeConfig<
  CallContext,
  CallEvent,
  never,
  never,
  never,
  never,
  never,
  never,
  never,
  never
>;

/** One conversation state per dialogue node: its rules, then the scenario's `anytime` rules. */
function compileNode(nodeId: string, bundle: CallBundle) {
  const { scenario } = bundle;
  const rules = [...scenario.nodes[nodeId]!.on, ...scenario.anytime];
  const sayRule = (rule: Rule) => ({
    guard: { type: 'utteranceMatches' as const, params: { rule } },
    ...(rule.goto && rule.goto !== nodeId ? { target: rule.goto } : {}),
    actions: [
      'hear' as const,
      { type: 'applySayRule' as const, params: { rule } },
      'answerSideQuestions' as const,
    ],
  });
  const actionRule = (rule: Rule) => ({
    guard: { type: 'actionMatches' as const, params: { rule } },
    ...(rule.goto && rule.goto !== nodeId ? { target: rule.goto } : {}),
    actions: ['act' as const, { type: 'applyActionRule' as const, params: { rule } }],
  });
  // A free slot agreed in words moves the dialogue as the rule for its booking would.
  const offerRule = (first: boolean) => (rule: Rule) => ({
    guard: { type: 'offerMatches' as const, params: { rule, first } },
    ...(rule.goto && rule.goto !== nodeId ? { target: rule.goto } : {}),
    actions: [
      'hear' as const,
      { type: 'acceptOffer' as const, params: { rule } },
      'answerSideQuestions' as const,
    ],
  });
  const bookRules = rules.filter((r) => r.when.did?.action === 'book');
  // A refusal for the patient's cover, origin or handicap, in any words: the scenario's reaction
  // to discrimination (its rule settling a `discrimination` outcome) fires, whatever it listens for.
  const discrimination = rules.find(
    (r) => !r.when.did && r.settle && reflex.settlesDiscrimination(bundle, r.settle),
  );
  const discriminationRule = discrimination
    ? [
        {
          guard: 'heardDiscrimination' as const,
          ...(discrimination.goto && discrimination.goto !== nodeId ? { target: discrimination.goto } : {}),
          actions: ['hear' as const, { type: 'applySayRule' as const, params: { rule: discrimination } }],
        },
      ]
    : [];
  return {
    on: {
      'trainee.say': [
        // The caller on hold cannot hear: the words are logged, nothing else happens.
        { guard: 'onHold', actions: 'hear' },
        { guard: 'uncertain', actions: ['hear', 'clarify'] },
        ...discriminationRule,
        { guard: 'reflexFirst', actions: ['hear', 'reflexFirst'] },
        ...bookRules.map(offerRule(true)),
        ...rules.filter((r) => !r.when.did).map(sayRule),
        ...bookRules.map(offerRule(false)),
        { guard: 'reflexLate', actions: ['hear', 'reflexLate'] },
        { actions: ['hear', 'confused'] },
      ],
      'trainee.action': [
        { guard: 'booksOffer', actions: ['act', 'bookAsAgreed'] },
        ...rules.filter((r) => r.when.did).map(actionRule),
        { actions: ['act', 'confusedUnlessRefused'] },
      ],
    },
  };
}

export function compileCallMachine(bundle: CallBundle) {
  const { scenario } = bundle;
  const nodes = Object.fromEntries(Object.keys(scenario.nodes).map((id) => [id, compileNode(id, bundle)]));
  // Anything the trainee says or does restarts the silence clock; so does typing a reply, which
  // on the phone would already be speech.
  const heard = (target: 'listening') => ({
    'trainee.say': { target, reenter: true },
    'trainee.action': { target, reenter: true },
    'trainee.typing': { target, reenter: true, actions: 'typing' as const },
  });

  return callSetup.createMachine({
    id: 'call',
    context: ({ input }) => turn.initialContext(input.bundle, input.now, input.variation),
    initial: 'ringing',
    states: {
      ringing: {
        entry: 'ring',
        after: {
          ringPeriod: [
            { guard: 'ringsLeft', target: 'ringing', reenter: true },
            { target: 'ended', actions: hangUpParams('caller', 'missed') },
          ],
        },
        on: {
          'trainee.pickup': { target: 'inCall', actions: 'pickUp' },
          'trainee.hangup': { target: 'ended', actions: hangUpParams('trainee', 'trainee') },
        },
      },
      inCall: {
        type: 'parallel',
        always: [
          { guard: 'callerLeaving', target: 'wrapUp', actions: hangUpParams('caller', 'done') },
          { guard: 'stressAtLimit', target: 'wrapUp', actions: hangUpParams('caller', 'stress') },
        ],
        on: {
          'trainee.hangup': { target: 'ended', actions: hangUpParams('trainee', 'trainee') },
          'trainee.flag': { actions: 'flag' },
        },
        states: {
          conversation: { initial: scenario.start, states: nodes as Record<string, NodeConfig> },
          line: {
            initial: 'talking',
            states: {
              talking: { on: { 'trainee.hold': { target: 'onHold', actions: 'hold' } } },
              onHold: {
                after: { holdPatience: { target: 'checkedIn', actions: 'holdCheck' } },
                on: { 'trainee.resume': { target: 'talking', actions: 'resume' } },
              },
              checkedIn: {
                after: { holdGrace: { target: '#call.wrapUp', actions: hangUpParams('caller', 'hold') } },
                on: { 'trainee.resume': { target: 'talking', actions: 'resume' } },
              },
            },
          },
          // The caller waits for the secretary's greeting; typing is speech on its way.
          opening: {
            initial: 'waiting',
            states: {
              waiting: {
                after: { openingWait: { target: 'spoken', actions: 'sayOpening' } },
                on: {
                  'trainee.say': 'spoken',
                  'trainee.action': { target: 'spoken', actions: 'sayOpening' },
                  'trainee.typing': { target: 'waiting', reenter: true },
                },
              },
              spoken: {},
            },
          },
          attention: {
            // Transitions stay inside this region: a transition on the region itself would
            // conflict with the conversation's and lose (document order), and stop resetting.
            initial: 'listening',
            states: {
              listening: {
                after: { silencePrompt: { target: 'prompted', actions: 'silencePrompt' } },
                on: { ...heard('listening'), 'trainee.hold': 'paused' },
              },
              prompted: {
                after: { patience: { target: '#call.wrapUp', actions: hangUpParams('caller', 'silence') } },
                on: { ...heard('listening'), 'trainee.hold': 'paused' },
              },
              paused: { on: { 'trainee.resume': 'listening' } },
            },
          },
        },
      },
      // After-call work: the caller is gone, the tools still work, nothing more is said.
      wrapUp: {
        entry: 'startWrapUp',
        after: { wrapUpLimit: { target: 'ended', actions: { type: 'endWrapUp', params: { by: 'limit' } } } },
        on: {
          'trainee.action': { actions: 'act' },
          'trainee.done': { target: 'ended', actions: { type: 'endWrapUp', params: { by: 'trainee' } } },
          'trainee.hangup': { target: 'ended', actions: { type: 'endWrapUp', params: { by: 'trainee' } } },
          'trainee.flag': { actions: 'flag' },
        },
      },
      ended: { type: 'final' },
    },
  });
}

export type CallMachine = ReturnType<typeof compileCallMachine>;
