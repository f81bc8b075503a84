import { statSync } from "node:fs";
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { bundledRulebookIds } from "../load/bundled.js";
import { loadRulebook } from "../load/loadRulebook.js";
import { raise } from "../messages/issueOf.js";
import { messageText } from "../messages/registry.js";
import type { TestCase } from "../policyTests/runPolicyTests.js";
import type { RulebookLookup } from "../policyTests/types.js";
import type { CliArgs } from "./args.js";
import { readJson, withFile } from "./io.js";
import { readTestCases } from "./testFiles.js";

/** Where `test --rulebook` looks for tests when no folder is given. */
export const DEFAULT_TEST_FOLDER = "fixtures";

/** The tests of one rulebook, found among the tests of the folders searched. */
export interface RulebookTests {
  /** The rulebook the tests run on: the rule file given, or the bundled one. */
  rulebook: CompiledRulebook;
  /** The rule file given, if `--rulebook` named a file. */
  file: string | undefined;
  /** The folders (or files) searched. */
  searched: string[];
  /** Every test that names the rulebook's id: a record's, a round's, a pay rule's. */
  cases: TestCase[];
  /** Tests found that name another rulebook: not run, and counted in the report. */
  others: number;
  /** The rulebook given first, then what `fallback` finds. */
  lookup: RulebookLookup;
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The tests of the rulebook `--rulebook` names — a rule file (its tests are found by the `id` inside
 * it, so a changed copy runs the tests of the original), or an id `fallback` knows (a rule file of
 * `--rules`, a bundled rulebook) — found in the
 * folders given, or in `fixtures/` when none is: per-record tests, round tests, every test that names
 * that id. A rulebook no test names is an `invalid_test` error rather than an empty pass.
 *
 * @example
 * ```ts
 * const found = rulebookTests(parseArgs(["test", "--rulebook", "proposed/000-model-post.json"]), rulebookLookup(undefined));
 * found.cases.length; // every test of model-post-000 under fixtures/, rounds included
 * ```
 */
export function rulebookTests(args: Pick<CliArgs, "rulebook" | "positionals">, fallback: RulebookLookup): RulebookTests {
  const given = args.rulebook as string;
  const file = isFile(given) ? given : undefined;
  const rulebook: CompiledRulebook =
    file !== undefined
      ? withFile(file, "invalid_rulebook", () => loadRulebook(readJson(file, "invalid_rulebook")))
      : (fallback(given) ?? raise("invalid_option", ["--rulebook"], "test.unknownRulebook", { got: given, known: [...bundledRulebookIds()] }));
  const id = rulebook.rulebook.id;
  const searched = args.positionals.length > 0 ? args.positionals : [DEFAULT_TEST_FOLDER];
  const all = readTestCases(searched);
  const named = (testCase: TestCase): unknown => (testCase.test !== null && typeof testCase.test === "object" ? (testCase.test as { rulebook?: unknown }).rulebook : undefined);
  const cases = all.filter((testCase) => named(testCase) === id);
  if (cases.length === 0) raise("invalid_test", ["--rulebook"], "test.noTestsForRulebook", { id, searched });
  return { rulebook, file, searched, cases, others: all.length - cases.length, lookup: (wanted) => (wanted === id ? rulebook : fallback(wanted)) };
}

/**
 * The report's first line for `test --rulebook`: which rulebook, from which file, how many tests were
 * found where, and how many of other rulebooks were left aside.
 *
 * @example
 * ```ts
 * rulebookTestsHeader(found, "zh"); // "规则「……」（proposed/000-model-post.json）：在 fixtures 中找到 113 项测试……"
 * ```
 */
export function rulebookTestsHeader(found: RulebookTests, language: "zh" | "en"): string {
  const { rulebook, file, searched, cases, others } = found;
  return messageText(
    "test.rulebookHeader",
    { title: rulebook.rulebook.title[language], id: rulebook.rulebook.id, ...(file === undefined ? {} : { file }), searched, tests: cases.length, others },
    language,
  );
}
