/**
 * Entities of a trainee line, each with its span and confidence: dates and times (resolved
 * against the call's "now"), phone and emergency numbers, practitioners, the speaker's own name,
 * drugs, doses and home care. The cues come from the scanner (cues.ts); the structure is here.
 */
import type { CueTag } from './cues.ts';
import { resolveDate, resolveTime } from './dates.ts';
import type { AnalysisContext, Entity, EntityKind } from './labels.ts';
import { SERVICE_NUMBERS } from './lexicon.ts';
import { fold } from './normalize.ts';
import type { Match } from './scan.ts';

/** Words that follow « c'est », « ici », « je suis »… and are no one's name. */
export const NOT_NAMES = new Set(
  'le la les un une moi vous bien desolee desole navree navre secretaire cabinet secretariat docteur dr madame monsieur accueil bonjour toujours pour qui note noté ca fait bon ok parfait possible complet urgent normal quoi tout pas plus ici la que quand comme sur en au du de des ce cet cette elle lui il nous madame mademoiselle allo oui non merci tres deja encore juste vrai dommage'.split(
    ' ',
  ),
);
const NAME_AFTER =
  /^\s+([a-z]+)\b(\s*(?:,\s*)?(?:(?:la |le |votre )?(?:secretaire|assistante?)|du cabinet|du secretariat|de l'accueil|a l'accueil|a l'appareil|a votre ecoute))?/;
const NAME_BEFORE = /(?:^|[^a-z])([a-z]+)[\s,]*$/;
/** « Lucie, bonjour », « Oui, Lucie, je vous écoute »: a capitalised first name opening the line. */
const NAME_OPENING =
  /^\W*(?:(?:oui|allo|all[oô]|bonjour|bonsoir)\W+)?([A-ZÀ-Ý][a-zà-ÿ]+)\s*,\s*(?:bonjour|bonsoir|j[’']?[ée]coute|je vous [ée]coute|secr[ée]taire|que puis)/;
/** Before a number, these make it a duration (« depuis 3 h »), not a time. */
const DURATION_BEFORE =
  /(?:depuis|pendant|dans|toutes les|tous les|il y a|en moins de|fait|plus de|moins de|d'ici|sous|au bout d'|au bout de|encore|attendre)\s*$/;
/** A number to call is said after a calling verb; a date is followed by a time. */
const CALLING_BEFORE = /(?:appel\w*|compos\w*|fai\w*|contact\w*|joindre)\s+$/;
const TIME_AFTER = /^\s*(?:,|a|vers)?\s*\d{1,2}\s*h/;

const SERVICE_PATTERNS = SERVICE_NUMBERS.map(
  ([words, number]) => [new RegExp(`^(?:${words.replace(/ /g, '[\\s-]+')})$`), number] as const,
);

const practitionerCache = new WeakMap<readonly string[], { name: string; keys: string[] }[]>();
const GENERIC = /^(?:dr|docteure?|professeure?|pr|madame|monsieur|mme|m)$/;

function practitionerKeys(list: readonly string[]) {
  let keys = practitionerCache.get(list);
  if (!keys) {
    keys = list.map((name) => ({
      name,
      keys: fold(name)
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 3 && !GENERIC.test(w)),
    }));
    practitionerCache.set(list, keys);
  }
  return keys;
}

function entity(kind: EntityKind, value: string, start: number, end: number, confidence: number): Entity {
  return { kind, value, span: [start, end], confidence };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function readEntities(
  text: string,
  folded: string,
  cues: readonly Match<CueTag>[],
  context: AnalysisContext,
): Entity[] {
  const out: Entity[] = [];
  const phones = cues.filter((c) => c.tag === 'phone');
  for (const c of cues) {
    const said = folded.slice(c.start, c.end);
    if (phones.some((p) => p !== c && overlaps(p, c))) continue;
    switch (c.tag) {
      case 'date':
      case 'date_n': {
        const emergency = c.tag === 'date_n' && cues.find((e) => e.tag === 'emergency' && overlaps(e, c));
        if (emergency && !TIME_AFTER.test(folded.slice(c.end)) && !/ [a-z]+$/.test(said)) continue;
        const date = resolveDate(said, context.now);
        if (date) out.push(entity('date', date.value, c.start, c.end, date.confidence));
        break;
      }
      case 'time':
      case 'time_n':
      case 'time_w': {
        if (DURATION_BEFORE.test(folded.slice(Math.max(0, c.start - 14), c.start))) continue;
        const time = resolveTime(said);
        if (time) out.push(entity('time', time.value, c.start, c.end, time.confidence));
        break;
      }
      case 'phone': {
        const start = text[c.start - 1] === '+' ? c.start - 1 : c.start;
        out.push(entity('phone', said.replace(/\D/g, ''), start, c.end, 0.95));
        break;
      }
      case 'emergency': {
        const date = cues.find((d) => d.tag === 'date_n' && overlaps(d, c));
        const called =
          CALLING_BEFORE.test(folded.slice(Math.max(0, c.start - 12), c.start)) || /^[a-z]{4}/.test(said);
        if (
          date &&
          !called &&
          (TIME_AFTER.test(folded.slice(c.end)) || /[a-z]$/.test(folded.slice(date.start, date.end)))
        )
          continue;
        out.push(
          entity('emergency_number', said.replace(/\D/g, ''), c.start, c.end, date && !called ? 0.6 : 0.95),
        );
        break;
      }
      case 'service': {
        const key = said.replace(/[\s-]+/g, ' ');
        const number = SERVICE_PATTERNS.find(([p]) => p.test(key))?.[1];
        if (number) out.push(entity('emergency_number', number, c.start, c.end, 0.9));
        break;
      }
      case 'drug':
        out.push(entity('drug', said.replace(/[\s-]+/g, ' '), c.start, c.end, 0.95));
        break;
      case 'care':
        out.push(entity('home_care', said.replace(/[\s-]+/g, ' '), c.start, c.end, 0.8));
        break;
      case 'dose':
      case 'dose_n':
        out.push(entity('dose', text.slice(c.start, c.end), c.start, c.end, 0.85));
        break;
      case 'self': {
        const name = speakerName(text, folded, c);
        if (name) out.push(name);
        break;
      }
      default:
    }
  }
  const opening = NAME_OPENING.exec(text);
  if (opening && !NOT_NAMES.has(fold(opening[1]!)) && !out.some((e) => e.kind === 'speaker_name')) {
    const start = opening.index + opening[0].indexOf(opening[1]!);
    out.push(entity('speaker_name', opening[1]!, start, start + opening[1]!.length, 0.8));
  }
  if (context.practitioners?.length) {
    for (const { name, keys } of practitionerKeys(context.practitioners)) {
      for (const key of keys) {
        const at = wordIndex(folded, key);
        if (at >= 0) {
          out.push(entity('practitioner', name, at, at + key.length, 0.9));
          break;
        }
      }
    }
  }
  return withoutNestedDates(out).sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * « mercredi 18 mars » is one date: the weekday read inside it (the next Wednesday) is dropped,
 * so nobody downstream hears next week in a date a month ahead.
 */
function withoutNestedDates(entities: Entity[]): Entity[] {
  const dates = entities.filter((e) => e.kind === 'date');
  return entities.filter(
    (e) =>
      e.kind !== 'date' ||
      !dates.some(
        (o) =>
          o !== e &&
          o.span[0] <= e.span[0] &&
          o.span[1] >= e.span[1] &&
          o.span[1] - o.span[0] > e.span[1] - e.span[0],
      ),
  );
}

function wordIndex(folded: string, word: string): number {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    const before = folded.charCodeAt(at - 1);
    const after = folded.charCodeAt(at + word.length);
    if (!(before >= 97 && before <= 122) && !(after >= 97 && after <= 122)) return at;
  }
  return -1;
}

/** « Inès à l'appareil », « je m'appelle Inès », « c'est Inès » (a capital, or « …, la secrétaire »). */
function speakerName(text: string, folded: string, cue: Match<CueTag>): Entity | undefined {
  const said = folded.slice(cue.start, cue.end);
  if (said.endsWith('appareil')) {
    const before = folded.slice(0, cue.start);
    const n = NAME_BEFORE.exec(before);
    if (!n || NOT_NAMES.has(n[1]!)) return undefined;
    const start = before.lastIndexOf(n[1]!);
    return entity('speaker_name', text.slice(start, start + n[1]!.length), start, start + n[1]!.length, 0.9);
  }
  const m = NAME_AFTER.exec(folded.slice(cue.end));
  if (!m || NOT_NAMES.has(m[1]!)) return undefined;
  const start = cue.end + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const capital = /[A-ZÀ-Ý]/.test(text[start]!);
  const strong = said === "je m'appelle" || said === "moi c'est";
  if (!capital && !m[2] && !strong) return undefined;
  return entity('speaker_name', text.slice(start, end), start, end, capital || m[2] ? 0.9 : 0.7);
}
