/**
 * Écoute et empathie against the graders' sheet: moments only where the caller shows emotion,
 * and empathy recognised in its usual forms, each with the words that earned it.
 */
import { describe, expect, it } from 'vitest';
import { CallLog, GREETING, testBundle } from './fixtures.ts';
import { EMPATHY_FLOOR, emotionalMoments, showsEmotion } from './criteria/empathy.ts';
import { score } from './score.ts';
import { buildTrace } from './trace.ts';

const scored = (c: CallLog) => score(c.bundle, c.log);

describe('an emotional moment is a line that shows emotion', () => {
  it.each([
    'Je suis inquiète, il a 40 de fièvre.',
    'J’ai très mal au ventre depuis ce matin.',
    'Ça fait huit jours, c’est inadmissible !',
    'J’ai peur que ce soit grave.',
    'Je ne sais plus quoi faire…',
  ])('« %s »', (line) => expect(showsEmotion(line)).toBe(true));

  it.each([
    'Non, pas de douleur, pas d’essoufflement, je vais très bien.',
    'Je ne suis pas inquiète, c’est pour un contrôle.',
    'Il n’a pas mal, il joue.',
    'Allô ? Oui, bonjour.',
    'Je voudrais un rendez-vous pour une échographie.',
  ])('not « %s »', (line) => expect(showsEmotion(line)).toBe(false));

  it('a caller who starts stressed but says plain lines asks for no empathy', () => {
    const call = new CallLog(testBundle({ stress: 55 }))
      .pickUp(1)
      .caller('Allô ? Oui, bonjour.', 'node')
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Je voudrais un rendez-vous pour une échographie, pas de douleur, rien.')
      .wait(3)
      .say('Je peux vous proposer jeudi à 9 h ?')
      .caller('Très bien.')
      .wait(2)
      .hangUp();
    expect(emotionalMoments(buildTrace(call.bundle, call.log))).toEqual([]);
    expect(scored(call).criteria.empathy!.score).toBe(100);
  });

  it('a caller who starts calm and turns tense shows it, whatever the words', () => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Je cherche un médecin traitant.')
      .wait(3)
      .say('Non.', { blunt: 'Non.' })
      .moveStress(25, 'rule')
      .caller('Vous voyez… C’est toujours la même chose.')
      .wait(3)
      .say('Au revoir.')
      .hangUp();
    const trace = buildTrace(call.bundle, call.log);
    const moments = emotionalMoments(trace);
    expect(moments.map((i) => (trace.log[i] as { text: string }).text)).toEqual([
      'Vous voyez… C’est toujours la même chose.',
    ]);
  });
});

describe('empathy in its usual forms answers the moment, with its words as evidence', () => {
  it.each([
    ['Je vois que ça vous inquiète beaucoup.', 'Je vois que ça vous'],
    ['Ça n’a pas dû être simple pour vous.', 'Ça n’a pas dû être simple'],
    ['C’est normal de s’inquiéter, madame.', 'C’est normal de '],
    ['Je comprends. Je regarde tout de suite.', 'Je comprends'],
    ['Je suis désolée pour l’attente.', 'désolée'],
    ['Je me mets à votre place.', 'Je me mets à votre place'],
  ])('« %s »', (line, words) => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Je suis très inquiète, il ne respire pas bien !')
      .wait(3)
      // No act given: the scorer must find the empathy in the words itself.
      .say(line)
      .caller('Merci.')
      .wait(2)
      .hangUp();
    const empathy = scored(call).criteria.empathy!;
    expect(empathy.score).toBe(100);
    const earned = empathy.evidence.find((e) => e.points > 0)!;
    const [from, to] = earned.quote!.span!;
    expect(line.slice(from, to).toLowerCase()).toContain(words.toLowerCase().trim());
  });

  it('a line with none of them leaves the moment missed', () => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(1)
      .wait(2)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Je suis très inquiète, il ne respire pas bien !')
      .wait(3)
      .say('Quel est son nom ?')
      .caller('Léo Garnier.')
      .wait(3)
      .say('Et sa date de naissance ?')
      .caller('Le 3 mai 2019.')
      .wait(2)
      .say('Merci, au revoir madame.')
      .caller('Au revoir.')
      .hangUp();
    expect(scored(call).criteria.empathy!.score).toBe(EMPATHY_FLOOR);
  });
});

describe('rubric v6: listening', () => {
  it.each([
    'Je dois annuler : ma fille se fait opérer mardi.',
    'Mon mari est hospitalisé depuis hier.',
    'Ma mère est décédée la semaine dernière, je dois tout décaler.',
  ])('hard news about someone close is a moment: « %s »', (line) => expect(showsEmotion(line)).toBe(true));

  it('costs to hang up on a caller still speaking, not on one who says goodbye', () => {
    const base = () =>
      new CallLog(testBundle({ stress: 20 }))
        .pickUp(1)
        .say(GREETING.text, GREETING.acts, GREETING.options)
        .caller('Je voudrais un rendez-vous pour Léo.')
        .wait(2)
        .say('Ce sera demain. Au revoir, madame.');
    const cut = scored(base().caller('Attendez, à quelle heure ?').hangUp()).criteria.empathy!;
    const done = scored(base().caller('Merci, au revoir.').hangUp()).criteria.empathy!;
    expect(done.score - cut.score).toBe(25);
    expect(cut.evidence.some((e) => /raccroché/.test(e.why))).toBe(true);
  });

  it('counts a caller who turns tense where the mood rises, not in every plain line after', () => {
    const call = new CallLog(testBundle({ stress: 20 }))
      .pickUp(1)
      .say(GREETING.text, GREETING.acts, GREETING.options)
      .caller('Je voudrais parler des résultats de mon mari.', 'reply', 'calm')
      .wait(2)
      .say('Je ne peux pas vous les donner, madame.')
      .caller('Comment ça, vous ne pouvez pas ?', 'reply', 'tense')
      .wait(2)
      .say('C’est le secret médical, je peux lui laisser un message.')
      .caller('Bon. Le 30 mai 1958.', 'reply', 'tense')
      .wait(2)
      .say('Merci.')
      .caller('Merci.', 'reply', 'tense');
    const trace = buildTrace(call.bundle, call.log);
    expect(emotionalMoments(trace).map((i) => (call.log[i] as { text: string }).text)).toEqual([
      'Comment ça, vous ne pouvez pas ?',
    ]);
  });
});
