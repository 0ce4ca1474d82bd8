/**
 * The caller's voice: a line with a recorded clip (the scenario's `audio`, URLs in
 * `bundle.audio`) plays the clip, any other line goes to speech synthesis, and the caption is
 * shown by the screen either way. A clip that cannot load or play falls back to speech (when
 * enabled) and is reported once; the call goes on.
 */
import { fr } from '../call/strings.ts';
import type { ClipPlayer } from './clips.ts';
import { loadHowler, masterVolume, whenAudible } from './sound.ts';
import type { Speaker } from './speech.ts';

export interface VoiceSettings {
  sound: boolean;
  speech: boolean;
  volume: number;
}

export interface CallerVoice {
  /** The caller says a line: its clip if it has one, else speech; the line before stops. */
  say(text: string): void;
  /** Silence now (hold, the screen closing mid-call). */
  cancel(): void;
  configure(settings: VoiceSettings): void;
  /** Releases the clips; with `finish` (the call is over) the last words end first, as speech does. */
  dispose(finish: boolean): void;
}

export interface CallerVoiceOptions extends VoiceSettings {
  /** Line text → clip URL. */
  clips?: Readonly<Record<string, string>> | undefined;
  /** Speech synthesis, for lines without a clip and as the fallback. */
  speaker: Speaker;
  /** A French message when a clip cannot be heard. */
  onproblem: (message: string | undefined) => void;
  /** Tests hand in their own player. */
  loadPlayer?: () => Promise<ClipPlayer>;
}

// The clip player is fetched only for a scenario that has clips; howler is shared with the
// call's sounds (one import, usually done already for the ring), and waits like them for a user
// gesture (the caller speaks only once picked up, which is one).
const loadClipPlayer = async (): Promise<ClipPlayer> => {
  const [{ createClipPlayer }, lib] = await Promise.all([
    import('./clips.ts'),
    whenAudible().then(loadHowler),
  ]);
  return createClipPlayer(lib);
};

/** The key a line is looked up by: the text as the scenario wrote it, spacing aside. */
const lineKey = (text: string) => text.replace(/\s+/g, ' ').trim();

export function createCallerVoice(options: CallerVoiceOptions): CallerVoice {
  const { speaker } = options;
  const clips = new Map(Object.entries(options.clips ?? {}).map(([line, url]) => [lineKey(line), url]));
  let settings: VoiceSettings = { sound: options.sound, speech: options.speech, volume: options.volume };
  let player: Promise<ClipPlayer | undefined> | undefined;
  let loaded: ClipPlayer | undefined;
  let problem: string | undefined;
  let disposed = false;
  /** Counts lines, so a clip that loads late does not play over a newer line or a hold. */
  let turn = 0;

  const volume = () => masterVolume(settings);
  const report = (why: string) => {
    const message = fr.sound.unavailable(why);
    if (message === problem) return;
    problem = message;
    options.onproblem(message);
  };
  const ensure = () =>
    (player ??= (options.loadPlayer ?? loadClipPlayer)().then(
      (ready) => {
        if (!ready.available) {
          report(fr.sound.noDevice);
          return undefined;
        }
        ready.volume(volume());
        ready.preload([...clips.values()]);
        loaded = ready;
        if (disposed) ready.dispose(false);
        return ready;
      },
      () => {
        report(fr.sound.loadFailed);
        return undefined;
      },
    ));

  if (clips.size > 0 && volume() > 0) void ensure();

  return {
    say(text) {
      const line = ++turn;
      loaded?.stop();
      const url = clips.get(lineKey(text));
      if (url === undefined) return speaker.say(text);
      if (volume() === 0) return;
      speaker.cancel();
      const fallback = () => {
        if (line === turn && !disposed) speaker.say(text);
      };
      void ensure().then((ready) => {
        if (line !== turn || disposed || volume() === 0) return;
        if (!ready) return fallback();
        ready.play(url, (why) => {
          report(why === 'play' ? fr.sound.blocked : fr.sound.loadFailed);
          fallback();
        });
      });
    },
    cancel() {
      turn++;
      loaded?.stop();
      speaker.cancel();
    },
    configure(next) {
      settings = { sound: next.sound, speech: next.speech, volume: next.volume };
      speaker.configure({ enabled: next.speech && next.sound, volume: next.volume });
      if (volume() === 0) loaded?.stop();
      loaded?.volume(volume());
      if (clips.size > 0 && volume() > 0) void ensure();
    },
    dispose(finish) {
      disposed = true;
      loaded?.dispose(finish);
      if (!finish) speaker.cancel();
    },
  };
}
