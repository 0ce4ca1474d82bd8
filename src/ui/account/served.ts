/** Whether a team server served this page: it marks the page it serves (src/server/app.ts). */
export function servedByTeamServer(doc: Document | undefined = globalThis.document): boolean {
  return !!doc?.querySelector('meta[name="decroche-server"]');
}
