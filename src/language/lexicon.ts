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
adrenaline
stylo (?:d'adrenaline|auto injecteur)
anapen
epipen
glucagon
inhalateur
aerosol
statines?
(?:atorva|simva|rosuva|prava|fluva)statine
diuretiques?
antidepresseurs?
antihypertenseurs?
neuroleptiques?
corticoides?
antispasmodiques?
antivomitifs?
anti\\s?-?vomitifs?
antiacides?
antiviraux
hypnotiques?
amoxicilline
augmentin
amlodipine
bisoprolol
ramipril
metformine
levothyrox
omeprazole
esomeprazole
pantoprazole
inexium
mopral
lexomil
xanax
stilnox
tramadol
codeine
lamaline
ixprim
prednisolone
solupred
celestene
eliquis
xarelto
previscan
lovenox
heparine
seretide
lasilix
furosemide
trinitrine
natispray
aspegic
ketoprofene
diclofenac
naproxene
antidouleurs?
anti\\s?-?douleurs?
antipyretiques?
antiseptiques?
desinfectant
betadine
eosine
biseptine
dexeryl
cicalfate
bepanthen
fluimucil
mucomyst
actifed
dolirhume
rhinadvil
clamoxyl
oracilline
motilium
primperan
vogalene
tiorfan
hextril
sterimar
physiomer
norlevo
ellaone
pilule du lendemain
patchs?
tahor
crestor
xyzall
clarityne
polaramine
aerius
coversyl
amlor
tenormine
cardensiel
kenzen
aprovel
plavix
coumadine
sintrom
esidrex
glucophage
diamicron
lantus
fucidine
mycoster
pevaryl
diprosone
flector
niflugel
arnigel
hemoclar
apranax
profenid
biprofenid
ketum
zymad
uvedose
tardyferon
speciafoldine
derinox
nasonex
pulmicort
flixotide
symbicort
bricanyl
atarax
lysanxia
temesta
seresta
imovane
zolpidem
deroxat
prozac
seroplex
laroxyl
lyrica
helicidine
maxilase
daflon
zyloric
colchicine
uvesterol
perindopril
enalapril
lisinopril
captopril
losartan
valsartan
irbesartan
candesartan
atenolol
propranolol
nebivolol
metoprolol
lansoprazole
rabeprazole
nifedipine
azithromycine
clarithromycine
ciprofloxacine
ofloxacine
doxycycline
diazepam
oxazepam
bromazepam
alprazolam
sumatriptan
enoxaparine
rivaroxaban
apixaban
dabigatran
montelukast
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
inhalations?
tisane
cataplasmes?
argile
pansements?
creme
pommade
gouttes
spray
miel
gants? (?:frais|mouille|humide|de toilette)
linge humide
infusions?
(?:the|lait|grog|bouillon) (?:chaud|au miel|de legumes)
grog
bouillon
huiles? essentielles?
eucalyptus
camomille
gargarismes?
eau salee
glacons?
vapeur
froid dessus
chaud dessus
du froid
du chaud
bains? de pieds
pruneaux
compote
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
sucre
morceaux? de sucre
prises?(?! de (?:sang|rendez vous|rdv|contact|note|poids|tension|position|parole))
jus d'orange
injection
`);

/** Foods a diet advice is about (« qu'il arrête le lait de vache », « évitez les laitages »). */
export const FOODS = list(`
lait(?: de vache)?
laitages
produits laitiers
gluten
sucres?
sucreries
sel
fromages?
gras
fritures?
cafe
alcool
chocolat
epices
viande rouge
agrumes
feculents
sodas?
`);

/** Units of a dose (« 500 mg », « deux comprimés »). */
const UNITS =
  '(?:mg|milligrammes?|g|grammes?|ml|gouttes?|comprimes?|cachets?|gelules?|sachets?|doses?|cuilleres?(?: a (?:cafe|soupe))?|suppositoires?|pipettes?|bouffees?)';
export const DOSE_NUMBERS = `\\d+(?:[.,]\\d+)?\\s?${UNITS}`;
/** Doses in words, or a change of dose. */
export const DOSE_WORDS = `(?:un|une|deux|trois|quatre|cinq|un demi|une demi|demi)[\\s-]?${UNITS}|(?:doubler|double|augmenter|diminuer|baisser|reduire) (?:la |les )?doses?|(?:double|demi) dose|dose double|la moitie`;
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
  "cmu|c2s|css|ame|aide medicale d'etat|complementaire sante solidaire|(?:pas de|sans|aucune|n'avez pas de|n'a pas de) mutuelle|etrangers?|origines?|nationalites?|sans papiers|migrants?|refugies?|handicap\\w*|fauteuils? roulants?|personnes? agees?|(?:trop|plus) (?:vieux|vieille|agee?s?)|a votre age|(?:plus de )?(?:70|75|80|85|90) ans|(?:votre|sa|son|cette|ces) (?:pathologie|maladie)|(?:ce genre|ce type) de (?:patients?|pathologies?|personnes?|cas)|vih|sida|seropositi\\w*|toxicomanes?|obese\\w*|psychiatriques?|alcooliques?|gens du voyage|religion|voilee?s?";

/** People a disclosure can be about (« votre fille », « son mari »). */
export const RELATIVES =
  'fille|fils|mari|femme|epouse|conjointe?|compagne|compagnon|mere|pere|maman|papa|frere|soeur|voisine?|belle mere|beau pere|enfant|grand mere|grand pere|amie?|collegue|patron|employeur|ex|petite? fille|petit fils|neveu|niece|oncle|tante';
/** What is private about them (« son rendez-vous », « ses résultats »). */
export const PRIVATE_ITEMS =
  'rendez vous|rdv|resultats?|analyses?|bilan|examens?|ordonnances?|dossier|traitement|consultation|prise de sang|radio|scanner|irm|diagnostic|maladie|hospitalisation|grossesse|operation|visite';

/**
 * First aid: imperatives (vous and tu) of what is done to a patient's body. With a patient pronoun
 * (« allongez-le ») or a body or first-aid object (« appuyez sur la plaie ») they are medical advice.
 */
export const AID_IMPERATIVES = list(`
allongez|allonge
couchez|couche
etendez
tournez|tourne|retournez|retourne
basculez|bascule
penchez|penche
surelevez|sureleve|soulevez|leve|levez|relevez
redressez
asseyez|assoyez
installez
immobilisez
rafraichissez|refroidissez|rechauffez
couvrez|couvre|decouvrez
laissez|laisse
deshabillez|deshabille
desserrez|degrafez|ouvrez
stimulez|secouez
surveillez|surveille
bougez|deplacez|touchez
degagez|videz|percez
appuyez|appuie|comprimez|pressez|massez|soufflez|tapotez|pincez|pince
retirez|enlevez|otez
mettez|mets|posez|placez|passez|tenez|maintenez|gardez
commencez|pratiquez|continuez|recommencez|faites|fais|donnez|donne
rincez|nettoyez|epongez|mouillez|frottez|frictionnez|tamponnez
`);
/** The same verbs said after « il faut », « vous allez », « essayez de »… */
export const AID_INFINITIVES = list(`
allonger|coucher|etendre|tourner|retourner|basculer|pencher
surelever|soulever|lever|relever|redresser|asseoir|installer|immobiliser
rafraichir|refroidir|rechauffer|couvrir|decouvrir|deshabiller|desserrer|degrafer|laisser
stimuler|secouer|surveiller|bouger|deplacer|toucher|hydrater
appuyer|comprimer|presser|masser|souffler|tapoter|pincer|retirer|enlever|oter
mettre|poser|placer|passer|tenir|maintenir|garder|commencer|pratiquer|faire|continuer
rincer|nettoyer|eponger|mouiller|degager|vider|percer
`);
/** Verbs that are first aid with a patient pronoun alone (« couchez-la », « ne le bougez pas »). */
export const AID_MOVES = list(`
allongez|allonge|allonger
couchez|couche|coucher
tournez|tourne|tourner|retournez|retourne|retourner
basculez|bascule|basculer
surelevez|surelever|soulevez|soulever|redressez|redresser
asseyez|assoyez|asseoir
immobilisez|immobiliser
rafraichissez|rafraichir|refroidissez|refroidir|rechauffez|rechauffer
couvrez|couvrir|decouvrez|decouvrir
deshabillez|deshabille|deshabiller
stimulez|stimuler|secouez|secouer
surveillez|surveille|surveiller
bougez|bouger|deplacez|deplacer
penchez|penche|pencher
`);
/** What first aid is done to or with: the body, a wound, a position, a gesture. */
export const AID_OBJECTS = list(`
plaies?
a l'air
blessures?
brulures?
coupures?
saignement
hemorragie
(?:la |sa |le |son )?(?:poitrine|thorax|sternum|torse|nuque|cou|front|menton|tete|bouche|nez|jambes?|bras|genoux?|cheville|poignet|main|pied|dos|ventre)
massage(?: cardiaque)?
compressions?(?: thoraciques?)?
bouche a bouche
insufflations?
position laterale(?: de securite)?
pls
position (?:assise|allongee|demi assise)
sur le (?:cote|dos|ventre|flanc)
sous (?:l'eau|le robinet|la douche)
au frais
a l'ombre
dans un bain
claques?
tapes?
defibrillateur
garrot
linge (?:propre|mouille|humide)
tissu propre
drap (?:mouille|humide)
col
cravate
ceinture
vetements?
casque
vomir
respiration
temperature
voies aeriennes
heimlich
cloques?
beurre
dentifrice
(?:plus |bien |tres )?fort
(?:vos |les |ses )?deux mains
talon de (?:la|votre) main
bras tendus
`);
/** Bodily actions a patient is made to do (« faites-le vomir », « faites-lui boire »). */
export const AID_MAKE =
  'vomir|boire|manger|asseoir|allonger|marcher|tousser|cracher|respirer|souffler|uriner|bouger';

/** Who is sent to the caller (« les secours arrivent », « j'envoie une ambulance »). */
export const RESCUE = list(`
(?:les |des )?secours
(?:les |des )?(?:sapeurs )?pompiers
(?:le |un |les )?smur
(?:une |l'|les )?ambulances?
(?:les |des )?ambulanciers
(?:une |l'|les )?equipes?(?: medicale| de secours| du smur)?
(?:un |le )?vehicule(?: de secours)?
(?:une |la )?patrouille
(?:les |des )?(?:gendarmes|policiers|renforts|urgentistes)
(?:un |le )?medecin(?: regulateur| urgentiste| de garde)?
quelqu'un
du monde
`);
