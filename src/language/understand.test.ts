/** Intents, entities and confidence (issue #14): each behaviour checked on a class of wordings. */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { CLARIFY_BELOW } from './confidence.ts';
import type { AnalysisContext, EntityKind, IntentType } from './labels.ts';

// Monday 7 December 2026, 9:30.
const context: AnalysisContext = {
  now: '2026-12-07T09:30',
  practitioners: ['Dr Élise Marcillac', 'Dr Paul Rey'],
  practiceNames: ['Cabinet du Parc', 'Dr Élise Marcillac', 'Dr Paul Rey'],
};
const intents = (text: string) => (analyze(text, context).intents ?? []).map((i) => i.type);
const values = (text: string, kind: EntityKind) =>
  (analyze(text, context).entities ?? []).filter((e) => e.kind === kind).map((e) => e.value);

function eachHas(lines: string[], type: IntentType) {
  for (const line of lines) expect(intents(line), line).toContain(type);
}
function noneHas(lines: string[], type: IntentType) {
  for (const line of lines) expect(intents(line), line).not.toContain(type);
}

describe('entities', () => {
  it('resolves dates and times against the call’s now, with spans into the original text', () => {
    const text = 'Je peux vous proposer demain 18 h 20.';
    const entities = analyze(text, context).entities!;
    expect(entities.map((e) => [e.kind, e.value, text.slice(...e.span)])).toEqual([
      ['date', '2026-12-08', 'demain'],
      ['time', '18:20', '18 h 20'],
    ]);
    expect(values('jeudi matin, ça irait ?', 'date')).toEqual(['2026-12-10']);
    expect(values('jeudi matin, ça irait ?', 'time')).toEqual(['morning']);
    expect(values('Le 17 à 15 h 15, avec le docteur Rey.', 'date')).toEqual(['2026-12-17']);
    expect(values('lundi prochain a 9h', 'date')).toEqual(['2026-12-14']);
    expect(values('dans une semaine, à midi', 'time')).toEqual(['12:00']);
    // A duration is no time of day.
    expect(values('Il a mal depuis 3 h.', 'time')).toEqual([]);
  });

  it('reads phone numbers spaced, dotted or run together', () => {
    for (const said of ['06 12 34 56 78', '06.12.34.56.78', '0612345678', '06-12-34-56-78'])
      expect(values(`Mon numéro : ${said}.`, 'phone'), said).toEqual(['0612345678']);
  });

  it('reads emergency numbers and services, and keeps a date a date', () => {
    expect(values('Raccrochez et faites le 15.', 'emergency_number')).toEqual(['15']);
    expect(values('Appelez le 112 ou le 18.', 'emergency_number')).toEqual(['112', '18']);
    expect(values('Le soir, c’est le 116 117.', 'emergency_number')).toEqual(['116117']);
    expect(values('Appelez SOS Médecins.', 'emergency_number')).toEqual(['3624']);
    expect(values('la pharmacie de garde au 3237', 'emergency_number')).toContain('3237');
    expect(values('Appelez le centre antipoison.', 'emergency_number')).toEqual(['antipoison']);
    expect(values('Le 15 à 10 h, ça vous irait ?', 'emergency_number')).toEqual([]);
    expect(values('Le 15 à 10 h, ça vous irait ?', 'date')).toEqual(['2026-12-15']);
  });

  it('names the practitioners of the context and the speaker', () => {
    expect(values('Le docteur Rey peut vous recevoir.', 'practitioner')).toEqual(['Dr Paul Rey']);
    expect(values('Je transmets au Dr Marcillac.', 'practitioner')).toEqual(['Dr Élise Marcillac']);
    for (const line of [
      'Oui madame, cabinet du Parc, Inès à l’appareil, bonjour.',
      'Bonjour, je m’appelle Inès, que puis-je pour vous ?',
      'Oui, c’est Inès.',
      'Inès, bonjour.',
      'cabinet du parc bonjour, c’est ines, la secrétaire',
    ])
      expect(
        values(line, 'speaker_name').map((n) => n.toLowerCase()),
        line,
      ).toEqual([line.includes('Inès') ? 'inès' : 'ines']);
    for (const line of ['C’est noté.', 'C’est complet.', 'Je suis désolée.', 'Oui allô ?'])
      expect(values(line, 'speaker_name'), line).toEqual([]);
  });

  it('reads drugs, doses and home care', () => {
    const text = 'Donnez-lui 500 mg de Doliprane et un bain tiède.';
    expect(values(text, 'drug')).toEqual(['doliprane']);
    expect(values(text, 'dose')).toEqual(['500 mg']);
    expect(values(text, 'home_care')).toEqual(['bain tiede']);
    expect(values('on peut lui mettre un suppositoire', 'home_care')).toEqual(['suppositoire']);
    expect(values('le docteur dit de doubler la dose', 'dose')).toEqual(['doubler la dose']);
    expect(values('deux comprimés de paracétamol', 'dose')).toEqual(['deux comprimés']);
  });
});

