/**
 * The analyser's French lexicon: for each act, the patterns that trigger it, matched against
 * folded text (lower case, no accents, plain apostrophes; see normalize.ts).
 *
 * Pattern sugar (see `re`): a space matches any run of spaces or hyphens, an apostrophe matches
 * an apostrophe, a space or nothing (« c'est », « c est », « cest »). Patterns are anchored on
 * word boundaries.
 */
import type { ActLabel } from './labels.ts';
import { DAYS as DAY_NAMES, MONTHS as MONTH_NAMES } from './dates.ts';
import { FRAMES, type FrameKind } from './frames.ts';
import { lazy } from './lazy.ts';
import { withLookaheads } from './lookahead.ts';
import { alternatives } from './source.ts';
import { BARE_NUMBERS, CARE_OTHER, DRUGS, HOME_CARE, NOT_A_NUMBER_AFTER, list } from './lexicon.ts';

export function re(source: string, flags = 'g', leadingBoundary = true): RegExp {
  // « x ?» is an optional space (« d' ?urgence », « anti ?inflammatoire »): a space turned into
  // `[\\s-]+` and then `?` would only make that run lazy, and an elided « d'urgence » never matched.
  const body = withLookaheads(source)
    .replace(/ \?/g, '[\\s-]*')
    .replace(/ /g, '[\\s-]+')
    .replace(/'/g, "(?:'\\s*|\\s+)?");
  return new RegExp(
    `${leadingBoundary ? '(?<![a-z0-9])' : ''}(?:${body})(?:(?<=[\\s-])|(?![a-z0-9]))`,
    flags,
  );
}

const DAYS = DAY_NAMES.join('|');
const MONTHS = MONTH_NAMES.join('|');

/** Drugs and home care a secretary must not prescribe. */
const CARE = `${DRUGS}|${HOME_CARE}|${CARE_OTHER}`;

/** Diagnoses a secretary must not make. */
const DISEASE = list(`
otite
musculaire
nerveux
nerveuse
gastro\\w*
angine
infarctus
crise (?:d'angoisse|de tetanie|de foie|d'asthme|cardiaque|de panique|de nerfs)
tendinite
eczema
viral
virale
virus
virose
rhume
grippe
bronchite
bronchiolite
allergie
migraine
entorse
lumbago
sciatique
cystite
conjonctivite
varicelle
rougeole
covid
indigestion
poussee dentaire
coliques?
reflux
rhinopharyngite
rhino
infection
inflammation
contracture
torticolis
hernie
avc
pneumonie
appendicite
malaise vagal
tension
bobo
coup de froid
coup de chaud
insolation
intoxication alimentaire
crampe
elongation
bleu
bosse
stress
fatigue
nerfs
angoisse
la croissance
les dents
ses dents
fait ses dents
l'effort
verrue
mycose
zona
herpes
sinusite
laryngite
lombalgie
courbatures?
crise de croissance
digestion
constipation
hemorroides?
acne
urticaire
hypoglycemie
coup de fatigue
burn ?out
depression
enceinte
maladie
alzheimer
apnees?
meningite
thyroide
anemie
carence
cholesterol
diabete
asthme
scarlatine
coqueluche
roseole
impetigo
muguet
pharyngite
arthrose
phlebite
calculs?
pyelonephrite
melanome
cancer
tumeur
kyste
dents? de sagesse
dents? de lait
musculaire
nerveux
nerveuse
allergique
bacterien(?:ne)?
infectieu(?:x|se)
inflammatoire
hormonal(?:e)?
digestif
digestive
psychologique
psychosomatique
dans la tete
epilepsie
crise d'epilepsie
crise convulsive
convulsions?
reaction allergique
choc anaphylactique
oedeme de quincke
fausse route
deshydratation
embolie(?: pulmonaire)?
hypothermie
overdose
spasmophilie
hormones?
crise de spasmophilie
malaise
`);

const HEDGE = list(`
surement
(?:ca |il |elle )?a tout d'une?
(?:ca |il |elle )?a tout l'air d'avoir
(?:font|fait|ca fait) penser a
(?:ca |cela )?evoque
on dirait qu'(?:il|elle) (?:a|fait)
j'ai l'impression que c'est
souvent c'est
c'est souvent
en general c'est
sans doute
probablement
certainement
a mon avis
je pense que
je crois que
on dirait
ca ressemble a
ca ressemble
ca a l'air d'
ca a l'air de
ca a l'air
ca m'a (?:tout )?l'air d'
ca m'a (?:tout )?l'air de
ca a tout l'air d'
je pense qu'
je crois qu'
ca vient (?:surement |sans doute |probablement )?(?:de|du|des)
d'ou
ca doit etre
doit etre
ca sent
c'est typique d'
c'est typiquement
`);

/** Feelings a trainee may acknowledge (« c'est épuisant », « ça fait peur »). */
const FEELING = list(`
difficile
dur
penible
inquietant
angoissant
stressant
epuisant
fatigant
eprouvant
effrayant
terrible
horrible
l'horreur
rageant
enervant
agacant
frustrant
decourageant
usant
lourd
injuste
triste
douloureux
complique a vivre
pas simple
pas facile
pas drole
pas evident
pas de chance
la galere
galere
embetant
contrariant
desagreable
angoissee?
inquiete?
stressee?
epuisee?
a bout
en colere
boulversee?
bouleversee?
perdue?
fait peur
`);

/** Practitioners of the practice the trainee can pass a message to. */
const PRACTITIONER = list(`
docteure?
medecin
dr
kine
pediatre
sage femme
dentiste
cardiologue
dermatologue
dermato
specialiste
praticienne?
infirmiere?
ophtalmo\\w*
gyneco\\w*
orthodontiste
osteo\\w*
doc
`);

/** External services and numbers: telling the caller to contact them is a redirect. */
const SERVICES = list(`
samu
sos medecins?
pompiers
urgences
centre anti\\s?-?poison
anti\\s?-?poison
pharmacies? de garde
chu
laboratoire d'analyses?
planning familial
medecins? de garde
maison medicale de garde
cpam
assurance maladie
centre de sante
confreres?
medecins du secteur
autres? medecins?
dentiste de garde
sos dentaire
sos main
permanence de soins
centre de vaccinations?
centre de planification
centres? hospitaliers?
centres? de soins non programmes
samu social
police
gendarmerie
commissariat
garde dentaire
service de garde
maisons? de sante
centre medico ?psychologique
cmp
`);

const NUMBERS_BARE = `${BARE_NUMBERS}|39\\s?66`;

export interface Rule {
  label: ActLabel;
  /** Sticky, without its leading word boundary: the analyser tries it at word starts only. */
  pattern: RegExp;
  /**
   * `refusal`: a blunt refusal only when the utterance offers no alternative (proposal,
   * redirect, reassurance). `greeting`: a salutation, kept only where a greeting can be.
   */
  kind?: 'refusal' | 'salutation' | 'question-offer' | FrameKind;
  /** The top-level alternatives of the pattern (the scanner tries, at each word, those that can start there). */
  alternatives: readonly Alternative[];
}

export interface Alternative {
  source: string;
}

/** The top-level alternatives of pattern sources, in order. */
export function alternativesOf(sources: readonly string[]): Alternative[] {
  return sources.flatMap(alternatives).map((source) => ({ source }));
}

interface RuleSource {
  label: ActLabel;
  source: string;
  kind?: Rule['kind'];
}

const rule = (label: ActLabel, source: string, kind?: Rule['kind']): RuleSource => ({
  label,
  source,
  ...(kind ? { kind } : {}),
});

