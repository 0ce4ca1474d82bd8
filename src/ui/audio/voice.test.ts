import { describe, expect, it, vi } from 'vitest';
import { clipFormat, createClipPlayer } from './clips.ts';
import type { HowlerLib } from './sound.ts';
import type { Speaker } from './speech.ts';
import { createCallerVoice, type CallerVoiceOptions } from './voice.ts';
import { typo } from '../i18n/typography.ts';

/** A howler that plays nothing: it records what it is asked, and fires events on demand. */
function fakeHowler(options: { noAudio?: boolean } = {}) {
  class Howl {
    src: string;
    format: string[] | undefined;
    playing = false;
    plays = 0;
    unloaded = false;
    listeners = new Map<string, (() => void)[]>();
    constructor(o: { src: string[]; format?: string[] }) {
      this.src = o.src[0]!;
      this.format = o.format;
      howls.push(this);
    }
    play() {
      this.plays++;
      this.playing = true;
      return 1;
    }
    stop() {
      this.playing = false;
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    }
    unload() {
      this.unloaded = true;
    }
    fire(event: 'loaderror' | 'playerror' | 'end') {
      if (event === 'end') this.playing = false;
      for (const l of this.listeners.get(event) ?? []) l();
    }
  }
  const howls: Howl[] = [];
  const volumes: number[] = [];
  const lib: HowlerLib = {
    Howl,
    Howler: { volume: (v: number) => volumes.push(v), noAudio: options.noAudio ?? false },
  };
  const find = (src: string) => howls.find((h) => h.src === src)!;
  return { lib, howls, volumes, find, playing: () => howls.filter((h) => h.playing).map((h) => h.src) };
}