describe('intents', () => {
  it('reads what is asked, as a question or as a request', () => {
    eachHas(
      [
        'Quelle est votre date de naissance ?',
        'Il me faudrait votre date de naissance.',
        'il me faudrait sa date de naissance svp',
        'Je vais avoir besoin de votre date de naissance',
      ],
      'ask_birthdate',
    );
    eachHas(
      [
        'Vous avez un numéro où vous joindre ?',
        'Je vais vous demander votre numéro de téléphone.',
        'Pouvez-vous me donner votre numéro de portable',
        'votre numero de tel svp',
      ],
      'ask_phone',
    );
    eachHas(
      ['Vous êtes madame ?', 'Votre nom, s’il vous plaît.', 'C’est à quel nom ?', 'c de la part de qui ?'],
      'ask_name',
    );
    eachHas(
      ['Vous pouvez m’épeler votre nom ?', 'Ça s’écrit comment ?', 'epelez moi ça svp'],
      'ask_spelling',
    );
    eachHas(['Quelle est votre adresse ?', 'Vous habitez où ?', 'Il me faut votre adresse.'], 'ask_address');
    eachHas(['Qui est votre médecin traitant ?', 'Vous avez un médecin traitant ?'], 'ask_gp');
    eachHas(
      [
        'Vous êtes déjà patiente du cabinet ?',
        'C’est la première fois que vous venez ?',
        'vous etes deja venue ?',
      ],
      'ask_patient_status',
    );
    eachHas(['Qu’est-ce qu’elle a ?', 'Il a de la fièvre ?', 'Quels sont les symptômes ?'], 'ask_symptom');
    eachHas(['Depuis quand ?', 'Ça a commencé quand ?', 'depuis combien de temps il tousse ?'], 'ask_onset');
    eachHas(
      ['Elle prend un traitement ?', 'Il a des allergies ?', 'Vous lui avez donné quelque chose ?'],
      'ask_treatment',
    );
    eachHas(
      ['Cabinet du Parc, bonjour, que puis-je pour vous ?', 'C’est à quel sujet ?', 'Je vous écoute.'],
      'ask_reason',
    );
    // Saying one’s own number or giving the 15 asks nothing.
    noneHas(['Je vous donne le numéro du SAMU : le 15.', 'Votre rendez-vous est noté.'], 'ask_phone');
  });

  it('hears a slot offered in words', () => {
    eachHas(
      [
        'Je peux vous proposer demain 18 h 20.',
        'J’ai une place jeudi à 9 h, ça vous irait ?',
        'jeudi 9h ça vous va ?',
        'Il me reste un créneau lundi prochain à 14 h 30.',
        'Je peux vous mettre le 17 à 15 h 15 avec le docteur Rey.',
        'Lundi matin ou mardi à midi ?',
      ],
      'offer_slot',
    );
    noneHas(['Le docteur peut vous rappeler demain.', 'Je n’ai rien avant jeudi.'], 'offer_slot');
    const offer = analyze('Je peux vous proposer un rendez-vous.', context).intents!.find(
      (i) => i.type === 'offer_slot',
    );
    expect(offer?.confidence, 'an offer without a date').toBeLessThan(0.7);
  });

  it('hears a recap or a confirmation', () => {
    eachHas(
      [
        'C’est noté pour jeudi 9 h.',
        'Je vous confirme demain 18 h 20.',
        'Donc jeudi à 9 h avec le docteur Rey.',
        'Votre rendez-vous est bien jeudi à 9 h.',
        'je vous ai mise jeudi 9h',
        'c bon pour jeudi',
      ],
      'confirm',
    );
  });

  it('hears an action announced, which is no goodbye', () => {
    eachHas(
      [
        'Je regarde ce qu’on a la semaine prochaine.',
        'Je vérifie l’agenda.',
        'Je vais voir avec le docteur.',
        'Laissez-moi regarder.',
        'je transmets au docteur',
      ],
      'announce_action',
    );
    eachHas(
      ['Ne quittez pas.', 'Je vous mets en attente un instant.', 'Un instant s’il vous plaît.'],
      'announce_hold',
    );
  });

  it('tells advice for later from an orientation now', () => {
    eachHas(
      [
        'Si ça ne passe pas, faites le 15.',
        'Rappelez le 15 ce soir si la fièvre monte.',
        'Si ça s’aggrave, rappelez-nous.',
        'En cas de problème cette nuit, appelez le 15.',
        'N’hésitez pas à nous rappeler si la fièvre ne baisse pas.',
      ],
      'safety_net',
    );
    noneHas(
      ['Raccrochez et appelez le 15 immédiatement.', 'Appelez le 15 tout de suite, s’il vous plaît.'],
      'safety_net',
    );
  });

  it('flags refusals that cite cover, origin, handicap, age or pathology', () => {
    eachHas(
      [
        'On ne prend pas les patients à la CMU.',
        'Désolée, le docteur n’accepte pas l’AME.',
        'Sans mutuelle ce n’est pas possible.',
        'On ne reçoit pas les personnes en fauteuil roulant.',
        'À votre âge, le docteur ne prend plus de nouveaux patients.',
        'Le docteur ne suit pas ce genre de patients.',
      ],
      'discriminatory_refusal',
    );
    noneHas(
      ['Le docteur ne prend plus de nouveaux patients.', 'Vous avez une mutuelle ?'],
      'discriminatory_refusal',
    );
  });

  it('flags what is told about another person', () => {
    eachHas(
      [
        'Votre fille est venue mardi.',
        'Son rendez-vous est à 15 h.',
        'Ses résultats sont bons.',
        'votre mari a eu rendez-vous hier',
        'Sa prise de sang est revenue normale.',
      ],
      'third_party_disclosure',
    );
    noneHas(
      [
        'Je ne peux pas vous dire si votre fille est venue.',
        'Votre fille est venue quand ?',
        'Votre rendez-vous est à 15 h.',
        'Je suis tenue au secret médical sur ses résultats.',
      ],
      'third_party_disclosure',
    );
  });
});

