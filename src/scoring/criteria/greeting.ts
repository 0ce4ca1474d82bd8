/**
 * Accueil, as a trainer grades it: a greeting that names the practice (its kind and its name) and
 * the speaker, in a steady polite register, picked up within two rings. Each thing to correct
 * costs one grade of the sheet (25 points): a third ring, a missing first name, a practice named
 * only by its specialty (« Cardiologie, bonjour ») or only by its name (« Platanes »), a hesitant
 * opening (« Euh… », « Oui ? »), a familiar register. A greeting that still greets or names the
 * practice keeps one grade; a pickup with no greeting at all keeps none.
 */
import type { ScenarioBundle } from '../../scenarios/schema.ts';
import {
  GREETING_WORD,
  HESITANT_OPENING,
  PRACTICE_KIND_WORDS,
  PRACTICE_LINK_WORDS,
  SPEAKER_FRAME,
} from '../greetingWords.fr.ts';
import { TIPS, WHY } from '../messages.ts';
import { memo } from '../readings.ts';
import { fold } from '../text.ts';
import { at, evidence, firstAct, textOf, type Say, type Trace } from '../trace.ts';
import { Draft, type CriterionDraft } from './draft.ts';

export const GREETING_POINTS = {
  /** One grade of the sheet: each thing a trainer would correct. */
  step: -25,
  /** A greeting that greets or names the practice is never graded below this. */
  floor: 25,
  /** Picking up at this ring or before is what a trainer holds up as a model. */
  modelRings: 2,
  /** From this ring on, the wait costs a second grade… */
  lateRings: 4,
  /** …and from this one a third. */
  veryLateRings: 6,
};

type PracticeNaming = 'full' | 'partial' | 'generic' | 'none';

const words = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** How the greeting names the practice: kind and name, one of them, or nothing. */
export function practiceNaming(text: string, practice: string): PracticeNaming {
  const said = new Set(words(text));
  const own = words(practice).filter((w) => !PRACTICE_LINK_WORDS.has(w));
  const distinctive = own.filter((w) => w.length >= 3 && !PRACTICE_KIND_WORDS.has(w));
  const namesIt = distinctive.some((w) => said.has(w));
  const kind = [...said].some((w) => PRACTICE_KIND_WORDS.has(w));
  if (namesIt) return kind || distinctive.length === own.length ? 'full' : 'partial';
  if (kind) return distinctive.length === 0 ? 'full' : 'generic';
  return 'none';
}

const NOT_A_NAME = new Set(
  'bonjour bonsoir bienvenue oui ouais non allo all madame monsieur merci euh heu voila alors ici accueil secretariat'.split(
    ' ',
  ),
);

/** The first name the trainee gives in the greeting (« Sophie, bonjour », « c'est Inès »). */
export function speakerName(say: Say, bundle: ScenarioBundle): string | undefined {
  // The say's entities are the scorer's reading of its text in this scenario (trace.ts): the
  // answer depends on the text alone, and re-scoring meets the same greetings again.
  return memo(bundle, 'speaker-name', textOf(say), () => findSpeakerName(say, bundle));
}

function findSpeakerName(say: Say, bundle: ScenarioBundle): string | undefined {
  const taken = new Set(
    [bundle.practice.name, ...bundle.practice.practitioners.map((p) => p.name)].flatMap(words),
  );
  const isName = (word: string) => {
    const w = fold(word);
    return !taken.has(w) && !PRACTICE_KIND_WORDS.has(w) && !NOT_A_NAME.has(w);
  };
  for (const chunk of textOf(say).split(/[,.;:!?…()«»"]+/)) {
    const left = chunk.trim().replace(SPEAKER_FRAME, '').trim();
    if (/^\p{Lu}[\p{L}'’-]+$/u.test(left) && isName(left)) return left;
  }
  const found = (Array.isArray(say.entities) ? say.entities : []).find(
    (e) => e.kind === 'speaker_name' && e.value.split(/\s+/).every(isName),
  );
  return found?.value;
}

export function scoreGreeting(trace: Trace): CriterionDraft | null {
  if (trace.pickup < 0) return null;
  const practice = trace.bundle.practice.name;
  const P = GREETING_POINTS;
  const first = trace.says[0];
  if (first === undefined) {
    const draft = new Draft(0, TIPS.greetingGood);
    draft.add(evidence(trace, trace.pickup, 0, WHY.noWords), TIPS.greetingMissing(practice), 100);
    return draft.done();
  }
  const draft = new Draft(100, TIPS.greetingGood);
  const greeted = trace.says.find((i) => {
    const say = at(trace, i, 'trainee.say');
    return firstAct(say, 'greeting') !== undefined || GREETING_WORD.test(textOf(say));
  });
  const index = greeted ?? first;
  const say = at(trace, index, 'trainee.say');
  const text = textOf(say);
  const span = firstAct(say, 'greeting')?.span ?? ([0, text.length] as const);
  const naming = practiceNaming(text, practice);
  const name = speakerName(say, trace.bundle);
  // The one thing that lets the greeting keep a grade however much else is missing.
  const something = greeted !== undefined || naming !== 'none' || name !== undefined;
  let room = 100 - (something ? P.floor : 0);
  const miss = (why: string, tip: string, grades = 1, turn = index) => {
    const cost = Math.min(room, -P.step * grades);
    room -= cost;
    draft.add(evidence(trace, turn, -cost, why, turn === index ? span : undefined), tip, -P.step * grades);
  };

  if (greeted === undefined) miss(WHY.greetingMissing, TIPS.greetingMissing(practice));
  else if (index !== first) miss(WHY.greetingLate, TIPS.greetingLate(practice));
  else draft.add(evidence(trace, index, 0, WHY.greetingFirst, span));

  if (naming === 'full') draft.add(evidence(trace, index, 0, WHY.namesPractice, span));
  else if (naming === 'none') miss(WHY.practiceUnnamed, TIPS.practiceUnnamed(practice), 2);
  else miss(WHY.practicePartly, TIPS.practiceUnnamed(practice));

  if (name !== undefined) draft.add(evidence(trace, index, 0, WHY.namesSpeaker, span));
  else miss(WHY.speakerUnnamed, TIPS.speakerUnnamed);

  if (trace.rings > P.modelRings) {
    const grades = trace.rings >= P.veryLateRings ? 3 : trace.rings >= P.lateRings ? 2 : 1;
    miss(WHY.greetingRings(trace.rings), TIPS.pickupLate, grades, trace.pickup);
  }

  const familiar = firstAct(say, 'familiarity');
  const hesitant = memo(trace.bundle, 'hesitant', text, () => HESITANT_OPENING.test(text));
  if (familiar) miss(WHY.greetingFamiliar, TIPS.greetingFamiliar);
  else if (hesitant) miss(WHY.greetingHesitant, TIPS.greetingHesitant);
  return draft.done();
}
