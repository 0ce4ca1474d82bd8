/**
 * Écoute et empathie: each moment the caller shows emotion (a line said upset, a line whose
 * author wrote a tense or upset variant, or words of worry, fear, pain or anger not negated)
 * answered with acknowledgement within the next one or two trainee utterances; minimizing,
 * blunt or over-familiar words cost. A calm caller asks for no empathy: the criterion then
 * starts at 100 and only faults cost.
 */
import type { Act, ActLabel } from '../../language/labels.ts';
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import { moodOf } from '../../machines/mood.ts';
import { TIPS, WHY } from '../messages.ts';
import { aboutPaperwork } from '../../language/readers.ts';
import { memo } from '../readings.ts';
import { fold } from '../text.ts';
import { at, evidence, firstAct, nextSays, textOf, type Say, type Trace } from '../trace.ts';
import { cutOffLine } from './closing.ts';
import { Draft, shares, type CriterionDraft } from './draft.ts';

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

/**
 * The usual forms of empathy, read by the scorer where the analyser found no act (GUIDE §2):
 * naming the feeling or the worry (« je vois que ça vous inquiète », « ça n'a pas dû être
 * simple »), saying it is legitimate (« c'est normal de s'inquiéter »), « je comprends »,
 * apologising for the wait. On folded text; a match is the quoted span.
 */
const EMPATHY_FORMS = new RegExp(
  [
    "je vois (?:bien |tres bien )?(?:que|combien) (?:vous|ca vous|cela vous|c'est|votre)",
    "(?:ca|cela) (?:n'a pas du|ne doit pas|doit|a du|ne doit vraiment pas|doit vraiment) (?:etre|vous etre) (?:\\w+ )?(?:simple|facile|difficile|dur|penible|evident|stressant|angoissant|inquietant|eprouvant|complique|rassurant|agreable|drole)",
    "c'est (?:bien |tout a fait |tres |parfaitement |assez )?(?:normal|comprehensible|legitime|naturel) (?:de |d'|que )",
    '(?:je|on) (?:vous )?(?:comprends|comprend|concois)',
    "(?:vous avez|c'est) (?:bien |tout a fait )?(?:raison|normal) de vous (?:inquieter|faire du souci)",
    '(?:votre|cette) (?:inquietude|angoisse|colere|peur|agacement|frustration|impatience) (?:est|se comprend|me semble)',
    "(?:je suis |vraiment )?(?:desolee?|navree?)(?: (?:pour|de) (?:l'attente|cette attente|vous avoir fait attendre|le delai|ce delai|ce contretemps|ce qui vous arrive))?",
    "(?:pardon|excusez[\\s-]moi|je m'excuse|je vous prie de m'excuser) (?:pour|de) (?:l'attente|cette attente|vous avoir fait attendre|le delai)",
    'je me mets a votre place',
  ]
    .map((p) => `\\b(?:${p})`)
    .join('|'),
);

/** An empathy the analyser did not name, as an act with its span, or undefined. */
function empathyForm(say: Say): Act | undefined {
  const m = EMPATHY_FORMS.exec(fold(textOf(say)));
  return m ? { type: 'empathy', span: [m.index, m.index + m[0].length] } : undefined;
}

function acknowledgement(say: Say): Act | undefined {
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
  return empathyForm(say);
}
/** What a call with emotional moments, none acknowledged and no fault, keeps. */
export const EMPATHY_FLOOR = 35;
export const FAULT_POINTS = { minimizing: -10, blunt: -15, familiarity: -10, cutOff: -25 } as const;

