import { describe, expect, it } from 'vitest';
import { fixtureFiles, validText } from '../../tests/fixtures/packs/packs.ts';
import { formatError } from './errors.ts';
import { parsePack } from './parse.ts';
import { AUDIO_CLIPS, clipPathProblem } from './schema.ts';

const AUDIO_SCENARIO = 'scenarios/rdv-simple.yaml';

/** The fixture scenario with this `audio:` block instead of its own. */
function withAudio(block: string) {
  const text = `${validText(AUDIO_SCENARIO)}audio:\n${block}`;
  return parsePack(fixtureFiles('audio', { [AUDIO_SCENARIO]: text }));
}

describe('the audio field of a scenario', () => {
  it('is optional, and read as line text → clip path, trimmed', () => {
    expect(parsePack(fixtureFiles()).scenarios[0]!.audio).toBeUndefined();
    expect(parsePack(fixtureFiles('audio')).errors).toEqual([]);
    const { scenarios, errors } = withAudio("  ' Pardon ? ': '  audio/pardon.mp3 '\n");
    expect(errors).toEqual([]);
    expect(scenarios[0]!.audio).toEqual({ 'Pardon ?': 'audio/pardon.mp3' });
  });

  it('refuses a clip path with another extension, outside the pack or absolute, naming the line', () => {
    const { errors, bundles } = withAudio(
      [
        "  'Bonjour, je voudrais un rendez-vous.': audio/accueil.txt",
        "  'J’ai très mal à la gorge depuis hier.': ../autre-pack/audio/gorge.mp3",
        "  'Merci beaucoup.': /home/moi/merci.wav",
        "  'Au revoir.': audio\\\\revoir.ogg",
        "  'Oui, c’est ça.': audio/oui",
        "  'Pardon ?': ./audio/pardon.m4a",
        "  'Le 15 ? Pour une angine ?': https://exemple.fr/15.mp3",
        '',
      ].join('\n'),
    );
    expect(bundles).toEqual([]);
    expect(errors.map((e) => formatError(e))).toEqual([
      'scenarios/rdv-simple.yaml:67 › audio["Bonjour, je voudrais un rendez-vous."] : extension « .txt » non permise : un fichier .mp3, .ogg, .wav ou .m4a est attendu',
      'scenarios/rdv-simple.yaml:68 › audio["J’ai très mal à la gorge depuis hier."] : « .. » n’est pas permis : l’enregistrement doit se trouver dans le dossier du pack (comme « audio/accueil.mp3 »)',
      'scenarios/rdv-simple.yaml:69 › audio["Merci beaucoup."] : chemin relatif au dossier du pack attendu (comme « audio/accueil.mp3 »), pas un chemin absolu ni une adresse',
      'scenarios/rdv-simple.yaml:70 › audio["Au revoir."] : séparez les dossiers par « / », pas par « \\ » (comme « audio/accueil.mp3 »)',
      'scenarios/rdv-simple.yaml:71 › audio["Oui, c’est ça."] : extension manquante : un fichier .mp3, .ogg, .wav ou .m4a est attendu',
      'scenarios/rdv-simple.yaml:72 › audio["Pardon ?"] : chemin mal formé : ni « // », ni « ./ » (comme « audio/accueil.mp3 »)',
      'scenarios/rdv-simple.yaml:73 › audio["Le 15 ? Pour une angine ?"] : chemin relatif au dossier du pack attendu (comme « audio/accueil.mp3 »), pas un chemin absolu ni une adresse',
    ]);
  });

  it('refuses an empty line or path, and a list instead of a map', () => {
    expect(withAudio("  '': audio/vide.mp3\n  'Pardon ?': ''\n").errors.map((e) => formatError(e))).toEqual([
      'scenarios/rdv-simple.yaml:67 › audio[""] : clé «  » invalide : texte vide',
      'scenarios/rdv-simple.yaml:68 › audio["Pardon ?"] : chemin de l’enregistrement vide (comme « audio/accueil.mp3 »)',
    ]);
    expect(withAudio('  - audio/accueil.mp3\n').errors.map((e) => e.message)).toEqual([
      'suite de champs « nom: valeur » attendu, liste reçu',
    ]);
  });

  it('reports a line the caller never says through the pack reader', () => {
    const { errors } = withAudio("  'Bonjour, je voudrais un rendez-vous !': audio/accueil.wav\n");
    expect(errors.map((e) => formatError(e))).toEqual([
      'scenarios/rdv-simple.yaml:67 › audio["Bonjour, je voudrais un rendez-vous !"] : aucune réplique de l’appelant n’a exactement ce texte : vouliez-vous dire « Bonjour, je voudrais un rendez-vous. » ?',
    ]);
  });

  it('accepts each allowed extension, in any case', () => {
    for (const extension of AUDIO_CLIPS.extensions) {
      expect(clipPathProblem(`audio/a${extension}`)).toBeUndefined();
      expect(clipPathProblem(`voix/é t é${extension.toUpperCase()}`)).toBeUndefined();
    }
    expect(clipPathProblem('a.mp3')).toBeUndefined();
    expect(clipPathProblem('audio/a.mp3.exe')).toContain('« .exe » non permise');
    expect(clipPathProblem('audio/..mp3')).toBeUndefined(); // a file name, not a parent folder
    expect(clipPathProblem('C:/audio/a.mp3')).toContain('pas un chemin absolu');
  });
});

