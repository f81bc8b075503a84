import { readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { raise } from "../messages/issueOf.js";
import type { TestCase } from "../policyTests/runPolicyTests.js";
import { readAllRecords, readJson } from "./io.js";

const isTestFile = (json: unknown): boolean =>
  json !== null &&
  typeof json === "object" &&
  typeof (json as { $schema?: unknown }).$schema === "string" &&
  (json as { $schema: string }).$schema.endsWith("policy-test.schema.json");

/** A path's real place (symlinks followed), or a typed error naming it when it leads nowhere. */
function realPlace(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return raise("invalid_option", [path], "file.missing", {});
  }
}

/** The JSON files under a path, folders within included; each folder once, so a symlink loop ends. */
function filesUnder(path: string, seen = new Set<string>()): string[] {
  const real = realPlace(path);
  if (!statSync(real).isDirectory()) return [path];
  if (seen.has(real)) return [];
  seen.add(real);
  return readdirSync(real)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      const target = realPlace(child);
      return statSync(target).isDirectory() ? filesUnder(child, seen) : name.endsWith(".json") ? [child] : [];
    });
}

/** A test's `recordsFile`, which must lie in the test's own folder or below it (symlinks followed): never elsewhere. */
function recordsFileOf(testFile: string, recordsFile: string): string {
  const folder = realPlace(dirname(testFile));
  const target = resolve(dirname(testFile), recordsFile);
  const inside = (place: string) => {
    const step = relative(folder, place);
    return step !== "" && !step.startsWith("..") && !isAbsolute(step);
  };
  if (!inside(target) || !inside(realPlace(target))) return raise("invalid_test", [testFile, "recordsFile"], "file.outsideTestFolder", { recordsFile });
  return target;
}

/**
 * The policy tests a list of paths names: a file is read as a test; a folder is searched, folders
 * within included, for `.json` files that name the policy-test schema in `$schema` (other JSON files,
 * such as rule files, are left alone; a symlink loop is followed once). A test's `recordsFile` is
 * read from its own folder or below, never from elsewhere.
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
      const records = typeof recordsFile === "string" ? readAllRecords(recordsFileOf(file, recordsFile)) : undefined;
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
