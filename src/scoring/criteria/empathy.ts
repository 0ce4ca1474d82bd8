/**
 * Écoute et empathie: each moment the caller shows emotion (a line said tense or upset, or
 * whose words show worry, fear or anger; the first line of a caller who starts stressed)
 * answered with acknowledgement within the next one or two trainee utterances; minimizing,
 * blunt or over-familiar words cost. A calm caller asks for no empathy: the criterion then
 * starts at 100 and only faults cost.
 */
import type { ActLabel } from '../../language/labels.ts';
import { TIPS, WHY } from '../messages.ts';
import { aboutPaperwork } from '../../language/readers.ts';
import { memo } from '../readings.ts';
import { fold } from '../text.ts';
import { at, evidence, firstAct, nextSays, textOf, type Say, type Trace } from '../trace.ts';
import { Draft, shares, type CriterionDraft } from './draft.ts';

/** A caller's stress at or above this at pickup makes their first line an emotional moment. */
export const EMOTIONAL_STRESS = 40;
/** How many trainee utterances after an emotional moment may acknowledge it. */
export const ANSWER_WINDOW = 2;
/**
 * What acknowledges an emotion, in order of preference for the quote. A rephrasing counts: it
 * is the « écoute » of the criterion, and it calms the caller as much (docs/engine-semantics.md).
 */
export const ACKNOWLEDGEMENT: readonly ActLabel[] = ['empathy', 'reassurance', 'reformulation'];

/**
 * A promise about the procedure is not an acknowledgement of the caller's feeling (GUIDE §2:
 * « je comprends », naming the worry): « on vous rappelle », « on vous tient au courant »,
 * « pas de souci », « on verra bien » are read as reassurance but answer no emotion.
 */
const PROCEDURAL =
  /\b(?:on|je|nous) (?:vous )?(?:rappel\w*|appel\w*|tien\w* au courant|recontact\w*|previen\w*)|\bpas de souci\b|\bon verra\b|\bc'est (?:note|la procedure)\b/;

function acknowledgement(say: Say) {
  if (firstAct(say, 'blunt')) return undefined;
  for (const type of ACKNOWLEDGEMENT) {
    const act = firstAct(say, type);
    if (!act) continue;
    if (type === 'reassurance') {
      const text = say.text.slice(act.span[0], act.span[1]);
      if (PROCEDURAL.test(fold(text))) continue;
    }
    return act;
  }
  return undefined;
}
/** What a call with emotional moments, none acknowledged and no fault, keeps. */
export const EMPATHY_FLOOR = 35;
export const FAULT_POINTS = { minimizing: -10, blunt: -15, familiarity: -10 } as const;

/** Words by which a caller shows emotion, on folded text (data: extend freely). */
const EMOTION =
  /\b(?:inquie\w*|angoiss\w*|peur|panique\w*|affole\w*|stresse\w*|enerve\w*|marre|inadmissible|scandal\w*|honteux|pas normal|j'en peux plus|je n'en peux plus|desespere\w*|pleure\w*|furieu\w*|agace\w*|inacceptable|c'est grave|je suis perdue?|j'ai mal|tres mal|ca fait mal|je m'inquiete|ca m'inquiete|je ne sais plus quoi faire|(?:une |la |des )?douleurs?|ca (?:me )?serre|j'ai du mal a respirer|brulante?)\b|!{2,}/;

const TRAINEE_INPUTS = new Set(['trainee.say', 'trainee.action', 'hold', 'resume']);

/**
 * The caller lines that call for acknowledgement: said tense or upset, or after the stress rose.
 * Lines with no trainee input between them are one moment (its first such line).
 */
export function emotionalMoments(trace: Trace): number[] {
  const moments: number[] = [];
  let momentInTurn = false;
  let firstLine = true;
  const { log } = trace;
  for (let i = 0; i < log.length; i++) {
    const e = log[i]!;
    if (TRAINEE_INPUTS.has(e.type)) momentInTurn = false;
    else if (e.type === 'caller.say') {
      const emotional =
        e.mood === 'tense' ||
        e.mood === 'upset' ||
        memo(trace.bundle, 'emotion', e.text, () => EMOTION.test(fold(e.text))) ||
        (firstLine && trace.bundle.caller.stress >= EMOTIONAL_STRESS);
      if (emotional && !momentInTurn && e.cause !== 'hangup') {
        moments.push(i);
        momentInTurn = true;
      }
      firstLine = false;
    }
  }
  return moments;
}

export function scoreEmpathy(trace: Trace): CriterionDraft | null {
  if (trace.pickup < 0) return null;
  const hangup = trace.hangup >= 0 ? at(trace, trace.hangup, 'hangup') : undefined;
  // A moment no utterance could follow (the caller hung up on it, or the log stops) is nobody's.
  const moments = emotionalMoments(trace).filter(
    (m) => nextSays(trace, m, 1).length > 0 || hangup?.by === 'trainee',
  );
  // A moment missed is « poor » on the graders' sheet, not « harmful »: it keeps EMPATHY_FLOOR %
  // of its share, unless the trainee minimized (« calmez-vous »), which harms.
  // « Ce n'est qu'une ordonnance » minimises a request, not the caller's worry.
  const minimizing = (say: Say) => {
    const act = firstAct(say, 'minimizing');
    return act && !memo(trace.bundle, 'paperwork', textOf(say), () => aboutPaperwork(textOf(say), act.span))
      ? act
      : undefined;
  };
  const floor = trace.says.some((i) => minimizing(at(trace, i, 'trainee.say'))) ? 0 : EMPATHY_FLOOR;
  const draft = new Draft(moments.length > 0 ? 0 : 100, TIPS.empathyGood);
  const points = shares(100, moments.length);
  moments.forEach((m, k) => {
    const line = at(trace, m, 'caller.say').text;
    const answer = nextSays(trace, m, ANSWER_WINDOW).find((i) =>
      acknowledgement(at(trace, i, 'trainee.say')),
    );
    if (answer !== undefined) {
      const act = acknowledgement(at(trace, answer, 'trainee.say'))!;
      draft.add(evidence(trace, answer, points[k]!, WHY.emotionAnswered(line), act.span));
    } else {
      const kept = Math.round((points[k]! * floor) / 100);
      draft.add(evidence(trace, m, kept, WHY.emotionMissed(line)), TIPS.emotionMissed, points[k]! - kept);
    }
  });

  for (const i of trace.says) {
    const say = at(trace, i, 'trainee.say');
    for (const fault of ['minimizing', 'blunt', 'familiarity'] as const) {
      const act = fault === 'minimizing' ? minimizing(say) : firstAct(say, fault);
      if (!act) continue;
      const why =
        fault === 'minimizing' ? WHY.minimizing : fault === 'blunt' ? WHY.bluntTone : WHY.familiarity;
      draft.add(evidence(trace, i, FAULT_POINTS[fault], why, act.span), TIPS[fault]);
    }
  }
  if (draft.evidence.length === 0) draft.add(evidence(trace, trace.says[0] ?? trace.pickup, 0, WHY.calmCall));
  return draft.done();
}
