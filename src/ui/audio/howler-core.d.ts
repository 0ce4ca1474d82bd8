/**
 * howler's core alone (its `src/howler.core.js`, without the spatial-audio plugin the package's
 * main file adds): the same `Howl` and `Howler`, lighter for the call screen (DESIGN §12).
 */
declare module 'howler/src/howler.core.js' {
  export { Howl, Howler } from 'howler';
}
