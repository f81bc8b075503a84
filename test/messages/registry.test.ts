import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, test } from "vitest";
import config from "../../tsup.config.js";
import { catalog } from "../../src/messages/catalog.js";
import { isRegistered } from "../../src/messages/registry.js";

const root = join(import.meta.dirname, "..", "..");
/** The public entries (package.json "exports"), each bundled one function at a time. */
const ENTRIES: Record<string, string> = {
  "award-rules": "src/index.ts",
  "award-rules/review": "src/review/index.ts",
  "award-rules/policy-tests": "src/policyTests/index.ts",
  "award-rules/json-rules-engine": "src/engines/index.ts",
  "award-rules/reference": "src/compile/reference.ts",
  "the CLI": "src/cli/run.ts",
};
const catalogDir = join(root, "src", "messages", "catalog");
/** The text of a module without its comments (doc examples name ids the module does not word). */
const code = (path: string): string =>
  readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

/** Every group of the catalog: its name and the ids it holds. */
const groups = readdirSync(catalogDir).flatMap((file) => {
  const parts = readFileSync(join(catalogDir, file), "utf8").split(/export const (\w+_MESSAGES)\b/);
  const found: { name: string; ids: string[] }[] = [];
  for (let index = 1; index < parts.length; index += 2)
    found.push({ name: parts[index] ?? "", ids: [...(parts[index + 1] ?? "").matchAll(/^\s+"([\w.]+)":/gm)].map((match) => match[1] ?? "") });
  return found;
});
const registryText = code(join(root, "src", "messages", "coreMessages.ts"));
/** The groups the registry holds from the start (src/messages/coreMessages.ts). */
const core = new Set(groups.filter((group) => new RegExp(`\\.\\.\\.${group.name}\\b`).test(registryText)).map((group) => group.name));

describe("the message registry: a bundle carries the groups its functions word, and no other", () => {
  test("the groups were read: every id of the catalog is in one", () => {
    const ids = new Set(groups.flatMap((group) => group.ids));
    const catalogIds = Object.keys(catalog()).filter((id) => !/^(format|pattern|check)\./.test(id));
    expect(catalogIds.filter((id) => !ids.has(id) && !isRegistered(id))).toEqual([]);
    expect(core.size).toBeGreaterThan(5);
    expect(groups.length - core.size).toBeGreaterThan(5);
  });

  test("every public function's bundle registers the groups its code words (esbuild, as a page bundles it)", async () => {
    const missing: string[] = [];
    for (const [entry, file] of Object.entries(ENTRIES)) {
      const module = (await import(join(root, file))) as Record<string, unknown>;
      for (const name of Object.keys(module).filter((key) => typeof module[key] === "function")) {
        const result = await build({
          stdin: { contents: `import { ${name} } from "./${file}"; globalThis.used = ${name};`, resolveDir: root, loader: "ts" },
          bundle: true,
          write: false,
          metafile: true,
          format: "esm",
          platform: "neutral",
          mainFields: ["module", "main"],
          external: ["zod", "json-rules-engine", "fflate", "node:*"],
          plugins: (config as { esbuildPlugins?: Plugin[] }).esbuildPlugins ?? [],
          logLevel: "error",
        });
        const bundle = result.outputFiles[0]?.text ?? "";
        const registered = new Set([...bundle.matchAll(/registerMessages\(([^)]*)\)/g)].flatMap((match) => (match[1] ?? "").split(",").map((group) => group.trim())));
        const files = Object.keys(result.metafile.outputs[Object.keys(result.metafile.outputs)[0] ?? ""]?.inputs ?? {}).filter(
          (input) => input.startsWith("src/") && !input.startsWith("src/messages/"),
        );
        for (const input of files) {
          const text = code(join(root, input));
          const prefixes = [...text.matchAll(/`(\w+)\.\$\{/g)].map((match) => `${match[1]}.`);
          for (const group of groups) {
            if (core.has(group.name) || registered.has(group.name) || registered.has("catalog(")) continue;
            const worded = group.ids.find((id) => text.includes(`"${id}"`) || prefixes.some((prefix) => id.startsWith(prefix)));
            if (worded !== undefined) missing.push(`${entry} ${name}: ${input} words ${worded}, and ${group.name} is not registered`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  }, 120_000);
});
