import { describe, expect, test } from "vitest";
import { evaluate, evaluateVerdicts, type Condition, type NodeStatus } from "../../src/index.js";
import { attestationLeaf, cite, tinyRulebook } from "../support/tinyRulebook.js";

type T = "T" | "F" | "U";
const STATUS: Record<T, NodeStatus> = { T: "pass", F: "fail", U: "unknown" };
const OVERALL = { T: "qualified", F: "notQualified", U: "pendingReview" } as const;

const leaf = (id: string, item = id): Condition => attestationLeaf(id, item);

/** A record: `req` and `aud` met, each named leaf met (T), not met (F) or absent (U). */
function record(values: Record<string, T>, extra: Record<string, string> = {}) {
  const attestations: Record<string, string> = { req: "met", aud: "met", ...extra };
  for (const [item, value] of Object.entries(values)) if (value !== "U") attestations[item] = value === "T" ? "met" : "notMet";
  return { id: "R-1", attestations };
}

/** Kleene's strong logic as supervaluation: T if every completion of the unknowns is true, F if every one is false. */
function oracle(inputs: T[], fn: (values: boolean[]) => boolean): T {
  const results = new Set<boolean>();
  const fill = (index: number, values: boolean[]): void => {
    if (index === inputs.length) return void results.add(fn(values));
    const input = inputs[index]!;
    if (input !== "F") fill(index + 1, [...values, true]);
    if (input !== "T") fill(index + 1, [...values, false]);
  };
  fill(0, []);
  return results.size === 2 ? "U" : results.has(true) ? "T" : "F";
}

const ASOF = { asOf: "2026-11-26" };
const VALUES: T[] = ["T", "F", "U"];
const pairs = VALUES.flatMap((a) => VALUES.map((b) => [a, b] as [T, T]));
const triples = pairs.flatMap(([a, b]) => VALUES.map((c) => [a, b, c] as [T, T, T]));

function check(compiled: ReturnType<typeof tinyRulebook>, values: Record<string, T>, expected: T, missingCheck = true): void {
  const input: Record<string, unknown> = record(values);
  const result = evaluate(compiled, input, ASOF);
  const verdicts = evaluateVerdicts(compiled, input, ASOF);
  const level = result.categories[0]!.levels[0]!;
  expect(level.conditions.status).toBe(STATUS[expected]);
  expect(level.status).toBe(STATUS[expected]);
  expect(verdicts.levels).toEqual({ cat: [STATUS[expected]] });
  expect(result.status).toBe(OVERALL[expected]);
  expect({ status: verdicts.status, category: verdicts.category, level: verdicts.level }).toEqual({
    status: result.status,
    category: result.category,
    level: result.level,
  });
  // every leaf's trace status is what the record says of it
  const walk = (node: typeof level.conditions): void => {
    if (node.kind === "leaf") expect(node.status, node.id).toBe(STATUS[values[node.id] ?? "U"]);
    node.children.forEach(walk);
  };
  walk(level.conditions);
  if (missingCheck) {
    const unknownLeaves = Object.keys(values)
      .filter((key) => values[key] === "U")
      .map((key) => `attestation[${key}]`);
    expect(result.missingFacts).toEqual(expected === "U" ? unknownLeaves.sort() : []);
  }
}

describe("all (three-valued and)", () => {
  const compiled = tinyRulebook({ id: "both", ...cite("both"), all: [leaf("a"), leaf("b")] });
  const table: [T, T, T][] = [
    ["T", "T", "T"],
    ["T", "F", "F"],
    ["T", "U", "U"],
    ["F", "T", "F"],
    ["F", "F", "F"],
    ["F", "U", "F"],
    ["U", "T", "U"],
    ["U", "F", "F"],
    ["U", "U", "U"],
  ];
  test.each(table)("a=%s b=%s → %s", (a, b, expected) => {
    expect(oracle([a, b], ([x, y]) => x! && y!)).toBe(expected);
    check(compiled, { a, b }, expected);
  });
});

describe("any (three-valued or)", () => {
  const compiled = tinyRulebook({ id: "either", ...cite("either"), any: [leaf("a"), leaf("b")] });
  const table: [T, T, T][] = [
    ["T", "T", "T"],
    ["T", "F", "T"],
    ["T", "U", "T"],
    ["F", "T", "T"],
    ["F", "F", "F"],
    ["F", "U", "U"],
    ["U", "T", "T"],
    ["U", "F", "U"],
    ["U", "U", "U"],
  ];
  test.each(table)("a=%s b=%s → %s", (a, b, expected) => {
    expect(oracle([a, b], ([x, y]) => x! || y!)).toBe(expected);
    check(compiled, { a, b }, expected);
  });
});

describe("not", () => {
  const compiled = tinyRulebook({ id: "neg", ...cite("neg"), not: leaf("a") });
  test.each([
    ["T", "F"],
    ["F", "T"],
    ["U", "U"],
  ] as [T, T][])("a=%s → %s", (a, expected) => check(compiled, { a }, expected));
});

describe("atLeast 2 of 3", () => {
  const compiled = tinyRulebook({ id: "two", ...cite("two"), atLeast: 2, of: [leaf("a"), leaf("b"), leaf("c")] });
  const atLeastTwo = (values: boolean[]) => values.filter(Boolean).length >= 2;
  test.each(triples)("a=%s b=%s c=%s", (a, b, c) => check(compiled, { a, b, c }, oracle([a, b, c], atLeastTwo)));

  test.each([
    [["T", "T", "U"], "T"], // already two
    [["T", "F", "F"], "F"], // at most one possible
    [["T", "F", "U"], "U"], // the unknown decides
    [["F", "U", "U"], "U"],
    [["F", "F", "U"], "F"],
    [["U", "U", "U"], "U"],
  ] as [T[], T][])("hand-worked: %j → %s", (inputs, expected) => {
    expect(oracle(inputs, atLeastTwo)).toBe(expected);
    check(compiled, { a: inputs[0]!, b: inputs[1]!, c: inputs[2]! }, expected);
  });
});

describe("nested: any(all(a, b), not(c))", () => {
  const compiled = tinyRulebook({
    id: "outer",
    ...cite("outer"),
    any: [
      { id: "inner", ...cite("inner"), all: [leaf("a"), leaf("b")] },
      { id: "notc", ...cite("notc"), not: leaf("c") },
    ],
  });
  test.each(triples)("a=%s b=%s c=%s", (a, b, c) =>
    check(
      compiled,
      { a, b, c },
      oracle([a, b, c], ([x, y, z]) => (x! && y!) || !z!),
      false,
    ),
  );
});

describe("the shared requirement and the audience gate every level", () => {
  const compiled = tinyRulebook({ id: "only", ...cite("only"), all: [leaf("a")] });
  test.each([
    [{ req: "notMet" }, "fail"],
    [{ req: "notGiven" }, "unknown"],
    [{ aud: "notGiven" }, "unknown"],
  ] as const)("%j with a met → level %s", (override, expected) => {
    const input: Record<string, unknown> = record({ a: "T" }, override);
    expect(evaluate(compiled, input, ASOF).categories[0]?.levels[0]?.status).toBe(expected);
    expect(evaluateVerdicts(compiled, input, ASOF).levels.cat).toEqual([expected]);
  });

  test("an attestation given as notGiven is unknown, like an absent one", () => {
    const result = evaluate(compiled, record({}, { a: "notGiven" }) as Record<string, unknown>, ASOF);
    expect(result.categories[0]?.levels[0]?.conditions.status).toBe("unknown");
    expect(result.missingFacts).toEqual(["attestation[a]"]);
  });
});
