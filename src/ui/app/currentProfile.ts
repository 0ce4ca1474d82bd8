/**
 * Which profile this browser used last, so a reload (in the middle of a call, say) keeps the
 * trainee where they were. Only an id, in localStorage: the records themselves live in
 * src/storage. Every access is guarded, since private browsing may refuse localStorage.
 */
const KEY = 'decroche.profile';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStore(): KeyValue | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberedProfileId(store: KeyValue | undefined = defaultStore()): string | null {
  try {
    return store?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberProfileId(id: string | null, store: KeyValue | undefined = defaultStore()): void {
  try {
    if (id === null) store?.removeItem(KEY);
    else store?.setItem(KEY, id);
  } catch {
    // Not remembered: the trainee picks their profile again after a reload.
  }
}
