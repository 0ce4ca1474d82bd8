import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BROKEN_VARIANTS,
  materializePack,
  VALID_DIR,
  validText,
  type BrokenVariant,
} from '../../../tests/fixtures/packs/packs.ts';
import { captureCli } from '../testing.ts';
import { run } from './validate.ts';

const { out, err } = captureCli();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));
function pack(variant?: BrokenVariant, extra?: Record<string, string>) {
  const made = materializePack(variant, extra);
  cleanups.push(made.remove);
  return made.dir;
}

/** What `validate` must say about each broken variant: file, line, path and culprit. */
const EXPECTED: Record<BrokenVariant, string> = {
  'broken-reference':
    'scenarios/rdv-simple.yaml:24 › nodes.accueil.on[0].goto : le nœud « reformuler » n’existe pas',
  'unreachable-node': 'scenarios/rdv-simple.yaml:35 › nodes.oubli : le nœud « oubli » n’est jamais atteint',
  'missing-field': 'callers/mme-essai.yaml:2 › patience : le champ « patience » est obligatoire',
  'invalid-yaml': 'scenarios/rdv-simple.yaml:38 : YAML invalide',
  'invalid-json': 'callers/m-json.json:15 : JSON invalide : nom de champ entre guillemets doubles attendu',
  'wrong-file-name':
    'callers/appelant.yaml:3 › id : l’identifiant « m-autre » ne correspond pas au nom du fichier « appelant.yaml »',
  'proto-key': 'scenarios/rdv-simple.yaml:35 › nodes.fin.__proto__ : clé interdite « __proto__ »',
};

describe('decroche validate', () => {
  it('accepts the valid pack with a French summary', async () => {
    expect(await run([VALID_DIR])).toBe(0);
    expect(out).toEqual(['✓ 1 scénario, 1 cabinet, 1 appelant valides']);
  });

  it('accepts one valid file', async () => {
    expect(await run([join(VALID_DIR, 'scenarios', 'rdv-simple.yaml')])).toBe(0);
    expect(out).toEqual(['✓ 1 scénario valide']);
  });

  it.each(BROKEN_VARIANTS)(
    'fails on the « %s » pack, naming file, line, path and culprit',
    async (variant) => {
      const dir = pack(variant);
      expect(await run([dir])).toBe(1);
      const shown = relative(process.cwd(), dir).split(/[\\/]/).join('/');
      expect(out.at(-1)).toBe('✗ 1 erreur');
      expect(out[0]).toContain(`${shown}/${EXPECTED[variant]}`);
    },
  );

  it('fails on an oversized file', async () => {
    const dir = pack(undefined, { 'scenarios/enorme.yaml': `# ${'x'.repeat(520 * 1024)}` });
    expect(await run([dir])).toBe(1);
    expect(out[0]).toMatch(
      /scenarios\/enorme\.yaml : fichier trop volumineux \(521 Ko\) : la limite est de 512 Ko par fichier$/,
    );
  });

  it('fails on one broken file of a pack, without reporting the pack’s other files', async () => {
    const dir = pack('wrong-file-name');
    expect(await run([join(dir, 'scenarios', 'rdv-simple.yaml')])).toBe(0);
    expect(await run([join(dir, 'callers', 'appelant.yaml')])).toBe(1);
    expect(out.filter((line) => line.includes('appelant.yaml'))).toHaveLength(1);
  });

  it('prints warnings without failing', async () => {
    const scenario = validText('scenarios/rdv-simple.yaml').replace(
      'outcomes:\n',
      'outcomes:\n  oubliee:\n    label: Jamais donnée\n    verdict: wrong\n    reason: Personne ne la donne.\n',
    );
    const dir = pack(undefined, { 'scenarios/rdv-simple.yaml': scenario });
    expect(await run([dir])).toBe(0);
    expect(out[0]).toMatch(
      /scenarios\/rdv-simple\.yaml:\d+ › outcomes\.oubliee \(avertissement\) : l’issue « oubliee » n’est jamais donnée/,
    );
    expect(out.at(-1)).toBe('✓ 1 scénario, 1 cabinet, 1 appelant valides (1 avertissement)');
  });

  it('validates every pack of a content folder', async () => {
    const dir = pack();
    expect(await run([join(dir, '..')])).toBe(0);
    expect(out).toEqual(['✓ 1 scénario, 1 cabinet, 1 appelant valides']);
  });

  it('exits 2 on usage errors, in French', async () => {
    expect(await run([])).toBe(2);
    expect(await run(['a', 'b'])).toBe(2);
    expect(await run(['/nulle/part'])).toBe(2);
    expect(err.join('\n')).toContain('« /nulle/part » : fichier ou dossier introuvable.');
    expect(await run([join(VALID_DIR, '..', '..')])).toBe(2);
    expect(err.at(-1)).toContain('aucun pack trouvé');
    expect(out).toEqual([]);
  });
});
