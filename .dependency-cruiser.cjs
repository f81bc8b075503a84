// @ts-check
/** Layers, lowest first: a module may import its own layer and any layer below it, never one above. */
const LAYERS = [
  "util",
  "text",
  "errors",
  "schema",
  "semantics",
  "messages",
  "validate",
  "records",
  "door",
  "compile",
  "load",
  "evaluate",
  "gaps",
  "explain",
  "inputs",
  "cohort",
  "afterRound",
  "diff",
  "check",
  "lint",
  "review",
  "policyTests",
  "engines",
  "sheets",
  "cli",
];

/** @type {import("dependency-cruiser").IForbiddenRuleType[]} */
const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} is below ${LAYERS.slice(index + 1).join(", ")}; it must not import them (type-only imports included)`,
  severity: "error",
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(index + 1).join("|")})/` },
}));

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycles, type-only ones included (add viaOnly: { dependencyTypesNot: ['type-only'] } to the `to` to allow cycles closed only by `import type`)",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: "no-entry-imports",
      comment: "Nothing imports the entry points (src/index.ts, */index.ts, cli/main.ts)",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^src/(index|[^/]+/index|cli/main)\\.ts$" },
    },
    { name: "not-to-test", severity: "error", from: { path: "^src/" }, to: { path: "^test/" } },
    {
      name: "not-to-dev-dep",
      comment: "src/ ships: it may use only dependencies, node: builtins and its own rules/ JSON",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    // a peer dependency (json-rules-engine, optional) is in package.json too, though dependency-cruiser also calls it npm-no-pkg
    {
      name: "no-non-package-json",
      severity: "error",
      from: {},
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown", "unknown", "undetermined"], dependencyTypesNot: ["npm-peer"] },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true, // see `import type` edges too
    doNotFollow: { path: ["node_modules"] },
    exclude: { path: ["^dist/", "^docs/"] },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], mainFields: ["module", "main", "types", "typings"] },
    cache: { folder: "node_modules/.cache/dependency-cruiser", strategy: "content" },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
