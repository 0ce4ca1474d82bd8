import { describe, expect, it } from 'vitest';
import {
  audioOf,
  clipData,
  clipFileProblem,
  MAX_CLIPS,
  readClips,
  setAudio,
  withClip,
  withoutClip,
} from './clips.ts';
import { exportPack, readPack } from './packFile.ts';
import { blankDraft } from './sources.ts';
import { checkDraft } from './validate.ts';

const LINE = 'Bonjour, je voudrais prendre rendez-vous, s’il vous plaît.';
/** A tiny valid WAV header and a few samples, base64. */
const WAV = clipData('voix.wav', btoa('RIFF\u0024\u0000\u0000\u0000WAVEfmt ' + 'x'.repeat(40)));
const mainText = (d: { files: { path: string; text: string }[]; main: string }) =>
  d.files.find((f) => f.path === d.main)!.text;

describe('recorded lines in a draft', () => {
  it('refuse a file of another format, too large, or one too many, in French', () => {
    expect(clipFileProblem('voix.aiff', 1000, 0)).toMatch(
      /extension « \.aiff » non permise : un fichier \.mp3, \.ogg, \.wav ou \.m4a est attendu/,
    );
    expect(clipFileProblem('voix', 1000, 0)).toMatch(/extension manquante/);
    expect(clipFileProblem('long.mp3', 400 * 1024, 0)).toMatch(
      /^L’enregistrement « long\.mp3 » est trop volumineux \(400 Ko\) : la limite est de 300 Ko par réplique/,
    );
    expect(clipFileProblem('ok.mp3', 300 * 1024, MAX_CLIPS)).toMatch(/déjà 40 enregistrements/);
    expect(clipFileProblem('ok.MP3', 300 * 1024, 0)).toBeUndefined();
  });

  it('write the scenario’s audio map and keep the file; a removed line takes its file away', async () => {
    const draft = await blankDraft(new Set());
    const withOne = withClip(draft, LINE, 'accueil.wav', WAV);
    expect(audioOf(mainText(withOne))).toEqual({
      [LINE]: 'audio/bonjour-je-voudrais-prendre-rendez-vous.wav',
    });
    expect(withOne.clips).toEqual([{ path: 'audio/bonjour-je-voudrais-prendre-rendez-vous.wav', data: WAV }]);
    // The rest of the file is as the trainer wrote it.
    expect(mainText(withOne).startsWith(mainText(draft).trimEnd())).toBe(true);
    const checked = checkDraft(withOne);
    expect(checked.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(checked.bundle?.audio).toEqual({ [LINE]: WAV });

    const replaced = withClip(withOne, LINE, 'autre.mp3', clipData('autre.mp3', 'AAAA'));
    expect(replaced.clips?.map((c) => c.path)).toEqual(['audio/bonjour-je-voudrais-prendre-rendez-vous.mp3']);
    const none = withoutClip(replaced, LINE);
    expect(none.clips).toEqual([]);
    expect(audioOf(mainText(none))).toEqual({});
    expect(mainText(none)).toBe(mainText(draft));
  });

  it('report a line without its file, on the line, as the CLI reports a pack folder', async () => {
    const draft = withoutClipFile(withClip(await blankDraft(new Set()), LINE, 'a.wav', WAV));
    const errors = checkDraft(draft).errors.filter((e) => e.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        path: `audio["${LINE}"]`,
        message: expect.stringMatching(/l’enregistrement « audio\/.*\.wav » est introuvable/),
        line: expect.any(Number),
      }),
    ]);
    expect(checkDraft(draft).bundle).toBeUndefined();
  });

  it('replace an audio map written by hand, flow or block', () => {
    const text = 'id: x\naudio: { "a": audio/a.mp3 }\nnodes: {}\n';
    expect(setAudio(text, { b: 'audio/b.mp3' })).toBe('id: x\nnodes: {}\naudio:\n  "b": "audio/b.mp3"\n');
    const block = 'id: x\naudio:\n  "a": audio/a.mp3\n  "c": audio/c.mp3\nnodes: {}\n';
    expect(setAudio(block, {})).toBe('id: x\nnodes: {}\n');
  });

  it('travel in the pack file, and a hostile clip is refused in French', async () => {
    const draft = withClip(await blankDraft(new Set()), LINE, 'accueil.wav', WAV);
    const read = readPack(exportPack(draft));
    expect(read).toEqual({ ok: true, draft });
    const pack = JSON.parse(exportPack(draft)) as { clips: { path: string; data: string }[] };
    const hostile = (clip: unknown) => readPack(JSON.stringify({ ...pack, clips: [clip] }));
    expect(hostile({ path: '../../etc/passwd.mp3', data: WAV })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/Enregistrement n° 1/)],
    });
    expect(hostile({ path: 'audio/x.wav', data: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/pas un fichier audio du format de son nom/)],
    });
    expect(hostile({ path: 'audio/x.mp3', data: WAV })).toMatchObject({ ok: false });
    expect(
      hostile({ path: 'audio/x.wav', data: `data:audio/wav;base64,${'A'.repeat(500 * 1024)}` }),
    ).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/trop volumineux/)],
    });
    expect(readPack(JSON.stringify({ ...pack, clips: 'x' }))).toMatchObject({ ok: false });
    expect(readClips(Array.from({ length: MAX_CLIPS + 1 }, () => ({})))).toMatchObject({ ok: false });
  });
});

function withoutClipFile<T extends { clips?: unknown[] }>(draft: T): T {
  return { ...draft, clips: [] };
}