/** Words by which a caller shows emotion, on folded text (data: extend freely). */
const EMOTION =
  /\b(?:inquie\w*|angoiss\w*|peur|panique\w*|affole\w*|stresse\w*|enerve\w*|marre|inadmissible|scandal\w*|honteux|pas normal|j'en peux plus|je n'en peux plus|desespere\w*|pleure\w*|furieu\w*|agace\w*|inacceptable|c'est grave|je suis perdue?|j'ai mal|tres mal|ca fait mal|je m'inquiete|ca m'inquiete|je ne sais plus quoi faire|(?:une |la |des )?douleurs?|ca (?:me )?serre|j'ai du mal a respirer|brulante?|(?:se fait|se faire|va se faire|doit se faire) operer|une operation|hospitalise\w*|decede\w*|deces|enterrement|obseques|un accident)\b|!{2,}/;

/** « pas de douleur », « je ne suis pas inquiète », « sans douleur »: words that deny an emotion. */
const NEGATED_EMOTION =
  /\b(?:pas|plus|aucune?|sans|ni|jamais|rien)\s+(?:(?:de|d'|du|la|le|les|une?|trop|vraiment|tres|si|plus|du tout)\s*)*(?:douleurs?|mal|inquiete?s?|peur|stresse\w*|angoisse\w*|panique\w*|affole\w*|enerve\w*)\b/g;

/** Words that show emotion, once the denied ones are set aside. */
export function showsEmotion(text: string): boolean {
  return EMOTION.test(fold(text).replace(NEGATED_EMOTION, ' '));
}

/**
 * The lines an author wrote to sound tense or upset: the `tense` and `upset` variants of the
 * scenario's and the caller's lines that differ from their calm one. A line said in a tense mood
 * that has no such variant (« Allô ? Oui, bonjour. ») shows no emotion.
 */
const emotionalVariants = new WeakMap<ScenarioBundle, Set<string>>();
function authoredEmotion(bundle: ScenarioBundle): Set<string> {
  let found = emotionalVariants.get(bundle);
  if (found) return found;
  found = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.calm === 'string')
        for (const mood of ['tense', 'upset'])
          if (typeof o[mood] === 'string' && o[mood] !== o.calm) found!.add(o[mood]);
      Object.values(o).forEach(walk);
    }
  };
  walk(bundle.scenario);
  walk(bundle.caller);
  emotionalVariants.set(bundle, found);
  return found;
}

const TRAINEE_INPUTS = new Set(['trainee.say', 'trainee.action', 'hold', 'resume']);

/**
 * The caller lines that call for acknowledgement: only where the caller shows emotion — said
 * upset, tense after starting calm or with an exclamation, an author's tense or upset variant, or
 * words of worry, fear, pain or anger. « Pas de douleur » or a stressed caller's plain « Bon.
 * Merci. » asks for none. Lines with no
 * trainee input between them are one moment (its first such line).
 */
export function emotionalMoments(trace: Trace): number[] {
  const moments: number[] = [];
  let momentInTurn = false;
  const { log } = trace;
  const authored = authoredEmotion(trace.bundle);
  // A caller who starts calm and turns tense shows it in every line (« Vous voyez… C'est toujours
  // la même chose. »); one who starts tense shows it only in the lines written for it.
  const roseDuringCall = moodOf(trace.bundle.caller.stress) === 'calm';
  let previousMood: string | undefined;
  for (let i = 0; i < log.length; i++) {
    const e = log[i]!;
    if (TRAINEE_INPUTS.has(e.type)) momentInTurn = false;
    else if (e.type === 'caller.say') {
      // A caller who turns tense shows it where the mood rises; the plain lines said on edge
      // afterwards (« Merci. », a date of birth) are not new moments.
      const rose = e.mood === 'tense' && roseDuringCall && previousMood !== 'tense';
      previousMood = e.mood;
      const emotional =
        e.mood === 'upset' ||
        rose ||
        // « Mais je suis calme ! Je veux qu'il soit vu ! »: said on edge, with an exclamation.
        (e.mood === 'tense' && e.text.includes('!')) ||
        authored.has(e.text) ||
        memo(trace.bundle, 'emotion', e.text, () => showsEmotion(e.text));
      if (emotional && !momentInTurn && e.cause !== 'hangup') {
        moments.push(i);
        momentInTurn = true;
      }
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

  // Hanging up on a caller still speaking: the caller was not let finish (the graders' sheet).
  const cutOff = cutOffLine(trace);
  if (cutOff !== undefined)
    draft.add(
      evidence(trace, trace.hangup, FAULT_POINTS.cutOff, WHY.cutOff(at(trace, cutOff, 'caller.say').text)),
      TIPS.cutOff,
    );

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
