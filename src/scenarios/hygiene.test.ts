/** Pack files as a careless or hostile author leaves them: every problem named, with its line. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadPackFolder, parsePack } from './load.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the core pack, and its first scenario file. */
function copy() {
  const dir = mkdtempSync(join(tmpdir(), 'decroche-pack-'));
  dirs.push(dir);
  cpSync(join(CONTENT_DIR, 'core'), dir, { recursive: true });
  const name = readdirSync(join(dir, 'scenarios')).find((f) => f.endsWith('.yaml'))!;
  const path = join(dir, 'scenarios', name);
  return { dir, path, rel: `scenarios/${name}`, text: readFileSync(path, 'utf8') };
}
const titleLine = (text: string) => text.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
const errorsOf = async (dir: string, file: string) =>
  (await loadPackFolder(dir)).errors.filter((e) => e.file === file);

describe('pack files, text hygiene', () => {
  it('refuses a Latin-1 file with the line of its first invalid byte', async () => {
    const { dir, path, rel, text } = copy();
    const line = titleLine(text);
    const [before, after] = text.replace(/^title: .*$/m, 'title: "Fi@vre"').split('@');
    // « è » as Latin-1 writes it: one byte, 0xE8, that UTF-8 cannot read.
    writeFileSync(path, Buffer.concat([Buffer.from(before!), Buffer.from([0xe8]), Buffer.from(after!)]));
    const [error] = await errorsOf(dir, rel);
    expect(error).toMatchObject({ line, message: expect.stringMatching(/n’est pas en UTF-8/) });
  });

  it('refuses NUL in a title, at its line', async () => {
    const { dir, path, rel, text } = copy();
    const line = titleLine(text);
    writeFileSync(path, text.replace(/^title: "/m, 'title: "A\u0000'), 'utf8');
    const [error] = await errorsOf(dir, rel);
    expect(error).toMatchObject({ line, message: expect.stringMatching(/caractère interdit .*\(U\+0000/) });
  });

  it('refuses a lone surrogate in an imported pack text, at its line', () => {
    const { text, rel } = copy();
    const line = titleLine(text);
    const pack = parsePack([{ path: rel, text: text.replace(/^title: "/m, 'title: "A\ud800') }], {
      partial: true,
    });
    expect(pack.errors[0]).toMatchObject({ line, message: expect.stringMatching(/\(U\+D800/) });
  });

  it('reads a decomposed title as composed (NFC)', async () => {
    const { dir, path, text } = copy();
    writeFileSync(path, text.replace(/^title: .*$/m, 'title: "Fie\u0300vre"'), 'utf8');
    const pack = await loadPackFolder(dir);
    expect(pack.scenarios.map((s) => s.title)).toContain('Fièvre');
  });

  it('reports a symbolic link or a FIFO in a pack instead of skipping it', async () => {
    const { dir, path } = copy();
    symlinkSync(path, join(dir, 'scenarios', 'lien.yaml'));
    execFileSync('mkfifo', [join(dir, 'scenarios', 'tube.yaml')]);
    const pack = await loadPackFolder(dir);
    expect(pack.errors.find((e) => e.file === 'scenarios/lien.yaml')?.message).toMatch(
      /lien symbolique ignoré/,
    );
    expect(pack.errors.find((e) => e.file === 'scenarios/tube.yaml')?.message).toMatch(
      /pas un fichier ordinaire/,
    );
  });
});