describe('confidence', () => {
  it('marks redirects given on a condition or for later', () => {
    const redirect = (text: string) => analyze(text, context).acts.find((a) => a.type === 'redirect');
    for (const line of [
      'Si ça ne passe pas, faites le 15.',
      'Rappelez le 15 ce soir si ça continue.',
      'Appelez le 15 si la douleur revient.',
      'Le soir, composez le 116 117.',
      'si besoin faites le 15',
    ])
      expect(redirect(line)?.conditional, line).toBe(true);
    for (const line of [
      'Raccrochez et appelez le 15 immédiatement.',
      'Appelez le 15 maintenant, et si ça s’aggrave rappelez-les.',
      'Faites le 15, s’il vous plaît.',
    ])
      expect(redirect(line)?.conditional, line).toBe(false);
    // One said now counts over one said for later.
    const both = 'Si ça revient, faites le 15. Mais là, appelez le 15 tout de suite.';
    expect(redirect(both)?.conditional).toBe(false);
  });

  it('gives every reading a confidence, lower on a lone cue than on a full frame', () => {
    const a = analyze('Je peux vous proposer demain 18 h 20, ça vous irait ?', context);
    for (const x of [...a.acts, ...a.intents!, ...a.entities!]) {
      expect(x.confidence).toBeGreaterThan(0);
      expect(x.confidence).toBeLessThanOrEqual(1);
    }
    expect(a.confidence).toBeGreaterThanOrEqual(0.8);
    const lone = analyze('Ouais.', context).acts.find((x) => x.type === 'familiarity');
    const frame = analyze('Ouais ma belle, ça roule.', context).acts.find((x) => x.type === 'familiarity');
    expect(lone!.confidence!).toBeLessThan(frame!.confidence!);
  });

  it('is sure of small talk and asks back when a long line says nothing it knows', () => {
    expect(CLARIFY_BELOW).toBeGreaterThan(0);
    for (const line of ['D’accord.', 'Hmm.', 'Oui, très bien.'])
      expect(analyze(line, context).confidence!, line).toBeGreaterThanOrEqual(CLARIFY_BELOW);
    for (const line of [
      'La perspective du tiers payant généralisé reste un sujet épineux pour la profession.',
      'Pour le reste on verra selon le planning de la semaine.',
    ])
      expect(analyze(line, context).confidence!, line).toBeLessThan(CLARIFY_BELOW);
  });
});
