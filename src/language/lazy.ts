/**
 * A table built on first use, then kept. The analyser's scanners and long patterns are built
 * this way so that loading the call page builds none of them (Lighthouse's total blocking time):
 * they are built when the first line is read.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
