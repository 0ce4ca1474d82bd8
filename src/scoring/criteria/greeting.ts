/**
 * Accueil: picked up within three rings (the graders' sheet grades the pickup here as well as
 * under Gestion du temps) and greeted, naming the practice and oneself, from the first sentence.
 */
import { TIPS, WHY } from '../messages.ts';
import { at, evidence, firstAct, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';
import { TIMING } from './timing.ts';

export const GREETING_POINTS = {
  greetingFirst: 40,
  greetingLate: 20,
  namesPractice: 30,
  namesSpeaker: 30,
  familiarity: -20,
  /** Each ring after the 3rd: the caller is already kept waiting before the greeting. */
  perLateRing: -15,
};

export function scoreGreeting(trace: Trace): CriterionDraft | null {
  if (trace.pickup < 0) return null;
  const practice = trace.bundle.practice.name;
  const draft = new Draft(0, TIPS.greetingGood);
  const P = GREETING_POINTS;
  const first = trace.says[0];
  if (first === undefined) {
    draft.add(evidence(trace, trace.pickup, 0, WHY.noWords), TIPS.greetingMissing(practice), 100);
    return draft.done();
  }
  const index = trace.says.find((i) => firstAct(at(trace, i, 'trainee.say'), 'greeting'));
  if (index === undefined) {
    draft.add(evidence(trace, first, 0, WHY.greetingMissing), TIPS.greetingMissing(practice), 100);
    return draft.done();
  }
  const say = at(trace, index, 'trainee.say');
  const span = firstAct(say, 'greeting')!.span;
  if (index === first) draft.add(evidence(trace, index, P.greetingFirst, WHY.greetingFirst, span));
  else
    draft.add(
      evidence(trace, index, P.greetingLate, WHY.greetingLate, span),
      TIPS.greetingLate(practice),
      P.greetingFirst - P.greetingLate,
    );

  if (say.greeting?.namesPractice)
    draft.add(evidence(trace, index, P.namesPractice, WHY.namesPractice, span));
  else
    draft.add(
      evidence(trace, index, 0, WHY.practiceUnnamed, span),
      TIPS.practiceUnnamed(practice),
      P.namesPractice,
    );
  if (say.greeting?.namesSpeaker) draft.add(evidence(trace, index, P.namesSpeaker, WHY.namesSpeaker, span));
  else draft.add(evidence(trace, index, 0, WHY.speakerUnnamed, span), TIPS.speakerUnnamed, P.namesSpeaker);

  const late = trace.rings - TIMING.onTimeRings;
  if (late > 0)
    draft.add(
      evidence(trace, trace.pickup, late * P.perLateRing, WHY.pickupLate(trace.rings)),
      TIPS.pickupLate,
    );

  const familiar = firstAct(say, 'familiarity');
  if (familiar)
    draft.add(
      evidence(trace, index, P.familiarity, WHY.greetingFamiliar, familiar.span),
      TIPS.greetingFamiliar,
    );
  return draft.done();
}
