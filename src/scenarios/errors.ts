/**
 * Problems found in a scenario pack, and every French message a trainer may read about one.
 * Messages say what is wrong, where, and how to fix it: they are part of the product.
 */

export type Severity = 'error' | 'warning';

export type PackErrorCode =
  | 'size' // a file or the pack is too large
  | 'syntax' // invalid YAML or JSON
  | 'forbidden-key' // __proto__, constructor, prototype, <<, non-text keys
  | 'kind' // the file's kind cannot be told, or the file is ignored
  | 'schema' // the zod schema rejected a value
  | 'file-name' // file name and id differ
  | 'duplicate' // the same id twice
  | 'missing' // a required file is missing
  | 'reference' // an id that names nothing
  | 'graph' // dialogue graph: unreachable node, dead end, unreachable outcome…
  | 'markup'; // HTML or a script tag in a text

export interface PackError {
  /** Path of the file relative to the pack folder, with forward slashes ("scenarios/x.yaml"). */
  file: string;
  /** Where in the file, as a property path ("nodes.accueil.on[2].goto"); "" for the whole file. */
  path: string;
  /** 1-based line and column, when the position is known. */
  line?: number;
  column?: number;
  /** In French. */
  message: string;
  /** Warnings are shown but do not make a pack invalid. */
  severity: Severity;
  code: PackErrorCode;
}

export type PathSegment = string | number;

/** `["nodes", "accueil", "on", 2, "goto"]` → `nodes.accueil.on[2].goto`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[\p{L}\p{N}_-]+$/u.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * `scenarios/x.yaml:42 › nodes.accueil.on[2].goto : le nœud « reformuler » n’existe pas`.
 * `file` replaces `error.file` in the output (e.g. a path relative to the current folder).
 */
export function formatError(error: PackError, file: string = error.file): string {
  const where = `${file}${error.line ? `:${error.line}` : ''}${error.path ? ` › ${error.path}` : ''}`;
  const level = error.severity === 'warning' ? ' (avertissement)' : '';
  return `${where}${level} : ${error.message}`;
}

export function hasErrors(errors: readonly PackError[]): boolean {
  return errors.some((e) => e.severity === 'error');
}

/** Errors first by file, then by position, then warnings after errors at the same place. */
export function sortErrors(errors: PackError[]): PackError[] {
  return errors.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

// ---------------------------------------------------------------- French helpers

const q = (value: unknown) => `« ${String(value)} »`;

/** `.mp3, .ogg, .wav ou .m4a`. */
const orList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ou ${items.at(-1)}`;

const CLIP_EXAMPLE = '(comme « audio/accueil.mp3 »)';

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`
    : `${Math.ceil(bytes / 1024)} Ko`;
}

/** Edit distance counting a swap of two neighbours as one edit, for « vouliez-vous dire … ? ». */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/** The closest candidate, if it is close enough to be a typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= (word.length <= 3 ? 1 : 2) ? best : undefined;
}

function suggestion(word: string, candidates: readonly string[], noun: string): string {
  const near = closest(word, candidates);
  if (near) return ` : vouliez-vous dire ${q(near)} ?`;
  if (candidates.length === 0) return '';
  const shown = candidates.slice(0, 8).map(q).join(', ');
  return ` (${noun} : ${shown}${candidates.length > 8 ? ', …' : ''})`;
}

const KIND_LABELS = {
  pack: 'le pack',
  practice: 'le cabinet',
  caller: 'l’appelant',
  scenario: 'le scénario',
};
export type FileKind = keyof typeof KIND_LABELS;

/** YAML parser error codes (yaml's `ErrorCode`) in French. */
const YAML_ERRORS: Record<string, string> = {
  ALIAS_PROPS: 'un alias (« *nom ») ne peut pas porter d’ancre ni d’étiquette',
  BAD_ALIAS: 'alias (« *nom ») invalide ou vers une ancre inconnue',
  BAD_DIRECTIVE: 'directive YAML (« % ») invalide',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide dans un texte entre guillemets',
  BAD_INDENT: 'indentation incorrecte : alignez la ligne sur ses voisines',
  BAD_PROP_ORDER: 'ancre ou étiquette mal placée',
  BAD_SCALAR_START: 'une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets',
  BLOCK_AS_IMPLICIT_KEY:
    'deux « : » sur la même ligne : mettez le texte entre guillemets ou passez à la ligne',
  BLOCK_IN_FLOW: 'un bloc YAML ne peut pas se trouver entre crochets ou accolades',
  DUPLICATE_KEY: 'clé en double : chaque champ ne peut apparaître qu’une fois',
  KEY_OVER_1024_CHARS: 'clé trop longue (plus de 1 024 caractères)',
  MISSING_CHAR: 'caractère fermant manquant (guillemet, crochet ou accolade)',
  MULTILINE_IMPLICIT_KEY: 'une clé ne peut pas s’étendre sur plusieurs lignes (« : » oublié ?)',
  MULTIPLE_ANCHORS: 'plusieurs ancres sur la même valeur',
  MULTIPLE_DOCS: 'le fichier contient plusieurs documents (« --- ») : un seul est attendu',
  MULTIPLE_TAGS: 'plusieurs étiquettes sur la même valeur',
  NON_STRING_KEY: 'une clé doit être un texte',
  RESOURCE_EXHAUSTION: 'trop d’alias (« *nom ») ou d’imbrications : le fichier est refusé par sécurité',
  TAB_AS_INDENT: 'tabulation utilisée pour l’indentation : utilisez des espaces',
  TAG_RESOLVE_FAILED: 'étiquette YAML inconnue (« ! ») : retirez-la',
  UNEXPECTED_TOKEN: 'élément inattendu à cet endroit',
  BAD_COLLECTION_TYPE: 'type de liste ou de dictionnaire invalide',
};

