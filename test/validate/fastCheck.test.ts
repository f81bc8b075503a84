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
import { readInput } from "../../src/validate/readInput.js";
import { validateInput } from "../../src/validate/validators.js";

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
        else if (!Array.isArray(at) || key !== "length") at[key] = value;
        return copy;
      }
      at = next as Record<string, unknown>;
    }
    // a list's length is not a key to add (an invalid length throws)
    if (!Array.isArray(at) || key !== "length") at[key] = value;
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

  // an object is read into a copy first (readInput), and the copy takes the fast check too: it can
  // hold what JSON text cannot (NaN, ±Infinity, -0, a huge number), each of which must send it on
  const notJson = fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, -0, 2 ** 60, 1e308 * 10, 0.5, "", [Number.NaN], { a: Infinity });
  const editedObject = fc.tuple(mutated, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), notJson).map(([generated, steps, value]) => {
    const record = structuredClone(generated);
    let at: Record<string, unknown> = record;
    for (const step of steps) {
      const keys = Object.keys(at);
      if (keys.length === 0) break;
      const name = keys[step % keys.length] as string;
      const next = at[name];
      if (next === null || typeof next !== "object" || steps.at(-1) === step) {
        at[name] = value;
        break;
      }
      at = next as Record<string, unknown>;
    }
    return record;
  });

  test("an object's copy: a yes only where the full check gives it back unchanged, with values JSON text cannot hold", () => {
    let passed = 0;
    fc.assert(
      fc.property(editedObject, (record) => {
        const read = readInput(record, RECORD_LIMITS, "invalid_record");
        if (read.issues.length > 0) return;
        const fast = fastCandidate(read.value, RECORD_LIMITS);
        if (fast) passed += 1;
        if (fast) expect(fullPasses(fullCandidate, read.value, RECORD_LIMITS)).toBe(true);
      }),
      { seed: 20261205, numRuns: 3000 },
    );
    expect(passed).toBeGreaterThan(50);
  });

  test("validateInput gives an object what the full check gives its copy: the same data or the same issues", () => {
    fc.assert(
      fc.property(editedObject, (record) => {
        const got = validateInput("candidate", record, RECORD_LIMITS, "invalid_record");
        const read = readInput(record, RECORD_LIMITS, "invalid_record");
        if (read.issues.length > 0) {
          expect(got.success).toBe(false);
          return;
        }
        const ctx = { issues: [] as unknown[] };
        const full = fullCandidate(read.value, [], ctx as never);
        expect(got.success).toBe(ctx.issues.length === 0);
        if (got.success) expect(got.data).toStrictEqual(full);
      }),
      { seed: 20261206, numRuns: 2000 },
    );
  });

  test("an object's copy with NaN, ±Infinity, -0 or a huge number in place of any number of the fixtures: a yes only where the full check agrees", () => {
    let replaced = 0;
    const numbersIn = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      typeof value === "number"
        ? [path]
        : value !== null && typeof value === "object"
          ? Object.entries(value).flatMap(([key, child]) => numbersIn(child, [...path, Array.isArray(value) ? Number(key) : key]))
          : [];
    for (const record of records.slice(0, 80)) {
      for (const path of numbersIn(record)) {
        for (const odd of [Number.NaN, Infinity, -Infinity, -0, 2 ** 60]) {
          const copy = structuredClone(record) as Record<string | number, unknown>;
          let at = copy;
          for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
          at[path.at(-1) as string | number] = odd;
          const read = readInput(copy, RECORD_LIMITS, "invalid_record");
          if (read.issues.length > 0) continue;
          replaced += 1;
          if (fastCandidate(read.value, RECORD_LIMITS)) expect(fullPasses(fullCandidate, read.value, RECORD_LIMITS)).toBe(true);
        }
      }
    }
    expect(replaced).toBeGreaterThan(100);
  });
});
