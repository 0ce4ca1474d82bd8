import { describe, expect, it, vi } from 'vitest';
import {
  createSoundPlayer,
  masterVolume,
  soundUrl,
  whenAudible,
  type HowlLike,
  type HowlerLib,
} from './sound.ts';
import { typo } from '../i18n/typography.ts';

interface FakeHowl extends HowlLike {
  src: string;
  loop: boolean;
  plays: number;
  stops: number;
  fire(event: string): void;
}

function fakeHowler(options: { noAudio?: boolean; state?: string } = {}) {
  const howls: FakeHowl[] = [];
  const volumes: number[] = [];
  class Howl implements FakeHowl {
    src: string;
    loop: boolean;
    plays = 0;
    stops = 0;
    listeners = new Map<string, (() => void)[]>();
    constructor(o: { src: string[]; loop: boolean }) {
      this.src = o.src[0]!;
      this.loop = o.loop;
      howls.push(this);
    }
    play() {
      this.plays++;
      return 1;
    }
    stop() {
      this.stops++;
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    }
    unload() {}
    fire(event: string) {
      for (const l of this.listeners.get(event) ?? []) l();
    }
  }
  const lib: HowlerLib = {
    Howl,
    Howler: {
      volume: (v: number) => volumes.push(v),
      noAudio: options.noAudio ?? false,
      ctx: { state: options.state ?? 'running' },
    },
  };
  return { lib, howls, volumes };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the call’s sounds', () => {
  it('finds the generated files under the app base', () => {
    expect(soundUrl('ring', './')).toBe('./sounds/ring.wav');
    expect(soundUrl('hold', '/decroche')).toBe('/decroche/sounds/hold.wav');
  });

  it('follows the sound and volume settings', () => {
    expect(masterVolume({ sound: true, volume: 0.8 })).toBe(0.8);
    expect(masterVolume({ sound: false, volume: 0.8 })).toBe(0);
    expect(masterVolume({ sound: true, volume: 3 })).toBe(1);
  });

  it('plays a ring through howler at the chosen volume, looping only the hold music', async () => {
    const { lib, howls, volumes } = fakeHowler();
    const onproblem = vi.fn();
    const player = createSoundPlayer({
      sound: true,
      volume: 0.5,
      onproblem,
      load: async () => lib,
      base: './',
    });
    player.play('ring');
    player.play('hold');
    await settle();
    expect(howls.map((h) => [h.src, h.loop, h.plays])).toEqual([
      ['./sounds/ring.wav', false, 1],
      ['./sounds/hold.wav', true, 1],
    ]);
    expect(volumes).toEqual([0.5]);
    player.stop('hold');
    expect(howls[1]!.stops).toBe(1);
    expect(onproblem).not.toHaveBeenCalled();
  });

  it('loads nothing and plays nothing when sound is off', async () => {
    const load = vi.fn(async () => fakeHowler().lib);
    const player = createSoundPlayer({ sound: false, volume: 0.8, onproblem: vi.fn(), load });
    player.play('ring');
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('says why it is silent, once, and never throws', async () => {
    const blocked = fakeHowler({ state: 'suspended' });
    const onproblem = vi.fn();
    const player = createSoundPlayer({ sound: true, volume: 1, onproblem, load: async () => blocked.lib });
    player.play('ring');
    player.play('ring');
    await settle();
    expect(onproblem).toHaveBeenCalledTimes(1);
    expect(onproblem.mock.calls[0]![0]).toMatch(
      /^Son indisponible\s: le texte de l’appel reste affiché\. Le navigateur bloque la lecture automatique/,
    );
    // The browser lets sound play after a click: the cue goes away.
    blocked.howls[0]!.fire('unlock');
    expect(onproblem).toHaveBeenLastCalledWith(undefined);

    const broken = vi.fn();
    const failing = createSoundPlayer({
      sound: true,
      volume: 1,
      onproblem: broken,
      load: () => Promise.reject(new Error('offline')),
    });
    failing.play('pickup');
    await settle();
    expect(broken).toHaveBeenCalledWith(
      typo(
        'Son indisponible : le texte de l’appel reste affiché. Les fichiers sonores n’ont pas pu être chargés.',
      ),
    );

    const deaf = vi.fn();
    createSoundPlayer({
      sound: true,
      volume: 1,
      onproblem: deaf,
      load: async () => fakeHowler({ noAudio: true }).lib,
    }).play('ring');
    await settle();
    expect(deaf).toHaveBeenCalledWith(
      typo('Son indisponible : le texte de l’appel reste affiché. Aucune sortie audio disponible.'),
    );
  });

  it('does not start hold music stopped before howler loaded', async () => {
    const { lib, howls } = fakeHowler();
    let release!: (lib: HowlerLib) => void;
    const player = createSoundPlayer({
      sound: true,
      volume: 1,
      onproblem: vi.fn(),
      load: () => new Promise((resolve) => (release = resolve)),
    });
    player.play('hold');
    player.stop('hold');
    release(lib);
    await settle();
    expect(howls.every((h) => h.plays === 0)).toBe(true);
  });

  it('goes quiet when sound is switched off mid-call', async () => {
    const { lib, howls, volumes } = fakeHowler();
    const player = createSoundPlayer({ sound: true, volume: 1, onproblem: vi.fn(), load: async () => lib });
    player.play('hold');
    await settle();
    player.configure({ sound: false, volume: 1 });
    await settle();
    expect(howls[0]!.stops).toBe(1);
    expect(volumes.at(-1)).toBe(0);
    player.play('ring');
    await settle();
    expect(howls).toHaveLength(1);
  });
});

describe('whenAudible', () => {
  it('waits for a first key or tap when the page has had no user gesture, and not after one', async () => {
    const target = new EventTarget() as unknown as Window;
    const activation = { hasBeenActive: false };
    vi.stubGlobal('navigator', { userActivation: activation });
    try {
      let heard = false;
      void whenAudible(target).then(() => (heard = true));
      await new Promise((r) => setTimeout(r, 0));
      expect(heard).toBe(false);
      target.dispatchEvent(new Event('keydown'));
      await new Promise((r) => setTimeout(r, 0));
      expect(heard).toBe(true);
      activation.hasBeenActive = true;
      await expect(whenAudible(new EventTarget() as unknown as Window)).resolves.toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
