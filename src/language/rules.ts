/**
 * The analyser's French lexicon: for each act, the patterns that trigger it, matched against
 * folded text (lower case, no accents, plain apostrophes; see normalize.ts).
 *
 * Pattern sugar (see `re`): a space matches any run of spaces or hyphens, an apostrophe matches
 * an apostrophe, a space or nothing (« c'est », « c est », « cest »). Patterns are anchored on
 * word boundaries.
 */
import type { ActLabel } from './labels.ts';

export function re(source: string, flags = 'g', leadingBoundary = true): RegExp {
  const body = source.replace(/ /g, '[\\s-]+').replace(/'/g, "(?:'\\s*|\\s+)?");
  return new RegExp(`${leadingBoundary ? '(?<![a-z0-9])' : ''}(?:${body})(?![a-z0-9])`, flags);
}

const alt = (words: readonly string[]) => words.join('|');

const DAYS = alt(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
const MONTHS = alt([
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
]);

/** Drugs and home care a secretary must not prescribe. */
const CARE = alt([
  'doliprane',
  'dafalgan',
  'efferalgan',
  'paracetamol',
  'ibuprofene',
  'advil',
  'nurofen',
  'aspirine',
  'kardegic',
  'spasfon',
  'smecta',
  'antibiotiques?',
  'anti\\s?-?inflammatoires?',
  'antalgiques?',
  'sirop',
  'creme',
  'pommade',
  'glace',
  'gouttes',
  'comprimes?',
  'cachets?',
  'gelules?',
  'suppositoires?',
  'traitement',
  'medicaments?',
  'dose',
  'betabloquants?',
  'ventoline',
  'antihistaminiques?',
  'serum',
  'bain',
  'homeopathie',
  'arnica',
  'tisane',
  'vitamines?',
  'probiotiques',
  'bouillotte',
  'compresses?',
  'pilule',
  'insuline',
  'anticoagulants?',
  'cortisone',
  'eau',
  'repos',
]);

/** Diagnoses a secretary must not make. */
const DISEASE = alt([
  'otite',
  'gastro\\w*',
  'angine',
  'infarctus',
  'crise (?:d\'angoisse|de tetanie|de foie|d\'asthme|cardiaque|de panique|de nerfs)',
  'tendinite',
  'eczema',
  'viral',
  'virale',
  'virus',
  'virose',
  'rhume',
  'grippe',
  'bronchite',
  'bronchiolite',
  'allergie',
  'migraine',
  'entorse',
  'lumbago',
  'sciatique',
  'cystite',
  'conjonctivite',
  'varicelle',
  'rougeole',
  'covid',
  'indigestion',
  'poussee dentaire',
  'coliques?',
  'reflux',
  'rhinopharyngite',
  'rhino',
  'infection',
  'inflammation',
  'contracture',
  'torticolis',
  'hernie',
  'avc',
  'pneumonie',
  'appendicite',
  'malaise vagal',
  'tension',
  'bobo',
  'coup de froid',
  'coup de chaud',
  'insolation',
  'intoxication alimentaire',
  'crampe',
  'elongation',
  'bleu',
  'bosse',
  'stress',
  'fatigue',
  'nerfs',
  'angoisse',
  'la croissance',
  'les dents',
]);

const HEDGE = alt([
  'surement',
  'sans doute',
  'probablement',
  'certainement',
  'a mon avis',
  'je pense que',
  'je crois que',
  'on dirait',
  'ca ressemble a',
  'ca ressemble',
  "ca a l'air d'",
  "ca a l'air de",
  "ca a l'air",
  'ca doit etre',
  'doit etre',
  'ca sent',
  "c'est typique d'",
  "c'est typiquement",
]);

/** External services and numbers: telling the caller to contact them is a redirect. */
const SERVICES = alt([
  'samu',
  'sos medecins?',
  'pompiers',
  'urgences',
  'centre anti\\s?-?poison',
  'anti\\s?-?poison',
  'pharmacies?(?: de garde)?',
  'medecins? de garde',
  'maison medicale de garde',
  'cpam',
  'assurance maladie',
  'centre de sante',
  'confreres?',
  'medecins du secteur',
  'autres? medecins?',
  'autres? cabinets?',
  'dentiste de garde',
  'sos dentaire',
  'sos main',
  'permanence de soins',
  'centre de vaccination',
  'planning familial',
  'samu social',
  'centre medico ?psychologique',
  'cmp',
]);

const NUMBERS_BARE = alt(['116\\s?-?117', '3237', '3114', '112', '3919', '114']);
const NOT_A_NUMBER_AFTER = `(?!\\s*(?:(?:h|heures?|min|mn|ans|jours|mois|fois|${MONTHS}|euros?)\\b|%|[.,]\\d|\\d))`;

export interface Rule {
  label: ActLabel;
  /** Global, without its leading word boundary: the scanner checks it (several times faster). */
  pattern: RegExp;
  /**
   * `refusal`: a blunt refusal only when the utterance offers no alternative (proposal,
   * redirect, reassurance). `greeting`: a salutation, kept only where a greeting can be.
   */
  kind?: 'refusal' | 'salutation' | 'question-offer';
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
  return [...groups.values()].map((group) => ({
    label: group[0]!.label,
    pattern: re(group.map((r) => `(?:${r.source})`).join('|'), 'g', false),
    ...(group[0]!.kind ? { kind: group[0]!.kind } : {}),
  }));
}

export const RULES: readonly Rule[] = compile([
  // — greeting: salutations are filtered by position in analyze.ts
  rule('greeting', 'bonjour|bonsoir|bjr|bsr|slt|salut|coucou|allo|hello', 'salutation'),

  // — empathy
  rule('empathy', "(?<!si )(?<!ne )(?<!n')je (?:vous |te )?comprends?(?! pas)(?! rien)"),
  rule('empathy', "(?<!pas )(?:vraiment |tellement |sincerement |tres |bien )?(?:desolee?s?|navree?s?)"),
  rule('empathy', "(?:pardon|excusez moi|excusez nous|je m'excuse|toutes mes excuses|mes excuses) (?:pour|de) (?:l'attente|cette attente|le retard|vous avoir)"),
  rule(
    'empathy',
    "(?:ca|cela) doit (?:etre|faire|pas etre) (?:\\w+ ){0,2}(?:difficile|dur|penible|eprouvant|inquietant|angoissant|stressant|complique|mal|fatigant|epuisant|frustrant|genant|douloureux|effrayant|terrible|lourd|facile)",
  ),
  rule(
    'empathy',
    "(?:c'est|c) (?:bien |tout a fait |vraiment |tres |assez )?(?:angoissant|inquietant|stressant|comprehensible|legitime|penible|difficile|normal (?:de vous|que vous|d'etre|de s'inquieter|de vous inquieter|d'avoir peur)|bien normal|tout a fait normal|frustrant|eprouvant|effrayant)",
  ),
  rule(
    'empathy',
    "vous avez l'air (?:\\w+ )?(?:inquiete?|stressee?|angoissee?|perdue?|fatiguee?|bouleversee?|contrariee?|en colere|agacee?|a bout|inquiets?|paniquee?|epuisee?|triste)",
  ),
  rule('empathy', "(?:j'entends|j'imagine|je mesure|je comprends bien|je vois bien) (?:que|votre|bien|combien|a quel point|ce que)"),
  rule('empathy', 'mon pauvre|ma pauvre|le pauvre|la pauvre|pauvre (?:petit|petite|bebe|chou)'),
  rule('empathy', "(?:vous avez|tu as) (?:bien |tout a fait |eu )?raison (?:de|d')"),
  rule('empathy', 'je me mets a votre place|je suis de tout coeur avec vous|je partage votre'),
  rule('empathy', "(?:c'est|ca doit etre) (?:vraiment |tres )?(?:embetant|contrariant|facheux|dommage) pour vous"),

  // — reformulation
  rule('reformulation', "si (?:j'ai |je |j'|jai )?(?:bien )?(?:compris|comprends|comprend|entendu|entends|saisi|suivi)"),
  rule('reformulation', "(?:si je |je |j')(?:resume|recapitule|reformule|recapitulons)|pour resumer|en resume|en gros|autrement dit|en d'autres termes|recapitulons"),
  rule('reformulation', "(?:c'est|c) (?:bien |exactement )?(?:ca|cela)(?=\\s*(?:\\?|$|,|\\.|madame|monsieur))"),
  rule('reformulation', "(?:c'est|c) bien (?:ce que|de ca|ca qu)"),
  rule(
    'reformulation',
    "(?<=(?:^|[,.;:!?]|\\b(?:ok|okay|d'accord|alors|bon|comprends|vois|bien|oui|entendu|note))\\s*)donc (?:c'est|c|votre|vos|vous|il|elle|ils|elles|ton|ta|tes|tu|t'|le|la|les|ce|cela|ca|madame|monsieur|si|on|pour|en fait|depuis)",
  ),
  rule('reformulation', 'je note(?: bien)?\\s*:'),
  rule('reformulation', "(?:vous |tu |t')(?:avez|as|aviez|avais) besoin (?:d'|de )(?!autre)"),
  rule('reformulation', "(?:vous|tu) (?:me dites|m'expliquez|me dis|m'avez dit|m'as dit) (?:que|qu')"),

  // — proposal
  rule(
    'proposal',
    "(?:je|j'|on|nous) (?:peux|peut|pourrais|pourrai|pourrait|pouvons|pourrions) (?:vous |te |lui |leur )?(?:(?!pas |rien |plus |jamais )\\w+ )?(?:proposer|propose|mettre|inscrire|donner|communiquer|indiquer|reserver|envoyer|caser|transferer|passer|noter|prendre|demander|deposer|transmettre|laisser|regarder|chercher|faire(?! pour)|fixer|placer|programmer|trouver|organiser|orienter|avancer|decaler|deplacer|glisser|recevoir|voir|ajouter|offrir|bloquer|garder|prevoir|rappeler)(?! en attente)",
  ),
  rule('proposal', '(?:je |on )?(?:vous |te )(?:propose|proposerais|suggere|offre)'),
  rule('proposal', "(?:voulez vous|vous voulez|souhaitez vous|vous souhaitez|veux tu|tu veux|desirez vous|vous desirez|vous preferez|preferez vous) (?:que je|qu'on|que l'on|que nous|que le docteur)"),
  rule(
    'proposal',
    "(?:je|on) (?:vous|te) (?:mets|met|inscris|inscrit|reserve|cale|place|transfere|passe|bloque|garde|programme|case|ajoute|note)(?! en attente)(?! un instant)(?! un moment)(?! deux)(?! quelques)(?! une minute)(?! une seconde)(?! le message)(?! la main)",
  ),
  rule('proposal', "(?:vous|te|t') (?:irait|iraient|conviendrait|conviendraient|convient|conviennent|arrangerait|arrangeraient|arrange|dirait)"),
  rule('proposal', "(?:ca|cela) (?:vous|te) (?:va|irait|dit)(?=\\s*(?:\\?|$))"),
  rule(
    'proposal',
    `j'ai (?:encore |aussi |justement )?(?:de la place|une place|un creneau|des creneaux|une disponibilite|des disponibilites|une teleconsultation|un rendez vous|un rdv|une annulation|un desistement|quelque chose|${DAYS}|demain|apres demain|\\d)`,
  ),
  rule('proposal', "il (?:me |nous )?reste (?:encore )?(?:une place|un creneau|des creneaux|de la place|quelque chose|un rendez vous|un rdv)|il y a (?:encore )?(?:une place|un creneau|un desistement|une annulation)(?: de)? (?:libre|disponible|dispo|a|le|demain|ce|cet)"),
  rule(
    'proposal',
    "(?:sa|son|leur|notre|votre|une|un) (?:cons(?:oe|o)ur|confrere|associee?|collegue|remplacante?|autre medecin du cabinet)(?:[^.?!]{0,80})(?:accepte|prend|a des|a de la|a encore|peut|recoit|dispo|pourrait)",
  ),
  rule('proposal', '(?:le docteur|la docteure|le dr|il|elle) (?:peut|pourra|pourrait) (?:vous |la |le |te )?(?:rappeler|recevoir|voir|prendre)'),
  rule('proposal', 'je regarde (?:ses|les|vos|leurs) (?:dispos|disponibilites|creneaux)(?=\\s*\\?)'),
  rule('proposal', "(?:vous|tu) (?:pouvez|peux|pourriez) (?:aussi )?(?:venir|passer) (?:le |a |en |demain|ce |cet |\\d)|(?:en|une) teleconsultation (?:si|\\?)"),

  // — reassurance
  rule('reassurance', "je m'en (?:occupe|charge)|je m'occupe (?:de|du|des|personnellement)|on s'en (?:occupe|charge)|qui s'en (?:charge|occupe)"),
  rule(
    'reassurance',
    "(?:on|nous) (?:va|allons) (?:\\w+ ){0,2}(?:trouver|s'en occuper|regler|faire le necessaire|aider|s'occuper|arranger|organiser|faire au mieux|faire en sorte)",
  ),
  rule(
    'reassurance',
    "je (?:vais|vais tout de suite|vais immediatement) (?:\\w+ ){0,2}(?:trouver|prevenir|transmettre|m'occuper|m'en occuper|faire le necessaire|informer|avertir|laisser|noter|faire passer|rappeler|faire en sorte|signaler|arranger|organiser|aider)",
  ),
  rule(
    'reassurance',
    "je (?:previens|transmets|transmet|signale|laisse un (?:mot|message)|passe le message|passe l'info|fais passer|lui (?:dis|dirai|transmets|transmettrai|passe|laisse)|demande au (?:docteur|medecin|dr|kine)|demande a la (?:docteure|kine)|informe|avertis|note (?:votre|la|ta) demande|mets une note|fais le necessaire)",
  ),
  rule(
    'reassurance',
    "(?:il|elle|le docteur|la docteure|le dr|le medecin|le kine|la kine|on|nous|l'equipe) (?:\\w+ ){0,2}(?:vous |la |le |l'|te |les )?(?:rappellera|rappelleront|rappelle|rappellerons|recontactera|recontacte|contactera|contacte|aura|recevra|verra votre|lira|regardera|signera|s'en occupera)(?! pas)|(?:va|vont) (?:vous |la |le |te |les )?(?:rappeler|recontacter|contacter|appeler|s'en occuper)",
  ),
  rule('reassurance', "je (?:vous |te )(?:le )?(?:garantis|promets|assure)|promis|c'est promis"),
  rule('reassurance', "(?:vous aurez|tu auras) (?:une reponse|des nouvelles|votre|un retour|un appel|un rappel|le resultat)|vous recevrez|vous serez (?:rappelee?|recontactee?|pris en charge|prise en charge|vue?|tenue? au courant|prevenue?)"),
  rule('reassurance', "vous pourrez (?:la |le |les )?(?:recuperer|passer|venir)|(?:votre|le) rendez vous est (?:bien )?(?:confirme|note|enregistre|pris|reserve)"),
  rule('reassurance', "je ne vous laisse pas (?:sans|tomber)|(?:ils|elles) (?:vont|sauront|vont vous|pourront) (?:vous )?(?:guider|aider|quoi faire|dire|conseiller|prendre en charge|vous guider)"),
  rule('reassurance', "je fais (?:tout|le necessaire|au mieux|mon possible)|(?:je suis|nous sommes) la pour vous aider|je (?:vous |te )?rappelle (?:des que|dans|avant|en fin|cet|ce|demain|tout de suite|rapidement)|je (?:vous |te )rappelle(?=\\s*[.!]?\\s*$)"),

  // — hold request
  rule('hold_request', 'ne (?:quittez|raccrochez|coupez) pas(?! avec)|(?:restez|rester|reste) (?:en ligne|au bout du fil)'),
  rule('hold_request', "(?:je|on) (?:vous |te )?(?:mets|met|mettre|laisse|fais|fait|faire) (?:\\w+ ){0,3}(?:en attente|patienter)|(?:mettre|mette) en attente"),
  rule('hold_request', "(?<!merci d'avoir )(?<!merci de votre )patient(?:er|ez)"),
  rule(
    'hold_request',
    "(?<!depuis )(?<!pendant )(?<!y a )(?<!fait )(?<!chaque )(?:un|une|deux|quelques|1|2) (?:petit |petite |toute petite |seule |petites )?(?:instants?|moments?|secondes?|minutes?|min|sec)(?! (?:de|d'))",
  ),
  rule('hold_request', "(?<!n')(?<!j')(?<!je )(?<!n' )(?:attendez|attends)(?=\\s*(?:,|\\.|!|$|un|une|deux|je|moi|s'il|svp|juste))"),
  rule('hold_request', "(?:ne )?bougez? pas|j'reviens|je reviens(?: vers vous| tout de suite| de suite| dans|$)|le temps de (?:verifier|regarder|voir|retrouver|consulter|demander|trouver)"),
  rule('hold_request', "je (?:regarde|verifie|check|consulte|cherche) (?:l'agenda|le planning|l'emploi du temps|ce qui|ce que je|votre dossier|les disponibilites|dans l'agenda)"),

  // — redirect
  rule(
    'redirect',
    `(?<!jusqu'au )(?<!jusqu'au)(?:le|au|du|faire le|faites le|composer le|composez le) 15${NOT_A_NUMBER_AFTER}`,
  ),
  rule('redirect', `(?:${NUMBERS_BARE})${NOT_A_NUMBER_AFTER}`),
  rule('redirect', `(?:le |la |les |au |aux |du |des |un |une |votre |d'un |d'une |vers |de |d'|numero |a )(?:${SERVICES})`),
  rule(
    'redirect',
    '(?:allez|aller|rendez vous|adressez vous|vous adresser|contactez|contacter|appelez|appeler|voyez|consultez|consulter|passez|passer|joindre|joignez|composez|composer|faites|se joint|orienter vers) (?:\\w+ ){0,4}(?:hopital|clinique|laboratoire|labo|specialiste|dentiste|psychologue|ophtalmo\\w*|gynecologue|sage femme|infirmiere?)',
  ),

  // — closing
  rule(
    'closing',
    "au revoir|aurevoir|a bientot|(?<=(?:^|[,.;:!?]|\\b(?:allez|bon|ok|salut|merci|et|ciao))\\s*)a plus(?: tard)?(?=\\s*(?:[!.,]|$))|bonne (?:journee|soiree|fin de journee|fin de soiree|fin de semaine|semaine|apres midi|fin d'apres midi|nuit|continuation|fin de matinee|matinee|fin de week end|fete|fetes|annee)|bon (?:week end|weekend|we|dimanche|apres midi|retablissement|courage|appetit|debut de semaine|voyage)|merci (?:de|pour) votre (?:appel|confiance)|prenez soin de (?:vous|lui|elle|votre)|bisous|bises|je vous en prie|on se voit|a tout a l'heure|a tout de suite|je vous laisse|bonne guerison",
  ),
  rule('closing', `(?<=(?:^|[,.;:!?]|\\b(?:alors|merci|et|donc|bon|parfait|voila|revoir|ok|bien))\\s*)a (?:${DAYS}|demain|apres demain|la semaine prochaine|tout a l'heure|ce soir|cet apres midi)`),
  rule('closing', "(?<=(?:allez|bon|ok|aller|merci)\\W+)salut|salut(?=\\W+(?:a (?:demain|plus|bientot|${DAYS})|bonne))"),

  // — minimizing
  rule('minimizing', "calm(?:ez|e) (?:vous|toi)|calmez vous|on se calme|du calme|restez calme|vous calmer|se calmer|calmos"),
  rule('minimizing', "(?:ce n'est|c'est|c|cest|ce n est) (?:vraiment |absolument )?rien(?! de plus)(?! d'autre)"),
  rule('minimizing', "(?:vous |tu )?(?:exagerez|exageres|dramatisez|dramatises)|(?:vous |tu )?(?:en faites|en fais) (?:trop|une montagne|tout un plat|des tonnes|un drame)"),
  rule(
    'minimizing',
    "(?:inquietez|inquietes|faites du souci|faites de la bile|stressez|affolez|paniquez|en faites|inquieter|stresser|paniquer|affoler) (?:\\w+ )?(?:pour|de) (?:rien|si peu|pas grand chose|un rien|trois fois rien|ca)",
  ),
  rule('minimizing', "pour (?:si peu|rien du tout|pas grand chose|un rien|trois fois rien)|(?:vous vous |tu t')(?:inquietez|inquietes|stressez|stresses|affolez|affoles|en faites|en fais) (?:trop|beaucoup trop|un peu trop)"),
  rule('minimizing', "(?:ce n'est|c'est|c) pas (?:si |bien |tres |non plus )?(?:dramatique|la mort|bien mechant|un drame)|en faire (?:un drame|une montagne|tout un plat|toute une histoire|une affaire)|faire un drame"),
  rule('minimizing', "pas de quoi (?:s'inquieter|paniquer|s'affoler|vous inquieter|vous affoler|en faire|stresser|s'alarmer|avoir peur|fouetter|vous mettre)|il n'y a (?:vraiment |absolument )?(?:pas|rien) de quoi"),
  rule('minimizing', "(?:ne |n')?(?:paniquez|vous affolez|stressez|t'affole|panique|stresse) pas(?! de| d')"),
  rule('minimizing', "faut pas (?:stresser|paniquer|s'inquieter|vous inquieter|vous mettre|s'affoler|en faire|exagerer|dramatiser)|(?:ne )?vous mettez pas dans"),
  rule('minimizing', "(?:ce n'est|c'est|c) pas la fin du monde|tout le monde (?:en a|a ca|passe par la|a mal)|(?:ca|cela) arrive a tout le monde|tous les (?:enfants|bebes|gamins|petits|patients) (?:font|ont|en ont)"),
  rule('minimizing', "(?:c'est|c|ce n'est|cest) (?:juste|seulement|simplement) (?:un|une|du|de la)|(?:ce n'est|n'est|c'est|c) qu'(?:un|une)(?! question)"),
  rule('minimizing', "^(?:bon )?respirez|^allons\\b|allons,? allons|criez pas|ne criez pas|arretez de (?:crier|vous plaindre|pleurer)"),

  // — blunt (rude whatever the rest of the utterance says)
  rule('blunt', "(?:ce n'est|c'est|c) pas (?:mon|notre) (?:probleme|souci|affaire|travail|boulot)|(?:ca|cela) (?:ne )?(?:vous|te|me) regarde pas"),
  rule('blunt', "debrouillez vous|demerdez vous|debrouille toi|(?:vous|tu) (?:n'aviez|aviez|n'avais|avais|n'avez|avez) qu'a|on (?:n'est|est) pas (?:un hopital|une usine|a votre service|a votre disposition|la pour)"),
  rule('blunt', "je n'y peux rien|j'y peux rien|je (?:ne )?peux rien (?:pour vous|faire|y faire|de plus)|j'en sais rien|je (?:n'en )?sais pas,? moi|aucune idee|j'en ai aucune idee"),
  rule('blunt', "je (?:vous )?l'ai (?:deja )?dit|je (?:vous|te) (?:l'ai )?(?:ai )?deja dit|je ne vais pas (?:vous |te )?(?:le )?repeter|je vais pas (?:vous |te )?(?:le )?repeter"),
  rule('blunt', "j'ai pas que ca a faire|je n'ai pas que ca a faire|j'ai autre chose a faire|(?:on a|j'ai|nous avons) d'autres (?:patients|appels|personnes|gens|choses)|(?:ca|cela) fait (?:deux|trois|quatre|cinq|\\d+) fois que vous"),
  rule('blunt', "(?:c'est|c) non|c'est la regle|c'est comme ca|point final|point barre|tant pis pour vous|je suis debordee?|on est debordes"),
  // — blunt refusals (only without an alternative)
  rule('blunt', "(?:c'est|c|ce n'est|cest|c est) (?:\\w+ ){0,2}(?:impossible|pas possible|complet|plein|blinde|full|ferme)", 'refusal'),
  rule('blunt', "(?:il|elle|le docteur|la docteure|l'agenda|le planning|on) (?:est|a) (?:\\w+ ){0,2}(?:plein|pleine|complet|complete|blinde|full|deborde)", 'refusal'),
  rule('blunt', "(?:ne |n')?(?:prend|prends|accepte|acceptons|prenons|recoit|suit) (?:plus|pas) (?:de |d')?(?:nouveaux?|nouvelles?|personne|patients)", 'refusal'),
  rule('blunt', "(?:ca|cela) (?:ne )?depend pas de moi|pas de (?:place|creneau|rendez vous|rdv|dispo|disponibilite)|rien avant|plus rien|plus de place|il n'y a (?:plus )?(?:rien|pas de place|aucun)", 'refusal'),
  rule('blunt', `rappelez (?:plus tard|la semaine|un autre jour|dans|quand|${DAYS}|demain|apres)|rappelez\\s*[.!]?\\s*$|(?:faudra|il faudra|faut|vous pouvez|tu peux|pouvez vous|vous n'avez qu'a) rappeler(?! le)`, 'refusal'),
  rule('blunt', "je (?:ne )?(?:peux|peut|pourrai) (?:pas|rien)|(?:non|pas) (?:je|on) (?:ne )?peu[xt]? pas|on ne (?:fait|prend) pas|^non\\s*[.!]*\\s*$", 'refusal'),

  // — medical advice
  rule(
    'medical_advice',
    `(?<!vous )(?<!tu )(?<!il )(?<!elle )(?:donnez|donne|prenez|prends|mettez|mets|appliquez|applique|arretez|arrete|continuez|continue|augmentez|augmente|diminuez|diminue|baissez|doublez|evitez|buvez|bois|alternez|passez|massez|reposez)(?: ?(?:lui|le|la|les|leur|vous|moi))?\\b[^.?!]{0,40}?(?:${CARE})`,
  ),
  rule(
    'medical_advice',
    `(?:il faut|faut|vous devez|vous pouvez|tu peux|tu dois|il suffit de) (?:lui |le |la |vous |leur )?(?:donner|prendre|mettre|arreter|continuer|appliquer|boire|augmenter|diminuer)\\b[^.?!]{0,40}?(?:${CARE})`,
  ),
  rule('medical_advice', "faites (?:le |la |lui |les )?boire|fais (?:le |la |lui )?boire|buvez beaucoup|bois beaucoup|deshabillez (?:le|la)|reposez (?:le|la|vous|votre|ton)|a votre place,? je|(?:moi )?je (?:lui )?(?:donnerais|prendrais|mettrais|conseillerais)"),
  rule('medical_advice', `(?:${HEDGE}) (?:\\w+ ){0,4}?(?:${DISEASE}|pas grave|rien de grave|benin|benigne|rien du tout)`),
  rule('medical_advice', `(?:il a|elle a|vous avez|tu as) (?:surement|sans doute|probablement|certainement) (?:attrape|chope|fait|pris)|(?:c'est|c) (?:juste |simplement |seulement )?(?:une?|de l'|la|le|du) (?:petit |petite |simple |bete )?(?:${DISEASE})(?! \\?)`),
  rule('medical_advice', "(?:ca|cela|la fievre|la douleur|il|elle) (?:va|vont) (?:passer|tomber|baisser|s'arranger|aller mieux|se calmer|partir|guerir|disparaitre)|(?:ca|cela|la douleur) (?:passera|ira mieux|ira tres bien|ira|s'arrangera|partira|guerira)(?! pas)"),
  rule('medical_advice', `(?:ca|cela|il|elle) (?:ne )?va pas s'aggraver|(?:vous pouvez|tu peux|il peut|elle peut) (?:bien )?(?:attendre|patienter) (?:jusqu'a )?(?:${DAYS}|demain|la semaine|quelques jours|sans souci)`),
  rule('medical_advice', "(?:c'est|c) plutot (?:rassurant|bon signe|bien|normal)|(?:c'est|c) (?:un )?bon signe|(?:ce n'est|c'est|c|n'est) (?:surement |sans doute |probablement |certainement )?(?:pas|rien de) (?:si |bien |tres )?(?:grave|mechant|dangereux|inquietant)"),
  rule('medical_advice', "(?:ca|cela) se soigne (?:bien|facilement|tres bien|tout seul)|(?:les )?antibiotiques ne (?:serviront|servent)|(?:c'est|c) normal d'avoir (?:\\w+ ){0,3}(?:mal|fievre|douleur|des douleurs)"),
  rule('medical_advice', `(?:\\d+(?:[.,]\\d)?|de la fievre|la fievre|une fievre|un peu de fievre)(?: de fievre| degres)?,?\\s*(?:c'est|c|ce n'est) (?:rien|pas grave|pas beaucoup|pas enorme)|(?:ce n'est|n'est|c'est|c) qu'(?:un|une) (?:petit |petite |simple |bete )?(?:${DISEASE})`),

  // — familiarity
  rule('familiarity', "(?<![a-z\\u0027-])(?:tu|toi|ton|ta|tes|te)(?![a-z\\u0027])|(?<![a-z-])t(?=\\u0027[a-z])|(?<![a-z-])t(?=[\\u0027\\s]?(?:inquiete|es|as)\\b)"),
  rule('familiarity', "(?<=(?:^|[,.;:!?]\\s*))(?:attends|ecoute|bouge|prends|bois|viens|raccroche|rappelle|regarde|dis moi)(?![a-z])"),
  rule(
    'familiarity',
    "ouais|ouai|ma belle|mon chou|mon chouchou|ma cherie|mon cheri|cherie?|ma puce|mon grand|ma grande|mon gars|ma p'tite dame|ma petite dame|p'tite?|mon pote|ma poule|mon coco|ma cocotte|ma jolie|mon mignon|bisous|bises|coucou|salut|(?<=(?:^|[,.;:!?]|\\b(?:allez|bon|ok|salut|merci|et|ciao))\\s*)a plus(?=\\s*(?:[!.,]|$))|ca roule|ca marche ma|super cool|cool|trop bien|le doc|du doc|un doc|le truc|ton truc|un truc|gamins?|gamine|gosses?|mome|blinde|check|j'reviens|j'te|chui|chuis|relax|no souci|nickel|okay|ok ca marche|kiffe|boulot|bosse|mec|meuf|wesh|tkt|stp|ben voyons|bah|ouf|sympa|la semaine pro|le planning est blinde",
  ),
]);