/** A speaker that records what it would say, honouring its enabled flag like the real one. */
function fakeSpeaker(enabled = true) {
  const said: string[] = [];
  let cancels = 0;
  let on = enabled;
  const speaker: Speaker = {
    say: (text) => void (on && said.push(text)),
    cancel: () => void cancels++,
    configure: (o) => void (on = o.enabled),
  };
  return { speaker, said, cancels: () => cancels };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const CLIPS = {
  'Bonjour, je voudrais un rendez-vous.': './assets/accueil-Ab12.mp3',
  'Pardon ?': './assets/pardon-Cd34.ogg',
};

function voiceWith(patch: Partial<CallerVoiceOptions> = {}, howler = fakeHowler()) {
  const speech = fakeSpeaker(patch.speech ?? true);
  const onproblem = vi.fn();
  const voice = createCallerVoice({
    clips: CLIPS,
    speaker: speech.speaker,
    sound: true,
    speech: true,
    volume: 0.6,
    onproblem,
    loadPlayer: async () => createClipPlayer(howler.lib),
    ...patch,
  });
  return { voice, speech, onproblem, howler };
}

describe('the caller’s voice', () => {
  it('plays the clip of a line that has one, and speaks the others', async () => {
    const { voice, speech, howler, onproblem } = voiceWith();
    voice.say('Bonjour, je voudrais un rendez-vous.');
    await settle();
    expect(howler.playing()).toEqual(['./assets/accueil-Ab12.mp3']);
    expect(speech.said).toEqual([]);

    voice.say('J’ai mal à la gorge.');
    expect(speech.said).toEqual(['J’ai mal à la gorge.']);
    // The next line stops the clip.
    expect(howler.playing()).toEqual([]);
    expect(onproblem).not.toHaveBeenCalled();
  });

  it('preloads every clip once howler is there, at the sound volume', async () => {
    const { howler } = voiceWith();
    await settle();
    expect(howler.howls.map((h) => [h.src, h.format])).toEqual([
      ['./assets/accueil-Ab12.mp3', ['mp3']],
      ['./assets/pardon-Cd34.ogg', ['ogg']],
    ]);
    expect(howler.volumes).toEqual([0.6]);
  });

  it('finds a line whatever its spacing', async () => {
    const { voice, howler } = voiceWith();
    voice.say('  Pardon  ?');
    expect(clipFormat('/@decroche-content/audio/0/audio/pardon.OGG?t=3')).toBe('ogg');
    await settle();
    expect(howler.playing()).toEqual(['./assets/pardon-Cd34.ogg']);
  });

  it('falls back to speech and says why when a clip does not load, then skips that clip', async () => {
    const { voice, speech, howler, onproblem } = voiceWith();
    voice.say('Bonjour, je voudrais un rendez-vous.');
    await settle();
    howler.find('./assets/accueil-Ab12.mp3').fire('loaderror');
    expect(speech.said).toEqual(['Bonjour, je voudrais un rendez-vous.']);
    expect(onproblem).toHaveBeenCalledExactlyOnceWith(
      typo(
        'Son indisponible : le texte de l’appel reste affiché. Les fichiers sonores n’ont pas pu être chargés.',
      ),
    );
    voice.say('Bonjour, je voudrais un rendez-vous.');
    await settle();
    expect(speech.said).toHaveLength(2);
    expect(howler.find('./assets/accueil-Ab12.mp3').plays).toBe(1);
    expect(onproblem).toHaveBeenCalledOnce();
  });

  it('falls back to speech when the browser refuses to play, and when howler cannot load', async () => {
    const blocked = voiceWith();
    blocked.voice.say('Pardon ?');
    await settle();
    blocked.howler.find('./assets/pardon-Cd34.ogg').fire('playerror');
    expect(blocked.speech.said).toEqual(['Pardon ?']);
    expect(blocked.onproblem).toHaveBeenCalledWith(expect.stringContaining('bloque la lecture automatique'));

    const broken = voiceWith({ loadPlayer: () => Promise.reject(new Error('réseau')) });
    broken.voice.say('Pardon ?');
    await settle();
    expect(broken.speech.said).toEqual(['Pardon ?']);
    expect(broken.onproblem).toHaveBeenCalledWith(expect.stringContaining('n’ont pas pu être chargés'));

    const deaf = voiceWith({}, fakeHowler({ noAudio: true }));
    deaf.voice.say('Pardon ?');
    await settle();
    expect(deaf.speech.said).toEqual(['Pardon ?']);
    expect(deaf.onproblem).toHaveBeenCalledWith(expect.stringContaining('Aucune sortie audio'));
  });

  it('stays silent on a failed clip when speech is off, but still says why', async () => {
    const { voice, speech, howler, onproblem } = voiceWith({ speech: false });
    voice.say('Pardon ?');
    await settle();
    expect(howler.playing()).toEqual(['./assets/pardon-Cd34.ogg']); // clips do not need speech
    howler.find('./assets/pardon-Cd34.ogg').fire('loaderror');
    expect(speech.said).toEqual([]);
    expect(onproblem).toHaveBeenCalledOnce();
  });

  it('plays nothing with sound off, and loads nothing until sound is on', async () => {
    const loadPlayer = vi.fn(async () => createClipPlayer(fakeHowler().lib));
    const { voice, speech } = voiceWith({ sound: false, loadPlayer });
    voice.say('Pardon ?');
    await settle();
    expect(loadPlayer).not.toHaveBeenCalled();
    expect(speech.said).toEqual([]);
    voice.configure({ sound: true, speech: true, volume: 0.4 });
    expect(loadPlayer).toHaveBeenCalledOnce();
  });

  it('stops the clip on hold and when sound is turned off, and follows the volume', async () => {
    const { voice, howler, speech } = voiceWith();
    voice.say('Pardon ?');
    await settle();
    voice.cancel();
    expect(howler.playing()).toEqual([]);
    expect(speech.cancels()).toBeGreaterThan(0);

    voice.say('Pardon ?');
    await settle();
    voice.configure({ sound: true, speech: true, volume: 0.3 });
    expect(howler.volumes.at(-1)).toBe(0.3);
    voice.configure({ sound: false, speech: true, volume: 0.3 });
    expect(howler.playing()).toEqual([]);
    expect(howler.volumes.at(-1)).toBe(0);
  });

  it('does not play a clip that loads after the caller moved on or the call was held', async () => {
    let release!: () => void;
    const howler = fakeHowler();
    const loadPlayer = () =>
      new Promise<ReturnType<typeof createClipPlayer>>((resolve) => {
        release = () => resolve(createClipPlayer(howler.lib));
      });
    const { voice, speech } = voiceWith({ loadPlayer }, howler);
    voice.say('Pardon ?');
    voice.cancel(); // on hold before the clip could start
    release();
    await settle();
    expect(howler.playing()).toEqual([]);
    expect(speech.said).toEqual([]);
  });

  it('lets the last words finish when the call is over, and cuts them when the screen closes mid-call', async () => {
    const ended = voiceWith();
    ended.voice.say('Pardon ?');
    await settle();
    ended.voice.dispose(true);
    const last = ended.howler.find('./assets/pardon-Cd34.ogg');
    expect(last.playing).toBe(true);
    expect(ended.howler.find('./assets/accueil-Ab12.mp3').unloaded).toBe(true);
    last.fire('end');
    expect(last.unloaded).toBe(true);

    const closed = voiceWith();
    closed.voice.say('Pardon ?');
    await settle();
    closed.voice.dispose(false);
    expect(closed.howler.playing()).toEqual([]);
    expect(closed.speech.cancels()).toBeGreaterThan(0);
  });

  it('is plain speech for a scenario without clips, and never loads howler', async () => {
    const loadPlayer = vi.fn(async () => createClipPlayer(fakeHowler().lib));
    const { voice, speech } = voiceWith({ clips: undefined, loadPlayer });
    voice.say('Pardon ?');
    voice.configure({ sound: true, speech: true, volume: 1 });
    await settle();
    expect(speech.said).toEqual(['Pardon ?']);
    expect(loadPlayer).not.toHaveBeenCalled();
  });
});