/** The rules of one label and kind become one alternation: one pass over the text each. */
function compile(sources: readonly RuleSource[]): Rule[] {
  const groups = new Map<string, RuleSource[]>();
  for (const r of sources) {
    const key = `${r.label}/${r.kind ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((group) => {
    return {
      label: group[0]!.label,
      pattern: re(group.map((r) => `(?:${r.source})`).join('|'), 'y', false),
      ...(group[0]!.kind ? { kind: group[0]!.kind } : {}),
      alternatives: alternativesOf(group.map((r) => r.source)),
    };
  });
}

/** The act rules, compiled on first use (see lazy.ts). */
export const actRules = lazy((): readonly Rule[] =>
  compile([
    // — greeting: salutations are filtered by position in analyze.ts
    rule('greeting', '(?:re)?bonjour|bonsoir|bjr|bsr|slt|salut|coucou|allo|hello|hey|yo', 'salutation'),

    // — empathy
    rule(
      'empathy',
      "(?:ca|cela) arrive a tout le monde (?:de |d')|(?:ce n'est|c'est) pas (?:facile|evident|drole)(?=\\s*(?:[,.!;]|$))|(?:ca|cela) (?:impressionne|peut impressionner|fait toujours peur|peut faire peur)|(?:je suis|on est|nous sommes) (?:bien |tres )?(?:contente?s?|heureuse?s?|rassuree?s?) que vous (?:ayez|ayiez) (?:appele|telephone|rappele)|vous faites bien(?=\\s*(?:[,.!;]|$| de))",
    ),
    rule(
      'empathy',
      '(?:vous avez|tu as|vous avez du avoir|ca a du vous faire|ca vous a fait|ca a du vous faire tres) (?:eu )?(?:tres |vraiment |bien |une sacree |une grosse |une belle )?(?:peur|frayeur|choc)(?![a-z])',
    ),
    rule(
      'empathy',
      `(?<=(?:^|[,.;:!?])\\s*(?:(?:oh|ah|mon dieu|ben)\\W+)*)quel(?:le)?s? (?:angoisse|inquietude|peur|frayeur|stress|galere|horreur|malheur|epreuve|coup dur|poisse|calvaire|cauchemar|tristesse|dommage|choc)(?: pour (?:vous|toi|lui|elle|eux|votre \\w+))?(?=\\s*(?:[,.!]|$))`,
    ),
    rule('empathy', '(?<!si )(?<!ne )(?<!n\\u0027)je (?:vous |te )?comprends?(?! pas)(?! rien)'),
    rule(
      'empathy',
      '(?<!pas )(?:vraiment |tellement |sincerement |tres |bien )?(?:desolee?s?|navree?s?|dsl|dslee?)',
    ),
    rule(
      'empathy',
      `(?:je vois|j'imagine|je sais|je sens|je me doute|ca doit|ca doit pas|ca ne doit pas|ca a du|ca a l'air|vous devez|vous semblez|vous avez l'air|c'est|ca|cela doit|c) (?:(?!pas |plus |jamais )\\w+ ){0,3}?(?:${FEELING})(?! de (?:rappeler|venir|trouver|reserver|avoir un))`,
    ),
    rule(
      'empathy',
      "(?<![a-z])(?:aie|ouille|oh mince|ah mince|oh non|mon dieu|oh mon dieu|ouh la|oh la pauvre|la pauvre)(?![a-z])|mes (?:sinceres )?condoleances|toutes mes condoleances|je pense (?:bien|fort) a vous|(?:vous avez|tu as) bien fait (?:de|d')|je vous entends(?=\\s*(?:[,.;!]|$|et |madame|monsieur))|je ne minimise pas|ce que vous (?:ressentez|vivez|traversez)|votre (?:ressenti|inquietude est|colere est)|(?:vous avez|c'est) (?:toutes les raisons|normal|legitime|comprehensible) (?:d'|de )(?:etre|vous|se|en)",
    ),
    rule(
      'empathy',
      "(?:excusez moi|pardon|je m'excuse|desolee?|navree?) (?:de|pour|d') ?(?:vous faire attendre|l'attente|le retard|le derangement|la gene|ce contretemps|le contretemps|l'erreur|la confusion|le malentendu|ce changement|le changement|cette attente)|pas de chance|quelle malchance|c'est pas de (?:chance|bol)",
    ),
    rule(
      'empathy',
      "(?:pardon|excusez moi|excusez nous|je m'excuse|toutes mes excuses|mes excuses) (?:pour|de) (?:l'attente|cette attente|le retard|vous avoir)",
    ),
    rule(
      'empathy',
      '(?:ca|cela) doit (?:etre|faire|pas etre) (?:\\w+ ){0,2}(?:difficile|dur|penible|eprouvant|inquietant|angoissant|stressant|complique|mal|fatigant|epuisant|frustrant|genant|douloureux|effrayant|terrible|lourd|facile)',
    ),
    rule(
      'empathy',
      "(?:c'est|c) (?:bien |tout a fait |vraiment |tres |assez )?(?:angoissant|inquietant|stressant|comprehensible|legitime|penible|difficile|normal (?:de vous|que vous|d'etre|de s'inquieter|de vous inquieter|d'avoir peur)|bien normal|tout a fait normal|frustrant|eprouvant|effrayant)",
    ),
    rule(
      'empathy',
      "vous avez l'air (?:\\w+ )?(?:inquiete?|stressee?|angoissee?|perdue?|fatiguee?|bouleversee?|contrariee?|en colere|agacee?|a bout|inquiets?|paniquee?|epuisee?|triste)",
    ),
    // « Je sais que cette situation est difficile »: a feeling a few words after « que ».
    rule(
      'empathy',
      `(?:je vois|j'imagine|je sais|je sens|je me doute) (?:bien )?(?:que|qu') (?:(?!pas |plus |jamais )\\w+ ){0,4}?(?:${FEELING})`,
    ),
    rule(
      'empathy',
      "(?:j'entends|j'imagine|je mesure|je comprends bien|je vois bien) (?:que|votre|bien|combien|a quel point|ce que)",
    ),
    rule(
      'empathy',
      '(?<!ne )je regrette(?! de vous)|(?:ca|cela) (?:ne )?doit pas etre (?:\\w+ )?(?:facile|simple|evident|drole|agreable|rigolo)',
    ),
    rule('empathy', 'mon pauvre|ma pauvre|le pauvre|la pauvre|pauvre (?:petit|petite|bebe|chou)'),
    rule(
      'empathy',
      "je suis (?:vraiment |tres )?(?:embetee?|peinee?|triste|navree?|desolee?) pour vous|(?<=m'|me )(?:inquiete|preoccupe|touche) pour vous|(?:ca|cela) a du (?:etre|vous)|(?:toutes mes excuses|mes excuses|je m'excuse|excusez nous) (?:pour|de)",
    ),
    rule('empathy', "(?:vous avez|tu as) (?:bien |tout a fait |eu )?raison (?:de|d')"),
    rule('empathy', 'je me mets a votre place|je suis de tout c(?:oe|o)ur avec vous|je partage votre'),
    rule(
      'empathy',
      "(?:c'est|ca doit etre) (?:vraiment |tres )?(?:embetant|contrariant|facheux|dommage) pour vous|(?:ah |oh )?(?:mince|zut),? (?:c'est|ca doit etre) (?:vraiment |tres )?(?:embetant|penible|contrariant)",
    ),

    // — reformulation
    rule(
      'reformulation',
      "si (?:j'ai |je |j'|jai )?(?:bien )?(?:compris|comprends|comprend|entendu|entends|saisi|suivi|note|retenu)|je reprends\\s*:",
    ),
    rule(
      'reformulation',
      "(?:si je |je |j'|on )(?:resume|recapitule|reformule|recapitulons)|si je reprends|je reprends ce que|pour resumer|en resume|en gros|en clair|autrement dit|en d'autres termes|recapitulons|pour etre (?:sure?|certaine?|bien sure?) (?:de bien (?:comprendre|noter)|d'avoir (?:bien )?(?:compris|note|saisi|entendu))?\\s*:|pour etre (?:sure?|certaine?)\\s*,|(?:vous|tu) (?:voulez|veux) dire (?:que|qu')|si je vous suis",
    ),
    rule(
      'reformulation',
      "(?<!oui,? )(?<!voila,? )(?<!exactement,? )(?:c'est|c) (?:bien |exactement )?(?:ca|cela)(?=\\s*(?:\\?|$|,|\\.|madame|monsieur))",
    ),
    rule('reformulation', "(?:c'est|c) bien (?:ce que|de ca|ca qu)"),
    rule(
      'reformulation',
      "(?<=(?:^|[,.;:!?]|\\b(?:ok|okay|d'accord|alors|bon|comprends|vois|bien|oui|entendu|note))\\s*)(?:donc|dc) (?:c'est|c|votre|vos|vous|il|elle|ils|elles|ton|ta|tes|tu|t'|le|la|les|l'|ma|mon|sa|son|leur|ce|cela|ca|madame|monsieur|si|on|en fait|depuis|\\d+|un|une|deux|trois|quatre|cinq|six|dix)",
    ),
    rule('reformulation', 'je note(?: bien| tout)?\\s*:'),
    rule(
      'reformulation',
      "(?<=(?:^|[,.;:!]|\\b(?:ok|okay|d'accord|vois|bien|alors|bon|comprends|entendu))\\s*)(?:vous|tu) (?:voulez|souhaitez|voudriez|aimeriez|veux|voudrais|souhaiteriez|desirez|cherchez)(?! que)(?! qu')(?=[^?]*$)",
    ),
    rule('reformulation', "(?<!si )(?:vous |tu |t')(?:avez|as|aviez|avais) besoin (?:d'|de )(?!autre)"),
    rule(
      'reformulation',
      "(?:vous|tu) (?:me dites|m'expliquez|me dis|m'avez dit|m'as dit|dites) (?:que|qu')",
    ),

    // — proposal
    rule(
      'proposal',
      `(?:je |j'|on |nous )(?:peux|peut|pourrais|pourrai|pourrait|pouvons|pourrions) (?:(?!pas |rien |plus |jamais )\\w+ )?(?:vous |te |lui |leur )?(?:l'|le |la |les |en )?(?:(?!pas |rien |plus |jamais )\\w+ )?(?:proposer|redonner|refixer|propose|mettre|inscrire|donner|communiquer|indiquer|reserver|envoyer|renvoyer|caser|transferer|passer|noter|prendre|demander|deposer|transmettre|laisser|regarder|chercher|faire(?! pour)(?! patienter)(?! attendre)|fixer|placer|programmer|trouver|organiser|orienter|avancer|decaler|deplacer|glisser|replacer|reprogrammer|caler|faxer|imprimer|preparer|recevoir|voir|ajouter|offrir|bloquer|garder|prevoir|rappeler|soumettre|relayer|faire suivre)(?! en attente)(?![^.?!,;:]{0,40}?(?<![a-z])(?:${DRUGS}|${HOME_CARE}))`,
    ),
    rule('proposal', '(?:je |on )?(?:vous |te )(?:propose|proposerais|suggere|offre)'),
    rule(
      'proposal',
      "(?:et )?si (?:on|je|nous) (?:\\w+ )?(?:avancait|mettait|decalait|faisait|prenait|regardait|essayait|passait|programmait|calait|fixait|reservait|deplacait|avancions|mettions|faisions|prenions)|(?:deux|trois|plusieurs) (?:possibilites|options|choix|creneaux possibles|propositions)|au choix|si c'est plus (?:simple|pratique|facile) pour vous|si (?:vous voulez|vous le souhaitez|tu veux|vous preferez|vous le voulez),? (?:je|on|j')|comme vous (?:preferez|voulez|voudrez|le souhaitez)(?!,? (?:vous|tu) (?:rappellerez|rappelleras|verrez))|ce serait que|le plus simple,? (?:ce serait|serait|c'est)",
    ),
    rule(
      'proposal',
      "(?:une teleconsultation|un creneau|une place|un rendez vous|un rdv|une visite) (?:est|serait|reste) (?:encore )?(?:possible|disponible|libre|dispo)|si ca vous (?:depanne|arrange|convient)|je (?:vous |te )(?:donne|envoie|transmets|communique|indique) (?:les coordonnees|le numero|l'adresse|la liste|le lien|un lien|le contact|les noms)|(?:pour|afin de) vous (?:transferer|passer) (?:a|au|a la|la|le)(?= )",
    ),
    rule(
      'proposal',
      "(?:voulez vous|vous voulez|souhaitez vous|vous souhaitez|veux tu|tu veux|desirez vous|vous desirez|vous preferez|preferez vous) (?:que je(?! y)|qu'on|que l'on|que nous|que le docteur)",
    ),
    rule(
      'proposal',
      "(?:je |j'|on )(?:vous|te|vs) (?:le |la |l')?(?:mets|met|inscris|inscrit|reserve|cale|place|transfere|passe|bloque|garde|programme|case|ajoute|note|prends|replace|reprogramme|avance|decale)(?! en attente)(?! en pause)(?! en musique)(?! un instant)(?! un moment)(?! deux)(?! quelques)(?! une minute)(?! une seconde)(?! le message)(?! la main)",
    ),
    rule(
      'proposal',
      "(?:vous|te|t') (?:irait|iraient|conviendrait|conviendraient|convient|conviennent|arrangerait|arrangeraient|arrange|dirait|interesserait|interesse|tenterait|tente)",
    ),
    rule('proposal', '(?:ca|cela) (?:vous|te) (?:va|irait|dit)(?=\\s*(?:\\?|$))'),
    rule('proposal', '(?:on|je|il|elle) (?:vous|te) (?:prendra|recevra|glissera|calera|casera)'),
    rule(
      'proposal',
      '(?<!n\\u0027)(?:a|aurait) (?:encore |aussi )?(?:un creneau|une place|de la place|des creneaux|une disponibilite|des disponibilites)',
    ),
    rule(
      'proposal',
      `j'ai (?:encore |aussi |justement )?(?:de la place|une place|un creneau|des creneaux|une disponibilite|des disponibilites|une teleconsult\\w*|une consult\\w*|une visio|un rendez vous|un rdv|une annulation|un desistement|quelque chose|${DAYS}|demain|apres demain|\\d)`,
    ),
    rule(
      'proposal',
      `il (?:me |nous )?reste (?:encore )?(?:une place|un creneau|des creneaux|de la place|quelque chose|un rendez vous|un rdv)|il y a (?:encore )?(?:une place|un creneau|un desistement|une annulation)(?: de)? (?:libre|disponible|dispo|a|le|demain|ce|cet|${DAYS}|\\d)`,
    ),
    rule(
      'proposal',
      '(?:sa|son|leur|notre|votre|une|un) (?:cons(?:oe|o)ur|confrere|associee?|collegue|remplacante?|autre medecin du cabinet)(?:[^.?!]{0,80})(?:accepte|prend|a des|a de la|a encore|peut|recoit|dispo|pourrait|assure|consulte|est disponible|est dispo|a de la place)',
    ),
    rule(
      'proposal',
      '(?<!s\\u0027)(?:(?:le docteur|la docteure|le dr|il|elle) (?:peut|pourra|pourrait) (?:vous |la |le |te )?(?:rappeler|recevoir|voir|prendre))|(?<!s\u0027il )(?<!s\u0027ils )(?<!si elle )(?:peut|pourra|pourrait) (?:vous |te )(?:recevoir|prendre|voir)|(?:il|elle) (?:peut|pourra) nous (?:appeler|rappeler|contacter)',
    ),
    rule('proposal', 'je regarde (?:ses|les|vos|leurs) (?:dispos|disponibilites|creneaux)(?=\\s*\\?)'),
    rule(
      'proposal',
      '(?:vous|tu) (?:pouvez|peux|pourriez) (?:aussi )?(?:venir|passer) (?:le |a \\d|a partir|a midi|en |demain|ce |cet |\\d)|(?:en|une) teleconsultation (?:si|\\?)',
    ),

    // — reassurance
    rule(
      'reassurance',
      "je m'en (?:occupe|charge)|jm'?en (?:occupe|charge)|(?:c'est )?(?:nous|moi) qui (?:nous |m')en (?:chargeons|charge|occupons|occupe)|on gere(?! pas)|vous ne serez pas oubliee?s?|(?:on|je) ne vous oublie pas|(?:je|on) (?:vous |te )(?:appellerai|rappellerai|appellerons|rappellerons|recontacterai|appellera|rappellera)|(?:c'est|c) (?:bien )?(?:reserve|confirme)(?=\\s*(?:[,.!]|$))|je vous (?:le )?confirme(?! (?:que|qu'|si|votre numero|votre nom))|je (?:m'assure|veille a ce|fais en sorte) que|(?:on|nous) vous (?:envoie|envoyons|enverrons|enverra) (?:la |le |un |une |votre )|je m'occupe (?:de|du|des|personnellement)|on s'en (?:occupe|charge)|qui s'en (?:charge|occupe)|je gere(?! pas)|(?:on|nous) (?:va|allons) y arriver|je (?:ne )?(?:raccroche|vous lache|vous laisse) pas (?:tant qu|avant)|je (?:vous |te )(?:fais|fait|prepare|imprime) (?:ca|cela|le necessaire)",
    ),
    rule(
      'reassurance',
      "(?:on|nous) (?:va|allons) (?:\\w+ ){0,3}(?:regarder (?:ca|cela) ensemble|voir (?:ca|cela) ensemble|trouver|s'en occuper|regler|faire le necessaire|aider|s'occuper|arranger|organiser|faire au mieux|faire en sorte)",
    ),
    rule(
      'reassurance',
      "je (?:vais|vais tout de suite|vais immediatement) (?:\\w+ ){0,2}(?:demander|dire|passer|envoyer|contacter|appeler|preparer|trouver|prevenir|transmettre|m'occuper|m'en occuper|faire le necessaire|informer|avertir|laisser|noter|faire passer|rappeler|faire en sorte|signaler|arranger|organiser|aider|annuler|decaler|deplacer|reporter|modifier|gerer|regler)",
    ),
    rule(
      'reassurance',
      "je (?:previens|transmets|transmet|signale|laisse un (?:mot|message)|passe le message|passe l'info|fais passer|lui (?:dis|dirai|transmets|transmettrai|passe|laisse)|informe|avertis|note (?:votre|la|ta) demande|mets une note|fais le necessaire)",
    ),
    rule(
      'reassurance',
      "(?<!pour qu\u0027)(?<!pour que )(?<!afin qu\u0027)(?<!qu\u0027elle )(?<!qu\u0027il )(?<!qu\u0027on )(?:il|elle|lui|le docteur|la docteure|le dr|le doc|la doc|le medecin|le kine|la kine|on|nous|l'equipe) (?:\\w+ ){0,2}(?:vous |la |le |l'|te |les )?(?:rappellera|rappelleront|rappelle|rappellerons|recontactera|recontacte|contactera|contacte|aura|recevra|verra votre|lira|regardera|signera|s'en occupera|expliquera|appellera|passera|viendra|examinera)(?! pas)|(?:vous |la |le |l'|te |les )(?:rappellera|recontactera|contactera|rappelleront|recontacteront)|(?:va|vont) (?:vous |la |le |te |les )?(?:rappeler|recontacter|contacter|appeler|s'en occuper)",
    ),
    rule(
      'reassurance',
      "je (?:vous |te )(?:le )?(?:garantis|promets|assure)|promis|c'est promis|je note (?:votre|ta|la|sa) (?:question|demande|message|remarque) (?:pour|au|a)|vous n'avez (?:plus )?rien a faire|je (?:le |la |les )?(?:depose|pose|mets|laisse) (?:\\w+ ){0,2}?sur (?:le )?bureau|(?:il|elle|le docteur) (?:le |la |les |vous )verra|(?:votre|ton|le) (?:rendez vous|rdv) est (?:bien )?(?:note|confirme|enregistre|pris|reserve|maintenu)",
    ),
    rule(
      'reassurance',
      `je (?:demande|previens|transmets|signale|dis) (?:au|a la|a l') (?:${PRACTITIONER})(?! s'il)(?! si )(?! s'elle)|je vous envoie (?:la confirmation|un sms|un mail|un message|le compte rendu|l'ordonnance|le lien|la convocation)|(?:on|je|nous|ils|elles) (?:ne )?(?:va|vais|vont) pas vous laisser (?:tomber|sans)|je vous trouve (?:une solution|un creneau|quelque chose|une place|un rendez vous)|(?:votre|la|le|l') ?(?:demande|message|dossier|ordonnance|certificat|annulation|rendez vous)(?: de \\w+)? (?:part|est partie?|est transmise?|est envoyee?|est prise? en compte|est (?:bien )?enregistree?|est (?:bien )?notee?|sera (?:pret|prete|faite?|signee?|disponible|envoyee?|transmise?|traitee?))|(?:c'est|le message est|c) (?:bien )?(?:transmis|parti|envoye)|(?:il|elle|ce|ca) sera (?:pret|prete|fait|faite|signe|signee|disponible|regle)|vous allez (?:recevoir|etre rappelee?|avoir (?:un|une|des|votre))|(?:ont|a) ete (?:prevenue?s?|informee?s?|avertie?s?)|(?:ils|elles|on|nous) (?:resteront|restera|restons|vont rester) (?:en ligne )?avec vous|je vous envoie (?:un sms|un message|un mail|un mail) des|on s'occupe (?:de|du|des)|entre de bonnes mains|pour vous trouver (?:une place|un creneau|une solution|un rendez vous|quelque chose)|je (?:l'ai|les ai|vous ai) (?:bien )?note(?:e)? (?:en priorite|pour)|je reviens vers vous (?:avant|des que|demain|cet|ce|en fin|dans la journee|rapidement|au plus vite)|(?:je vais|on va) tout faire|(?:il|elle) vous (?:prend|prendra|recevra|verra) des que|(?:l'|les )?(?:expliquera|expliqueront)`,
    ),
    rule(
      'reassurance',
      '(?:vous aurez|tu auras) (?:une reponse|des nouvelles|votre|un retour|un appel|un rappel|le resultat)|vous recevrez|vous serez (?:rappelee?|recontactee?|pris en charge|prise en charge|vue?|tenue? au courant|prevenue?)',
    ),
    rule(
      'reassurance',
      'vous pourrez (?:la |le |les )?(?:recuperer|passer|venir)|(?:votre|le) rendez vous est (?:bien )?(?:confirme|note|enregistre|pris|reserve)',
    ),
    rule(
      'reassurance',
      'je ne vous laisse pas (?:sans|tomber)|(?:ils|elles) (?:vont|sauront|vont vous|pourront) (?:vous )?(?:guider|aider|quoi faire|dire|conseiller|prendre en charge|vous guider)',
    ),
    rule(
      'reassurance',
      'je reste (?:avec vous|(?:en ligne|au telephone|au bout du fil) avec vous)|(?:on|je) vous (?:tient|tiens|tiendra|tiendrai) au courant|(?:va|vont) (?:regarder|examiner|etudier|voir) (?:votre|ton|le|la|sa)(?= )|' +
        "je fais (?:tout|le necessaire|au mieux|mon possible)|(?:je suis|nous sommes) la pour vous aider|(?:vous n'allez|on ne va) pas (?:rester|vous laisser) sans solution|je vais (?:vous )?(?:donner|proposer|trouver) (?:une|des|deux|trois) (?:solutions?|pistes?)|(?:on|je) vous (?:appelle|rappelle|previens) (?:aussitot|des que|tout de suite|quand|si)|(?:on|nous|je) vous (?:appelle|rappelle|appelons|rappelons|appellerons|rappellerons)(?= au \\d| au numero| sur (?:votre|le|ce)|\\s*[.!;]|\\s*$)|je (?:vous |te )?rappelle (?:des que|dans|avant|en fin|cet|ce|demain|tout de suite|rapidement|si|quand|sans faute)|je (?:vous |te )rappelle(?=\\s*[.!]?\\s*$)",
    ),

    // — hold request
    rule(
      'hold_request',
      "(?:ne )?(?:quittez|raccrochez|coupez) pas(?! avec)|(?<!pas )(?:restez|rester|reste) (?:en ligne|au bout du fil)(?! avec vous)|en pause|(?:je|de|dois|vais) vous faire (?:attendre|patienter)|en musique|(?<=(?:^|[,.;:!?])\\s*)att(?= )|j'arrive(?= |$|[,.!])|je (?:regarde|verifie|check|cherche)(?: ca| tout de suite| de suite| pour (?:aujourd'hui|demain|ce soir|cette semaine|la semaine prochaine|vous))?(?=\\s*(?:[,.!]|$))",
    ),
    rule(
      'hold_request',
      '(?:je|on) (?:vous |te )?(?:mets|met|mettre|remets|remet|remettre|laisse|fais|fait|faire) (?:\\w+ ){0,3}(?:en attente|patienter)|(?:mettre|mette|remettre) en attente',
    ),
    rule(
      'hold_request',
      '(?<!merci d\\u0027avoir )(?<!merci de votre )(?<!merci de )(?<!faire )(?<!faudra )(?<!faut )(?<!devrez )patient(?:er|ez)|merci de patienter(?=\\W+(?:je reviens|un instant|quelques|je (?:regarde|verifie|cherche|demande)))',
    ),
    rule(
      'hold_request',
      "(?<!depuis )(?<!pendant )(?<!y a )(?<!fait )(?<!chaque )(?<!ici )(?<!connaissance )(?<!dure )(?<!duree )(?<!\\ba )(?<!\\bai )(?<!avez )(?<!(?:aurez|recevrez|recevoir|arrivera|aura|partira)[^.,;]{0,30}dans )(?:un|une|deux|quelques|1|2) (?:petit |petite |toute petite |seule |petites )?(?:instants?|moments?|secondes?|minutes?|min|sec)(?! (?:de|d'))",
    ),
    rule(
      'hold_request',
      "(?<!n\\u0027)(?<!j\\u0027)(?<!je )(?<!vous )(?<!n\\u0027 )(?:attendez|attends)(?=\\s*(?:,|!|\\.\\s*$|$|un|une|deux|je|j(?!usqu)(?:'|[a-z])|moi|s'il|svp|juste))(?!\\s*,?\\s*je (?:reformule|resume|recapitule|reprends))(?!\\s*,\\s*(?:vous|tu|t'|c'est))",
    ),
    rule(
      'hold_request',
      "(?<!(?:ca|cela|il|elle|qui|rien) (?:ne )?)(?:ne )?bougez? pas|j'reviens|je reviens(?: vers vous)?(?= tout de suite| de suite| tres vite| dans (?:une|un|deux|quelques|\\d) |\\s*[,.!]|\\s*$)|le temps de (?:verifier|regarder|voir|retrouver|consulter|demander|trouver)",
    ),
    rule(
      'hold_request',
      "je (?:regarde|verifie|check|consulte|cherche) (?:l'agenda|le planning|l'emploi du temps|ce qui|ce que je|ce qu'on|ce que nous|ce qu'il (?:y a|reste)|votre dossier|les disponibilites|dans l'agenda|dans le planning)|je jette un (?:coup d')?oe?il",
    ),

    // — redirect
    rule(
      'redirect',
      `(?<!jusqu\\u0027au )(?<!jusqu\\u0027au)(?<!avant )(?<!apres )(?<!depuis )(?<!pour )(?<!du )(?<!entre )(?:le|au|du|faire le|faites le|composer le|composez le) 15${NOT_A_NUMBER_AFTER}`,
    ),
    rule('redirect', `(?:${NUMBERS_BARE})${NOT_A_NUMBER_AFTER}`),
    rule(
      'redirect',
      `(?:le |la |les |au |aux |du |des |un |une |votre |d'un |d'une |vers |de |d'|l'|numero |a |votre |leur |c'est |plutot )(?:${SERVICES})|votre pharmacien(?:ne)?|(?:c'est|c) (?:au|a la|aux|a l') ?(?:labo|laboratoire|pharmacie|urgences|hopital|centre|cpam|mutuelle)|(?:un |une |d'un |d'une |des |autre |un autre |une autre )(?:allergologues?|orthophonistes?|dermatologues?|cardiologues?|ophtalmologues?|psychologues?|psychiatres?|rhumatologues?|osteopathes?|podologues?|gynecologues?|specialistes?|confreres?)|(?:prenez|prendre) (?:un )?rendez vous (?:directement )?(?:au|a la|aux|a l'|chez|avec un|avec une)`,
    ),
    rule(
      'redirect',
      `(?<=(?:^|[,.;:!?])\\s*)(?:sos medecins?|le samu|samu|les pompiers|l'hopital|les urgences)|(?:appelez|appelle|composez|compose|faites|fais|faire|contactez|joindre|appeler|composer|c'est) le (?:17|18|36\\s?24)${NOT_A_NUMBER_AFTER}`,
    ),
    rule(
      'redirect',
      '(?<!j\\u0027)(?<!je )(?<!le temps de )(?:allez|aller|adressez vous|vous adresser|contactez|contacter|prenez contact avec|prendre contact avec|voyez (?:ca |cela )?avec|appelez|appeler|appelle|compose|voyez|(?:il faut|faut|allez|aller|passez|passer) voir|consultez|consulter|passez|passer|joindre|joignez|composez|composer|faites|se joint|orienter vers|prendre rendez vous avec|prenez rendez vous avec) (?:\\w+ |l\\u0027|d\\u0027){0,5}(?:sos medecins?|samu|hopital|clinique|laboratoire|labo|pharmacie|pharmacien|specialiste|dentiste|psychologue|centre d\\u0027imagerie|imagerie|radiologie|mutuelle|cpam|caisse|ophtalmo\\w*|gynecologue|sage femme|infirmiere?|dermato\\w*|cardiologue|pediatre|gyneco\\w*|orl|rhumato\\w*|psychiatre|osteopathe|podologue|orthophoniste|radiologue|gastro ?enterologue|neurologue|urologue|pneumologue|endocrino\\w*|allergologue|securite sociale|caf|pmi|mdph|caisse d\\u0027assurance maladie|votre caisse|la caisse|medecin traitant|prefecture)(?![a-z])',
    ),

    rule(
      'redirect',
      "(?:transfere|transferer|passe|passer) (?:\\w+ ){0,2}?(?:au|a la|a l') ?(?:secretariat|service|standard|accueil) (?:de l'|du|de la|des) ?(?:hopital|clinique|chu|urgences|centre)",
    ),
    rule(
      'redirect',
      "(?:c'est|c) (?:l'|le |la )(?:opticien|pharmacien(?:ne)?|laboratoire|labo|dentiste|sage femme|orthoptiste) qui|(?:un |une |d'un |d'une )(?:sages? femmes?|opticiens?)",
    ),
    rule(
      'redirect',
      '(?:essayez|essayer|tentez|tenter) (?:plutot |aussi |donc )?(?:la docteure|le docteur|la dr|le dr|la pharmacie|le centre|le cabinet|un autre|une autre|chez)',
    ),
    rule(
      'redirect',
      `(?:(?:vous |de vous |se |vous en )?rapprocher|rapprochez vous) (?:de |du |des |d')(?:l'|la |le |les |votre |vos |un |une )?(?:${SERVICES}|hopital|clinique|pharmacien(?:ne)?|pharmacie|mairie|mutuelle|caisse|laboratoire|labo|assistante? sociale?|medecin traitant|specialiste)`,
    ),
    rule(
      'redirect',
      "(?:je (?:vous )?(?:donne|redonne|dicte|communique)|je (?:peux|pourrais) vous (?:donner|redonner|communiquer)|voici|voila) (?:son|leur) (?:numero|coordonnees)|(?:son|leur) numero,? (?:c'est|est) (?:le )?(?=\\d)",
    ),
    rule('redirect', "(?:un |d'un |des )(?:ophtalmo|dermato|cardio|rhumato|pneumo|endocrino)(?![a-z])"),
    rule(
      'redirect',
      "(?:je vous conseille|il faut|il faudra|il faudrait|vous devez|il vaut mieux|mieux vaut) (?:de |d')?(?:les |la |le |l'|leur |lui )(?:appeler|contacter|joindre|telephoner)(?: directement)?(?=\\s*(?:[,.!]|$))",
    ),

    // — closing
    rule(
      'closing',
      "au revoir|aurevoir|a bientot|(?<!n\\u0027)(?<!y )(?<!en )(?<!ne )a plus(?: tard)?(?=\\s*(?:[!.,]|$))|(?:bonne|bne|belle|excellente|tres bonne) (?:aprem|journee|soiree|fin de journee|fin de soiree|fin de semaine|semaine|apres midi|fin d'apres midi|nuit|continuation|fin de matinee|matinee|fin de week end|fete|fetes|annee)|au plaisir|a la revoyure|(?<=\\w[^a-z]+)salut(?=\\s*[!.]*\\s*$)|a \\+(?=\\s*(?:[!.]|$))|bon (?:week end|weekend|we|dimanche|apres midi|retablissement|courage|appetit|debut de semaine|voyage)|merci (?:de|pour) votre (?:appel|confiance)|prenez (?:bien )?soin de (?:vous|lui|elle|votre)|bisous|bises|je vous en prie|on se voit|a tout a l'heure|a tout de suite|je vous laisse(?=\\s*(?:[,.!]|$|bonne|a |au revoir|madame|monsieur))|bonne guerison|tchao|ciao|bye(?: bye)?|(?<=(?:^|[,.;:!?]|\\b(?:alors|merci|et|donc|bon|parfait|voila|revoir|ok|bien))\\s*)a la semaine (?:pro|prochaine)(?=\\s*[!.]?\\s*$)|a la prochaine|a tres vite|a tres bientot",
    ),
    rule(
      'closing',
      `(?<=(?:^|[,.;:!?]|\\b(?:alors|merci|et|donc|bon|parfait|voila|revoir|ok|bien))\\s*)a (?:${DAYS}|demain|apres demain|la semaine prochaine|tout a l'heure|ce soir|cet apres midi)`,
    ),
    rule(
      'closing',
      `(?<=(?:allez|bon|ok|aller|merci|voila|ben)\\W+)salut|salut(?=\\W+(?:a (?:demain|plus|bientot|${DAYS})|bonne))`,
    ),

    // — minimizing
    rule(
      'minimizing',
      'calm(?:ez|e) (?:vous|toi)|calmez vous|on se calme|du calme|pas de panique|restez calme|vous calmer|calmos',
    ),
    rule(
      'minimizing',
      "(?:ce n'est|c'est|c|cest|ce n est) (?:vraiment |absolument |surement |sans doute |probablement |certainement |sans doute pas grand chose ou )?rien(?! de plus)(?! d'autre)",
    ),
    rule(
      'minimizing',
      '(?:vous |tu )?(?<!n\u0027)(?<!ne )(?:exagerez|exageres|dramatisez|dramatises)(?! pas du tout)(?! du tout)|(?:vous |tu )?(?:en faites|en fais) (?:toute une histoire|(?:un peu |beaucoup |bien )?trop|une montagne|tout un plat|des tonnes|un drame)',
    ),
    rule(
      'minimizing',
      '(?:inquietez|inquietes|faites du souci|faites de la bile|stressez|affolez|paniquez|en faites|inquieter|stresser|paniquer|affoler) (?:\\w+ )?(?:pour|de) (?:rien|si peu|pas grand chose|un rien|trois fois rien|ca)',
    ),
    rule(
      'minimizing',
      "(?:de|pour) rien du tout|tout ce (?:cinema|foin|bazar|cirque)|pour (?:si peu|pas grand chose|un rien|trois fois rien)|(?:vous vous |tu t')(?:inquietez|inquietes|stressez|stresses|affolez|affoles|en faites|en fais) (?:trop|beaucoup trop|un peu trop)",
    ),
    rule(
      'minimizing',
      "(?:ce n'est|c'est|c) pas (?:si |bien |tres |non plus )?(?:dramatique|la mort|bien mechant|un drame)|en faire (?:un drame|une montagne|tout un plat|toute une histoire|une affaire|une maladie|tout un fromage)|faire un drame",
    ),
    rule(
      'minimizing',
      "(?:il n'y a |n'y a |y a )?pas lieu (?:de |d')(?:s'|vous |te )?(?:inquieter|affoler|paniquer|alarmer|stresser|en faire)|pas de quoi (?:s'inquieter|paniquer|s'affoler|vous inquieter|vous affoler|en faire|stresser|s'alarmer|avoir peur|fouetter|vous mettre)|il n'y a (?:vraiment |absolument )?(?:pas|rien) de quoi",
    ),
    rule(
      'minimizing',
      "(?:ne |n')?(?:paniquez|vous affolez|stressez|t'affole|panique|stresse) pas(?! de| d')",
    ),
    rule(
      'minimizing',
      "faut pas (?:stresser|paniquer|s'inquieter|vous inquieter|vous mettre|s'affoler|en faire|exagerer|dramatiser)|(?:ne )?vous mettez pas dans",
    ),
    rule(
      'minimizing',
      "(?:ce n'est|c'est|c) pas la fin du monde|tout le monde (?:en a|a ca|passe par la|a mal)|(?:ca|cela) arrive a tout le monde(?! d(?:e |'))|tous les (?:enfants|bebes|gamins|petits|patients) (?:font|ont|en ont)",
    ),
    rule(
      'minimizing',
      "(?:il|elle|vous|tu) (?:a|avez|as) (?:juste|seulement|simplement) (?:un|une|du|de la|des|un peu)(?! (?:question|rendez vous|rdv|ordonnance|papier|formulaire|certificat|signature|minute|seconde|instant|creneau)\\b)|(?:c'est|c|ce n'est|cest) (?:juste|seulement|simplement) (?:un|une|du|de la)|(?:ce n'est|n'est|c'est|c) qu'(?:un|une)(?! (?:question|petite question|simple question|ordonnance|renouvellement|certificat|papier|formulaire|signature|minute|seconde|instant)\\b)",
    ),
    rule(
      'minimizing',
      "(?:il |y )?(?:y'a|y a|il y a) (?:plus grave|pire)|(?:pas|plus) a plaindre|tout le monde (?:attend|est dans le meme cas|a ce probleme|passe par la)|(?:on se |vous )(?:detend|detendez)|detendez vous|on respire|doucement,? doucement|vous vous faites (?:un film|des films|une montagne)|tu te fais (?:un film|des films)|douillet(?:te)?|chochotte|(?:il n'y a|y a|ya|y'a) pas le feu|on (?:n'est|est) pas a (?:\\w+ ){1,2}pres|(?:c'est|c) (?:une simple |juste une |qu'une )?formalite|(?:aucune|pas de) raison de (?:vous )?(?:affoler|paniquer|inquieter|stresser)|(?<=, ?)rien (?:de plus|d'autre)(?=\\s*[.!]*\\s*$)|(?:des gens|des patients|des personnes) (?:\\w+ ){0,2}plus (?:malades|graves|urgents|a plaindre) que vous|(?:prenez|prends) (?:ca|cela|tout) (?:trop |tellement |bien trop )?a c(?:oe|o)ur|(?:vous vous|tu te) calme[sz]? ou|(?:ca|cela) arrive a tout (?:age|le monde)(?! d(?:e |'))|pour (?:une|un) (?:simple|petite?|malheureuse?)|pas la peine (?:de|d') ?(?:vous enerver|vous facher|s'affoler|paniquer|vous inquieter|s'inquieter|pleurer|en faire|stresser|vous affoler|vous mettre|se mettre|vous deplacer|venir|foncer|courir|deranger)|(?:ca |cela )?ne sert a rien (?:de|d') ?(?:foncer|aller|courir|vous deplacer|venir|appeler|paniquer|s'affoler)|arrete[zr]? de (?:vous faire des films|te faire des films|flipper|stresser|paniquer|vous inquieter|t'inquieter|vous plaindre|te plaindre|pleurer|crier|vous monter la tete|te monter la tete|dramatiser|vous faire du souci)|(?:ne )?vous (?:emballez|tracassez|biler|bilez|affolez) pas|(?:ca|ca n'a) jamais tue personne|(?:ce n'est|c'est|c) pas (?:une|un) (?:urgence|drame)|(?:ce n'est|c'est|c) pas urgent(?! (?:pour|de) (?:le|la|les|un|une|votre|vos|ce|cette|son|sa) (?:renouvellement|ordonnance|certificat|papier|dossier|rendez vous|rdv|courrier|attestation|resultat|vaccin|bilan|controle|dossier|formulaire))|(?:ca|cela|il|elle) peut (?:bien |largement |tres bien )?attendre",
    ),
    rule(
      'minimizing',
      "(?:c'est|c|ca reste|c'est presque toujours|c'est souvent|c'est en general) (?:\\w+ ){0,2}?(?:benin|benigne|classique|banal|frequent|courant|sans gravite|pas bien mechant|pas mechant)|(?:ca|ca n'a) jamais tue personne|(?:ce n'est|c'est|c) pas (?:une|un) urgence|(?:ca|cela|il|elle) peut (?:bien |largement |tres bien )?attendre|(?:ca |cela )?ne sert a rien (?:de|d') ?(?:foncer|aller|courir)|pas la peine (?:de|d') ?(?:foncer|courir|aller aux urgences|venir|vous deplacer)|pas besoin (?:de|d') ?(?:voir|consulter|venir|aller|vous deplacer|deranger|appeler)|rien (?:de grave|d'inquietant|d'alarmant|de mechant|de serieux)|(?:ca|cela) ne (?:fait|fera) pas grand chose|(?:ce n'etait|c'etait|ce n'est|c'est|c) (?:sans doute |surement |probablement |certainement )?pas (?:bien |si |tres )?grave(?! d(?:e |'))|(?:c'est|c) (?:rarement|jamais|pas souvent) (?:grave|mechant|dangereux|serieux|inquietant)|(?:vous n'allez|tu vas|il ne va|elle ne va|vous allez) pas (?:en )?mourir|on n'en meurt pas",
    ),
    rule(
      'medical_advice',
      "(?:c'est|c|ca reste|c'est presque toujours|c'est souvent|c'est en general) (?:\\w+ ){0,2}?(?:benin|benigne|classique|banal|frequent|courant|sans gravite|pas bien mechant|pas mechant)|(?:ca|ca n'a) jamais tue personne|(?:ce n'est|c'est|c) pas (?:une|un) urgence|(?:ca|cela|il|elle) peut (?:bien |largement |tres bien )?attendre|(?:ca |cela )?ne sert a rien (?:de|d') ?(?:foncer|aller|courir)|pas la peine (?:de|d') ?(?:foncer|courir|aller aux urgences|venir|vous deplacer)|pas besoin (?:de|d') ?(?:voir|consulter|venir|aller|vous deplacer|deranger|appeler)|rien (?:de grave|d'inquietant|d'alarmant|de mechant|de serieux)|(?:c'est|c|ce serait) (?:plutot |un |meme |tres )*bon signe|(?:ca|cela) ne (?:fait|fera) pas grand chose|(?:ce n'etait|c'etait|ce n'est|c'est|c) (?:sans doute |surement |probablement |certainement )?pas (?:bien |si |tres )?grave(?! d(?:e |'))|(?:c'est|c) (?:rarement|jamais|pas souvent) (?:grave|mechant|dangereux|serieux|inquietant)|(?:vous n'allez|tu vas|il ne va|elle ne va|vous allez) pas (?:en )?mourir|on n'en meurt pas",
    ),
    rule(
      'minimizing',
      "(?:un peu |beaucoup |bien )?trop (?:stressee?s?|inquiete?s?|angoissee?s?|nerveu(?:x|se)|emotive?|sensibles?)|soyez raisonnable|(?:vous )?reagissez (?:de facon|de maniere|un peu)? ?(?:excessive|trop)|(?:ne )?(?:vous |t')(?:enervez|enerve|excitez|agitez|fachez|emballez|emballe) pas|(?:ce n'est|c'est|c) pas grand chose|il n'y a pas mort d'homme|y a pas mort d'homme",
    ),
    rule(
      'minimizing',
      "faut pas (?:vous |te |se )?(?:stresser|paniquer|inquieter|affoler|en faire|exagerer|dramatiser|prendre la tete|biler|enerver|pleurer)|(?:ne )?(?:vous )?prenez pas la tete|prends pas la tete|c'est trois fois rien|tout le monde (?:est|connait|connais|passe|a)|^(?:oh |ah )?ca va,|^(?:oh |ah )ca va\\b|relativise[rz]?|(?:c'est|ce n'est|c) (?:surement |sans doute |probablement )?pas (?:si |bien |tres )?(?:grave|inquietant|alarmant)|^(?:bon,? )?respirez|^allons\\b|allons,? allons|criez pas|ne criez pas|arretez de (?:crier|vous plaindre|pleurer)",
    ),

    rule(
      'minimizing',
      "(?:ca|cela|c'est|c) (?:reste|est) (?:tout a fait |assez |encore |plutot )?(?:raisonnable|acceptable|pas enorme)|(?:ca|cela) arrive (?:beaucoup|souvent|tres souvent|frequemment)(?! d(?:e |'))|tout le monde (?:\\w+ ){1,2}en ce moment|a (?:votre|son|ton|leur) age,? (?:c'est|c|ca|cela) (?:\\w+ )?(?:normal|classique|courant|frequent|banal|habituel)|(?:c'est|c|ca|cela|ce sont) (?:juste |simplement |seulement )?(?:de (?:votre|son|leur|ton) age|l'age)(?=\\s*(?:[,.!;]|$))|(?:c'est|c) (?:\\w+ )?(?:normal|classique|courant|frequent|banal) a (?:votre|son|leur|cet) age|inutile (?:de |d')(?:vous |te |s')?(?:paniquer|inquieter|affoler|alarmer|stresser|en faire|biler|mettre dans (?:cet|un) etat)|(?:vous |tu )(?:en faites|en fais) (?:beaucoup|un peu beaucoup)(?=\\s*(?:[,.!;]|$|la|quand meme))|(?:ce n'est|c'est|c) pas la mort",
    ),

    // — blunt (rude whatever the rest of the utterance says)
    rule(
      'blunt',
      "(?:ce n'est|c'est|c) pas (?:mon|notre) (?:probleme|souci|affaire|travail|boulot)|(?:c'est|c) (?:votre|ton) (?:probleme|souci|affaire)(?=\\s*(?:[,.!;]|$|pas le mien|pas le notre))|(?:on|nous) (?:n'est|est|ne sommes|sommes) pas (?:un |le |les |des )?(?:service (?:d'|des )?urgences?|urgences|samu|sos medecins?)(?![a-z])|(?:ca|cela) (?:ne )?(?:vous|te|me) regarde pas",
    ),
    rule(
      'blunt',
      "debrouillez vous|demerdez vous|debrouille toi|(?:vous|vs|tu) (?:n'aviez|aviez|n'avais|avais|n'avez|avez) qu'a|on (?:n'est|est) pas (?:un hopital|une usine|a votre service|a votre disposition|la pour)",
    ),
    rule(
      'blunt',
      "je n'y peux rien|j'y peux rien|je (?:ne )?peux rien (?:pour vous|faire|y faire|de plus)|j'en sais rien|je (?:n'en )?sais pas,? moi|aucune idee|j'en ai aucune idee",
    ),
    rule(
      'blunt',
      "je (?:vous )?l'ai (?:deja )?dit|(?<=(?:^|[,.;:!?])\\s*)(?:c'est|c) vous qui voyez|(?<=(?:^|[,.;:!?])\\s*)comme vous (?:voulez|voudrez),? (?:vous|tu) (?:rappellerez|rappelleras|verrez)|(?<=(?:^|[,.;:!?])\\s*)(?:non,? )?(?:ce n'est|c'est|c) pas (?:ca|cela)(?=\\s*[.!]*\\s*$)|(?<=, ?)pas moi(?=\\s*[.!]*\\s*$)|(?:rappellera|rappellerons|rappelle|rappelerai|rappellerai) (?:\\w+ ){0,2}s'(?:il|elle) a le temps|je ne sais pas,? moi|je (?:vous|t') ai deja (?:repondu|explique|dit)|je ne suis pas (?:votre|ta) (?:secretaire|bonne|boniche|mere|esclave|copine|amie)|je ne vois pas ce que (?:je|j'|on) (?:peux|peut|pourrais|pourrait) (?:faire|vous dire|y faire) (?:de plus|d'autre|pour vous)|je (?:vous|te) (?:l'ai )?(?:ai )?deja dit|je ne vais pas (?:vous |te )?(?:le )?repeter|je vais pas (?:vous |te )?(?:le )?repeter",
    ),
    rule(
      'blunt',
      "j'ai pas que ca a faire|(?:j'ai|je n'ai) pas (?:le )?temps|je n'ai pas que ca a faire|j'ai autre chose a faire|(?:on a|j'ai|nous avons) d'autres (?:patients|appels|personnes|gens|choses)|(?:ca|cela) fait (?:deux|trois|quatre|cinq|\\d+) fois que vous",
    ),
    rule(
      'blunt',
      "je (?:ne )?comprends rien|j'ai compris,? c'est bon|c'est bon,? j'ai compris|je (?:ne )?suis que la secretaire|voyez (?:ca|cela) avec(?! (?:la |le |l'|votre |vos |les |un |une )?(?:securite sociale|caf|pmi|mdph|mairie|mutuelle|pharmac\\w*|labo\\w*|hopital|cpam|caisse|medecin|specialiste|assurance|banque|employeur|urgences|samu))|rappelez a \\d|c'est la pause(?=\\s*[.!]?\\s*$)|j'peux (?:rien|pas)|(?<=(?:^|[,.;:!?])\\s*)je raccroche(?=\\s*(?:[,.!]|$))|pas a nous(?=\\s*(?:[,.!]|$))|(?:ca|cela) (?:ne )?sert a rien(?=\\s*[.!]?\\s*$)|je (?:ne )?sais pas quoi vous dire|(?:il n'y a|y a) personne|on n'est pas sourds?|je (?:ne )?suis pas sourde?|(?:t'es|tu es|vous etes) pas (?:le seul|la seule)|(?:on|nous) (?:ne )?(?:peut|peux|pouvons) rien (?:faire|pour vous)|allez voir ailleurs|vous comprenez (?:pas|rien)|je (?:vous|te) (?:ai|l'ai) (?:deja )?dit (?:que|qu'|non)|tant pis pour (?:vous|toi)|(?:ca|cela) (?:ne )?va pas etre possible|je dois raccrocher|on (?:ne )?va pas y passer (?:la journee|la matinee|des heures|l'apres midi|la nuit)|(?:ce n'est|c'est) pas a moi de (?:regler|gerer|m'occuper|faire)|vous auriez du (?:appeler|prevoir|venir|vous y prendre|y penser|prevenir|anticiper)|vous auriez (?:du|pu) (?:\\w+ ){1,4}?(?:plus tot|avant|a temps|en avance)(?![a-z])|il (?:fallait|aurait fallu) (?:\\w+ ){0,2}(?:plus tot|avant|a temps)|(?:ce n'est|c'est|c) pas (?:ma faute|de ma faute|notre faute)|(?:ce n'est|c'est|c) pas moi qui (?:fai[st]|gere|decide)|je (?:ne )?suis pas la pour (?:ca|cela|vous)|je n'ai pas que (?:vous|ca)|(?:ca|cela) ne se passe pas comme (?:ca|cela)|(?:c'est|c) trop tard|(?:ca|cela) (?:ne )?va rien changer|vous n'etes pas (?:le seul|la seule|tout seul|toute seule)|attendre comme tout le monde|j'ai compris,? au revoir|(?:ca|cela) ne me concerne pas|(?:ca|cela) me concerne pas|(?:c'est )?pas (?:vos|tes|mes) oignons|(?:c'est )?pas mes affaires|faites le vous meme|fais le toi meme|on va s'arreter la|(?:vous avez|t'as|tu as) vu l'heure|(?:ici )?(?:c'est|on est) pas (?:les urgences|un hopital|aux urgences)|laissez? tomber|(?<=(?:^|[,.;:!?])\\s*)rappelle (?:demain|plus tard|lundi|la semaine)|qu'est ce que vous voulez que j'y (?:fasse|puisse)|je suis pas medecin,? moi|inutile d'insister|n'insistez pas|je vous ai dit non|(?:ce sera|c'est|ca sera) non|c'est le reglement(?=\\s*(?:[.!]|,? (?:madame|monsieur)\\s*[.!]*\\s*$|$))|(?:c'est|c) mort|on ferme(?=\\s*(?:[.!]|$))|(?:c'est|c) non|c'est la regle(?=\\s*(?:[.!]|,? (?:madame|monsieur)\\s*[.!]*\\s*$|$))|(?<=(?:^|[,.;:!?])\\s*)c'est comme ca(?=\\s*(?:[.!,]|$))|point final|point barre|tant pis pour vous|je suis debordee?|on est debordes|(?<=ou )je raccroche|on s'en (?:fiche|fout)|je m'en (?:fiche|fous)|(?:c'est|c) pas le sujet|je n'ai rien d'autre a vous dire|j'y suis pour rien|voyez pas (?:ca )?avec moi|(?:c'est|cest) pas moi qui (?:fait|fais|gere|decide)|(?<=, ?)point(?=\\s*[.!]*\\s*$)|(?<=, ?)c'est tout(?=\\s*[.!]*\\s*$)|pas la peine d(?:e |')(?:rappeler|insister|revenir)|(?<=comme )tout le monde(?=\\s*[.!]*\\s*$)|(?:faut|il faut|voyez) (?:voir )?avec quelqu'un d'autre|vous (?:ne )?pouviez pas (?:appeler|venir|prevenir|vous y prendre) plus tot|(?:vous croyez|tu crois) que (?:\\w+ ){0,4}(?:a|n'a) que (?:vous|toi)|(?<=encore )vous(?=\\s*[?!])|(?:c'est|ce n'est) pas a moi qu'il faut (?:demander|voir|dire)|je (?:ne )?vais pas deranger (?:le docteur|la docteure|le medecin|le dr) pour (?:ca|si peu|rien)|(?<=sera |seront )(?:pret|prete|prets|pretes|fait|faite|fini|finie) quand (?:il|elle|ils|elles|ce|ca) (?:sera|seront)",
    ),
    // — blunt refusals (only without an alternative)
    rule(
      'blunt',
      "(?:c'est|c|ce n'est|cest|c est) (?:\\w+ ){0,2}(?:impossible|pas possible|complet|plein|blinde|full|ferme)",
      'refusal',
    ),
    rule(
      'blunt',
      "(?:il|elle|le docteur|la docteure|l'agenda|le planning|on) (?:est|a) (?:\\w+ ){0,2}(?:plein|pleine|complet|complete|blinde|full|deborde)",
      'refusal',
    ),
    rule(
      'blunt',
      "(?:ne |n')?(?:prend|prends|prennent|accepte|acceptent|acceptons|prenons|recoit|recoivent|suit) (?:plus|pas) (?:de |d')?(?:nouveaux?|nouvelles?|personne|patients)",
      'refusal',
    ),
    rule(
      'blunt',
      "(?<=(?:^|[,.;:!?])\\s*)(?:pas possible|impossible|non possible)|(?:ce|ca|cela) ne (?:sera|serait) pas possible|(?:ce n'est|c'est|c) pas (?:de mon ressort|mon role|de mon role|mon domaine)|(?:n'a|a|ai|avons) pas le temps|(?:ca|cela) (?:ne )?depend pas de moi|pas de (?:place|creneau|rendez vous|rdv|dispo|disponibilite)|rien avant|(?:n'y a|n'a|a|reste) plus rien|plus rien (?:avant|de libre|aujourd'hui|cette semaine|ce mois)|(?<=(?:y a|a|ai|avons|reste|n'y a) )plus de place|pas avant\\s*[.!]?\\s*$|(?:m'interdit|je n'ai pas le droit|j'ai pas le droit) (?:de|d') ?(?:vous )?(?:repondre|dire|donner|communiquer|transmettre)|il n'y a (?:plus )?(?:rien(?! de (?:grave|mal|special|particulier|inquietant)| d'(?:inquietant|anormal|alarmant|urgent))|pas de place|aucun(?:e)?(?! (?:souci|soucis|probleme|problemes|risque|doute|inconvenient|raison|urgence|honte|gene|mal|crainte|inquietude|obligation)\\b))",
      'refusal',
    ),
    rule(
      'blunt',
      `rappelez (?:plus tard|la semaine|un autre jour|dans|quand|${DAYS}|demain|apres)|rappelez\\s*[.!]?\\s*$|(?:faudra|il faudra|faut|vous pouvez|tu peux|pouvez vous|vous n'avez qu'a) rappeler(?! le)`,
      'refusal',
    ),
    rule(
      'blunt',
      "je (?:ne )?(?:peux|peut|pourrai) (?:pas|rien)|(?:il|elle) ne pourra pas (?:vous |le |la |les )?(?:voir|recevoir|prendre)|je (?:ne )?vais pas vous (?:mettre|inscrire|donner|passer)|(?:non|pas) (?:je|on) (?:ne )?peu[xt]? pas|on ne (?:fait|prend) pas|(?:ca|cela) ne se fait pas(?! de)|(?<!(?:ca|cela|qui|rien|medicament|traitement|comprime|sirop) )(?:ne |n')(?:fait|fais|faisons|prend|prends|prenons|accepte|acceptons|donne|delivre|renouvelle|se deplace|fait) (?:pas|plus|jamais)(?! de (?:retard|risque|souci))|(?:le docteur|il|elle|on) (?:prend|accepte|fait) pas|je ne prends pas de (?:rendez vous|rdv|message)|^non\\s*[.!]*\\s*$",
      'refusal',
    ),

    // — holds, offers, promises and redirects by structure (real phrasing, eval/real-phrases)
    rule(
      'hold_request',
      '(?<!pas )(?:gardez|garder|restez|rester|(?<!je )reste|demeurez) (?:sur |en )?(?:la )?ligne(?! avec (?:vous|toi))|merci de ne pas (?:quitter|raccrocher)|je (?:vais (?:voir|verifier|regarder)|vois|verifie|regarde) si (?:\\w+ ){1,3}(?:est|sont) (?:disponibles?|libres?|la|joignables?)|je (?:vais voir|vois) si je peux (?:le |la |vous le |vous la )?(?:deranger|joindre|passer)',
    ),
    rule(
      'proposal',
      "(?:je |j'|on |nous )(?:peux|peut|pourrais|pouvons) vous (?:suggerer|conseiller de (?:prendre|venir|passer))|(?:je |et )vous passe (?:ma |mon |notre |le |la |a |au )|je vous laisse avec [A-Za-z]|vous avez (?:aussi |egalement )?la possibilite de|soit vous (?:\\w+ ){1,6}soit vous",
    ),
    rule(
      'reassurance',
      "(?<=(?:donner|donnerons|donnera|donnons|donne) )suite|je (?:lui |leur |vous )?(?:note|laisse|mets|ecris|transmets|fais passer|passe) un (?:petit )?(?:message|mot)(?: urgent)?(?= (?:pour|au|a)\\b|\\s*[.!]*\\s*$)|je (?:lui|leur) demande (?:de |d')(?:passer|vous rappeler|vous appeler|venir|vous recevoir|vous voir)|on va faire (?:vite|au plus vite|le plus vite possible)|(?:on|je|nous) (?:vous|te) (?:tiens|tient|tiendrai|tiendra|tenons|tiendrons) (?:au courant|informee?s?)|le necessaire (?:sera|va etre|a ete|est) fait|(?:on|je|nous) (?:ne )?(?:vous |te )(?:laisse|laisserai|laisserons|laissera|lache|lacherai|lacherons|abandonne|abandonnerai|abandonnerons|oublie|oublierai|oublierons) pas (?:tomber|comme (?:ca|cela)|sans (?:solution|reponse|nouvelles))|je m'engage a|(?:nous faisons|on fait|je fais) (?:toujours |tout )?(?:au mieux|de (?:notre|mon) mieux|(?:notre|mon|le) maximum)|je suis (?:ici|la) pour vous aider|(?<=(?:a ete|est|sera) (?:bien )?)prise? en compte|(?<=(?:a ete|est|sera) (?:bien )?)en cours de traitement|vous serez (?:contactee?|informee?|rappelee?)|je (?:vais )?(?:fais |faire )?une recherche pour vous|je vous (?:envoie|enverrai|transmets|ferai parvenir|fais parvenir) (?!(?:le |les )(?:numero|coordonnees|adresse|lien|contact))(?:le |la |les |un |une |votre |vos )|(?:je|nous|on) vous (?:rendrons|rendrai|rendra|enverrons|enverrai|transmettrons|transmettrai)\\b|(?<=si vous avez besoin,? )n'hesitez pas|je vais (?:voir|verifier|regarder) ce (?:que je peux faire|qui est possible|qu'on peut faire|que nous pouvons faire)",
    ),
    rule(
      'redirect',
      "(?:aller|allez|voir|consulter|adressez vous|tournez vous|essayez) (?:directement |plutot |donc )?(?:avec |a |en |au |aux |dans |vers )?(?:l'|le |la |les )?(?:hopital|milieu hospitalier|prive|plateforme)|mieux pris(?:e)? en charge (?:a|au|en|dans)|(?:appeliez|appeler|appelez|contactez|contacter|composez|composer|joindre) (?:directement )?(?:notre |la |le |au )?(?:plateforme|\\d{2}\\s?\\d{2}(?!\\s?\\d))|(?:voila|voici) le numero",
    ),

    // — refusals by structure: the practice (or the trainee) declining a service, a slot only far
    // ahead, a caller sent to call back later; blunt only without an alternative.
    rule(
      'blunt',
      `(?:je|on|nous|il|elle|ils|elles|il ou elle|elle ou il|(?:le|la|les|nos|notre|mon|ma) (?:docteure?s?|dr|medecins?|cabinet|praticien(?:ne)?s?|pediatres?|dentistes?|kines?|specialistes?|generalistes?|centre|secretariat|service|clinique)(?: [a-z]+)?) (?:ne |n')(?:vous |les |le |la |l'|en |y |me |m'|nous )?(?:prend|prends|prenons|prennent|prendrai|prendrons|prendra|recoit|recois|recevons|recoivent|recevrai|recevrons|recevra|accepte|acceptons|acceptent|soigne|soignons|suit|suivons|occupe|occupons|reponds|repond|repondons|donne|donnons|aide|aidons)(?: que)? (?:pas|plus|jamais)|(?:je|on|nous|il|elle) (?:ne |n')(?:peux|peut|pouvons|pourra|pourrai|pourrons) (?:pas |plus )?(?:vous |te )?(?:aider|prendre|recevoir|repondre|renseigner)(?: plus)?|(?:ne |n')(?:peux|peut|pouvons|pourra|pourrons) (?:pas |plus )?vous (?:aider|prendre|recevoir|repondre|renseigner)|je n'ai pas a (?:faire|m'occuper|gerer|vous)|(?:je suis au regret de|je dois) vous (?:dire|repondre) non|(?:je n'ai|j'ai) pas le droit (?:de|d') ?(?:prendre|noter|prendre de messages)|(?:je|on|nous|il|elle|le docteur|le cabinet) (?:ne |n')(?:suis|sommes|est) pas (?:agreee?s?|conventionnee?s?|habilitee?s?|accessibles?|equipee?s?)|(?:non,? )?je ne veux pas(?=\\s*[.!]*\\s*$)|(?:je n'ai|j'ai|on n'a|on a|nous n'avons|nous avons|il n'y a|il y a|y a) (?:deja |malheureusement |vraiment |encore )?(?:pas|plus|aucune?) (?:de |d'|les |le |la )?(?:\\w+ )?(?:places?|creneaux?|rendez vous|rdv|disponibilites?|dispos?|medecins?|chambres?|elements|interpretes?|machines?|possibilites?)(?! (?:a |pour )?(?:vous )?propos)|(?:ce|ca|cela) ne sera pas avant|pas avant (?:\\w+ ){0,2}(?:semaines?|mois|jours|${DAYS}|${MONTHS}|demain|la semaine|le mois|fin|mi|\\d)|(?:on est|nous sommes) (?:rendus|deja) (?:en|a|au) (?:${MONTHS}|\\d)|(?<=(?:sont|est) (?:tous |toutes )?)(?:pris|prises|reserves?|complets?) jusqu'(?:a|au|en)|(?<=(?:il faut|il faudra|faudra|faut|va falloir|vous devrez|vous devez) )attendre (?:${DAYS}|demain|la semaine|le mois|jusqu|\\d)|attendez (?:${DAYS}|demain|la semaine|le mois)`,
      'refusal',
    ),
    rule(
      'blunt',
      `(?<=(?:faudra|il faudra|faut|il faut|faudrait|va falloir|vous devrez|je vous invite a|merci de) (?:que vous )?(?:le |la |les |nous |me )?)(?:rappell?(?:er|iez)|reessayer)(?! le)|rappelez (?:pendant|a partir|apres|aux heures|durant|en semaine|ulterieurement)|(?:reessayez|essayez) (?:plus tard|ulterieurement|demain|la ligne suivante)|(?:ce n'est|c'est|c) pas (?:nous|ici)(?=\\s*[.!]*\\s*$)|il n'y a pas de \\w+ ici`,
      'refusal',
    ),
    // — blunt by blame or scorn of the caller
    rule(
      'blunt',
      "(?:c'est|c) (?:de )?(?:votre|ta) faute|vous abusez|(?:c'est|c) une blague(?=\\s*\\?)|(?:c'est|c) evident(?=\\s*[.!]*\\s*$)|vous vous etes (?:trompee?) de numero",
    ),

    // — scorn, dismissal and over-familiar elisions by structure
    rule(
      'blunt',
      "(?:c'est|c) comme (?:ca|cela) (?:chez nous|ici|qu(?:e l'on|'on|e nous) (?:fonctionn|travaill)\\w*)|il ne fallait pas \\w+|(?<=se )(?:fout|fiche|moque) du monde|baissez (?:d'un ton|le ton)|(?:toutes )?(?:nos|les) lignes sont (?:toutes )?occupees|(?<=(?:est|sont) (?:\\w+ )?)(?:complets?|completes?|pleins?|pleines?|blindee?s?)(?=\\s*(?:[,.!]|$))",
      'refusal',
    ),
    rule(
      'minimizing',
      "(?:vous vous |tu t'|te )(?:enervez|enerves|fachez|faches|agitez|agites|mettez dans cet etat) pour (?:rien|si peu|pas grand chose|un rien)|baissez (?:d'un ton|le ton)|(?:il faut|faut|soyez) (?:etre )?(?:courageux|courageuse)|(?:ca|cela) (?:ne )?sert a rien de (?:pleurer|crier|vous enerver|vous inquieter|paniquer|stresser|vous mettre)",
    ),
    rule(
      'familiarity',
      "m'sieu|msieu|m'dame|z'avez|z'etes|v'pouvez|v'voulez|v'savez|j\\u0027suis|j\\u0027sais|(?<=(?:^|[,.;:!?])\\s*)arrete(?= de | ca| !|\\s*$)",
    ),
    rule(
      'closing',
      "(?<=(?:je|nous) vous )remerci\\w* (?:de votre appel|d'avoir appele|pour votre appel)|je vous souhaite (?:une |un )?(?:agreable|excellente?|tres bonne|bonne|bon) (?:journee|soiree|fin de journee|week end|apres midi)",
    ),
    rule('empathy', 'vous avez (?:tout a fait |bien )?raison(?=\\s*(?:[,.!]|$))'),

    // — medical advice
    rule(
      'medical_advice',
      `(?<!(?:vous|il|elle) (?:lui |leur |le |la |les )?)(?:donnez|donne|prenez|prends|reprenez|reprends|mettez|mets|appliquez|applique|arretez|arrete|continuez|continue|essayez|faites|augmentez|augmente|diminuez|diminue|baissez|doublez|evitez|buvez|bois|alternez|passez|massez|reposez)(?: ?(?:lui|le|la|les|leur|vous|moi))?\\b(?:(?!rendez vous|rdv|ordonnance|consultation|creneau)[^.?!,;:]){0,40}?(?<![a-z])(?:${CARE})`,
    ),
    rule(
      'medical_advice',
      `(?<!\\b(?:si|s\\u0027)\\s*(?:il |on |vous |tu |elle |ils |elles )?)(?:il faut|faut|vous devez|vous pouvez|tu peux|tu dois|il suffit de) (?:lui |le |la |vous |leur )?(?:donner|prendre|reprendre|mettre|arreter|continuer|appliquer|boire|augmenter|diminuer|faire|essayer|utiliser|doubler)\\b(?:(?!rendez vous|rdv|ordonnance|consultation|creneau)[^.?!]){0,40}?(?<![a-z])(?:${CARE})`,
    ),
    rule(
      'medical_advice',
      "(?:installez|allongez|asseyez|reposez) vous (?:bien )?(?:au calme|au frais|a l'ombre|en position|au lit)|(?:il|elle|vous) (?:lui |vous )?(?:faudra|faut|faudrait) (?:surement |sans doute |probablement |certainement )?(?:des |un |une |du |de l'|de la )?(?:antibiotiques?|sirop|creme|pommade|traitement|medicaments?|corticoides|cortisone|anti ?inflammatoires?)|(?:c'est|est) guerie?s?|(?:ca|cela) part (?:au|avec|en|tout)|(?:vous pouvez|tu peux) arreter (?:les seances|le traitement|les medicaments|les antibiotiques|la kine)|repoussera|se resorbera|(?:le mieux|l'ideal|il vaut mieux|mieux vaut),? (?:c'est (?:de |d')?)?(?:prendre|donner|mettre|faire|boire|arreter|appliquer)|(?:ca|cela) se passe (?:toujours |tres |en general |super )?bien|rien d'anormal|(?:a votre place|moi),? (?:je |j')\\w+rais|j'arreterais|(?:resultats|analyses|bilan|prise de sang|echographie|radio|scanner|irm|examen|ecg|electrocardiogramme)(?: \\w+){0,5} (?:sont|est|etait|etaient) (?:bons|bonne|normale|normales|bon|normaux|normal|mauvais|rassurants?|corrects?|parfaits?|inquietants?)|(?:rincez|desinfectez|surelevez|gargarisez|mangez|hydratez|allongez|inhalez|massez|frictionnez|tamponnez|couchez|nettoyez la plaie|refroidissez)\\b|(?<!s\\u0027)(?<!\\bsi )(?:vous pouvez|il peut|elle peut|tu peux) (?:reprendre|refaire|recommencer) (?:le sport|le foot|le travail|l'ecole|la creche|la piscine|le tennis|la course|le velo|la marche|votre traitement|son traitement|sans)|(?:c'est|c) (?:souverain|radical|miraculeux|magique)|(?:ca|cela) fait des merveilles|(?:ca|cela) devrait (?:degonfler|passer|aller mieux|partir|guerir|se calmer|baisser)|(?:c'est|cest|c) (?:tout a fait |bien )?normal (?:a \\d+ ans|a son age|a cet age|pour son age|chez les (?:bebes|enfants|personnes agees))|(?:ca|cela) arrive (?:souvent|frequemment|tout le temps) (?:apres|avec|chez|quand)|(?:ca|cela) (?:marche|fonctionne|soulage|degonfle|calme) (?:tres |super |vraiment )?bien|(?:il faut|faut|vous devez|il doit|elle doit) boire (?:beaucoup|de l'eau|plus)|qu'(?:il|elle) boive (?:beaucoup|de l'eau|plus|suffisamment)|(?:ca|cela) passe (?:en \\w+ jours|au bout de|tout seul|dans \\w+ jours)|(?:ce n'est pas|c'est pas|n'est pas|pas de|aucune) (?:une )?contre ?indication|(?:n'est|est) pas contre ?indique|(?:c'est que vous etes|vous etes (?:surement|sans doute|probablement)) enceinte|(?:vos |les |ses )?resultats sont (?:bons|normaux|mauvais|rassurants|corrects|parfaits|inquietants)|dans (?:la|les) normes?|(?<!quand )(?<!lorsque )(?<!\\bsi )(?<!des que )(?<!une fois que )(?:ca|cela|il|elle|la plaie) (?:\\w+ )?(?:passera(?! (?:chez|vous voir|au cabinet|ce soir|demain|en fin|dans|apres|vers|a \\d))|cicatrisera|guerira|partira|disparaitra|se resorbera|degonflera)|(?<=(?:passer|passera|passe|partir|partira|part|guerir|guerira|guerit|disparaitre|disparaitra|disparait|s'en ira|s'en aller|se resorber|se resorbera|s'arranger|s'arrangera|s'arrange|se soigner|se soigne|degonfler|degonflera|cicatriser|cicatrisera|se calmer|se calmera|tomber|tombera|baisser|baissera|se regler|se reglera|se remettre|se remettra|repartir|repartira)\\s+(?:\\w+\\s+)?)tout seul(?:e)?(?= |$|[,.!])|faites (?:le |la |lui |les )?boire|fais (?:le |la |lui )?boire|buvez beaucoup|bois beaucoup|deshabillez (?:le|la)|reposez (?:le|la|votre|ton)|reposez vous (?=(?:bien |surtout )?(?:et |avec |en |au |a la |sans |jusqu|quelques |deux |trois |\\d|allonge|couche))|a votre place,? je|(?:moi )?je (?:lui )?(?:donnerais|prendrais|mettrais|conseillerais)",
    ),
    rule(
      'medical_advice',
      `(?:${HEDGE})\\s*(?:\\w+ |\\w+\\u0027){0,4}?(?:${DISEASE}|pas grave|rien de grave|benin|benigne|rien du tout|rien(?=\\s*(?:[,.!;]|$)))`,
    ),
    rule(
      'medical_advice',
      `(?:il a|elle a|vous avez|tu as|il fait|elle fait|vous faites) (?:juste |seulement |simplement |surement |sans doute |probablement |certainement )+(?:une?|du|de la|des|de l'|un peu d'|un peu de) (?:petite? |simple |bete |leger |legere )?(?:${DISEASE})|(?:il a|elle a|vous avez|tu as|ils ont) (?:surement|sans doute|probablement|certainement) (?:attrape|chope|fait|pris|couve|rattrape|ramene|contracte)|(?:c'est|c|ce sont) (?:juste |simplement |seulement |surement |sans doute |probablement )?(?:(?:une?|de l'|la|le|l'|du|de la|des|les) |un peu d')(?:petit |petite |simple |bete )?(?:${DISEASE})(?! \\?)|(?:c'est|c) (?:surement|sans doute|probablement|certainement) (?:une?|la|le|l'|du|de la|des) (?!docteur|dr |secretaire|cabinet|rendez|rdv|creneau|numero|bon |meilleur|mieux|plus|seul|meme|cas|moment|jour|fois)\\w+`,
    ),
    rule(
      'medical_advice',
      "(?:ca|cela|la fievre|la douleur|il|elle) (?:va|vont) (?:passer|tomber|baisser|s'arranger|aller mieux|se calmer|partir|guerir|disparaitre)|(?<!quand )(?<!lorsque )(?<!\\bsi )(?<!des que )(?<!une fois que )(?<!d'ici a ce que )(?:ca|cela|la douleur) (?:passera|ira mieux|ira tres bien|ira|s'arrangera|partira|guerira)(?! pas)",
    ),
    rule(
      'medical_advice',
      `(?:ca|cela|il|elle) (?:ne )?va pas s'aggraver|(?:vous pouvez|tu peux|il peut|elle peut) (?:bien )?(?:attendre|patienter) (?:jusqu'a )?(?:${DAYS}|demain|la semaine|une semaine|deux semaines|quelques jours|\\w+ jours|sans souci)|sauter (?:un|une|deux|trois) (?:jours?|prises?|doses?)|(?:un|une|deux) (?:tous les|toutes les|par) (?:deux |trois )?(?:jours|heures)`,
    ),
    rule(
      'medical_advice',
      "(?:c'est|c) plutot (?:rassurant|bon signe|bien|normal)|(?:c'est|c) (?:un )?bon signe|(?:ce n'est|c'est|c|n'est) (?:surement |sans doute |probablement |certainement )?(?:pas|rien de) (?:si |bien |tres )?(?:grave|mechant|dangereux|inquietant)(?! d'attendre)(?! de patienter)(?! si)",
    ),
    rule(
      'medical_advice',
      "(?:ca|cela) se (?:soigne|traite|guerit) (?:bien|facilement|tres bien|tout seul|avec|par)|(?:les )?antibiotiques ne (?:serviront|servent)|(?:c'est|c) normal d'avoir (?:\\w+ ){0,3}(?:mal|fievre|douleur|des douleurs)",
    ),
    rule(
      'medical_advice',
      `(?:\\d+(?:[.,]\\d)?|de la fievre|la fievre|une fievre|un peu de fievre)(?: de fievre| degres)?,?\\s*(?:c'est|c|ce n'est) (?:rien|pas grave|pas beaucoup|pas enorme)|(?:ce n'est|n'est|c'est|c) qu'(?:un|une) (?:petit |petite |simple |bete )?(?:${DISEASE})`,
    ),

    // — familiarity
    rule(
      'familiarity',
      '(?<![a-z\\u0027])(?<!-t-)(?:tu|toi|ton|ta|tes|te)(?![a-z\\u0027])|(?<![a-z-])t(?=\\u0027[a-z])|(?<![a-z-])t(?=[\\u0027\\s]?(?:inquiete|es|as)\\b)',
    ),
    rule(
      'familiarity',
      '(?<=(?:^|[,.;:!?])\\s*(?:(?:bon|ben|bah|alors|ok|oui|euh|allez)\\s*,?\\s*)*)(?:attends|ecoute|bouge|prends|bois|viens|raccroche|rappelle|regarde|dis moi)(?![a-z])',
    ),
    rule(
      'familiarity',
      "ouais|ouai|ma belle|mon chou|mon chouchou|ma cherie|mon cheri|cherie?|ma puce|mon grand|ma grande|mon gars|ma p'tite dame|ma petite dame|p'tite?|mon pote|ma poule|mon coco|ma cocotte|ma jolie|mon mignon|bisous|bises|coucou|salut|(?<!n\\u0027)(?<!y )(?<!en )(?<!ne )a plus(?=\\s*(?:[!.,]|$))|ca roule|vas y|dis moi|ca marche ma|super cool|cool|trop bien|le doc|du doc|un doc|le truc|ton truc|un truc|gamins?|gamine|gosses?|mome|blinde|check|j'reviens|j'te|chui|chuis|relax|no souci|nickel|okay|ok ca marche|kiffe|mec|meuf|ca craint|craint|chelou|wesh|tkt|stp|ben voyons|sympa|la semaine pro|le planning est blinde|hello|hey|yo|tchao|ciao|bye(?: bye)?|mon loulou|ma loulou|mon lapin|ma biche|mon ange|mon canard|mon vieux|ma vieille|mon c(?:oe|o)ur|ma cocotte|relou|chiant|galere|flipper|flippe|flippez|c'est mort|dis donc|(?<=(?:^|[,.;:!?])\\s*)(?:mais )?grave(?=,)|a la revoyure|vous etes (?:un amour|un ange|un chou)|y\\u0027a|ya|jsp|chais pas|allez hop|c mort|(?<=(?:^|[,.;:!?])\\s*)nan(?![a-z])|(?<=(?:^|[,.;:!?])\\s*)va(?= (?:aux|au|a la|voir|chez) )|a \\+(?=\\s*(?:[!.]|$))",
    ),
    ...FRAMES.map(([label, source, kind]) => rule(label, source, kind)),
  ]),
);
