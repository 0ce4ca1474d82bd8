import { describe, expect, it } from 'vitest';
import { fixtureFiles, validText } from '../../tests/fixtures/packs/packs.ts';
import { formatError } from './errors.ts';
import { loadBuiltinPacks } from './load.ts';
import { findMarkup } from './markup.ts';
import { parsePack } from './parse.ts';

describe('HTML in a pack’s texts', () => {
  it('is refused in any text, with the file, the line, the path and a French reason', () => {
    const path = 'scenarios/rdv-simple.yaml';
    const text = validText(path).replace(/^title: .*$/m, 'title: "Rendez-vous <script>alert(1)</script>"');
    const result = parsePack(fixtureFiles(undefined, { [path]: text }));
    const markup = result.errors.filter((e) => e.code === 'markup');
    expect(markup).toHaveLength(1);
    expect(formatError(markup[0]!)).toMatch(
      /^scenarios\/rdv-simple\.yaml:\d+ › title : balise HTML « <script> » refusée/,
    );
    expect(result.bundles).toEqual([]);
  });

  it('finds tags, comments and event handlers, in values and keys, but not a lone « < »', () => {
    const hits = findMarkup({
      a: 'moins de 3 jours < 5 jours > 2',
      b: ['ok', '<img src=x onerror=alert(1)>'],
      c: { '<b>clé</b>': 'x', d: 'avant <!-- commentaire' },
      e: '</p>',
    });
    expect(hits.map((h) => h.path.join('.'))).toEqual(['b.1', 'c.<b>clé</b>', 'c.d', 'e']);
  });

  it('leaves the built-in scenarios alone', async () => {
    const { packs } = await loadBuiltinPacks();
    expect(packs.flatMap((p) => p.errors).filter((e) => e.code === 'markup')).toEqual([]);
  });
});