/** Node's JSON.parse messages, in French. */
const JSON_ERRORS: [RegExp, string][] = [
  [/double-quoted property name/, 'nom de champ entre guillemets doubles attendu (virgule en trop ?)'],
  [/property name or '}'/, 'nom de champ entre guillemets doubles attendu'],
  [/',' or '}'/, 'virgule ou « } » manquante après une valeur'],
  [/',' or ']'/, 'virgule ou « ] » manquante après un élément de liste'],
  [/':'/, '« : » manquant après un nom de champ'],
  [/end of JSON input/, 'fin de fichier inattendue (accolade ou crochet non fermé ?)'],
  [/control character/, 'retour à la ligne ou tabulation dans un texte : écrivez \\n ou \\t'],
  [/Unterminated string/, 'texte non terminé (guillemet fermant manquant)'],
  [/Bad escaped character|Bad Unicode escape/, 'séquence d’échappement invalide'],
  [/No number after minus|Unterminated fractional|Exponent part/, 'nombre mal écrit'],
  [/Unexpected non-whitespace character/, 'contenu en trop après la fin du document'],
  [/Unexpected token/, 'caractère inattendu'],
];

/** The French catalogue of loader and lint messages. */
export const MESSAGES = {
  badCharacter: (code: string) =>
    `caractère interdit dans un fichier de pack (${code} : caractère de contrôle ou Unicode isolé) : retirez-le`,
  notUtf8: () => 'le fichier n’est pas en UTF-8 : enregistrez-le en UTF-8 (les accents seraient perdus)',
  symlink: () => 'lien symbolique ignoré : un pack ne contient que des fichiers ordinaires',
  notAFile: () => 'ce n’est pas un fichier ordinaire (tube, périphérique…) : ignoré',
  fileTooLarge: (bytes: number, limit: number) =>
    `fichier trop volumineux (${kilobytes(bytes)}) : la limite est de ${kilobytes(limit)} par fichier`,
  packTooLarge: (bytes: number, limit: number) =>
    `pack trop volumineux (${kilobytes(bytes)}) : la limite est de ${kilobytes(limit)} par pack`,
  tooManyFiles: (count: number, limit: number) =>
    `pack trop volumineux (${count} fichiers) : la limite est de ${limit} fichiers`,
  yaml: (code: string) => `YAML invalide : ${YAML_ERRORS[code] ?? 'syntaxe incorrecte'}`,
  yamlWarning: (code: string) => `YAML douteux : ${YAML_ERRORS[code] ?? 'construction inhabituelle'}`,
  json: (nodeMessage: string) =>
    `JSON invalide : ${JSON_ERRORS.find(([pattern]) => pattern.test(nodeMessage))?.[1] ?? 'syntaxe incorrecte'}`,
  tooDeep: (limit: number) =>
    `structure trop imbriquée (plus de ${limit} niveaux) : le fichier est refusé par sécurité`,
  tooManyAliases: () => 'trop d’alias (« *nom ») : le fichier est refusé par sécurité',
  unreadable: () => 'fichier illisible : sa structure est trop complexe',
  emptyFile: () => 'le fichier est vide',
  notAnObject: () => 'le fichier doit contenir une suite de champs « nom: valeur »',
  forbiddenKey: (key: string) =>
    key === '<<'
      ? 'les clés de fusion « << » ne sont pas acceptées : recopiez les champs'
      : `clé interdite ${q(key)} : ce nom est réservé, choisissez-en un autre`,
  complexKey: () => 'une clé doit être un simple texte, pas une liste ni un dictionnaire',
  unknownKind: () =>
    'impossible de savoir si ce fichier décrit un pack, un cabinet, un appelant ou un scénario : ' +
    'placez-le dans practices/, callers/ ou scenarios/, ou nommez-le pack.yaml',
  badExtension: () => 'extension non reconnue : un fichier .yaml, .yml ou .json est attendu',
  ignoredFile: () =>
    'fichier ignoré : seuls pack.yaml et les fichiers .yaml, .yml ou .json de practices/, callers/ et scenarios/ sont lus',
  fileName: (id: string, file: string) =>
    `l’identifiant ${q(id)} ne correspond pas au nom du fichier ${q(file)} : renommez le fichier en ${q(`${id}.yaml`)} ou corrigez l’identifiant`,
  duplicateFile: (kind: FileKind, id: string, other: string) =>
    `${KIND_LABELS[kind]} ${q(id)} est déjà défini dans ${other}`,
  duplicateAcrossPacks: (id: string, pack: string) =>
    `le scénario ${q(id)} existe aussi dans le pack ${q(pack)} : les identifiants de scénario doivent être uniques`,
  missingPackFile: () => 'fichier pack.yaml manquant : il décrit le pack (schemaVersion: 1, id, title)',
  noScenario: () => 'le pack ne contient aucun scénario (dossier scenarios/)',
  unknownPractice: (id: string, known: readonly string[]) =>
    `le cabinet ${q(id)} n’existe pas dans ce pack${suggestion(id, known, 'cabinets définis')}`,
  unknownCaller: (id: string, known: readonly string[]) =>
    `l’appelant ${q(id)} n’existe pas dans ce pack${suggestion(id, known, 'appelants définis')}`,

  // schema issues
  required: (field: PathSegment | undefined) =>
    field === undefined ? 'valeur obligatoire manquante' : `le champ ${q(field)} est obligatoire`,
  expectedType: (expected: string, received: string) => `${expected} attendu, ${received} reçu`,
  expectedValue: (value: unknown) => `valeur attendue : ${JSON.stringify(value)}`,
  expectedOneOf: (input: unknown, values: readonly unknown[]) => {
    const list = values.map(String);
    const word = typeof input === 'string' ? input : undefined;
    const near = word !== undefined ? closest(word, list) : undefined;
    const head = word !== undefined ? `${q(word)} n’est pas une valeur permise` : 'valeur non permise';
    return near
      ? `${head} : vouliez-vous dire ${q(near)} ?`
      : `${head} (valeurs possibles : ${list.join(', ')})`;
  },
  unknownField: (key: string, known: readonly string[]) =>
    `champ inconnu ${q(key)}${closest(key, known) ? ` : vouliez-vous dire ${q(closest(key, known))} ?` : ''}`,
  invalidKey: (key: string, detail: string) => `clé ${q(key)} invalide : ${detail}`,
  tooSmall: (what: 'array' | 'string' | 'number', minimum: number | bigint, inclusive: boolean) =>
    what === 'array'
      ? `au moins ${plural(Number(minimum), 'élément', 'éléments')} attendu${Number(minimum) > 1 ? 's' : ''}`
      : what === 'string'
        ? `au moins ${plural(Number(minimum), 'caractère', 'caractères')} attendu${Number(minimum) > 1 ? 's' : ''}`
        : `la valeur doit être ${inclusive ? 'supérieure ou égale' : 'strictement supérieure'} à ${minimum}`,
  tooBig: (what: 'array' | 'string' | 'number', maximum: number | bigint, inclusive: boolean) =>
    what === 'array'
      ? `au plus ${plural(Number(maximum), 'élément', 'éléments')} attendu${Number(maximum) > 1 ? 's' : ''}`
      : what === 'string'
        ? `au plus ${plural(Number(maximum), 'caractère', 'caractères')} attendu${Number(maximum) > 1 ? 's' : ''}`
        : `la valeur doit être ${inclusive ? 'inférieure ou égale' : 'strictement inférieure'} à ${maximum}`,
  notInteger: () => 'nombre entier attendu',
  union: (expected: readonly string[]) => `valeur invalide : ${expected.join(' ou ')} attendu`,

  // lint: references
  duplicateId: (what: string, id: string) => `${what} ${q(id)} apparaît deux fois`,
  unknownNode: (id: string, known: readonly string[]) =>
    `le nœud ${q(id)} n’existe pas${suggestion(id, known, 'nœuds définis')}`,
  unknownStart: (id: string, known: readonly string[]) =>
    `le nœud de départ ${q(id)} n’existe pas${suggestion(id, known, 'nœuds définis')}`,
  unknownOutcome: (id: string, known: readonly string[]) =>
    `l’issue ${q(id)} n’existe pas : ajoutez-la dans « outcomes »${suggestion(id, known, 'issues définies')}`,
  requirementShape: (keys: readonly string[]) =>
    `une exigence (« requires ») porte sur une seule chose : ${orList(keys)}, avec sa raison (« reason »)`,
  unknownFact: (id: string, known: readonly string[]) =>
    `le fait ${q(id)} n’existe pas : ajoutez-le dans « facts »${suggestion(id, known, 'faits définis')}`,
  unknownAppointmentType: (id: string, practice: string, known: readonly string[]) =>
    `le type de rendez-vous ${q(id)} n’existe pas dans le cabinet ${q(practice)}${suggestion(id, known, 'types définis')}`,
  unknownPractitioner: (id: string, known: readonly string[]) =>
    `le praticien ${q(id)} n’existe pas dans ce cabinet${suggestion(id, known, 'praticiens définis')}`,
  unknownNumber: (to: string, practice: string) =>
    `le numéro ${q(to)} ne figure pas dans l’annuaire du cabinet ${q(practice)} : ajoutez-le dans « directory », ou utilisez « colleague »`,
  transferTarget: (to: string) =>
    `on ne transfère qu’au médecin : ${q(to)} n’est pas permis, écrivez « doctor » (ou utilisez « redirect » pour un numéro)`,
  toNotApplicable: (action: string) =>
    `« to » ne s’applique qu’à « transfer », « redirect » et « callback », pas à ${q(action)}`,
  appointmentNotApplicable: (action: string) =>
    `« appointment » ne s’applique qu’à « move », « cancel » et « sms », pas à ${q(action)}`,
  patientNotApplicable: (action: string) =>
    `« patient » ne s’applique qu’à « book », « waitlist », « move », « cancel » et « sms », pas à ${q(action)}`,
  noOwnAppointment: () =>
    '« appointment: own » ou « other » demande le rendez-vous de l’appelant : ajoutez « appointment: { start, practitioner } » au scénario',
  ownAppointmentMissing: (start: string, practitioner: string) =>
    `aucun rendez-vous pris à ${q(start)} avec ${q(practitioner)} : ajoutez-le dans « agenda » (status: booked, patient) du scénario ou du cabinet`,
  ownAppointmentPast: (start: string) =>
    `le rendez-vous de l’appelant (${q(start)}) est avant le « moment » de l’appel : on ne peut plus le déplacer ni l’annuler`,
  unknownVariable: (name: string, known: readonly string[]) =>
    `la variable ${q(`{${name}}`)} n’existe pas : déclarez-la dans « variables » avec ses valeurs${suggestion(name, known, 'variables définies')}`,
  variableShape: (name: string, field: string | undefined, index: number) =>
    field === undefined
      ? `${q(`{${name}}`)} attend un texte, mais la valeur [${index}] de « variables.${name} » a des champs : écrivez ${q(`{${name}.champ}`)}`
      : `la valeur [${index}] de « variables.${name} » n’a pas de champ ${q(field)}`,
  variableNotTime: (name: string) =>
    `chaque valeur de ${q(`{${name}}`)} doit être une date et heure AAAA-MM-JJTHH:MM : elle sert d’heure de rendez-vous`,
  unusedVariable: (name: string) => `la variable ${q(name)} n’est utilisée nulle part (« {${name}} »)`,
  variableInPractice: (start: string) =>
    `${q(start)} : les variables ne valent que dans un scénario ; l’agenda du cabinet attend une date et heure AAAA-MM-JJTHH:MM`,
  onCallNotInDirectory: (number: string) =>
    `le numéro ${q(number)} de la permanence des soins ne figure pas dans l’annuaire du cabinet : ajoutez-le dans « directory »`,
  redFlagWithoutEmergency:
    'une issue « red-flag » suppose un numéro d’urgence vitale dans l’annuaire du cabinet (kind: emergency, le 15) : le stagiaire doit pouvoir l’y trouver',
  emergencyNotInDirectory: (to: string) =>
    `le numéro d’urgence ${q(to)} ne figure pas dans l’annuaire du cabinet : le stagiaire ne le trouvera pas`,

  // lint: graph
  unreachableNode: (id: string) =>
    `le nœud ${q(id)} n’est jamais atteint depuis le nœud de départ : ajoutez une règle « goto: ${id} » ou supprimez-le`,
  deadEnd: (id: string) =>
    `le nœud ${q(id)} n’a aucune sortie (aucune règle avec « goto », « settle » ou « end ») : seul un raccrochage du stagiaire termine l’appel ici`,
  noCorrectOutcome: () =>
    'aucune issue « correct » ne peut être atteinte : le stagiaire ne peut pas réussir ce scénario',
  outcomeNeverSettled: (id: string) =>
    `l’issue ${q(id)} n’est jamais donnée : aucune règle ne fait « settle: ${id} » et aucun « onHangup » ne la donne`,
  noSilenceLine: (id: string) =>
    `le nœud ${q(id)} n’a pas de réplique en cas de silence (« prompt ») et l’appelant non plus`,
  actionAndSpeech: () =>
    'cette règle attend à la fois une action (« did ») et des paroles (« said », « saidAny » ou « mentions ») : elle ne peut jamais se déclencher',
  ruleDoesNothing: () =>
    'cette règle ne fait rien (ni « reply », ni « goto », ni « settle », ni « end », ni « effects »)',
  shadowedRule: (index: number) =>
    `cette règle ne se déclenche jamais : la règle [${index}], sans condition, passe avant elle`,
  // recorded caller lines (« audio »)
  clipEmpty: () => `chemin de l’enregistrement vide ${CLIP_EXAMPLE}`,
  clipBackslash: () => `séparez les dossiers par « / », pas par « \\ » ${CLIP_EXAMPLE}`,
  clipAbsolute: () =>
    `chemin relatif au dossier du pack attendu ${CLIP_EXAMPLE}, pas un chemin absolu ni une adresse`,
  clipOutsidePack: () =>
    `« .. » n’est pas permis : l’enregistrement doit se trouver dans le dossier du pack ${CLIP_EXAMPLE}`,
  clipMalformed: () => `chemin mal formé : ni « // », ni « ./ » ${CLIP_EXAMPLE}`,
  clipExtension: (extension: string | undefined, allowed: readonly string[]) =>
    `${extension ? `extension ${q(extension)} non permise` : 'extension manquante'} : un fichier ${orList(allowed)} est attendu`,
  unknownClipLine: (line: string, lines: readonly string[]) => {
    const near = closest(line, lines);
    return near
      ? `aucune réplique de l’appelant n’a exactement ce texte : vouliez-vous dire ${q(near)} ?`
      : 'aucune réplique de l’appelant n’a exactement ce texte : recopiez celui d’un « say », « reply », « prompt » ou « otherwise » du scénario, ou d’une réplique de l’appelant (« lines »)';
  },
  clipMissing: (path: string) =>
    `l’enregistrement ${q(path)} est introuvable : placez le fichier dans le dossier du pack, à ce chemin`,
  clipNotAFile: (path: string) => `${q(path)} n’est pas un fichier`,
  clipOutside: (path: string) =>
    `l’enregistrement ${q(path)} mène hors du dossier du pack (lien symbolique ?) : copiez le fichier dans le pack`,
  clipTooLarge: (path: string, bytes: number, limit: number) =>
    `l’enregistrement ${q(path)} est trop volumineux (${kilobytes(bytes)}) : la limite est de ${kilobytes(limit)} par réplique (compressez-le, en .mp3 par exemple)`,
  markup: (tag: string) =>
    `balise HTML ${q(tag)} refusée : les textes d’un pack s’affichent tels quels, écrivez-les sans balises (< et > ne servent pas de mise en forme)`,
  stressRangeEmpty: () =>
    '« stressAbove » est supérieur ou égal à « stressBelow » : la règle ne se déclenche jamais',
} as const;

/** Short French validation summary: « 5 scénarios, 3 cabinets, 5 appelants valides ». */
export function validSummary(counts: { scenarios: number; practices: number; callers: number }): string {
  const parts = [
    plural(counts.scenarios, 'scénario', 'scénarios'),
    plural(counts.practices, 'cabinet', 'cabinets'),
    plural(counts.callers, 'appelant', 'appelants'),
  ];
  const total = counts.scenarios + counts.practices + counts.callers;
  const shown = parts.filter((_, i) => [counts.scenarios, counts.practices, counts.callers][i]! > 0);
  return `${(shown.length ? shown : parts).join(', ')} ${total === 1 ? 'valide' : 'valides'}`;
}
