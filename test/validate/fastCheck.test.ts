import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import rulebookSchema from "../../rules/schema/rulebook.schema.json" with { type: "json" };
import { RECORD_LIMITS, RULEBOOK_LIMITS, type GuardLimits } from "../../src/validate/limits.js";
import { compileJsonSchema } from "../../src/validate/compileJsonSchema.js";
import { compileFastCheck } from "../../src/validate/fastCheck.js";
import { REFINEMENTS } from "../../src/validate/refinements.js";

const root = join(import.meta.dirname, "..", "..");
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith(".json") ? [path] : [];
  });
const tests = jsonFiles(join(root, "fixtures"))
  .map((path) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>)
  .filter((json) => String(json.$schema ?? "").endsWith("policy-test.schema.json") && json.expectedError === undefined);
const records = tests.map((entry) => entry.input).filter((record): record is Record<string, unknown> => record !== null && typeof record === "object" && !Array.isArray(record));

const fastCandidate = compileFastCheck(candidateSchema, REFINEMENTS);
const fullCandidate = compileJsonSchema(candidateSchema, REFINEMENTS);
const fastRulebook = compileFastCheck(rulebookSchema, REFINEMENTS);
const fullRulebook = compileJsonSchema(rulebookSchema, REFINEMENTS);

/** What the full check says of a value from JSON.parse: no issue, no problem with the bounds, and the value itself back. */
function fullPasses(check: typeof fullCandidate, value: unknown, limits: GuardLimits): boolean {
  const ctx = { issues: [], guard: { limits, problems: [], nodes: 0 } };
  try {
    const output = check(value, [], ctx);
    return ctx.issues.length === 0 && ctx.guard.problems.length === 0 && output === value;
  } catch {
    return false; // over the bound of values
  }
}

/** A record with one value somewhere replaced, removed or added. */
const mutated = fc
  .tuple(
    fc.constantFrom(...records),
    fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom("replace", "remove", "add"),
    fc.string({ maxLength: 12 }),
  )
  .map(([record, steps, value, edit, key]) => {
    const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    let at: Record<string, unknown> = copy;
    for (const step of steps) {
      const keys = Object.keys(at);
      if (keys.length === 0) break;
      const next = at[keys[step % keys.length] as string];
      if (next === null || typeof next !== "object" || steps.at(-1) === step) {
        const name = keys[step % keys.length] as string;
        if (edit === "replace") at[name] = value;
        else if (edit === "remove") delete at[name];
        else at[key] = value;
        return copy;
      }
      at = next as Record<string, unknown>;
    }
    at[key] = value;
    return copy;
  });

describe("compileFastCheck", () => {
  test("passes every valid record of the fixtures (so they take the fast path), as the full check does", () => {
    expect(records.length).toBeGreaterThan(200);
    for (const record of records) {
      const parsed = JSON.parse(JSON.stringify(record)) as unknown;
      expect(fullPasses(fullCandidate, parsed, RECORD_LIMITS)).toBe(true);
      expect(fastCandidate(parsed, RECORD_LIMITS)).toBe(true);
    }
  });

  test("never passes what the full check would not pass unchanged: records edited anywhere, under tight bounds too", () => {
    const tight: GuardLimits = { maxDepth: 3, maxNodes: 60, maxStringLength: 12, maxArrayLength: 2 };
    let passed = 0;
    fc.assert(
      fc.property(mutated, fc.boolean(), (record, small) => {
        const limits = small ? tight : RECORD_LIMITS;
        const fast = fastCandidate(record, limits);
        if (fast) passed += 1;
        // fast ⇒ full: a yes is always right; a no only sends the value to the full check
        if (fast) expect(fullPasses(fullCandidate, record, limits)).toBe(true);
      }),
      { seed: 20261122, numRuns: 3000 },
    );
    expect(passed).toBeGreaterThan(100);
  });

  test("the bundled rule files: a yes only where the full check gives them back unchanged", () => {
    for (const name of readdirSync(join(root, "rules")).filter((file) => file.endsWith(".json"))) {
      const rulebook = JSON.parse(readFileSync(join(root, "rules", name), "utf8")) as unknown;
      if (fastRulebook(rulebook, RULEBOOK_LIMITS)) expect(fullPasses(fullRulebook, rulebook, RULEBOOK_LIMITS)).toBe(true);
    }
  });
});