/** The fixture scenario with this block added at its end. */
function withBlock(block: string) {
  const text = `${validText(AUDIO_SCENARIO)}${block}`;
  return parsePack(fixtureFiles('audio', { [AUDIO_SCENARIO]: text }));
}

describe('what the caller answers (answers) and the appointments that suit (booking)', () => {
  it('reads answers as lines, text, per mood or variants', () => {
    const { errors, scenarios } = withBlock(
      [
        'answers:',
        '  name: "Test, Marie Test."',
        '  birthdate: { calm: "Le 4 mai 1986.", tense: "Le 4 mai 86 !" }',
        '  phone: ["06 12 34 56 78.", "Je répète : 06 12 34 56 78."]',
        'booking: { types: [consultation] }',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(scenarios[0]!.answers?.phone).toEqual(['06 12 34 56 78.', 'Je répète : 06 12 34 56 78.']);
    expect(scenarios[0]!.booking).toEqual({ types: ['consultation'] });
  });

  it('says in French which topic is unknown, and which booking type the practice lacks', () => {
    const unknown = withBlock(['answers:', '  naissance: "Le 4 mai 1986."', ''].join('\n'));
    expect(unknown.errors.map((e) => formatError(e))).toEqual([
      'scenarios/rdv-simple.yaml:67 › answers.naissance : champ inconnu « naissance »',
    ]);
    const lacking = withBlock('booking: { types: [echographie] }\n');
    expect(lacking.errors.map((e) => formatError(e))).toEqual([
      expect.stringMatching(/^scenarios\/rdv-simple\.yaml(:\d+)? › booking\.types\[0\] : .*« echographie »/),
    ]);
  });
});

describe('the requires of an outcome', () => {
  const SCENARIO = 'scenarios/rdv-simple.yaml';
  const withRequires = (block: string) => {
    const text = validText(SCENARIO).replace(
      '    reason: Un créneau libre convenait.\n',
      `    reason: Un créneau libre convenait.\n    requires:\n${block}`,
    );
    return parsePack(fixtureFiles(undefined, { [SCENARIO]: text }));
  };

  it('reads one step per item, each with its reason', () => {
    const { errors, scenarios } = withRequires(
      [
        '      - captured: birthdate',
        '        reason: Un homonyme au dossier.',
        '      - did: sms',
        '        reason: Le cabinet confirme par SMS.',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(scenarios[0]!.outcomes.rdv!.requires).toEqual([
      { captured: 'birthdate', reason: 'Un homonyme au dossier.' },
      { did: 'sms', reason: 'Le cabinet confirme par SMS.' },
    ]);
  });

  it('refuses an item with two steps, none, or no reason, in French', () => {
    const { errors } = withRequires(
      [
        '      - captured: birthdate',
        '        did: sms',
        '        reason: Deux choses.',
        '      - reason: Rien.',
        '      - captured: age',
        '        reason: Pas un élément d’identité.',
        '      - did: sms',
        '',
      ].join('\n'),
    );
    const messages = errors.map((e) => formatError(e)).join('\n');
    expect(messages).toMatch(/requires\[0\].*une seule chose : captured, did, said ou covered/);
    expect(messages).toMatch(/requires\[1\].*une seule chose/);
    expect(messages).toMatch(/requires\[2\]\.captured/);
    expect(messages).toMatch(/requires\[3\]\.reason/);
  });
});
