import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { raise } from "../messages/issueOf.js";
import type { TestCase } from "../policyTests/runPolicyTests.js";
import { readAllRecords, readJson } from "./io.js";

const isTestFile = (json: unknown): boolean =>
  json !== null &&
  typeof json === "object" &&
  typeof (json as { $schema?: unknown }).$schema === "string" &&
  (json as { $schema: string }).$schema.endsWith("policy-test.schema.json");

function filesUnder(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return raise("invalid_option", [path], "file.missing", {});
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      return statSync(child).isDirectory() ? filesUnder(child) : name.endsWith(".json") ? [child] : [];
    });
}

/**
 * The policy tests a list of paths names: a file is read as a test; a folder is searched, folders
 * within included, for `.json` files that name the policy-test schema in `$schema` (other JSON files,
 * such as rule files, are left alone). A test's `recordsFile` is read from beside it.
 *
 * @example
 * ```ts
 * const cases = readTestCases(["fixtures"]);
 * runPolicyTests(cases, (id) => bundledRulebook(id));
 * ```
 */
export function readTestCases(paths: string[]): TestCase[] {
  const cases: TestCase[] = [];
  for (const path of paths) {
    const explicit = !statSafe(path)?.isDirectory();
    for (const file of filesUnder(path)) {
      const json = readJson(file, "invalid_test");
      if (!explicit && !isTestFile(json)) continue;
      const recordsFile = json !== null && typeof json === "object" ? (json as { recordsFile?: unknown }).recordsFile : undefined;
      const records = typeof recordsFile === "string" ? readAllRecords(resolve(dirname(file), recordsFile)) : undefined;
      cases.push({ test: json, file, ...(records ? { records } : {}) });
    }
  }
  return cases;
}

function statSafe(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
