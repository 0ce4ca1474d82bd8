/**
 * The caller's voice through the Web Speech API: a French voice when the browser has one, the
 * caller's rate and pitch. The caption is always shown by the screen; speech is a bonus that
 * may be missing (no API, no voice, an error) without stopping the call.
 */
import type { Caller } from '../../scenarios/schema.ts';
import { fr } from '../call/strings.ts';

export interface VoiceLike {
  name: string;
  lang: string;
  default?: boolean;
  localService?: boolean;
}

// Voice names that say their gender, as shipped by common systems (macOS, Windows, Android,
// espeak-ng): a hint only, the API does not expose a voice's gender.
const FEMALE =
  /am[ée]lie|audrey|aur[ée]lie|marie|julie|denise|hortense|virginie|c[ée]line|eloise|vivienne|female|femme|\+f\d/i;
const MALE = /thomas|paul|henri|nicolas|claude|daniel|remy|r[ée]my|antoine|jean|male|homme|\+m\d/i;

/** The best voice for a caller: French (fr-FR first), then the caller's gender, then local ones. */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  gender?: 'female' | 'male',
): V | undefined {
  const score = (v: V) => {
    const lang = v.lang.toLowerCase().replace('_', '-');
    if (!lang.startsWith('fr')) return -1;
    let s = lang === 'fr-fr' ? 8 : 4;
    if (gender === 'female' && FEMALE.test(v.name) && !/\bmale\b/i.test(v.name)) s += 2;
    if (gender === 'male' && MALE.test(v.name) && !/female/i.test(v.name)) s += 2;
    if (v.localService) s += 1;
    return s;
  };
  let best: V | undefined;
  let bestScore = -1;
  for (const v of voices) {
    const s = score(v);
    if (s > bestScore) [best, bestScore] = [v, s];
  }
  return bestScore >= 0 ? best : undefined;
}

/** Rate and pitch for the caller's voice, within what the API accepts. */
export function voiceParams(caller: Pick<Caller, 'voice'>): { rate: number; pitch: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return { rate: clamp(caller.voice?.rate ?? 1, 0.5, 2), pitch: clamp(caller.voice?.pitch ?? 1, 0, 2) };
}

export interface SynthLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export interface Speaker {
  say(text: string): void;
  cancel(): void;
  configure(options: { enabled: boolean; volume: number }): void;
}

export interface SpeakerOptions {
  caller: Pick<Caller, 'voice'>;
  enabled: boolean;
  volume: number;
  onproblem: (message: string | undefined) => void;
  synth?: SynthLike | undefined;
  Utterance?: typeof SpeechSynthesisUtterance | undefined;
}

export function createSpeaker(options: SpeakerOptions): Speaker {
  const synth = 'synth' in options ? options.synth : globalThis.speechSynthesis;
  const Utterance = 'Utterance' in options ? options.Utterance : globalThis.SpeechSynthesisUtterance;
  let { enabled, volume } = options;
  const { rate, pitch } = voiceParams(options.caller);
  let warned = false;

  const warn = (message: string) => {
    if (warned) return;
    warned = true;
    options.onproblem(fr.sound.unavailable(message));
  };

  return {
    say(text) {
      if (!enabled || volume <= 0) return;
      if (!synth || !Utterance) return warn(fr.sound.noSpeech);
      try {
        const utterance = new Utterance(text);
        utterance.lang = 'fr-FR';
        utterance.rate = rate;
        utterance.pitch = pitch;
        utterance.volume = Math.min(1, volume);
        const voice = pickVoice(synth.getVoices(), options.caller.voice?.gender);
        if (voice) utterance.voice = voice;
        utterance.onerror = (event) => {
          // Cancelling (hold, hang-up, the next line) is not a failure.
          if (event.error !== 'canceled' && event.error !== 'interrupted') warn(fr.sound.speechFailed);
        };
        synth.speak(utterance);
      } catch {
        warn(fr.sound.speechFailed);
      }
    },
    cancel() {
      synth?.cancel();
    },
    configure(next) {
      ({ enabled, volume } = next);
      if (!enabled || volume <= 0) synth?.cancel();
    },
  };
}
