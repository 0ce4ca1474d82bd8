/**
 * Misreactions found in outside writers' calls (eval/grading), as classes of sentences: several
 * wordings of one kind of line, one reaction in character. Played through real sessions of the
 * core scenarios on the simulated clock.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callWith, tinyBundle } from '../../tests/unit/fixtures.ts';
import { analyze } from '../language/analyze.ts';
import { loadBuiltinPacks } from '../scenarios/load.ts';
import type { ScenarioBundle } from '../scenarios/schema.ts';
import { createCallSession } from './call.ts';
import type { LogEntry, LogEntryOf } from './events.ts';
import { DEFAULT_LINES } from './lines.fr.ts';
import { recalledOffer } from './offer.ts';

let bundles: Map<string, ScenarioBundle>;
beforeAll(async () => {
  const loaded = await loadBuiltinPacks();
  bundles = new Map(loaded.bundles.map((b) => [b.scenario.id, b]));
}, 60_000);
const core = (id: string) => bundles.get(id)!;

const said = (lines: readonly LogEntryOf<'caller.say'>[]) => lines.map((l) => l.text).join(' ');
const variants = (lines: unknown): string[] =>
  Array.isArray(lines)
    ? lines.flatMap(variants)
    : typeof lines === 'string'
      ? [lines]
      : Object.values(lines as object).filter((x): x is string => typeof x === 'string');

describe('a slot offered together with a question about who: the caller takes it and answers', () => {
  it.each([
    'Pour demain, je peux vous garder 8 h 50 avec la docteure Ferrand. C’est à quel nom, madame ?',
    'Je vous mets demain à 8 h 50 avec la docteure Ferrand. Votre nom et votre téléphone ?',
    'J’ai demain 8 h 50 avec la docteure Ferrand. Vous me donnez le nom de l’enfant ?',
  ])('« %s »', (line) => {
    const { reaction } = callWith(core('fievre-enfant-fin-de-journee'), [
      'Cabinet de pédiatrie du Canal, Julie à l’appareil, bonsoir.',
      line,
    ]);
    expect(reaction.at(-1)?.cause).toBe('answer');
    expect(reaction.at(-1)?.text).toContain('Berthier');
  });
});

describe('what the caller just said is not said again as an answer', () => {
  it.each([
    'Ça a commencé quand, cette douleur ? Vous avez des sueurs ?',
    'Ça a commencé quand ? Vous avez mal au bras aussi ?',
    'Monsieur, ça dure depuis combien de temps ? Vous avez du mal à respirer ?',
  ])('« %s »', (line) => {
    const { reaction } = callWith(core('urgence-douleur-thoracique'), [
      'Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour.',
      line,
    ]);
    expect(said(reaction)).toMatch(/demi-heure/);
    expect(reaction.filter((l) => l.cause === 'answer')).toEqual([]);
  });
});

describe('a restatement names the GP or the treatment, it does not ask them', () => {
  const GREETING = 'Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour.';
  it.each([
    'Si je comprends bien, votre médecin traitant vous envoie pour une échographie du cœur, c’est bien ça ?',
    'Donc votre médecin traitant a entendu un souffle et demande une écho cette semaine, c’est ça ?',
    'Une échographie demandée par votre médecin traitant, pour un souffle, si je vous suis bien ?',
  ])('« %s »', (line) => {
    const { reaction } = callWith(core('echographie-agenda-complet'), [GREETING, line]);
    expect(reaction.filter((l) => l.cause === 'answer')).toEqual([]);
  });

  it.each(['Qui est votre médecin traitant ?', 'Vous avez un médecin traitant ?'])(
    'but a question about the GP is answered: « %s »',
    (line) => {
      const { reaction } = callWith(core('echographie-agenda-complet'), [GREETING, line]);
      expect(reaction.some((l) => l.cause === 'answer')).toBe(true);
    },
  );
});

describe('« je vous le mets ? » points back at the slot offered last', () => {
  const now = '2026-03-10T10:00';
  const heard = (text: string) => analyze(text, { now });
  const earlier = (text: string): LogEntry => ({ t: 1000, type: 'trainee.say', text, ...heard(text) });
  const log = [earlier('Le premier bilan libre, c’est le 13 avril à midi.')];

  it.each([
    'Ben c’est le premier qu’on a, madame. Je vous le mets ?',
    'Je vous la réserve, alors ?',
    'Bon, on le prend ?',
    'Je vous le garde, vous aurez votre séance avant la fin du mois.',
  ])('« %s »', (line) => {
    const offer = recalledOffer(log, heard(line), line);
    expect(offer.intents?.some((i) => i.type === 'offer_slot')).toBe(true);
    expect(offer.entities?.filter((e) => e.kind === 'date').map((e) => e.value)).toEqual(['2026-04-13']);
  });

  it.each(['Je vous mets sur la liste d’attente ?', 'Je vous le note : vous rappelez lundi ?'])(
    'a line that offers something else is left as it is: « %s »',
    (line) => {
      const before = heard(line);
      const offer = recalledOffer(log, before, line);
      expect(offer.entities?.filter((e) => e.kind === 'date').map((e) => e.value)).not.toContain(
        '2026-04-13',
      );
    },
  );
});

describe('two dates given as a choice: the undecided caller hesitates, in character', () => {
  it.each([
    'J’ai le mercredi 29 avril à 10 h 30 ou le lundi 4 mai à 10 h 30.',
    'Le premier, c’est fin avril. Le 29 avril à 9 h ou le 4 mai à 9 h.',
    'Alors, mercredi 29 avril à 9 h, ou bien lundi 4 mai à 9 h.',
  ])('« %s »', (line) => {
    const { reaction } = callWith(core('radio-irm-indecis'), [
      'Radiologie des Minimes, Julie à l’appareil, bonjour.',
      line,
    ]);
    expect(reaction.map((l) => l.cause)).not.toContain('ack');
    expect(reaction[0]?.node).toBe('hesite');
  });
});

describe('the doctor will call back at some time: no slot to question', () => {
  it.each([
    'Je mets un message urgent au docteur Cassagne pour qu’il vous rappelle aujourd’hui, entre midi et deux.',
    'Je laisse un mot au docteur, il vous rappellera cet après-midi vers 14 h.',
    'Le docteur vous recontacte demain matin, je lui transmets.',
  ])('« %s »', (line) => {
    const { reaction } = callWith(core('resultats-analyses-c-est-bon'), [
      'Cabinet des Tanneurs, Julie à l’appareil, bonjour.',
      line,
    ]);
    expect(reaction.map((l) => l.cause)).not.toContain('offer');
  });
});

describe('the lab told to fax the critical result: she sends it and insists on the doctor', () => {
  const lab = () => core('laboratoire-inr-critique');
  it.each([
    'Faxez-le-nous comme d’habitude, il le verra entre deux patients.',
    'Envoyez-le par fax au cabinet, s’il vous plaît.',
    'Le plus simple, c’est que vous nous le faxiez.',
    'Vous pouvez nous l’envoyer par mail, comme d’habitude ?',
  ])('« %s »', (line) => {
    const { reaction } = callWith(lab(), ['Cabinet des Tanneurs, Julie à l’appareil, bonjour.', line]);
    const rule = lab().scenario.nodes.demande!.on.find((r) => r.when.mentions?.includes('fax'))!;
    expect(variants(rule.reply)).toContain(reaction[0]?.text);
  });
});

describe('a clear line no rule expects gets the moment’s own line, not « Pardon ? »', () => {
  const bundle = tinyBundle({
    scenario: {
      nodes: {
        accueil: {
          say: 'Bonjour, je voudrais un rendez-vous.',
          on: [{ when: { said: 'greeting' }, goto: 'demande' }],
        },
        demande: {
          say: 'J’ai très mal à la gorge depuis hier.',
          otherwise: 'Oui… Mais alors, pour ma gorge, vous avez quelque chose ?',
          on: [{ when: { did: { action: 'book', slot: 'routine' } }, settle: 'rdv', goto: 'fin' }],
        },
        fin: { say: 'Merci beaucoup.', on: [] },
      },
    },
  });
  it.each([
    'Je vous propose de vous inscrire sur notre liste d’attente.',
    'Vous voulez que je vous inscrive sur la liste d’attente ?',
    'Je comprends tout à fait, madame.',
  ])('« %s »', (line) => {
    const { reaction } = callWith(bundle, ['Cabinet médical du Test, Julie à l’appareil, bonjour.', line]);
    expect(reaction.at(-1)?.text).toBe('Oui… Mais alors, pour ma gorge, vous avez quelque chose ?');
    expect(variants(DEFAULT_LINES.clarify)).not.toContain(reaction.at(-1)?.text);
  });
});

describe('the tool records what was just agreed in words: the caller does not say it twice', () => {
  const bundle = tinyBundle({
    scenario: {
      nodes: {
        accueil: {
          say: 'Bonjour, je voudrais un rendez-vous.',
          on: [
            { when: { mentions: ['liste'] }, reply: 'Oui, inscrivez-moi, on ne sait jamais.' },
            { when: { did: { action: 'waitlist' } }, reply: 'Oui, inscrivez-moi, on ne sait jamais.' },
          ],
        },
        fin: { say: 'Merci.', on: [] },
      },
    },
  });
  it.each([
    'Je vous inscris sur la liste d’attente ?',
    'Je peux vous mettre sur la liste d’attente, si vous voulez.',
    'On vous met sur notre liste d’attente ?',
  ])('« %s », then the waitlist tool', (line) => {
    const session = createCallSession(bundle);
    session.advance(4000);
    session.send({ type: 'trainee.pickup' });
    session.advance(3000);
    session.send({ type: 'trainee.say', text: line });
    session.advance(2000);
    session.send({ type: 'trainee.action', action: { kind: 'waitlist', patient: 'Mme Test' } });
    const lines = session
      .view()
      .log.filter((e) => e.type === 'caller.say' && e.text.startsWith('Oui, inscrivez'));
    expect(lines).toHaveLength(1);
  });
});
