import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { bundledRulebook, bundledRulebookIds, evaluateVerdicts, safeParseCandidate, safeParseCandidateJson } from "../../src/index.js";
import { FACTS, OPERATORS } from "../../src/compile/reference.js";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { runCli } from "../../src/cli/run.js";
import { readTestCases } from "../../src/cli/testFiles.js";
import { checkMutants, runPolicyTests } from "../../src/policyTests/index.js";
import { renderReviewIndex } from "../../src/review/index.js";
import { diffRulebooks, evaluate, evaluateAll, evaluateCohort, explain } from "../../src/index.js";
import { fixtureJson, from } from "../support/templates.js";
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

  test(
    "sparse and huge lists at every list argument: a typed error, at once",
    () => {
      const tally = family("sparse and huge lists");
      const rulebook = bundledRulebook();
      const lookup = () => rulebook;
      const result = evaluate(rulebook, records[0]!, asOf);
      const calls: ((list: unknown[]) => unknown)[] = [
        (list) => renderReviewIndex(list as never),
        (list) => runPolicyTests([{ test: { name: "t" }, records: list }] as never, lookup),
        (list) => checkMutants(list as never, lookup),
        (list) => explain({ ...result, missingFacts: list } as never),
        (list) => evaluateAll(rulebook, list as never, asOf),
        (list) => evaluateCohort(rulebook, list, asOf),
        (list) => inputSkeleton(list as never),
        (list) => diffRulebooks(rulebook, rulebook, list, asOf),
      ];
      fc.assert(
        fc.property(fc.nat(calls.length - 1), fc.constantFrom(2 ** 32 - 1, 2 ** 31, 10_000_001, 50_000_000), (call, length) => {
          const list: unknown[] = [];
          list.length = length;
          const started = performance.now();
          tally.run(`list of length ${length} to call ${call}`, () => calls[call]!(list));
          if (performance.now() - started > 500) tally.fail("hang", `list of length ${length} to call ${call}`, `${Math.round(performance.now() - started)} ms`);
        }),
        settings(80, 0.01),
      );
      expect(tally.examples).toEqual([]);
    },
    timeout(80, 0.01, 600),
  );

  test(
    "rounds re-run in shuffled orders give the same result in every field",
    () => {
      const tally = family("rounds in shuffled orders");
      const rulebook = bundledRulebook();
      const folder = join(import.meta.dirname, "..", "..", "fixtures", "000");
      const templates = readdirSync(folder)
        .map((file) => `000/${file}`)
        .filter((file) => fixtureJson(file).asOf === "2026-11-26");
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              template: fc.nat(templates.length - 1),
              rank: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
              department: fc.constantFrom("甲", "乙", undefined),
            }),
            {
              minLength: 1,
              maxLength: 12,
            },
          ),
          fc.func(fc.integer()),
          (members, order) => {
            const cohort = members.map((member, index) =>
              from(templates[member.template]!, `S-${index}`, {
                ...(member.rank === null ? {} : { committeeRank: { "model-post": member.rank } }),
                ...(member.department === undefined ? {} : { department: member.department }),
              }),
            );
            const first = tally.run("round", () => JSON.stringify(evaluateCohort(rulebook, cohort, asOf)));
            const shuffled = [...cohort].sort((a, b) => order(a) - order(b));
            const second = tally.run("round shuffled", () => JSON.stringify(evaluateCohort(rulebook, shuffled, asOf)));
            if (first !== second) tally.fail("effect", `round of ${cohort.length}`, "the same records in another order gave another result");
          },
        ),
        settings(200, 0.02),
      );
      expect(tally.examples).toEqual([]);
    },
    timeout(200, 0.02, 200),
  );

  test(
    "policy-test files naming paths outside their folder: refused, nothing read",
    () => {
      const tally = family("policy-test paths");
      const root = mkdtempSync(join(tmpdir(), "award-rules-paths-"));
      const folder = join(root, "tests");
      mkdirSync(join(folder, "data"), { recursive: true });
      writeFileSync(join(root, "outside.ndjson"), `${JSON.stringify({ id: "OUT-1" })}\n`);
      writeFileSync(join(folder, "data", "inside.ndjson"), `${JSON.stringify({ id: "IN-1" })}\n`);
      const segment = fc.constantFrom("..", ".", "data", "tests", "inside.ndjson", "outside.ndjson", "", "/etc", "passwd", root);
      let count = 0;
      fc.assert(
        fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
          const recordsFile = segments.join("/");
          if (recordsFile === "") return;
          count += 1;
          const file = join(folder, `t${count}.json`);
          writeFileSync(file, JSON.stringify({ $schema: "policy-test.schema.json", name: "t", recordsFile }));
          const cases = tally.run(`recordsFile ${recordsFile}`, () => readTestCases([file]));
          const read = cases?.[0]?.records as { id?: string }[] | undefined;
          if (read?.some((record) => record.id === "OUT-1")) tally.fail("effect", `recordsFile ${recordsFile}`, "a file outside the test's folder was read");
          if (read !== undefined && relative(folder, join(folder, recordsFile)).startsWith(".."))
            tally.fail("effect", `recordsFile ${recordsFile}`, "a path outside the folder was accepted");
        }),
        settings(300, 0.02),
      );
      expect(tally.examples).toEqual([]);
    },
    timeout(300, 0.02, 20),
  );
});
