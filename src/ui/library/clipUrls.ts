/**
 * The recorded lines of a scenario as a call plays them (`ScenarioBundle.audio`: line → URL),
 * from its `audio` map (line → clip path) and the clip files a pack carries (path → data URL):
 * an imported pack's in the library, a draft's in the studio. A line whose file is missing is
 * left to speech.
 */
export function clipUrls(
  audio: Readonly<Record<string, string>> | undefined,
  clips: Readonly<Record<string, string>> | undefined,
): Record<string, string> | undefined {
  if (!audio || !clips) return undefined;
  const urls = Object.entries(audio).flatMap(([line, path]) =>
    Object.hasOwn(clips, path) ? [[line, clips[path]!] as const] : [],
  );
  return urls.length > 0 ? Object.fromEntries(urls) : undefined;
}
