import { describe, expect, it, vi } from 'vitest';
import { createSpeaker, pickVoice, voiceParams, type SynthLike } from './speech.ts';
import { typo } from '../i18n/typography.ts';

const voice = (name: string, lang: string, localService = true) => ({
  name,
  lang,
  localService,
  default: false,
});

class FakeUtterance {
  text: string;
  lang = '';
  rate = 1;
  pitch = 1;
  volume = 1;
  voice: unknown = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

function fakeSynth(voices = [voice('Amélie', 'fr-FR'), voice('Samantha', 'en-US')]) {
  const spoken: FakeUtterance[] = [];
  const synth = {
    speak: (u: unknown) => spoken.push(u as FakeUtterance),
    cancel: vi.fn(),
    getVoices: () => voices as unknown as SpeechSynthesisVoice[],
  } satisfies SynthLike;
  return { synth, spoken };
}

const caller = { voice: { gender: 'female' as const, rate: 1.1, pitch: 1.2 } };

describe('the caller’s voice', () => {
  it('prefers a French voice from France, then the caller’s gender', () => {
    const voices = [
      voice('Samantha', 'en-US'),
      voice('Thomas', 'fr-CA'),
      voice('Thomas', 'fr-FR'),
      voice('Amélie', 'fr-FR'),
    ];
    expect(pickVoice(voices, 'female')?.name).toBe('Amélie');
    expect(pickVoice(voices, 'male')).toEqual(voice('Thomas', 'fr-FR'));
    expect(pickVoice([voice('Samantha', 'en-US')], 'female')).toBeUndefined();
    expect(pickVoice([voice('fr', 'fr_FR')])?.name).toBe('fr');
  });

  it('speaks French with the caller’s rate and pitch', () => {
    const { synth, spoken } = fakeSynth();
    const speaker = createSpeaker({
      caller,
      enabled: true,
      volume: 0.6,
      onproblem: vi.fn(),
      synth,
      Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    });
    speaker.say('Allô ? Bonsoir…');
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatchObject({
      text: 'Allô ? Bonsoir…',
      lang: 'fr-FR',
      rate: 1.1,
      pitch: 1.2,
      volume: 0.6,
    });
    expect((spoken[0]!.voice as { name: string }).name).toBe('Amélie');
    expect(voiceParams({ voice: undefined })).toEqual({ rate: 1, pitch: 1 });
  });

  it('stays silent when speech is off, and stops talking when switched off', () => {
    const { synth, spoken } = fakeSynth();
    const speaker = createSpeaker({
      caller,
      enabled: false,
      volume: 1,
      onproblem: vi.fn(),
      synth,
      Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    });
    speaker.say('Allô ?');
    expect(spoken).toHaveLength(0);
    speaker.configure({ enabled: true, volume: 1 });
    speaker.say('Allô ?');
    speaker.configure({ enabled: false, volume: 1 });
    expect(spoken).toHaveLength(1);
    expect(synth.cancel).toHaveBeenCalled();
  });

  it('tells once when the browser cannot speak, and goes on', () => {
    const onproblem = vi.fn();
    const speaker = createSpeaker({
      caller,
      enabled: true,
      volume: 1,
      onproblem,
      synth: undefined,
      Utterance: undefined,
    });
    speaker.say('Allô ?');
    speaker.say('Vous êtes là ?');
    expect(onproblem).toHaveBeenCalledTimes(1);
    expect(onproblem.mock.calls[0]![0]).toMatch(
      /^Son indisponible\s: le texte de l’appel reste affiché\. Pas de synthèse vocale/,
    );
  });

  it('reports a failed utterance but not a cancelled one', () => {
    const { synth, spoken } = fakeSynth();
    const onproblem = vi.fn();
    const speaker = createSpeaker({
      caller,
      enabled: true,
      volume: 1,
      onproblem,
      synth,
      Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    });
    speaker.say('Un');
    spoken[0]!.onerror!({ error: 'interrupted' });
    expect(onproblem).not.toHaveBeenCalled();
    speaker.say('Deux');
    spoken[1]!.onerror!({ error: 'not-allowed' });
    expect(onproblem).toHaveBeenCalledWith(
      typo(
        'Son indisponible : le texte de l’appel reste affiché. La synthèse vocale a échoué ; les répliques restent sous-titrées.',
      ),
    );
  });
});
