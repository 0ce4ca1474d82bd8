/**
 * The call's own sounds (ring, pickup, hold, busy tone) through the Web Audio API: the part of
 * howler they used (one decoded buffer per file, looped or not, behind one master volume), as the
 * same `HowlerLib` shape, in a few hundred bytes instead of howler's 7.6 Ko gzip in every call
 * (DESIGN §12). howler stays for recorded caller lines (clips.ts), which only some scenarios have.
 *
 * One audio context for the page, made on first use: sound.ts asks for it only after a user
 * gesture, when a browser lets it run. Each file is fetched and decoded the first time it plays.
 */
import type { HowlerLib, HowlLike } from './sound.ts';

type HowlEvent = 'loaderror' | 'playerror' | 'unlock' | 'end';

interface AudioWindow {
  AudioContext?: typeof AudioContext;
  webkitAudioContext?: typeof AudioContext;
  addEventListener?: Window['addEventListener'];
  removeEventListener?: Window['removeEventListener'];
}

export function createWebAudioLib(win: AudioWindow = globalThis as AudioWindow): HowlerLib {
  const Context = win.AudioContext ?? win.webkitAudioContext;
  let ctx: AudioContext | null = null;
  let master: GainNode | null = null;
  try {
    if (Context) {
      ctx = new Context();
      master = ctx.createGain();
      master.connect(ctx.destination);
    }
  } catch {
    ctx = null; // no audio output: the player says so and the call goes on silently
  }
  const howls = new Set<WebHowl>();

  // A context made before the browser allows sound waits for the trainee's next gesture (what
  // howler calls unlocking); the sounds asked for meanwhile play then.
  if (ctx?.state === 'suspended' && win.addEventListener) {
    const gestures = ['pointerdown', 'keydown', 'touchend'] as const;
    const unlock = () => {
      void ctx!.resume().then(() => {
        for (const e of gestures) win.removeEventListener?.(e, unlock, true);
        for (const howl of howls) howl.emit('unlock');
      });
    };
    for (const e of gestures) win.addEventListener(e, unlock, true);
  }

  class WebHowl implements HowlLike {
    readonly #loop: boolean;
    readonly #src: string;
    #buffer: Promise<AudioBuffer | null> | undefined;
    readonly #listeners = new Map<HowlEvent, (() => void)[]>();
    readonly #playing = new Set<AudioBufferSourceNode>();
    /** Counts stops: a play asked for while the file loads is cancelled by a stop meanwhile. */
    #stops = 0;
    #plays = 0;
    #unloaded = false;

    constructor(options: { src: string[]; loop: boolean; preload: boolean }) {
      this.#src = options.src[0] ?? '';
      this.#loop = options.loop;
      howls.add(this);
      if (options.preload) void this.#load();
    }

    #load(): Promise<AudioBuffer | null> {
      return (this.#buffer ??= !ctx
        ? Promise.resolve(null)
        : fetch(this.#src)
            .then((response) => {
              if (!response.ok) throw new Error(`${response.status}`);
              return response.arrayBuffer();
            })
            .then((data) => ctx!.decodeAudioData(data))
            .catch(() => {
              this.emit('loaderror');
              return null;
            }));
    }

    emit(event: HowlEvent): void {
      for (const listener of this.#listeners.get(event) ?? []) listener();
    }

    play(): number {
      const stops = this.#stops;
      void this.#load().then((buffer) => {
        if (!buffer || !ctx || !master || this.#unloaded || stops !== this.#stops) return;
        const source = ctx.createBufferSource();
        source.buffer = buffer;
        source.loop = this.#loop;
        source.connect(master);
        source.onended = () => {
          this.#playing.delete(source);
          this.emit('end');
        };
        this.#playing.add(source);
        try {
          source.start();
        } catch {
          this.#playing.delete(source);
          this.emit('playerror');
        }
      });
      return ++this.#plays;
    }

    stop(): this {
      this.#stops++;
      for (const source of this.#playing) {
        source.onended = null; // stopped, not ended: howler does not say « end » either
        try {
          source.stop();
        } catch {
          // never started
        }
      }
      this.#playing.clear();
      return this;
    }

    on(event: HowlEvent, listener: () => void): this {
      this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
      return this;
    }

    unload(): void {
      this.stop();
      this.#unloaded = true;
      this.#listeners.clear();
      howls.delete(this);
    }
  }

  return {
    Howl: WebHowl,
    Howler: {
      noAudio: !ctx,
      ctx,
      volume(volume: number) {
        if (master) master.gain.value = volume;
      },
    },
  };
}

let shared: HowlerLib | undefined;
/** The page's one audio context and its sounds (made on the first call). */
export const webAudio = (): HowlerLib => (shared ??= createWebAudioLib());
