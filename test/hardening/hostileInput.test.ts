import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, parseCandidate, safeEvaluate, safeEvaluateScored, safeLoadRulebook } from "../../src/index.js";
import { lintRulebook } from "../../src/review/index.js";
import { fixtureJson } from "../support/templates.js";

const rulebook = bundledRulebook();
const runs = Number(process.env.FUZZ_RUNS ?? 200);
const root = join(import.meta.dirname, "..", "..");
const records = readdirSync(join(root, "fixtures", "000")).map((file) => fixtureJson(`000/${file}`).input);
const ruleJson = JSON.parse(readFileSync(join(root, "rules", "000-model-post.json"), "utf8"));

/** Hostile values: wrong types, NaN, ±Infinity, invalid dates, odd unicode, huge strings, deep nesting. */
const hostile = fc.oneof(
  { arbitrary: fc.anything({ maxDepth: 3 }), weight: 8 },
  { arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, "2025-02-30", "2025-13-01", "0000-00-00", "\u0000", "🎖️", "\uD800", "x".repeat(20_000)), weight: 4 },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    Array.from({ length: 300_000 }, () => 0),
    JSON.parse(`${"[".repeat(5_000)}${"]".repeat(5_000)}`),
    ),
  },
);

/** Sets the value at a random path of a JSON value (a copy), creating nothing new but the leaf. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node: unknown = copy;
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  for (const step of path) {
    if (node === null || typeof node !== "object") break;
    const keys = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length] as string | number;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (parent === undefined || key === undefined) return replacement;
  (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
}

const typedOrResult = (run: () => { success: boolean; error?: unknown }): void => {
  const outcome = run();
  if (!outcome.success) expect(outcome.error).toBeInstanceOf(AwardRulesError);
};

describe("hostile input gives a result or a typed error, never a crash", () => {
  test("regression (found by npm run fuzz): a 300,000-item list inside a rule file is refused, not a stack overflow", () => {
    const json = structuredClone(ruleJson);
    json.scales.rating.values = Array.from({ length: 300_000 }, () => 0);
    const result = safeLoadRulebook(json);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(["scales", "rating", "values"]);
    expect(lintRulebook(json)[0]?.code).toBe("schema");
  });

  test("records: random values at random places of real records", () => {
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), fc.array(fc.nat(), { maxLength: 4 }), hostile, (index, path, value) => {
        typedOrResult(() => safeEvaluate(rulebook, mutate(records[index], path, value), { asOf: "2026-11-26" }));
      }),
      { numRuns: runs },
    );
  }, Math.max(120_000, runs * 40));

  test("records: anything at all, extra keys included", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.dictionary(fc.string(), hostile)), (value) => {
        typedOrResult(() => safeEvaluate(rulebook, value, { asOf: "2026-11-26" }));
        typedOrResult(() => safeEvaluateScored(bundledRulebook("logistics-plans-004"), value, { asOf: "2026-11-26", award: "staff-appraisal" }));
      }),
      { numRuns: runs },
    );
  }, Math.max(120_000, runs * 40));

  test("rule files: random values at random places of the 000 rule file load, or fail typed; lint never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), hostile, (path, value) => {
        const json = mutate(ruleJson, path, value);
        typedOrResult(() => safeLoadRulebook(json));
        expect(Array.isArray(lintRulebook(json))).toBe(true);
      }),
      { numRuns: Math.max(50, Math.floor(runs / 3)) },
    );
  }, Math.max(120_000, runs * 40));

  test("prototype keys, depth and size are refused with their path", () => {
    const issues = (input: unknown) => {
      try {
        parseCandidate(input);
      } catch (error) {
        if (error instanceof AwardRulesError) return error.issues;
      }
      return [];
    };
    expect(issues(JSON.parse('{"id":"x","attestations":{"__proto__":{"a":"met"}}}'))[0]?.path).toEqual(["attestations", "__proto__"]);
    expect(issues({ id: "x", name: JSON.parse(`${"[".repeat(100)}${"]".repeat(100)}`) })[0]?.message).toContain("nested deeper");
    expect(issues({ id: "x", honours: Array.from({ length: 300_000 }, () => ({})) })[0]?.message).toContain("more than 10000");
    expect(issues({ id: "x", attestations: Object.fromEntries(Array.from({ length: 250_000 }, (_, index) => [`k${index}`, "met"])) })[0]?.message).toContain("too large");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
