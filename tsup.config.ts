import { readFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";

/**
 * The rule files and JSON Schemas the code imports are embedded as text, not as object literals:
 * loading the package only scans the strings, and each file is parsed when first used
 * (`embeddedJson`).
 */
const jsonAsText: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "json-as-text",
  setup(build) {
    build.onLoad({ filter: /[\\/]rules[\\/].*\.json$/ }, async (args) => ({
      contents: `export default ${JSON.stringify(JSON.stringify(JSON.parse(await readFile(args.path, "utf8"))))};`,
      loader: "js",
    }));
  },
};

// The main entry and one entry per subpath (package.json "exports"); shared code is split into
// chunks, so the main entry loads neither zod nor json-rules-engine.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      schema: "src/schema/index.ts",
      "policy-tests": "src/policyTests/index.ts",
      review: "src/review/index.ts",
      reference: "src/compile/reference.ts",
      "json-rules-engine": "src/engines/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    target: "node20",
    treeshake: true,
    esbuildPlugins: [jsonAsText],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["cjs"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node20",
    esbuildPlugins: [jsonAsText],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
