import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { materializePack } from '../../../tests/fixtures/packs/packs.ts';
import { captureCli } from '../testing.ts';
import { run } from './list.ts';

const { out, err } = captureCli();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));
function contentDir(...args: Parameters<typeof materializePack>) {
  const made = materializePack(...args);
  cleanups.push(made.remove);
  return join(made.dir, '..');
}

describe('decroche list', () => {
  it('prints the built-in scenarios as JSON', async () => {
    expect(await run(['--json'], contentDir())).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([
      {
        id: 'rdv-simple',
        title: 'Un rendez-vous simple',
        callerType: 'anxious',
        difficulty: 1,
        practice: 'cabinet-essai',
      },
    ]);
  });

  it('prints a French table', async () => {
    expect(await run([], contentDir())).toBe(0);
    expect(out.join('\n').split('\n')).toEqual([
      'Identifiant  Titre                  Type d’appelant  Difficulté  Cabinet',
      'rdv-simple   Un rendez-vous simple  anxieux          1/5         cabinet-essai',
    ]);
  });

  it('lists what is valid, reports what is not, and exits 1', async () => {
    expect(await run(['--json'], contentDir('broken-reference'))).toBe(1);
    expect(JSON.parse(out.join('\n'))).toEqual([]);
    expect(err[0]).toMatch(
      /^content\/essai\/scenarios\/rdv-simple\.yaml:24 › nodes\.accueil\.on\[0\]\.goto : le nœud « reformuler »/,
    );
  });

  it('exits 2 on unknown arguments', async () => {
    expect(await run(['--csv'])).toBe(2);
    expect(err).toEqual(['Option inconnue : « --csv ».', 'Usage : decroche list [--json]']);
  });
});
