/**
 * French dates and times as said on the phone, resolved against the call's "now"
 * (« demain », « jeudi », « le 17 », « dans une semaine »; « 18 h 20 », « 9h », « midi »).
 * Input is folded text (see normalize.ts); output as `date` and `time` entities carry it.
 */

export const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
export const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];
/** Numbers in words, up to 23 (hours) and the minutes said after an hour. */
const NUMBER_WORDS: Record<string, number> = {
  une: 1,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix sept': 17,
  'dix huit': 18,
  'dix neuf': 19,
  vingt: 20,
  'vingt et une': 21,
  'vingt deux': 22,
  'vingt trois': 23,
  trente: 30,
  'quarante cinq': 45,
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/ /g, ' ');

/** Days of the month in words (« mercredi dix-huit mars »), longest first. */
const UNITS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const DAY_WORDS: Record<string, number> = {
  ...Object.fromEntries(
    [
      'deux',
      'trois',
      'quatre',
      'cinq',
      'six',
      'sept',
      'huit',
      'neuf',
      'dix',
      'onze',
      'douze',
      'treize',
      'quatorze',
      'quinze',
      'seize',
    ].map((w, i) => [w, i + 2]),
  ),
  'dix sept': 17,
  'dix huit': 18,
  'dix neuf': 19,
  vingt: 20,
  'vingt et un': 21,
  ...Object.fromEntries(UNITS.slice(1).map((w, i) => [`vingt ${w}`, 22 + i])),
  trente: 30,
  'trente et un': 31,
};
const DAY_WORD = Object.keys(DAY_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DAY_WORD_RE = new RegExp(`\\b(?:${DAY_WORD})\\b`);

/** Pattern sources (rules.ts sugar) of what may be a date or a time: cues for the scanner. */
export const DATE_WORDS = `aujourd'hui|apres demain|demain|ce matin|cet apres midi|ce soir|(?:(?:${DAYS.join('|')}) )?(?:le )?(?:${DAY_WORD}) (?:${MONTHS.join('|')})|(?:${DAYS.join('|')}) (?:${DAY_WORD})\\b|(?:${DAYS.join('|')})(?: (?:prochain|en huit|en quinze))?|dans (?:un|une|deux|trois|quatre|cinq|six|huit|dix|quinze|\\d+) (?:jours?|semaines?|mois)`;
/** Dates with digits (« le 17 », « jeudi 17 », « 17 mars », « 17/03 »): read only where there are digits. */
export const DATE_NUMBERS = `(?:${DAYS.join('|')}|le|du|au) (?:1er|[0-3]?\\d)(?!\\s?(?:h|heures?|ans|mois|jours|degres|de fievre|:|[.,]\\d))(?: (?:${MONTHS.join('|')}))?|(?:1er|\\d\\d?) (?:${MONTHS.join('|')})|\\d\\d?/\\d\\d?(?:/\\d{2,4})?`;
export const TIME_WORDS = `midi(?: et demie?)?|minuit|matin(?:ee)?|apres midi|aprem|soir(?:ee)?|fin de journee|fin d'apres midi|debut d'apres midi`;
export const TIME_NUMBERS = `\\d\\d?\\s?(?:h|heures?)(?:\\s?[0-5]\\d)?(?: et demie?| et quart| moins le quart)?|\\d\\d?:[0-5]\\d`;
/** « dix heures trente »: read only where « heure » is said. */
export const HOURS_IN_WORDS = `(?:${NUMBER_WORD}) heures?(?: (?:trente|quinze|quarante cinq|[0-5]\\d|et demie?|et quart|moins le quart))?`;

interface Day {
  y: number;
  m: number;
  d: number;
}

function parseNow(now: string | undefined): { day: Day; weekday: number } {
  const m = now && /^(\d{4})-(\d{2})-(\d{2})/.exec(now);
  const date = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : new Date();
  if (!m) date.setUTCHours(0, 0, 0, 0);
  return {
    day: { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() },
    weekday: date.getUTCDay(),
  };
}

function plusDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const weekdayOf = (day: Day) => new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Day) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

function valid(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const numberOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word]);

/**
 * The date a cue names, as YYYY-MM-DD, with how sure the reading is; undefined if it names none.
 * A weekday is the next one after today (« jeudi » said on a Thursday is a week later); a day of
 * the month without a month is this month's if not yet past, else next month's.
 */
