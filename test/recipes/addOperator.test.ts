import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tinyRulebookJson } from "../support/tinyRulebook.js";

/**
 * CONTRIBUTING.md's recipe "Add an operator", followed on a copy of the sources: a throwaway
 * operator `divisibleBy` is written in a file of its own and listed in the registry — the two
 * extension points the recipe names — and nothing else is touched. The copy is bundled and used:
 * a rule file naming the operator loads, evaluates three-valued (walked and generated), shows in
 * the reference and runs in json-rules-engine.
 */
const root = join(import.meta.dirname, "..", "..");
let work = "";
type Library = typeof import("../../src/index.js");
type Reference = typeof import("../../src/compile/reference.js");
type Engines = typeof import("../../src/engines/index.js") & { Rule: typeof import("json-rules-engine").Rule };
let library: Library;
let reference: Reference;
let engines: Engines;

/** Step 1 of the recipe: its message in both languages, in the operators' part of the catalog. */
const MESSAGE_LINE = `  "divisibleBy.notWhole": defineMessage({ en: () => "divisibleBy takes a whole number above 0", zh: () => "整除条件（\`divisibleBy\`）的取值应为正整数" }),`;

/** Step 2 of the recipe: the operator in its own file, made with `defineOperator`. */
const OPERATOR_FILE = `import { raise } from "../../messages/issueOf.js";
import { FALSE, TRUE } from "../context.js";
import { defineOperator } from "./types.js";

/** A number divisible by the rule's value (a throwaway operator, made by the recipe test). */
export const divisibleBy = defineOperator<number>({
  doc: {
    meaning: { zh: "能被该数整除", en: "divisible by the value" },
    value: { zh: "正整数", en: "a whole number above 0" },
    suits: ["number"],
    example: { fact: "logisticsServiceYears", operator: "divisibleBy", value: 2 },
  },
  prepare(value, scope) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
      raise("bad_value", ["value"], "divisibleBy.notWhole", {}, { ruleId: scope.ruleId });
    }
    return value;
  },
  test: (fact, arg) => (typeof fact === "number" && fact % arg === 0 ? TRUE : FALSE),
});
`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "award-rules-recipe-"));
  cpSync(join(root, "src"), join(work, "src"), { recursive: true });
  cpSync(join(root, "rules"), join(work, "rules"), { recursive: true });
  // json-rules-engine is an optional peer the engines load when first needed, from beside the bundle
  symlinkSync(join(root, "node_modules"), join(work, "node_modules"), "dir");
  const catalog = join(work, "src", "messages", "catalog", "operators.ts");
  const catalogText = readFileSync(catalog, "utf8");
  const withMessage = catalogText.replace("export const OPERATOR_MESSAGES = {\n", `export const OPERATOR_MESSAGES = {\n${MESSAGE_LINE}\n`);
  expect(withMessage, "the catalog still reads as the recipe describes it").not.toBe(catalogText);
  writeFileSync(catalog, withMessage);
  writeFileSync(join(work, "src", "compile", "operators", "divisibleBy.ts"), OPERATOR_FILE);
  // Step 3 of the recipe: import it in src/compile/operators/index.ts and list it in OPERATORS
  const registry = join(work, "src", "compile", "operators", "index.ts");
  const text = readFileSync(registry, "utf8");
  const listed = text
    .replace(
      'import { withinRoundWindow } from "./withinRoundWindow.js";',
      'import { withinRoundWindow } from "./withinRoundWindow.js";\nimport { divisibleBy } from "./divisibleBy.js";',
    )
    .replace("  withinRoundWindow,\n});", "  withinRoundWindow,\n  divisibleBy,\n});");
  expect(listed, "the registry still reads as the recipe describes it").not.toBe(text);
  writeFileSync(registry, listed);
  // one bundle, so the rulebook one part compiles is one the others recognise
  writeFileSync(
    join(work, "entry.ts"),
    [
      'export * from "./src/index.ts";',
      'export { OPERATORS } from "./src/compile/reference.ts";',
      'export { createJsonRulesEngine, toJsonRulesEngineConditions } from "./src/engines/index.ts";',
      'export { Rule } from "json-rules-engine";',
    ].join("\n"),
  );
  await build({
    entryPoints: [join(work, "entry.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: join(work, "bundle.mjs"),
    nodePaths: [join(root, "node_modules")],
    logLevel: "error",
  });
  const bundle = (await import(pathToFileURL(join(work, "bundle.mjs")).href)) as Library & Reference & Engines & { Rule: typeof import("json-rules-engine").Rule };
  library = bundle;
  reference = bundle;
  engines = bundle;
}, 60_000);

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

const tree = {
  id: "even",
  label: { zh: "偶数年", en: "even years" },
  source: { document: "000", clause: "§test" },
  fact: "logisticsServiceYears",
  operator: "divisibleBy",
  value: 2,
};
/** A record with this many full years in logistics on the as-of date (none: the start date not given). */
const record = (years: number | undefined): Record<string, unknown> => ({
  id: "R-1",
  attestations: { req: "met", aud: "met" },
  ...(years === undefined ? {} : { logisticsStartDate: `${2026 - years}-01-01` }),
});
const asOf = { asOf: "2026-11-26" };

describe("recipe: add an operator (CONTRIBUTING.md)", () => {
  test("a rule file naming it loads and evaluates three-valued, walked and generated alike", () => {
    for (const generateCode of [false, true]) {
      const compiled = library.loadRulebook(tinyRulebookJson(tree), { generateCode });
      // past the calls after which code is generated
      for (let call = 0; call < 40; call += 1) library.evaluate(compiled, record(4), asOf);
      const status = (years: number | undefined) => library.evaluate(compiled, record(years), asOf).categories[0]!.levels[0]!.status;
      expect([status(4), status(3), status(undefined)]).toEqual(["pass", "fail", "unknown"]);
    }
  });

  test("its value is checked when the rule file loads", () => {
    const result = library.safeLoadRulebook(tinyRulebookJson({ ...tree, value: 0 }));
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]).toMatchObject({
        code: "bad_value",
        ruleId: "even",
        messageId: "divisibleBy.notWhole",
        message: "divisibleBy takes a whole number above 0",
        zh: "整除条件（`divisibleBy`）的取值应为正整数",
      });
  });

  test("it is in the reference, with its documentation", () => {
    expect(reference.OPERATORS.divisibleBy?.doc.meaning.zh).toBe("能被该数整除");
  });

  test("json-rules-engine runs it", async () => {
    const compiled = library.loadRulebook(tinyRulebookJson(tree));
    const engine = engines.createJsonRulesEngine(compiled, record(6), asOf.asOf);
    engine.addRule(new engines.Rule({ conditions: engines.toJsonRulesEngineConditions(tree), event: { type: "even" } }));
    const { events } = await engine.run();
    expect(events.map((event) => event.type)).toEqual(["even"]);
  });
});
