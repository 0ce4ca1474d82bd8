/** The built-in packs, validated at build time by scripts/vite-plugin-content.ts. */
declare module 'virtual:decroche-content' {
  type ScenarioBundle = import('./scenarios/schema.ts').ScenarioBundle;
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
  /**
   * Scenario id → loads that scenario's bundle (a module of its own, fetched on demand). A
   * scenario with recorded lines has `bundle.audio`: line text → the clip's URL (a hashed asset).
   */
  export const loaders: ReadonlyMap<string, () => Promise<ScenarioBundle>>;
}
