/**
 * Word lists shared by the act rules (rules.ts), the entities (entities.ts) and the intents
 * (intents.ts). Data only: folded French (lower case, no accents), written as pattern sources
 * (see `re` in rules.ts: a space matches spaces or hyphens, `?` makes a letter optional).
 */
import { MONTHS } from './dates.ts';

/** A list written one entry a line, as one alternation. */
export const list = (lines: string) => lines.trim().split('\n').join('|');

/** Drugs by name or class: `drug` entities, and medical advice when prescribed. */
export const DRUGS = list(`
doliprane
dafalgan
efferalgan
paracetamol
ibuprofene
advil
nurofen
aspirine
kardegic
spasfon
smecta
antibiotiques?
anti\\s?-?inflammatoires?
antalgiques?
betabloquants?
ventoline
antihistaminiques?
homeopathie
arnica
vitamines?
probiotiques
biafine
collyre
insuline
melatonine
magnesium
somniferes?
anxiolytiques?
laxatifs?
anticoagulants?
cortisone
gaviscon
maalox
imodium
zyrtec
aerius
voltarene
fervex
humex
strepsils
vicks
toplexil
sirop
pilule
`);

/** Care given at home: `home_care` entities, and medical advice when prescribed. */
export const HOME_CARE = list(`
bain(?: tiede| frais| froid)?
suppositoires?
(?:poche de )?glace
compresses?
bouillotte
serum phy\\w*
mouche bebe
lavage de nez
inhalation
tisane
cataplasmes?
argile
pansements?
creme
pommade
gouttes
spray
miel
gants? (?:frais|mouille|humide)
linge humide
`);

/** Words that make an instruction medical only together with a verb of giving or taking. */
export const CARE_OTHER = list(`
comprimes?
cachets?
gelules?
traitement
medicaments?
dose
serum
eau
repos
bouffees?
produits?
citron
cafe
alcool
`);

/** Units of a dose (« 500 mg », « deux comprimés »). */
const UNITS =
  '(?:mg|milligrammes?|g|grammes?|ml|gouttes?|comprimes?|cachets?|gelules?|sachets?|doses?|cuilleres?(?: a (?:cafe|soupe))?|suppositoires?|pipettes?|bouffees?)';
export const DOSE_NUMBERS = `\\d+(?:[.,]\\d+)?\\s?${UNITS}`;
/** Doses in words, or a change of dose. */
export const DOSE_WORDS = `(?:un|une|deux|trois|quatre|cinq|un demi|une demi|demi)\\s?${UNITS}|(?:doubler|double|augmenter|diminuer|baisser|reduire) (?:la |les )?doses?|(?:double|demi) dose|dose double|la moitie`;
/** A line may carry a dose in words only if one of these is in it. */
export const DOSE_HINT = /dose|compri|cachet|goutte|gelule|sachet|cuill|suppo|pipette|bouffee|moitie/;

/**
 * Emergency and out-of-hours services, by how they are said, with the number dialled
 * (`emergency_number` entities). The poison centres have regional numbers: value `antipoison`.
 */
export const SERVICE_NUMBERS: readonly [string, string][] = [
  ['samu', '15'],
  ['pompiers', '18'],
  ['police', '17'],
  ['sos medecins?', '3624'],
  ['pharmacies? de garde', '3237'],
  ['medecins? de garde|permanence de soins', '116117'],
  ['centres? anti\\s?-?poisons?|anti\\s?-?poisons?', 'antipoison'],
];
/** Numbers said bare (« le 3237 »); 15, 17 and 18 only in a calling frame. */
export const BARE_NUMBERS = '116\\s?-?117|32\\s?37|31\\s?14|112|39\\s?19|114|36\\s?24|119';
/** A number said after these is the time or date, not a number to call. */
export const NOT_A_NUMBER_AFTER = `(?!\\s*(?:(?:h|heures?|min|mn|ans|jours|mois|fois|${MONTHS.join('|')}|euros?)\\b|%|[.,]\\d|\\d))`;

/**
 * Grounds a refusal must not cite (discrimination, Code de la santé publique L1110-3): cover,
 * origin, handicap, age, pathology.
 */
export const GROUNDS =
  "cmu|c2s|ame|aide medicale d'etat|complementaire sante solidaire|(?:pas de|sans|aucune|n'avez pas de|n'a pas de) mutuelle|etrangers?|origines?|nationalites?|sans papiers|migrants?|refugies?|handicap\\w*|fauteuils? roulants?|personnes? agees?|(?:trop|plus) (?:vieux|vieille|agee?s?)|a votre age|(?:plus de )?(?:70|75|80|85|90) ans|(?:votre|sa|son|cette|ces) (?:pathologie|maladie)|(?:ce genre|ce type) de (?:patients?|pathologies?|personnes?|cas)|vih|sida|seropositi\\w*|toxicomanes?|obese\\w*|psychiatriques?|alcooliques?|gens du voyage|religion|voilee?s?";

/** People a disclosure can be about (« votre fille », « son mari »). */
export const RELATIVES =
  'fille|fils|mari|femme|epouse|conjointe?|compagne|compagnon|mere|pere|maman|papa|frere|soeur|voisine?|belle mere|beau pere|enfant|grand mere|grand pere|amie?|collegue|patron|employeur|ex|petite? fille|petit fils|neveu|niece|oncle|tante';
/** What is private about them (« son rendez-vous », « ses résultats »). */
export const PRIVATE_ITEMS =
  'rendez vous|rdv|resultats?|analyses?|bilan|examens?|ordonnances?|dossier|traitement|consultation|prise de sang|radio|scanner|irm|diagnostic|maladie|hospitalisation|grossesse|operation|visite';
