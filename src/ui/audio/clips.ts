/**
 * The caller's recorded lines through howler: one `Howl` per clip URL, one line at a time.
 * Loaded on demand (with howler) by voice.ts, and only for a scenario that has clips, so the
 * call screen of every other scenario never downloads it.
 */
import type { HowlerLib, HowlLike } from './sound.ts';

export type ClipFailure = 'load' | 'play';

export interface ClipPlayer {
  /** False when the device has no audio output at all. */
  readonly available: boolean;
  /** Starts fetching these clips, so the first lines play without delay. */
  preload(urls: readonly string[]): void;
  /** Plays a clip, stopping the one playing; `onfail` (once) when it cannot load or play. */
  play(url: string, onfail: (why: ClipFailure) => void): void;
  /** Stops the clip playing, if any. */
  stop(): void;
  /** The master volume, 0–1. */
  volume(volume: number): void;
  /** Stops and unloads every clip; with `finish`, the line being said ends first. */
  dispose(finish: boolean): void;
}

/** howler wants to be told the format when the URL does not end with it (data: and blob: URLs). */
export function clipFormat(url: string): string | undefined {
  return /\.(mp3|ogg|wav|m4a)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
}

export function createClipPlayer(lib: HowlerLib): ClipPlayer {
  const howls = new Map<string, HowlLike>();
  const failed = new Set<string>();
  let current: { url: string; onfail: (why: ClipFailure) => void } | undefined;

  const fail = (url: string, why: ClipFailure) => {
    if (why === 'load') failed.add(url);
    if (current?.url !== url) return;
    const { onfail } = current;
    current = undefined;
    onfail(why);
  };

  const howl = (url: string): HowlLike => {
    let found = howls.get(url);
    if (!found) {
      const format = clipFormat(url);
      found = new lib.Howl({ src: [url], loop: false, preload: true, ...(format && { format: [format] }) });
      found.on('loaderror', () => fail(url, 'load'));
      found.on('playerror', () => fail(url, 'play'));
      found.on('end', () => {
        if (current?.url === url) current = undefined;
      });
      howls.set(url, found);
    }
    return found;
  };

  return {
    get available() {
      return !lib.Howler.noAudio;
    },
    preload(urls) {
      for (const url of new Set(urls)) howl(url);
    },
    play(url, onfail) {
      this.stop();
      if (failed.has(url)) return onfail('load');
      current = { url, onfail };
      howl(url).play();
    },
    stop() {
      if (current) howls.get(current.url)?.stop();
      current = undefined;
    },
    volume(volume) {
      lib.Howler.volume(volume);
    },
    dispose(finish) {
      const saying = finish ? current?.url : undefined;
      current = undefined;
      for (const [url, h] of howls) {
        if (url === saying) {
          h.on('end', () => h.unload());
          continue;
        }
        h.stop();
        h.unload();
      }
      howls.clear();
    },
  };
}
