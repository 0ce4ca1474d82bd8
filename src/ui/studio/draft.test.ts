import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../scenarios/errors.ts';
import { asDraft, freeId, readField, slug, withFile } from './draft.ts';
import { blankDraft, copyBuiltin } from './sources.ts';
import { checkDraft } from './validate.ts';

describe('studio drafts', () => {
  it('copies a built-in scenario into a valid draft under a new id', async () => {
    const draft = await copyBuiltin('fievre-enfant-fin-de-journee', new Set());
    expect(draft.id).toBe('fievre-enfant-fin-de-journee-copie');
    expect(draft.main).toBe('scenarios/fievre-enfant-fin-de-journee-copie.yaml');
    expect(draft.files.map((f) => f.path).sort()).toEqual([
      'callers/camille-berthier.yaml',
      'pack.yaml',
      'practices/pediatrie-du-canal.yaml',
      'scenarios/fievre-enfant-fin-de-journee-copie.yaml',
    ]);
    const checked = checkDraft(draft);
    expect(hasErrors(checked.errors)).toBe(false);
    expect(checked.bundle?.scenario.id).toBe(draft.id);
    // Comments of the trainer's source survive the renaming.
    const text = draft.files.find((f) => f.path === draft.main)!.text;
    expect(text).toContain('# Parent inquiet');
    expect(text).toContain('skills: [empathy, reformulation, orientation, closing]');
  });

  it('never reuses a taken id', async () => {
    const draft = await copyBuiltin(
      'fievre-enfant-fin-de-journee',
      new Set(['fievre-enfant-fin-de-journee-copie']),
    );
    expect(draft.id).toBe('fievre-enfant-fin-de-journee-copie-2');
    expect(freeId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });

  it('starts from a blank template that is valid', async () => {
    const draft = await blankDraft(new Set());
    const checked = checkDraft(draft);
    expect(checked.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(checked.bundle).toBeDefined();
  });

  it('reports an edit with its line and French message, and the title follows the source', async () => {
    const draft = await blankDraft(new Set());
    const text = draft.files.find((f) => f.path === draft.main)!.text;
    const broken = withFile(
      draft,
      draft.main,
      text.replace('goto: fin', 'goto: nulle-part').replace('"Nouveau scénario"', '"Mon appel"'),
    );
    expect(broken.title).toBe('Mon appel');
    const error = checkDraft(broken).errors.find((e) => e.code === 'reference');
    expect(error?.message).toContain('nulle-part');
    expect(error?.line).toBe(
      broken.files
        .find((f) => f.path === draft.main)!
        .text.split('\n')
        .findIndex((l) => l.includes('nulle-part')) + 1,
    );
    expect(checkDraft(broken).bundle).toBeUndefined();
  });

  it('reads back only what is a draft', async () => {
    const draft = await blankDraft(new Set());
    expect(asDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    expect(asDraft({ ...draft, main: 'ailleurs.yaml' })).toBeUndefined();
    expect(asDraft('texte')).toBeUndefined();
    expect(slug('Écho — agenda complet !')).toBe('echo-agenda-complet');
    expect(readField('title: "x"', 'title')).toBe('x');
  });
});

describe('checking a draft with a cache', () => {
  it('gives the same problems as without, and sees an edit of a cached file', async () => {
    const draft = await copyBuiltin('fievre-enfant-fin-de-journee', new Set());
    const cache = new Map();
    checkDraft(draft, cache);
    const practice = draft.files.find((f) => f.path.startsWith('practices/'))!;
    const broken = withFile(
      draft,
      practice.path,
      practice.text.replace(/^schemaVersion: 1$/m, 'schemaVersion: 9'),
    );
    const cached = checkDraft(broken, cache).errors;
    expect(cached.some((e) => e.file === practice.path && e.severity === 'error')).toBe(true);
    expect(cached).toEqual(checkDraft(broken).errors);
    expect(checkDraft(draft, cache).errors).toEqual(checkDraft(draft).errors);
  });
});
