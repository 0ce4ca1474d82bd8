/**
 * The call's sounds (ring, pickup click, hold music, busy tone) behind a small player, with
 * howler loaded on demand. Sound never holds up a call: every failure (no audio device,
 * autoplay blocked, missing file) is reported once through `onproblem` with a French message
 * the screen shows, and the call goes on.
 *
 * The WAV files come from scripts/make-sounds.js (`npm run build` runs it first).
 */
import { fr } from '../call/strings.ts';

export type SoundName = 'ring' | 'pickup' | 'hold' | 'hangup';

export const SOUNDS: Readonly<Record<SoundName, { file: string; loop: boolean }>> = {
  ring: { file: 'sounds/ring.wav', loop: false },
  pickup: { file: 'sounds/pickup.wav', loop: false },
  hold: { file: 'sounds/hold.wav', loop: true },
  hangup: { file: 'sounds/hangup.wav', loop: false },
};

export interface SoundSettings {
  sound: boolean;
  volume: number;
}

/** The URL of a sound under the app's base (`./` in the static build). */
export function soundUrl(name: SoundName, base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith('/') ? base : `${base}/`}${SOUNDS[name].file}`;
}

/** The master volume, 0–1: silent when sound is off, clamped otherwise. */
export function masterVolume(settings: SoundSettings): number {
  if (!settings.sound || !Number.isFinite(settings.volume)) return 0;
  return Math.min(1, Math.max(0, settings.volume));
}

/** The part of howler this module uses, so tests can hand in a fake. */
export interface HowlLike {
  play(): number;
  stop(): unknown;
  on(event: 'loaderror' | 'playerror' | 'unlock' | 'end', listener: () => void): unknown;
  unload(): void;
}
export interface HowlerLib {
  Howl: new (options: { src: string[]; loop: boolean; preload: boolean; format?: string[] }) => HowlLike;
  Howler: { volume(volume: number): unknown; noAudio?: boolean; ctx?: { state: string } | null };
}

export interface SoundPlayer {
  play(name: SoundName): void;
  /** Stops one sound, or all of them. */
  stop(name?: SoundName): void;
  configure(settings: SoundSettings): void;
  dispose(): void;
}

export interface SoundPlayerOptions extends SoundSettings {
  /** A French message when sound cannot play, `undefined` once it can again. */
  onproblem: (message: string | undefined) => void;
  load?: () => Promise<HowlerLib>;
  base?: string;
}

// howler's core only: the package's main file also bundles the spatial plugin, unused here.
// One loader, imported once, for the call's sounds and the caller's clips (voice.ts).
let howler: Promise<HowlerLib> | undefined;
export const loadHowler = (): Promise<HowlerLib> =>
  (howler ??= import('howler/src/howler.core.js').then(
    (lib) => lib as unknown as HowlerLib,
    (error: unknown) => {
      howler = undefined; // a later call may try again
      throw error;
    },
  ));

/**
 * Whether a user gesture has happened in this page (a click on « Commencer l’appel », a key):
 * before one, a browser keeps audio silent. True where the browser cannot say.
 */
export function hasUserGesture(nav: Navigator | undefined = globalThis.navigator): boolean {
  return nav?.userActivation?.hasBeenActive ?? true;
}

/**
 * Resolves at once after a user gesture, else at the first one. Before it nothing can be heard,
 * so howler and its audio context (a long task on a phone) are not worth starting: a call opened
 * by a reload starts faster and its sound comes with the trainee's first key or tap.
 */
export function whenAudible(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): Promise<void> {
  if (hasUserGesture()) return Promise.resolve();
  return new Promise((resolve) => {
    const events = ['pointerdown', 'keydown'] as const;
    const done = () => {
      for (const e of events) target.removeEventListener(e, done, true);
      resolve();
    };
    for (const e of events) target.addEventListener(e, done, true);
  });
}

const loadWhenAudible = () => whenAudible().then(loadHowler);

export function createSoundPlayer(options: SoundPlayerOptions): SoundPlayer {
  let settings: SoundSettings = { sound: options.sound, volume: options.volume };
  let lib: Promise<HowlerLib | undefined> | undefined;
  let howls: Partial<Record<SoundName, HowlLike>> = {};
  let problem: string | undefined;
  let disposed = false;
  /** The looping sound that should be playing (hold music), so a late load can start it. */
  let looping: SoundName | undefined;

  const report = (why: string | undefined) => {
    const message = why && fr.sound.unavailable(why);
    if (message === problem) return;
    problem = message;
    options.onproblem(message);
  };

  const ensure = () =>
    (lib ??= (options.load ?? loadWhenAudible)().then(
      (loaded) => {
        if (loaded.Howler.noAudio) report(fr.sound.noDevice);
        loaded.Howler.volume(masterVolume(settings));
        return loaded;
      },
      () => {
        report(fr.sound.loadFailed);
        return undefined;
      },
    ));

  const howl = (loaded: HowlerLib, name: SoundName): HowlLike => {
    let found = howls[name];
    if (!found) {
      found = new loaded.Howl({
        src: [soundUrl(name, options.base)],
        loop: SOUNDS[name].loop,
        preload: true,
        format: ['wav'],
      });
      found.on('loaderror', () => report(fr.sound.loadFailed));
      found.on('playerror', () => report(fr.sound.blocked));
      found.on('unlock', () => report(undefined));
      howls[name] = found;
    }
    return found;
  };

  const start = (loaded: HowlerLib, name: SoundName) => {
    if (loaded.Howler.noAudio) return report(fr.sound.noDevice);
    howl(loaded, name).play();
    // Web Audio waits for a user gesture: the sound is queued, the trainee is told why it is silent.
    if (loaded.Howler.ctx?.state === 'suspended') report(fr.sound.blocked);
  };

  if (masterVolume(settings) > 0) {
    if (!hasUserGesture()) report(fr.sound.blocked);
    void ensure();
  }

  return {
    play(name) {
      if (disposed || masterVolume(settings) === 0) return;
      if (SOUNDS[name].loop) looping = name;
      const heard = hasUserGesture();
      void ensure().then((loaded) => {
        if (!loaded || disposed || masterVolume(settings) === 0) return;
        if (SOUNDS[name].loop && looping !== name) return; // stopped while loading
        // A ring asked for before any gesture could not be heard then: it is not played late.
        if (!heard && !SOUNDS[name].loop) return;
        start(loaded, name);
      });
    },
    stop(name) {
      if (!name || name === looping) looping = undefined;
      for (const [key, h] of Object.entries(howls) as [SoundName, HowlLike][]) {
        if (!name || key === name) h.stop();
      }
    },
    configure(next) {
      settings = { sound: next.sound, volume: next.volume };
      const volume = masterVolume(settings);
      if (volume === 0) {
        this.stop();
        report(undefined);
      }
      if (lib) void lib.then((loaded) => loaded?.Howler.volume(volume));
      else if (volume > 0) void ensure();
    },
    /** Stops the call's sounds, but lets a busy tone that is playing finish (the screen may be gone). */
    dispose() {
      disposed = true;
      looping = undefined;
      for (const [name, h] of Object.entries(howls) as [SoundName, HowlLike][]) {
        if (name === 'hangup') {
          h.on('end', () => h.unload());
          continue;
        }
        h.stop();
        h.unload();
      }
      howls = {};
    },
  };
}
