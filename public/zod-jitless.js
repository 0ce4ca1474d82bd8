// Zod compiles its object parsers with `new Function` unless told not to, and probes for it when a
// schema is built. Under Décroche's CSP (no 'unsafe-eval') even that caught probe is reported as a
// violation, so zod is told to stay jitless before any module runs (zod reads this global config).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
