/**
 * Words the greeting is read with (data, folded: lower case, no accents). A word of the practice's
 * name that is in `PRACTICE_KIND_WORDS` says what kind of place it is (« cabinet »,
 * « cardiologie »); any other word of three letters or more names this practice (« Parc »,
 * « Platanes »). A caller needs both to know they reached the right place.
 */
export const PRACTICE_KIND_WORDS = new Set(
  (
    'cabinet cabinets medical medicale medicaux maison centre centres sante pole groupe ' +
    'secretariat docteur docteure docteurs dr clinique polyclinique consultation consultations ' +
    'medecine generale generaliste pediatrie pediatre cardiologie cardiologue dermatologie ' +
    'dermatologue radiologie radiologue kinesitherapie kine ophtalmologie ophtalmologue ' +
    'gynecologie gynecologue orl psychiatrie rhumatologie neurologie dentaire dentiste ' +
    'infirmier infirmiers infirmiere infirmieres laboratoire sos'
  ).split(' '),
);

/** Articles and prepositions of a practice's name: they name nothing. */
export const PRACTICE_LINK_WORDS = new Set('de du des la le les l d et au aux sur en'.split(' '));

/** Words around a first name in a greeting: « c'est », « à l'appareil », « bonjour »… */
export const SPEAKER_FRAME =
  /^(?:(?:oui|euh|heu|alors|bonjour|bonsoir|madame|monsieur|ici|moi|c'est|c’est|je m'appelle|je m’appelle|je suis|vous parlez (?:à|a|avec))\s+)+|(?:\s+(?:à|a) l['’]appareil|\s+au t[ée]l[ée]phone|\s+(?:à|a) votre [ée]coute|\s+qui vous r[ée]pond|\s+(?:bonjour|bonsoir|madame|monsieur)|\s+je vous [ée]coute|\s+(?:la |le |votre )?(?:secr[ée]taire|assistante?))+$/giu;

/** Openings that make a pickup sound hesitant or offhand (« Euh… », « Oui ? », « Allô »). */
export const HESITANT_OPENING = /^\s*(?:euh|heu|hum|oui|ouais|all[ôo]|h[ée]|hein)\b|\beuh\b|\bheu\b/iu;

export const GREETING_WORD = /\b(?:bonjour|bonsoir|bienvenue)\b/iu;
