import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { bundledRulebook, evaluate, evaluateScored, type CompiledRulebook } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");

/** Every fixture that evaluates one record: its rulebook, award, date and record. */
export interface RecordCase {
  rulebook: string;
  award: string;
  asOf: string;
  input: Record<string, unknown>;
}
export const RECORD_CASES: RecordCase[] = ["000", "001", "002", "003", "004"].flatMap((dir) =>
  readdirSync(join(root, "fixtures", dir))
    .map((file) => JSON.parse(readFileSync(join(root, "fixtures", dir, file), "utf8")) as Partial<RecordCase>)
    .filter((fixture): fixture is RecordCase => fixture.input !== undefined && typeof fixture.award === "string"),
);

/** The rule files as JSON, by rulebook id. */
export const RULE_JSON: Record<string, Record<string, unknown>> = Object.fromEntries(
  readdirSync(join(root, "rules"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(join(root, "rules", file), "utf8")) as Record<string, unknown>)
    .map((json) => [json.id as string, json]),
);

/** Evaluates one case with the function its award needs (a level award or a scored one). */
export function evaluateCase(compiled: CompiledRulebook, fixture: RecordCase, input: unknown = fixture.input, asOf: unknown = fixture.asOf): unknown {
  const options = { asOf, award: fixture.award } as { asOf: string; award: string };
  return compiled.awards.some((entry) => entry.award.id === fixture.award) ? evaluate(compiled, input, options) : evaluateScored(compiled, input, options);
}
export const compiledOf = (fixture: RecordCase): CompiledRulebook => bundledRulebook(fixture.rulebook);

/** Hostile JSON values: wrong types, NaN, ±Infinity, odd dates, odd unicode, huge strings, deep nesting. */
export const hostileJson = fc.oneof(
  { arbitrary: fc.anything({ maxDepth: 3 }), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      1e308,
      -1,
      0.5,
      "2025-02-30",
      "2025-13-01",
      "0000-00-00",
      "9999-12-31",
      "\u0000",
      "🎖️",
      "\uD800",
      "x".repeat(20_000),
    ),
    weight: 4,
  },
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

/** Odd values of the same kind as the one they replace: a rule file that still loads, but is odd. */
export function oddValue(old: unknown, pick: number): unknown {
  const choose = <T>(values: T[]): T => values[pick % values.length]!;
  if (typeof old === "string")
    return /^\d{4}-\d{2}-\d{2}$/.test(old)
      ? choose(["2025-02-29", "0000-01-01", "9999-12-31", "1970-01-01", "2024-02-29", "2100-02-28"])
      : choose(["", "x", old.repeat(3), "2025-02-30", "—"]);
  if (typeof old === "number") return choose([0, -1, 1, 0.5, 1e9, old + 1, old - 1, -old, 100]);
  if (typeof old === "boolean") return !old;
  if (Array.isArray(old)) return choose([[], old.slice(0, 1), [...old, ...old], old.slice().reverse()]);
  if (old !== null && typeof old === "object") return choose([{}, old]);
  return old;
}

/** Sets the value at a path of a JSON value (a copy), chosen step by step, to `replace(old)`. */
export function mutate(value: unknown, path: number[], replace: (old: unknown) => unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node: unknown = copy;
  let parent: Record<string | number, unknown> | undefined;
  let key: string | number | undefined;
  for (const step of path) {
    if (node === null || typeof node !== "object") break;
    const keys = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string | number, unknown>;
    key = keys[step % keys.length]!;
    node = parent[key];
  }
  if (parent === undefined || key === undefined) return replace(copy);
  parent[key] = replace(node);
  return copy;
}

/** Exotic wrappings of a value: proxies, getters that change their answer, BigInts, Maps, class instances. */
export function exotic(value: unknown, kind: number): unknown {
  const object = value as Record<string, unknown>;
  switch (kind % 9) {
    case 0: {
      const { proxy, revoke } = Proxy.revocable(object, {});
      revoke();
      return proxy;
    }
    case 1:
      return new Proxy(object, {
        get: (target, key) =>
          key === "id"
            ? (() => {
                throw new Error("getter");
              })()
            : Reflect.get(target, key),
      });
    case 2: {
      let reads = 0;
      return Object.defineProperty({ ...object }, "id", { enumerable: true, get: () => (reads++ === 0 ? object.id : 10n) });
    }
    case 3:
      return { ...object, id: 10n };
    case 4:
      return new Map(Object.entries(object));
    case 5:
      return Object.assign(Object.create({ inherited: true }), object);
    case 6:
      return Object.assign(Object.create(null), object);
    case 7:
      return Object.freeze({ ...object, extra: Symbol("s") });
    default:
      return { ...object, [Symbol("key")]: 1 };
  }
}
