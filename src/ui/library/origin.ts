/**
 * Which pack a playable bundle came from (a trainer's published pack, at a version, or a pack
 * imported in this browser): the attempt built from it records it (`pack` of an attempt), so an
 * attempt keeps the version it was played on. Built-in bundles have none.
 */
export interface PackOrigin {
  id: string;
  /** The published version; none for a pack imported from a file. */
  version?: number;
}

const origins = new WeakMap<object, PackOrigin>();

export function setPackOrigin(bundle: object, origin: PackOrigin): void {
  origins.set(bundle, origin);
}

export function packOriginOf(bundle: object): PackOrigin | undefined {
  return origins.get(bundle);
}
