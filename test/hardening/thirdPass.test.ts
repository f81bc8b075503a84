import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { bundledRulebook, bundledRulebookIds, evaluateVerdicts, safeParseCandidate, safeParseCandidateJson } from "../../src/index.js";
import { FACTS, OPERATORS } from "../../src/compile/reference.js";
import { runCli } from "../../src/cli/run.js";
import { inputSkeleton } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";
import { FUZZ_SEED, Tally, fuzzRuns } from "./fuzzTally.js";
import { hostileJson, mutate } from "./hostileFamilies.js";

// Issue 22's families: mutated compiled rulebooks and reference tables, and a record as an object
// against the same record as JSON text. Each counts side effects (tally.fail("effect", …)).
const tallies: Tally[] = [];
const family = (name: string): Tally => {
  const tally = new Tally(name);
  tallies.push(tally);
  return tally;
};
afterAll(() => {
  for (const tally of tallies) tally.report();
});
const settings = (fallback: number, share: number) => ({ seed: FUZZ_SEED, numRuns: fuzzRuns(fallback, share) });
const timeout = (fallback: number, share: number, msPerCase: number) => Math.max(120_000, fuzzRuns(fallback, share) * msPerCase);

const asOf = { asOf: "2026-11-26" };
const random = mulberry32(22);
const records = Array.from({ length: 40 }, (_, index) => syntheticRecord(random, index));
const outcomes = (id: string) => records.map((record) => JSON.stringify(evaluateVerdicts(bundledRulebook(id), record, asOf)));
/** The bundled rulebooks with level awards, whose verdicts the records can be evaluated for (the others are mutated too, and checked for leaks). */
const levelIds = bundledRulebookIds().filter((id) => bundledRulebook(id).awards.length > 0);
const before = new Map(levelIds.map((id) => [id, outcomes(id)]));
const globalsBefore = new Set(Reflect.ownKeys(globalThis));
const prototypesBefore = [Object.prototype, Array.prototype, Function.prototype, Map.prototype].map((proto) => Reflect.ownKeys(proto).length);

/** Every plain object and array reachable from a value through enumerable properties (maps' values included), at most `limit`. */
function objectsIn(root: unknown, limit = 3_000): object[] {
  const found: object[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [root];
  while (queue.length > 0 && found.length < limit) {
    const value = queue.shift();
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) {
      queue.push(...value.values());
      continue;
    }
    found.push(value);
    queue.push(...Object.values(value));
  }
  return found;
}
const PAYLOADS: unknown[] = ["(globalThis.__pwned = 1, 1)", "1; globalThis.__pwned = 1", 99, -1, 1.5, null, {}, [], () => ((globalThis as { __pwned?: number }).__pwned = 1)];

