/**
 * The call as a statechart, compiled from a scenario. Every implementation is named in
 * `setup`; the compiled config refers to them by name with the scenario's rules as params,
 * so a scenario is data all the way down.
 *
 *   ringing ──pickup──▶ inCall (parallel) ──hang-up by either side──▶ ended
 *                         ├─ conversation: one state per dialogue node
 *                         ├─ line: talking ⇄ onHold (the caller's patience runs on hold)
 *                         └─ attention: listening → prompted (silence) → the caller hangs up
 */
import { assign, assertEvent, setup, type StateNodeConfig } from 'xstate';
import type { Analysis } from '../language/labels.ts';
import type { Rule, CallBundle } from '../scenarios/schema.ts';
import type { HangupReason, ToolAction } from './events.ts';
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
  | { type: 'trainee.typing' };

export interface CallInput {
  bundle: CallBundle;
  now: () => number;
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
    hear: assign(({ context, event }) => {
      assertEvent(event, 'trainee.say');
      return turn.hearUtterance(context, event.text, event.analysis);
    }),
    act: assign(({ context, event }) => {
      assertEvent(event, 'trainee.action');
      return turn.doAction(context, event.action);
    }),
    applyRule: assign(({ context }, params: { rule: Rule }) => turn.applyRule(context, params.rule)),
    confused: assign(({ context }) => turn.confused(context)),
    confusedUnlessRefused: assign(({ context }) => {
      const last = context.log.at(-1);
      return last?.type === 'trainee.action' && last.refused ? {} : turn.confused(context);
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
    silencePrompt: ({ context }) => context.bundle.scenario.silencePrompt * 1000,
    patience: ({ context }) => context.bundle.caller.patience * 1000,
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
  const transition = (rule: Rule, first: 'hear' | 'act', guard: 'utteranceMatches' | 'actionMatches') => ({
    guard: { type: guard, params: { rule } },
    ...(rule.goto && rule.goto !== nodeId ? { target: rule.goto } : {}),
    actions: [first, { type: 'applyRule', params: { rule } }],
  });
  return {
    on: {
      'trainee.say': [
        // The caller on hold cannot hear: the words are logged, nothing else happens.
        { guard: 'onHold', actions: 'hear' },
        ...rules.filter((r) => !r.when.did).map((r) => transition(r, 'hear', 'utteranceMatches')),
        { actions: ['hear', 'confused'] },
      ],
      'trainee.action': [
        ...rules.filter((r) => r.when.did).map((r) => transition(r, 'act', 'actionMatches')),
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
    context: ({ input }) => turn.initialContext(input.bundle, input.now),
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
          { guard: 'callerLeaving', target: 'ended', actions: hangUpParams('caller', 'done') },
          { guard: 'stressAtLimit', target: 'ended', actions: hangUpParams('caller', 'stress') },
        ],
        on: { 'trainee.hangup': { target: 'ended', actions: hangUpParams('trainee', 'trainee') } },
        states: {
          conversation: { initial: scenario.start, states: nodes as Record<string, NodeConfig> },
          line: {
            initial: 'talking',
            states: {
              talking: { on: { 'trainee.hold': { target: 'onHold', actions: 'hold' } } },
              onHold: {
                after: { patience: { target: '#call.ended', actions: hangUpParams('caller', 'hold') } },
                on: { 'trainee.resume': { target: 'talking', actions: 'resume' } },
              },
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
                after: { patience: { target: '#call.ended', actions: hangUpParams('caller', 'silence') } },
                on: { ...heard('listening'), 'trainee.hold': 'paused' },
              },
              paused: { on: { 'trainee.resume': 'listening' } },
            },
          },
        },
      },
      ended: { type: 'final' },
    },
  });
}

export type CallMachine = ReturnType<typeof compileCallMachine>;
