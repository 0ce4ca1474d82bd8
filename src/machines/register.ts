/**
 * The register owed to the caller. A child on the line is addressed with « tu »: for a caller
 * younger than `CHILD_UNTIL_AGE`, a familiarity act that is only a tutoiement (« tu », « te »,
 * « ton »…) is no fault, neither for the caller's mood nor on the scorecard. Familiar words
 * (« t'inquiète », « ma belle ») stay faults whoever calls.
 */
import type { Act } from '../language/labels.ts';

export const CHILD_UNTIL_AGE = 13;
const TUTOIEMENT = /^(?:tu|te|t|toi|ton|ta|tes)$/;

export function isChild(caller: { age: number }): boolean {
  return caller.age < CHILD_UNTIL_AGE;
}

/** The acts of a line, without the tutoiement read as familiarity when the caller is a child. */
export function actsForCaller<A extends Act>(acts: readonly A[], text: string, caller: { age: number }): A[] {
  if (!isChild(caller)) return [...acts];
  return acts.filter((a) => {
    if (a.type !== 'familiarity') return true;
    const word = text
      .slice(a.span[0], a.span[1])
      .toLowerCase()
      .replace(/['’]\s*$/, '')
      .trim();
    return !TUTOIEMENT.test(word);
  });
}
