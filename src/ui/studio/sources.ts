/**
 * The YAML sources of the built-in packs, for « Copier » in the studio: fetched as text only when
 * the studio asks (each file a chunk of its own, never in the call screen's JS).
 */
import { freeId, makeDraft, readField, slug, type Draft } from './draft.ts';
import { BLANK_SCENARIO } from './template.ts';

const FILES = import.meta.glob<string>('/content/*/**/*.yaml', { query: '?raw', import: 'default' });

function fileOf(kind: 'scenarios' | 'practices' | 'callers', id: string) {
  const suffix = `/${kind}/${id}.yaml`;
  const key = Object.keys(FILES).find((path) => path.endsWith(suffix));
  return key === undefined ? undefined : FILES[key];
}

async function read(kind: 'scenarios' | 'practices' | 'callers', id: string): Promise<string> {
  const load = fileOf(kind, id);
  if (!load) throw new Error(`le fichier « ${kind}/${id}.yaml » est introuvable parmi les packs intégrés`);
  return load();
}

/** A draft copied from a built-in scenario, with its practice and caller. */
export async function copyBuiltin(scenarioId: string, taken: ReadonlySet<string>): Promise<Draft> {
  const scenario = await read('scenarios', scenarioId);
  const practiceId = readField(scenario, 'practice') ?? '';
  const callerId = readField(scenario, 'caller') ?? '';
  const [practice, caller] = await Promise.all([read('practices', practiceId), read('callers', callerId)]);
  const id = freeId(slug(`${scenarioId}-copie`), taken);
  const title = `${readField(scenario, 'title') ?? scenarioId} (copie)`;
  return makeDraft({
    id,
    title,
    scenario,
    practice: { id: practiceId, text: practice },
    caller: { id: callerId, text: caller },
  });
}

/** A draft from the blank template (with a built-in practice and caller to start from). */
export async function blankDraft(taken: ReadonlySet<string>): Promise<Draft> {
  const practiceId = readField(BLANK_SCENARIO, 'practice') ?? '';
  const callerId = readField(BLANK_SCENARIO, 'caller') ?? '';
  const [practice, caller] = await Promise.all([read('practices', practiceId), read('callers', callerId)]);
  return makeDraft({
    id: freeId('nouveau-scenario', taken),
    title: 'Nouveau scénario',
    scenario: BLANK_SCENARIO,
    practice: { id: practiceId, text: practice },
    caller: { id: callerId, text: caller },
  });
}
