/** The 13 acts on phrasing from outside the project (issue #14, patterns 1–7), as classes of wordings. */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { has, hasNot, labels } from '../../tests/unit/acts.ts';

describe('acts on outside phrasing', () => {
  it('reads medical advice that is impersonal, hedged or relayed', () => {
    has(
      [
        'On peut lui mettre un suppositoire en attendant.',
        'Un bain tiède, ça fait baisser la fièvre.',
        'Le docteur dit de doubler la dose.',
        'vous pouvez lui redonner du doliprane ce soir',
        'Une poche de glace sur la cheville, ça devrait soulager.',
        'Du paracétamol, ça ne peut pas faire de mal.',
        'Mettez-lui un gant frais sur le front.',
        'il faudrait qu’il boive beaucoup d’eau',
      ],
      'medical_advice',
    );
    hasNot(
      [
        'Le docteur demande de venir à jeun.',
        'Je ne peux pas vous dire de lui donner du Doliprane, seul le médecin peut le faire.',
        'Elle prend du Doliprane depuis hier ?',
        'Si je comprends bien, il vous reste deux comprimés et vous partez samedi.',
      ],
      'medical_advice',
    );
  });

  it('does not call the textbook answers blunt', () => {
    hasNot(
      [
        'C’est la même règle pour tous nos patients.',
        'Je suis tenue au secret médical.',
        'C’est couvert par le secret médical, mais le docteur peut la rappeler directement.',
        'Je ne peux pas vous le dire par téléphone, mais votre mari peut nous rappeler lui-même.',
      ],
      'blunt',
    );
  });

  // LABELS.md: a refusal without any alternative is blunt, whatever its reason (the adjudicated
  // real phrase « Je ne peux pas vous répondre, je suis tenue au secret professionnel » is blunt).
  it('reads a secrecy refusal without an alternative as blunt', () => {
    has(
      [
        'Je suis désolée, je ne peux pas vous communiquer d’informations sur un autre patient.',
        'Pour des raisons de confidentialité, je ne peux rien dire par téléphone.',
        'Non, je ne peux rien vous dire, c’est confidentiel.',
      ],
      'blunt',
    );
  });

  it('reads defensive and accusatory bluntness', () => {
    has(
      [
        'Ce n’est pas de mon ressort.',
        'Il fallait appeler plus tôt.',
        'Ce n’est pas moi qui fais les plannings.',
        'Je ne suis pas là pour ça.',
        'Vous auriez dû y penser avant.',
        'Je n’ai pas que vous au téléphone.',
        'Sans mutuelle, ce ne sera pas possible.',
      ],
      'blunt',
    );
    // With an alternative, a refusal is a proposal.
    hasNot(['Ce n’est pas de mon ressort, mais je peux demander au docteur de vous rappeler.'], 'blunt');
  });

  it('reads empathy, reassurance and soft minimising without stock markers', () => {
    has(
      [
        'Je regrette, il n’y a plus de place aujourd’hui.',
        'Vous avez bien fait d’appeler.',
        'Je comprends que ce soit long pour vous.',
        'Ça ne doit pas être facile de s’occuper de lui toute seule.',
      ],
      'empathy',
    );
    has(
      ['Je vous confirme demain 18 h 20.', 'Je m’assure que le docteur vous rappelle aujourd’hui.'],
      'reassurance',
    );
    has(['À votre âge, c’est normal.', 'Oh, une petite fièvre, ce n’est pas la mort.'], 'minimizing');
    expect(labels('À votre âge, c’est normal.')).toContain('medical_advice');
  });

  it('greets with the practice and the speaker’s name in any order, and « allô » alone is no greeting', () => {
    const context = { practiceNames: ['Cabinet Lambert'] };
    for (const line of [
      'Oui madame, cabinet Lambert, Inès à l’appareil, bonjour.',
      'Lucie, bonjour, cabinet Lambert.',
      'Cabinet Lambert bonjour, c’est Inès.',
    ]) {
      const a = analyze(line, context);
      expect(
        a.acts.map((x) => x.type),
        line,
      ).toContain('greeting');
      expect(a.greeting, line).toEqual({ namesPractice: true, namesSpeaker: true });
    }
    for (const line of ['Oui allô ?', 'Allô ?', 'allo oui']) expect(labels(line), line).toEqual([]);
    expect(labels('Allez, salut, à demain !')).not.toContain('greeting');
  });

  it('reads requests phrased as statements as questions, not as promises', () => {
    for (const line of [
      'Il me faudrait votre date de naissance.',
      'Je vais vous demander votre numéro de téléphone, s’il vous plaît.',
      'Votre nom et votre prénom, s’il vous plaît.',
      'J’aurais besoin du nom de votre médecin traitant.',
    ])
      expect(labels(line), line).toEqual(['question']);
  });

  it('tells an action announced from a goodbye', () => {
    for (const line of [
      'Je regarde ce qu’on a la semaine prochaine.',
      'Je jette un œil au planning de la semaine prochaine.',
    ])
      expect(labels(line), line).toEqual(['hold_request']);
    expect(labels('Vous souhaitez déplacer votre rendez-vous à la semaine prochaine.')).not.toContain(
      'closing',
    );
    expect(labels('Merci, à la semaine prochaine !')).toContain('closing');
  });

  it('counts the facts restated in any sentence, with or without a marker', () => {
    const facts = [
      { id: 'douleur', keywords: ['poitrine', 'serre'] },
      { id: 'bras', keywords: ['bras'] },
      { id: 'sueurs', keywords: ['sueurs', 'transpire'] },
    ];
    const line = 'D’accord. Ça vous serre dans la poitrine, ça descend dans le bras et vous avez des sueurs.';
    const a = analyze(line, { facts });
    expect(a.facts).toEqual(['douleur', 'bras', 'sueurs']);
    expect(a.acts.map((x) => x.type)).toContain('reformulation');
    // Asking is not restating.
    expect(analyze('Vous avez mal à la poitrine ? Et dans le bras ?', { facts }).facts).toEqual([]);
  });
});
