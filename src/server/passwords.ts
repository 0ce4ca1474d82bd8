/** Passwords: argon2id (OWASP's parameters, @node-rs/argon2's defaults), never stored in clear. */
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of nothing, verified against when the email is unknown: the reply takes as long. */
let dummy: Promise<string> | undefined;

export async function checkPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await (dummy ??= hash('decroche-no-such-user')), password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
