/** The built-in packs, validated at build time by scripts/vite-plugin-content.ts. */
declare module 'virtual:decroche-content' {
  type ScenarioSummary = import('./scenarios/summary.ts').ScenarioSummary;

  /** A built-in pack that has valid scenarios. */
  export interface ContentPack {
    id: string;
    title: string;
    description?: string;
    /** Ids of the pack's valid scenarios, in pack order. */
    scenarios: string[];
  }
  export const packs: readonly ContentPack[];
  /** One per valid scenario of every built-in pack, in pack order. */
  export const scenarios: readonly ScenarioSummary[];
  export { loaders } from 'virtual:decroche-content/loaders';
}

/** The loaders alone, for the call screen (it has no use for the summaries). */
declare module 'virtual:decroche-content/loaders' {
  type CallBundle = import('./scenarios/schema.ts').CallBundle;

  /**
   * Scenario id → loads that scenario's bundle without its notes (a module of its own, fetched
   * on demand). A scenario with recorded lines has `bundle.audio`: line text → the clip's URL
   * (a hashed asset).
   */
  export const loaders: ReadonlyMap<string, () => Promise<CallBundle>>;
}

/** The notes' loaders, a module apart: a page imports it on demand, when it needs notes. */
declare module 'virtual:decroche-content/notes-loaders' {
  type ScenarioNotes = import('./scenarios/schema.ts').ScenarioNotes;

  /** Scenario id → loads its debrief notes and model transcript (a module of their own). */
  export const notes: ReadonlyMap<string, () => Promise<ScenarioNotes>>;
}
