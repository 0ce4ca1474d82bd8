/**
 * Whose attempts an export file holds: both formats name the exported profile near their start
 * (`"profile":{"name":"…"}`, before the attempts). Read from the file's first bytes, so that an
 * import goes to that trainee's profile instead of blending them into the current one.
 */

/** How many bytes of the file to read for its owner. */
export const OWNER_BYTES = 4096;

const PROFILE = /"profile"\s*:\s*\{\s*"name"\s*:\s*("(?:[^"\\]|\\.)*")/;

/** The profile name the file was exported from, or null when its start does not say. */
export function ownerOfExport(head: string): string | null {
  const match = PROFILE.exec(head);
  if (!match) return null;
  try {
    const name = JSON.parse(match[1]!) as string;
    return name.trim() || null;
  } catch {
    return null;
  }
}

/** Two profile names are the same trainee's when they match but for case and spaces. */
export function sameTrainee(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
  return norm(a) === norm(b);
}
