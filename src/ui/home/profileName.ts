/** Checks a new profile's name before it reaches the storage. Pure; French messages. */
import type { Profile } from '../../storage/index.ts';
import { once } from '../shared/once.ts';
import { fr } from './strings.ts';

export const MAX_PROFILE_NAME = 80;

const collator = once(() => new Intl.Collator('fr', { sensitivity: 'base' }));

/** `null` when the name can be used, else why not (French). */
export function profileNameProblem(name: string, existing: readonly Pick<Profile, 'name'>[]): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return fr.nameEmpty;
  if (trimmed.length > MAX_PROFILE_NAME) return fr.nameTooLong;
  const taken = existing.find((p) => collator().compare(p.name.trim(), trimmed) === 0);
  if (taken) return fr.nameTaken(taken.name);
  return null;
}
