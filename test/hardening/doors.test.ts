import { issueOf } from "../../src/messages/issueOf.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AwardRulesError } from "../../src/index.js";
import { describeValue } from "../../src/text/describeValue.js";
import { ENTRIES, VALID_CALLS, asOf, hostileRecipe, lookup, make, record, type Recipe } from "./doorValues.js";
import { FUZZ_SEED, Tally, fuzzRuns } from "./fuzzTally.js";

type Callable = (...args: unknown[]) => unknown;
const isClass = (value: unknown): boolean => typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value));

/** Every value export of every entry, sorted by kind: a new export lands in one of these by itself. */
const exports = Object.entries(ENTRIES).flatMap(([entry, module]) => Object.entries(module).map(([name, value]) => ({ entry, name, value })));
const functions = exports.filter((item) => typeof item.value === "function" && !isClass(item.value));
const classes = exports.filter((item) => isClass(item.value));
const constants = exports.filter((item) => typeof item.value !== "function");

/** Calls and reads one level of what came back (a result's traces are built when first read). */
const callAndRead = (fn: Callable, args: unknown[]) => () => {
  const value = fn(...args);
  if (value !== null && typeof value === "object" && typeof (value as { then?: unknown }).then !== "function") Object.values(value);
  return value;
};
const label = (name: string, args: unknown[]): string => `${name}(${args.map(describeValue).join(", ")})`;

/** Every option name the public functions read, so a hostile value is often put where it is read. */
const OPTION_NAMES = [
  "asOf",
  "award",
  "category",
  "level",
  "language",
  "format",
  "full",
  "interpretations",
  "rule",
  "inputs",
  "record",
  "round",
  "reviews",
  "records",
  "previousRound",
  "populations",
  "deployment",
  "departmentLimits",
  "whenLevelFull",
  "onResult",
  "maxRecords",
  "onEvaluation",
  "test",
  "file",
  "ledger",
  "revoked",
  "total",
  "byDepartment",
];

/** A shallow copy of a plain object or list, or undefined for anything else (a rulebook, a proxy, text). */
const copyOf = (value: unknown): Record<string | number, unknown> | undefined => {
  if (Array.isArray(value)) return [...value] as unknown as Record<number, unknown>;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return { ...value };
  return undefined;
};

/**
 * Valid arguments with one value somewhere inside them replaced by a hostile one: the steps pick
 * a key at each level (copying along the way, so the valid values stay as they were), or a new key.
 */
const nearlyValid = (valid: () => unknown[]) =>
  fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.oneof(fc.constantFrom(...OPTION_NAMES), fc.string({ maxLength: 8 })), fc.boolean(), hostileRecipe)
    .map(([steps, newKey, addKey, recipe]) => () => {
      const args = valid();
      let node = args as unknown as Record<string | number, unknown>;
      for (let depth = 0; depth < steps.length; depth += 1) {
        const keys = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
        const last = depth === steps.length - 1;
        const key = keys.length === 0 || (last && addKey && !Array.isArray(node)) ? newKey : keys[steps[depth]! % keys.length]!;
        const child = last ? undefined : copyOf(node[key]);
        if (child === undefined) {
          node[key] = make(recipe);
          return args;
        }
        node[key] = child;
        node = child;
      }
      return args;
    });
const hostileArgs = fc.array(hostileRecipe, { maxLength: 4 }).map((recipes: Recipe[]) => () => recipes.map(make));

describe("every public function has one door: a result or an AwardRulesError, never anything else", () => {
  test("the entries hold functions, two classes and known constants, and every function has a valid call here", () => {
    expect(functions.length).toBeGreaterThan(50);
    expect(functions.map((item) => item.name).filter((name) => !(name in VALID_CALLS))).toEqual([]);
    expect(classes.map((item) => item.name).sort()).toEqual(["AwardRulesError", "ClauseCoverage"]);
    for (const { name, value } of constants) {
      // the schema entry's zod schemas, the reference tables and the schema defaults: data, never callable
      expect(value, name).toBeTypeOf("object");
      expect(/Schema$|^cited$|^[A-Z_]+$/.test(name), name).toBe(true);
    }
  });

  test.each(functions.map((item) => [`${item.entry} ${item.name}`, item] as const))("%s: the valid call works", (_label, { name, value }) => {
    const returned = callAndRead(value as Callable, VALID_CALLS[name]!())();
    if (name.startsWith("safe")) expect(returned).toMatchObject({ success: true });
  });

  test.each(functions.map((item) => [`${item.entry} ${item.name}`, item] as const))(
    "%s: hostile arguments",
    (_label, { name, value }) => {
      const tally = new Tally(`doors ${name}`);
      const fn = value as Callable;
      const check = (build: () => unknown[]) => {
        const args = build();
        const returned = tally.run(label(name, args), callAndRead(fn, args));
        if (name.startsWith("safe") && returned !== undefined && (returned as { success?: boolean }).success === false) {
          if (!((returned as { error?: unknown }).error instanceof AwardRulesError)) tally.fail("untyped", label(name, args), "a safe… twin returned a non-AwardRulesError");
        }
      };
      fc.assert(fc.property(hostileArgs, check), { seed: FUZZ_SEED, numRuns: fuzzRuns(60, 1 / 40) });
      fc.assert(fc.property(nearlyValid(VALID_CALLS[name]!), check), { seed: FUZZ_SEED, numRuns: fuzzRuns(60, 1 / 40) });
      tally.report();
      expect(tally.examples).toEqual([]);
    },
    Math.max(60_000, fuzzRuns(60, 1 / 40) * 100),
  );

  test("the classes: AwardRulesError keeps its issues; ClauseCoverage checks its lookup and every evaluation it observes", () => {
    const error = new AwardRulesError([issueOf("invalid_option", ["x"], "schema.other", { text: "m" })]);
    expect(error.issues[0]?.path).toEqual(["x"]);
    const ClauseCoverage = classes.find((item) => item.name === "ClauseCoverage")!.value as new (lookup: unknown) => { observe(evaluation: unknown): void; report(): unknown[] };
    expect(() => new ClauseCoverage(5)).toThrow(AwardRulesError);
    const coverage = new ClauseCoverage(lookup);
    coverage.observe({ rulebook: "model-post-000", award: "model-post", asOf, record });
    expect(coverage.report().length).toBe(1);
    const tally = new Tally("doors ClauseCoverage");
    fc.assert(
      fc.property(hostileArgs, fc.boolean(), (build, asLookup) => {
        const [first] = build();
        tally.run(`ClauseCoverage ${describeValue(first)}`, () => (asLookup ? new ClauseCoverage(first).report() : coverage.observe(first)));
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(100, 1 / 40) },
    );
    tally.report();
    expect(tally.examples).toEqual([]);
  });
});
