import { describe, expect, it } from 'vitest';
import { withFile, type Draft } from './draft.ts';
import { exportPack, MAX_PACK_FILE_BYTES, readPack, sizeProblem, PACK_FORMAT } from './packFile.ts';
import { copyBuiltin } from './sources.ts';
import { Trial, goldenOf } from './trial.ts';
import { checkDraft } from './validate.ts';

async function draftWithGolden(): Promise<Draft> {
  const draft = await copyBuiltin('fievre-enfant-fin-de-journee', new Set());
  const trial = new Trial(checkDraft(draft).bundle!, 'relais', 'calm');
  trial.say('Merci, au revoir.');
  trial.hangUp();
  trial.stop();
  return { ...draft, golden: [goldenOf('Au revoir', checkDraft(draft).bundle!, trial)] };
}

const packWith = (change: (pack: Record<string, unknown>) => void, base: string) => {
  const pack = JSON.parse(base) as Record<string, unknown>;
  change(pack);
  return JSON.stringify(pack);
};

describe('exported packs', () => {
  it('round-trip: the same files and golden scripts, checked', async () => {
    const draft = await draftWithGolden();
    const read = readPack(exportPack(draft));
    expect(read).toEqual({ ok: true, draft });
  });

  it('refuse what is not a pack, in French', () => {
    expect(readPack('<script>alert(1)</script>')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/pas du JSON/)],
    });
    expect(readPack('{"format":"autre"}')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/« format »/)],
    });
    expect(readPack('[]')).toMatchObject({ ok: false });
    expect(readPack('null')).toMatchObject({ ok: false });
  });

  it('refuse a huge file before reading it, and a huge text', () => {
    expect(sizeProblem(MAX_PACK_FILE_BYTES + 1)).toMatch(/au plus/);
    expect(sizeProblem(1000)).toBeUndefined();
    const huge = JSON.stringify({ format: PACK_FORMAT, version: 1, pad: 'x'.repeat(MAX_PACK_FILE_BYTES) });
    expect(readPack(huge)).toMatchObject({ ok: false, errors: [expect.stringMatching(/Ko/)] });
  });

  it('refuse deeply nested JSON and YAML without crashing', async () => {
    const deepJson = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(readPack(deepJson).ok).toBe(false);
    const draft = await draftWithGolden();
    const deepYaml = `${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    const read = readPack(exportPack(withFile(draft, draft.main, deepYaml)));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.join('\n')).toMatch(/imbriqu|profond/i);
  });

  it('refuse a YAML alias bomb', async () => {
    const draft = await draftWithGolden();
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    const read = readPack(exportPack(withFile(draft, draft.main, bomb)));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.join('\n')).toMatch(/alias/i);
  });

  it('refuse prototype-pollution keys in the JSON and in the YAML, and pollute nothing', async () => {
    const draft = await draftWithGolden();
    const base = exportPack(draft);
    const proto = base.replace('"format"', '"__proto__": { "polluted": true }, "format"');
    readPack(proto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const text = draft.files.find((f) => f.path === draft.main)!.text;
    const read = readPack(exportPack(withFile(draft, draft.main, `${text}\n__proto__:\n  polluted: true\n`)));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.join('\n')).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuse HTML in text fields and broken references, saying where in French', async () => {
    const draft = await draftWithGolden();
    const text = draft.files.find((f) => f.path === draft.main)!.text;
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const withHtml = readPack(
      exportPack(withFile(draft, draft.main, text.replace(/^title: .*$/m, `title: '${html}'`))),
    );
    expect(withHtml).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/erreurs/), expect.stringMatching(/› title : balise HTML « <img /)],
    });
    const broken = readPack(
      exportPack(withFile(draft, draft.main, text.replace('goto: motif', 'goto: nulle-part'))),
    );
    expect(broken).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/erreurs/), expect.stringMatching(/« nulle-part » n’existe pas/)],
    });
    // A placeholder named like a property every object has: a French error, not a crash.
    const inherited = readPack(
      exportPack(withFile(draft, draft.main, text.replace(/^title: .*$/m, 'title: "Pour {toString}"'))),
    );
    expect(inherited).toMatchObject({
      ok: false,
      errors: [
        expect.stringMatching(/erreurs/),
        expect.stringMatching(/la variable « \{toString\} » n’existe pas/),
      ],
    });
  });

  it('refuse paths out of the pack and malformed golden scripts', async () => {
    const base = exportPack(await draftWithGolden());
    const escape = packWith((p) => ((p.files as { path: string }[])[0]!.path = '../../etc/passwd'), base);
    expect(readPack(escape)).toMatchObject({ ok: false, errors: [expect.stringMatching(/chemin/)] });
    const badGolden = packWith(
      (p) => ((p.golden as { script: unknown }[])[0]!.script = { steps: [{ do: 'voler' }] }),
      base,
    );
    expect(readPack(badGolden)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/Script doré n° 1 : Script invalide/)],
    });
  });
});
