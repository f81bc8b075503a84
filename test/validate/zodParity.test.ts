import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RECORD_LIMITS, RULEBOOK_LIMITS } from "../../src/validate/limits.js";
import { CandidateRecordSchema } from "../../src/schema/candidate.js";
import { PolicyTestSchema } from "../../src/schema/policyTest.js";
import { RulebookSchema } from "../../src/schema/rulebook.js";
import { validateInput, validateParsedJson, type SchemaName } from "../../src/validate/validators.js";
import { POLICY_TEST_SCHEMA } from "../../src/policyTests/parsePolicyTest.js";
import { fromZod } from "../../src/door/fromZod.js";

const root = join(import.meta.dirname, "..", "..");
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith(".json") ? [path] : [];
  });
const read = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

const tests = jsonFiles(join(root, "fixtures"))
  .map(read)
  .filter((json) => String((json as { $schema?: string }).$schema ?? "").endsWith("policy-test.schema.json")) as Record<string, unknown>[];
const records = tests.flatMap((entry) =>
  [entry.input, ...((entry.records as unknown[]) ?? []), (entry.pay as { record?: unknown } | undefined)?.record].filter((record) => record !== undefined),
);
const rulebooks = readdirSync(join(root, "rules"))
  .filter((name) => name.endsWith(".json"))
  .map((name) => read(join(root, "rules", name)));

const KINDS = { candidate: [CandidateRecordSchema, RECORD_LIMITS], rulebook: [RulebookSchema, RULEBOOK_LIMITS], policyTest: [PolicyTestSchema, RECORD_LIMITS] } as const;

/** The validators' name for each kind: the main entry's by name, the policy tests' by the function that reads it. */
const SCHEMA_NAMES: Record<keyof typeof KINDS, SchemaName> = { candidate: "candidate", rulebook: "rulebook", policyTest: POLICY_TEST_SCHEMA };

const LOOSE = { maxDepth: 200, maxArrayLength: 1e6, maxStringLength: 1e7, maxNodes: 1e8 };

/**
 * zod's issue as the library gives it: zod names every unknown key of an object in one issue at the
 * object; the library gives one issue per key, at the key, worded as zod words a single unknown key.
 */
const perKey = (issue: { path: PropertyKey[]; message: string; code: string; keys?: string[] }) =>
  issue.code === "unrecognized_keys" && issue.keys !== undefined
    ? issue.keys.map((key) => ({ path: [...issue.path, key], message: `Unrecognized key: ${JSON.stringify(key)}` }))
    : [{ path: issue.path, message: issue.message }];

function both(kind: keyof typeof KINDS, input: unknown) {
  const [schema, limits] = KINDS[kind];
  // the path for JSON text: the same answer on the same (JSON) value, without the copy
  const text = JSON.stringify(input);
  const viaCopy = validateInput(SCHEMA_NAMES[kind], JSON.parse(text), { ...limits, ...LOOSE }, "invalid_record");
  const viaJson = validateParsedJson(SCHEMA_NAMES[kind], JSON.parse(text), { ...limits, ...LOOSE }, "invalid_record");
  expect(viaJson).toEqual(viaCopy);
  const zod = (schema as typeof CandidateRecordSchema).safeParse(input, { reportInput: true });
  const ours = validateInput(SCHEMA_NAMES[kind], input, { ...limits, ...LOOSE }, "invalid_record");
  // fromZod maps zod's structured fields to the catalog: the same ids, params and words in both languages
  if (!zod.success && !ours.success) {
    const fields = (issue: { path: unknown; messageId?: unknown; params?: unknown; message: string; zh?: unknown }) => [
      issue.path,
      issue.messageId,
      issue.params,
      issue.message,
      issue.zh,
    ];
    expect(fromZod(zod.error, "invalid_record").issues.map(fields)).toEqual(ours.issues.map(fields));
  }
  return {
    zod: zod.success ? { success: true, data: zod.data } : { success: false, issues: zod.error.issues.flatMap(perKey) },
    ours: ours.success ? { success: true, data: ours.data } : { success: false, issues: ours.issues.map((issue) => ({ path: issue.path, message: issue.message })) },
  };
}