/** Writes to an object every way a caller can, as a user's code would (a refusal may throw; nothing else counts). */
function attempt(target: object, key: string, value: unknown): void {
  for (const write of [
    () => Reflect.set(target, key, value),
    () => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true }),
    () => Reflect.deleteProperty(target, key),
    () => Object.setPrototypeOf(target, { polluted: true }),
  ]) {
    try {
      write();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
}

describe("third-pass hostile families (issue 22)", () => {
  test(
    "mutated compiled rulebooks and reference tables: no code runs, no result moves, nothing leaks",
    () => {
      const tally = family("mutated compiled rulebooks and reference tables");
      const ids = bundledRulebookIds();
      const tables = [...objectsIn(FACTS, 500), ...objectsIn(OPERATORS, 500)];
      fc.assert(
        fc.property(fc.nat(ids.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(PAYLOADS.length - 1)), { minLength: 1, maxLength: 6 }), (which, writes) => {
          const id = ids[which]!;
          const compiled = bundledRulebook(id);
          const targets = [...objectsIn(compiled), ...tables];
          tally.run(`mutate ${id}`, () => {
            for (const [at, keyPick, payload] of writes) {
              const target = targets[at % targets.length]!;
              const keys = Object.keys(target);
              const key = keys.length > 0 && keyPick % 4 !== 0 ? keys[keyPick % keys.length]! : ["polluted", "__proto__", "constructor", "atLeast"][keyPick % 4]!;
              attempt(target, key, PAYLOADS[payload]);
            }
          });
          // past the 32nd call, after which code is generated: the same results as before any write
          let after: string[];
          try {
            after = levelIds.includes(id) ? outcomes(id) : [];
          } catch (error) {
            after = [String(error)];
          }
          if (after.join("\n") !== (before.get(id) ?? []).join("\n"))
            tally.fail("effect", `mutate ${id}`, `a result moved after writes to the compiled rulebook: ${after[0]?.slice(0, 100)}`);
          if ((globalThis as { __pwned?: unknown }).__pwned !== undefined) tally.fail("effect", `mutate ${id}`, "code from a written value ran");
          const globals = Reflect.ownKeys(globalThis).filter((key) => !globalsBefore.has(key));
          if (globals.length > 0) tally.fail("effect", `mutate ${id}`, `new globals: ${globals.map(String).join(", ")}`);
          const prototypes = [Object.prototype, Array.prototype, Function.prototype, Map.prototype].map((proto) => Reflect.ownKeys(proto).length);
          if (prototypes.join() !== prototypesBefore.join()) tally.fail("effect", `mutate ${id}`, "a prototype gained a key");
        }),
        settings(60, 0.02),
      );
      expect(tally.examples).toEqual([]);
    },
    timeout(60, 0.02, 400),
  );

  test(
    "a record as an object and as JSON text: the same outcome and the same issues",
    () => {
      const tally = family("object versus JSON text");
      const outcome = (result: ReturnType<typeof safeParseCandidate>) =>
        result.success ? { record: result.data } : { issues: result.error.issues.map(({ code, path, messageId, message }) => ({ code, path, messageId, message })) };
      fc.assert(
        fc.property(fc.nat(records.length - 1), fc.array(fc.nat(), { maxLength: 4 }), hostileJson, (index, path, value) => {
          const edited = mutate(records[index], path, () => value);
          let text: string | undefined;
          try {
            text = JSON.stringify(edited);
          } catch {
            return; // not JSON (a cycle, a BigInt): only the object path can take it
          }
          if (text === undefined) return;
          const object = tally.run("as an object", () => outcome(safeParseCandidate(JSON.parse(text) as unknown)));
          const parsed = tally.run("as JSON text", () => outcome(safeParseCandidateJson(text)));
          if (JSON.stringify(object) !== JSON.stringify(parsed))
            tally.fail("effect", `two paths ${text.slice(0, 80)}`, `${JSON.stringify(object).slice(0, 120)} ≠ ${JSON.stringify(parsed).slice(0, 120)}`);
        }),
        settings(400, 0.2),
      );
      expect(tally.examples).toEqual([]);
    },
    timeout(400, 0.2, 20),
  );

  test("CLI command names that are members of Object.prototype: exit 2 with the usage, never an internal error", () => {
    const tally = family("CLI command names from Object.prototype");
    const names = [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype), "prototype"];
    for (const name of names) {
      for (const argv of [[name], [name, "--help"], [name, "--help", "--lang", "en"], ["evaluate", "--help", name]]) {
        const outcome = tally.run(`award-rules ${argv.join(" ")}`, () => runCli(argv, { progress: () => {}, writeFile: () => {} }));
        if (outcome === undefined) continue;
        const text = `${outcome.stdout}${outcome.stderr}`;
        if (/internal error|内部错误|undefined|\n\s+at /.test(text)) tally.fail("untyped", `award-rules ${argv.join(" ")}`, text.split("\n")[0]);
        if (argv.length === 1 && outcome.code !== 2) tally.fail("untyped", `award-rules ${name}`, `exit ${outcome.code}`);
      }
    }
    expect(tally.examples).toEqual([]);
  });

  test(
    "input keys with forbidden names: a typed error, and no prototype gains a key",
    () => {
      const tally = family("forbidden key paths");
      const segment = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype"), fc.stringMatching(/^[a-z]{1,6}$/));
      fc.assert(
        fc.property(fc.constantFrom("attestation", "measure", "flag", "score", "field"), fc.array(segment, { minLength: 1, maxLength: 4 }), (kind, segments) => {
          const key =
            kind === "score"
              ? `scores.${segments[0]}.items.${segments.slice(1).join(".") || "x"}`
              : kind === "field"
                ? segments.join(".")
                : `${kind === "attestation" ? "attestations" : `${kind}s`}.${segments.join(".")}`;
          const input = { key, kind, label: { zh: "项", en: "item" }, type: { zh: "文字", en: "text" }, readBy: [] };
          tally.run(`inputSkeleton ${key}`, () => inputSkeleton([input] as never));
          const prototypes = [Object.prototype, Array.prototype, Function.prototype, Map.prototype].map((proto) => Reflect.ownKeys(proto).length);
          if (prototypes.join() !== prototypesBefore.join()) tally.fail("effect", `inputSkeleton ${key}`, "a prototype gained a key");
        }),
        settings(300, 0.1),
      );
      expect(tally.examples).toEqual([]);
    },
    timeout(300, 0.1, 10),
  );
});
