import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebAudioLib } from './webAudio.ts';

/** An audio context that records what is played: sources started, stopped, looped, at what gain. */
function fakeAudio(state: 'running' | 'suspended' = 'running') {
  const started: { buffer: unknown; loop: boolean; stopped: boolean; end(): void }[] = [];
  const gain = { value: 1 };
  const decoded: ArrayBuffer[] = [];
  class FakeContext {
    state = state;
    destination = {};
    createGain() {
      return { gain, connect: () => {} };
    }
    createBufferSource() {
      const source = {
        buffer: null as unknown,
        loop: false,
        stopped: false,
        onended: null as (() => void) | null,
        connect: () => {},
        start: () => started.push(entry),
        stop: () => {
          source.stopped = true;
        },
      };
      const entry = {
        get buffer() {
          return source.buffer;
        },
        get loop() {
          return source.loop;
        },
        get stopped() {
          return source.stopped;
        },
        end: () => source.onended?.(),
      };
      return source;
    }
    decodeAudioData(data: ArrayBuffer) {
      decoded.push(data);
      return Promise.resolve({ decodedFrom: data });
    }
    resume() {
      this.state = 'running';
      return Promise.resolve();
    }
  }
  return { AudioContext: FakeContext as unknown as typeof AudioContext, started, gain, decoded };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function serveFiles(missing: string[] = []) {
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      return missing.includes(url)
        ? new Response('', { status: 404 })
        : new Response(new Uint8Array([82, 73, 70, 70]));
    }),
  );
  return fetched;
}

afterEach(() => vi.unstubAllGlobals());

describe('the call’s sounds on Web Audio', () => {
  it('plays each file once decoded, through one master volume, looping only what loops', async () => {
    const fetched = serveFiles();
    const audio = fakeAudio();
    const lib = createWebAudioLib({ AudioContext: audio.AudioContext });
    expect(lib.Howler.noAudio).toBe(false);
    lib.Howler.volume(0.4);
    expect(audio.gain.value).toBe(0.4);

    const ring = new lib.Howl({ src: ['./sounds/ring.wav'], loop: false, preload: true });
    const hold = new lib.Howl({ src: ['./sounds/hold.wav'], loop: true, preload: true });
    ring.play();
    ring.play();
    hold.play();
    await settle();
    expect(fetched).toEqual(['./sounds/ring.wav', './sounds/hold.wav']);
    expect(audio.decoded).toHaveLength(2);
    expect(audio.started.map((s) => s.loop)).toEqual([false, false, true]);

    const ended = vi.fn();
    ring.on('end', ended);
    audio.started[0]!.end();
    expect(ended).toHaveBeenCalledTimes(1);
    hold.stop();
    expect(audio.started[2]!.stopped).toBe(true);
  });

  it('does not start a sound stopped while its file was loading', async () => {
    serveFiles();
    const audio = fakeAudio();
    const lib = createWebAudioLib({ AudioContext: audio.AudioContext });
    const hold = new lib.Howl({ src: ['./sounds/hold.wav'], loop: true, preload: false });
    hold.play();
    hold.stop();
    await settle();
    expect(audio.started).toEqual([]);
    hold.play();
    await settle();
    expect(audio.started).toHaveLength(1);
  });

  it('says when a file cannot load, and when there is no audio output at all', async () => {
    serveFiles(['./sounds/ring.wav']);
    const audio = fakeAudio();
    const lib = createWebAudioLib({ AudioContext: audio.AudioContext });
    const failed = vi.fn();
    const ring = new lib.Howl({ src: ['./sounds/ring.wav'], loop: false, preload: false });
    ring.on('loaderror', failed);
    ring.play();
    await settle();
    expect(failed).toHaveBeenCalledTimes(1);
    expect(audio.started).toEqual([]);

    const none = createWebAudioLib({});
    expect(none.Howler.noAudio).toBe(true);
    new none.Howl({ src: ['./sounds/ring.wav'], loop: false, preload: true }).play();
    await settle();
  });

  it('waits for a gesture when the browser holds sound back, then says it is unlocked', async () => {
    serveFiles();
    const audio = fakeAudio('suspended');
    const win = new EventTarget() as EventTarget & { AudioContext: typeof AudioContext };
    win.AudioContext = audio.AudioContext;
    const lib = createWebAudioLib(win as unknown as Parameters<typeof createWebAudioLib>[0]);
    expect(lib.Howler.ctx?.state).toBe('suspended');
    const ring = new lib.Howl({ src: ['./sounds/ring.wav'], loop: false, preload: true });
    const unlocked = vi.fn();
    ring.on('unlock', unlocked);
    win.dispatchEvent(new Event('pointerdown'));
    await settle();
    expect(lib.Howler.ctx?.state).toBe('running');
    expect(unlocked).toHaveBeenCalledTimes(1);
  });
});