describe("the compiled validators say what zod says", () => {
  test.each([
    ["candidate", records],
    ["rulebook", rulebooks],
    ["policyTest", tests],
  ] as const)("every bundled %s: the same output", (kind, inputs) => {
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) {
      const { zod, ours } = both(kind, input);
      expect(ours).toEqual(zod);
    }
  });
});

const INTERESTING: unknown[] = [
  "",
  "x",
  "2025-02-30",
  "2025-13-01",
  "11-31",
  "02-29",
  "2025",
  "1899",
  "12:60",
  "a b",
  -1,
  0,
  0.5,
  1,
  1.5,
  101,
  1e20,
  2 ** 60,
  NaN,
  Infinity,
  true,
  false,
  null,
  [],
  [1],
  ["x"],
  {},
  { x: 1 },
  { id: "a" },
];

/** Every path to a value inside `value`. */
function paths(value: unknown, at: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...at, index], into));
  else if (value !== null && typeof value === "object") for (const [key, child] of Object.entries(value)) paths(child, [...at, key], into);
  return into;
}

type Mutation = { pick: number; kind: number; replacement: number; key: string };
function mutate(input: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(input);
  for (const mutation of mutations) {
    const all = paths(copy);
    const path = all[mutation.pick % all.length] as (string | number)[];
    const replacement = structuredClone(INTERESTING[mutation.replacement % INTERESTING.length]);
    if (path.length === 0) continue;
    const parent: any = path.slice(0, -1).reduce((node: any, key) => node[key], copy);
    const last = path[path.length - 1] as string | number;
    if (mutation.kind === 0) parent[last] = replacement;
    else if (mutation.kind === 1 && !Array.isArray(parent)) delete parent[last];
    else if (mutation.kind === 2 && !Array.isArray(parent)) parent[mutation.key] = replacement;
    else if (mutation.kind === 3 && Array.isArray(parent)) parent.push(replacement);
    else parent[last] = replacement;
  }
  return copy;
}

const mutationArb = fc.array(
  fc.record({ pick: fc.nat(), kind: fc.nat({ max: 4 }), replacement: fc.nat(), key: fc.constantFrom("extra", "id", "kind", "value", "2025", "", "all", "any") }),
  { minLength: 1, maxLength: 3 },
);
const runs = Number(process.env.PARITY_RUNS ?? 300);

describe("the compiled validators refuse what zod refuses, with the same issues", () => {
  test.each([
    ["candidate", records],
    ["rulebook", rulebooks.slice(0, 5)],
    ["policyTest", tests.slice(0, 40)],
  ] as const)(
    "mutated %s inputs",
    (kind, inputs) => {
      fc.assert(
        fc.property(fc.nat({ max: inputs.length - 1 }), mutationArb, (which, mutations) => {
          const input = mutate(inputs[which], mutations);
          const { zod, ours } = both(kind, input);
          expect(ours).toEqual(zod);
        }),
        { numRuns: runs, seed: 20261121 },
      );
    },
    120_000,
  );
});

describe("the input's bounds are the same whether it is copied or checked as parsed JSON", () => {
  const deep = (levels: number): unknown => (levels === 0 ? "x" : { a: deep(levels - 1) });
  const cases: [string, "candidate" | "rulebook", unknown][] = [
    ["a prototype key in a record", "candidate", JSON.parse('{"id":"A","attestations":{"__proto__":"met","constructor":"met"}}')],
    ["a prototype key in a strict object", "candidate", JSON.parse('{"id":"A","prototype":1}')],
    ["a long string", "candidate", { id: "x".repeat(10_001) }],
    ["a long list", "candidate", { id: "A", honours: Array.from({ length: 10_001 }, () => ({ kind: "other", scope: "school", date: "2025-01-01" })) }],
    ["nesting past the bound in params", "rulebook", { ...(rulebooks[0] as object), awards: [{ requirements: { params: deep(80) } }] }],
  ];
  test.each(cases)("%s", (_name, kind, input) => {
    const limits = KINDS[kind][1];
    const viaCopy = validateInput(kind, input, limits, "invalid_record");
    const viaJson = validateParsedJson(kind, input, limits, "invalid_record");
    expect(viaCopy.success).toBe(false);
    const sorted = (result: typeof viaCopy) => (result.success ? [] : result.issues.map((issue) => JSON.stringify(issue)).sort());
    expect(sorted(viaJson)).toEqual(sorted(viaCopy));
  });
});
