import { describe, expect, it } from 'vitest';
import { fixtureFiles, validText } from '../../tests/fixtures/packs/packs.ts';
import { formatError } from './errors.ts';
import { loadBuiltinPacks } from './load.ts';
import { findMarkup } from './markup.ts';
import { parsePack } from './parse.ts';
import { parseDocument, isScalar, visit } from 'yaml';

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

  it('is refused in every text of every file, variations included, each at its path', () => {
    const withVariables = (text: string) =>
      text
        .replace('start: accueil', 'variables:\n  prenom: [Léo, Inès]\nstart: accueil')
        .replace('Bonjour, je voudrais un rendez-vous.', 'Bonjour, c’est pour {prenom}.');
    let fields = 0;
    // Unchanged files are read once.
    const cache = new Map();
    for (const file of fixtureFiles(undefined, {
      'scenarios/rdv-simple.yaml': withVariables(validText('scenarios/rdv-simple.yaml')),
    })) {
      if (!file.path.endsWith('.yaml')) continue;
      // Every string value of the file, one at a time, with a tag added to it.
      const doc = parseDocument(file.text);
      const paths: string[] = [];
      visit(doc, {
        Scalar(key, node, ancestors) {
          if (key === 'key' || typeof node.value !== 'string') return;
          const path = ancestors.flatMap((a) => ('key' in a && isScalar(a.key) ? [String(a.key.value)] : []));
          paths.push(path.join('.'));
        },
      });
      for (let i = 0; i < paths.length; i++) {
        const hostile = parseDocument(file.text);
        let n = 0;
        visit(hostile, {
          Scalar(key, node) {
            if (key === 'key' || typeof node.value !== 'string') return;
            if (n++ === i) node.value = `${node.value}<img src=x onerror=alert(1)>`;
          },
        });
        const { errors, bundles } = parsePack(fixtureFiles(undefined, { [file.path]: hostile.toString() }), {
          cache,
        });
        const markup = errors.filter((e) => e.code === 'markup' && e.file === file.path);
        expect(markup, `${file.path} › ${paths[i]}`).toHaveLength(1);
        expect(markup[0]!.message).toContain('balise HTML « <img src=x onerror=alert(1)> » refusée');
        // The pack's own file holds no scenario: its error fails the pack, not the scenario.
        if (file.path !== 'pack.yaml') expect(bundles, `${file.path} › ${paths[i]}`).toEqual([]);
        fields++;
      }
    }
    expect(fields).toBeGreaterThan(60);
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
