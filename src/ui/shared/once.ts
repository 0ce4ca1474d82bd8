/**
 * A value made the first time it is asked for, then kept. For `Intl` formatters in the modules of
 * the first download: the first one of a page loads the locale's data, a few milliseconds of the
 * entry's evaluation on a phone that the call page does not need (DESIGN §12: TBT, LCP).
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