export function resolveDate(
  text: string,
  now: string | undefined,
): { value: string; confidence: number } | undefined {
  const { day: today, weekday } = parseNow(now);
  const t = text.replace(/[\s-]+/g, ' ').trim();
  if (/^aujourd/.test(t) || /^(?:ce matin|cet apres midi|ce soir)$/.test(t))
    return { value: iso(today), confidence: 0.95 };
  if (t === 'demain') return { value: iso(plusDays(today, 1)), confidence: 0.95 };
  if (t === 'apres demain') return { value: iso(plusDays(today, 2)), confidence: 0.95 };
  const wd = /^([a-z]+)(?: (prochain|en huit|en quinze))?$/.exec(t);
  if (wd && DAYS.includes(wd[1]!)) {
    const ahead = (DAYS.indexOf(wd[1]!) - weekday + 7) % 7 || 7;
    // « mercredi prochain » said on a Tuesday is next week's Wednesday, not tomorrow: a day still
    // to come this week (Monday to Sunday) is « ce mercredi », « prochain » is the week after.
    const thisWeek = (weekday || 7) + ahead <= 7;
    const extra =
      wd[2] === 'en huit' ? 7 : wd[2] === 'en quinze' ? 14 : wd[2] === 'prochain' && thisWeek ? 7 : 0;
    return { value: iso(plusDays(today, ahead + extra)), confidence: 0.9 };
  }
  const within = /^dans (\w+) (jours?|semaines?|mois)$/.exec(t);
  if (within) {
    const n = numberOf(within[1]!);
    if (n === undefined) return undefined;
    if (within[2]!.startsWith('mois')) {
      const m0 = today.m - 1 + n;
      const y = today.y + Math.floor(m0 / 12);
      const m = (m0 % 12) + 1;
      const d = Math.min(today.d, new Date(Date.UTC(y, m, 0)).getUTCDate());
      return { value: iso({ y, m, d }), confidence: 0.8 };
    }
    // « dans huit jours » is a week, « dans quinze jours » two.
    const days = within[2]!.startsWith('semaine') ? n * 7 : n === 8 ? 7 : n === 15 ? 14 : n;
    return { value: iso(plusDays(today, days)), confidence: 0.85 };
  }
  const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t);
  if (slash) {
    const [d, m] = [+slash[1]!, +slash[2]!];
    let y = slash[3] ? +slash[3] : today.y;
    if (y < 100) y += 2000;
    if (!slash[3] && (m < today.m || (m === today.m && d < today.d))) y++;
    return valid(y, m, d) ? { value: iso({ y, m, d }), confidence: 0.9 } : undefined;
  }
  const dm = /^(?:([a-z]+) )?(?:le )?(1er|premier|\d{1,2})(?: ([a-z]+))?$/.exec(
    t.replace(DAY_WORD_RE, (w) => String(DAY_WORDS[w.replace(/-/g, ' ')])),
  );
  if (dm) {
    const d = /^\d/.test(dm[2]!) ? parseInt(dm[2]!, 10) : 1;
    const named = dm[1] && DAYS.includes(dm[1]) ? DAYS.indexOf(dm[1]) : undefined;
    if (dm[3]) {
      const m = MONTHS.indexOf(dm[3]) + 1;
      if (m === 0) return undefined;
      const y = m < today.m || (m === today.m && d < today.d) ? today.y + 1 : today.y;
      if (!valid(y, m, d)) return undefined;
      // « mercredi 18 mars » when the 18th is not a Wednesday: the date is said, the day misspoken.
      const agrees = named === undefined || weekdayOf({ y, m, d }) === named;
      return { value: iso({ y, m, d }), confidence: agrees ? 0.95 : 0.7 };
    }
    // « mardi 21 » is the next 21st that falls on a Tuesday (this month's, or a later one's).
    let { y, m } = today;
    if (d < today.d) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    if (named !== undefined) {
      for (let k = 0; k < 12; k++) {
        if (valid(y, m, d) && weekdayOf({ y, m, d }) === named)
          return { value: iso({ y, m, d }), confidence: 0.9 };
        [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
      }
      return undefined;
    }
    // « le 17 » alone is less sure than « jeudi 17 » (a number to call, a quantity…).
    return valid(y, m, d) ? { value: iso({ y, m, d }), confidence: 0.6 } : undefined;
  }
  return undefined;
}

/** The time a cue names: HH:MM, or a part of the day (morning | afternoon | evening). */
export function resolveTime(text: string): { value: string; confidence: number } | undefined {
  const t = text.replace(/[\s-]+/g, ' ').trim();
  if (/^(?:matin|matinee)$/.test(t)) return { value: 'morning', confidence: 0.8 };
  if (/^(?:apres midi|aprem|debut d'apres midi)$/.test(t)) return { value: 'afternoon', confidence: 0.8 };
  if (/^(?:soir|soiree|fin de journee|fin d'apres midi)$/.test(t))
    return { value: 'evening', confidence: 0.8 };
  if (t === 'minuit') return { value: '00:00', confidence: 0.9 };
  const noon = /^midi( et demie?)?$/.exec(t);
  if (noon) return { value: noon[1] ? '12:30' : '12:00', confidence: 0.9 };
  const m =
    /^(\d{1,2}) ?(?:h|heures?|:) ?(\d{2})?(?: (et demie?|et quart|moins le quart))?$/.exec(t) ??
    /^([a-z]+(?: [a-z]+){0,2}?) heures?(?: ([a-z]+(?: [a-z]+)*|\d{2}))?$/.exec(t);
  if (!m) return undefined;
  let h = numberOf(m[1]!);
  let min = 0;
  const tail = m[3] ?? m[2];
  if (m[2] && /^\d+$/.test(m[2])) min = +m[2];
  else if (tail !== undefined) {
    if (/^et demie?$/.test(tail)) min = 30;
    else if (tail === 'et quart') min = 15;
    else if (tail === 'moins le quart') {
      min = 45;
      if (h !== undefined) h -= 1;
    } else {
      const n = numberOf(tail);
      if (n === undefined) return undefined;
      min = n;
    }
  }
  if (h === undefined || h < 0 || h > 23 || min > 59) return undefined;
  return { value: `${pad(h)}:${pad(min)}`, confidence: 0.9 };
}
