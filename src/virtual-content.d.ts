/** The built-in packs, validated at build time by scripts/vite-plugin-content.ts. */
declare module 'virtual:decroche-content' {
  type Practice = import('./scenarios/schema.ts').Practice;
  type Caller = import('./scenarios/schema.ts').Caller;
  type Scenario = import('./scenarios/schema.ts').Scenario;
  type ScenarioBundle = import('./scenarios/schema.ts').ScenarioBundle;

  /** A built-in pack with what its valid scenarios use. */
  export interface ContentPack {
    id: string;
    title: string;
    description?: string;
    practices: Practice[];
    callers: Caller[];
    scenarios: Scenario[];
  }
  export const packs: readonly ContentPack[];
  /** One per valid scenario of every built-in pack. */
  export const bundles: readonly ScenarioBundle[];
}
