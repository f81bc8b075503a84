import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";
import {
  AwardRulesError,
  analyzeGaps,
  bundledRulebook,
  evaluate,
  evaluateCohort,
  evaluateScored,
  explain,
  explainScored,
  loadRulebook,
  parseCandidate,
  requiredInputs,
  safeEvaluateCohort,
  safeLoadRulebook,
} from "../../src/index.js";
import { lintRulebook, renderReviewPage } from "../../src/review/index.js";
import { FUZZ_SEED, Tally, fuzzRuns } from "./fuzzTally.js";
import { RECORD_CASES, RULE_JSON, compiledOf, evaluateCase, exotic, hostileJson, mutate, oddValue } from "./hostileFamilies.js";

const rulebook = bundledRulebook();
const ruleJson = RULE_JSON["model-post-000"]!;
const cases = fc.nat({ max: RECORD_CASES.length - 1 }).map((index) => RECORD_CASES[index]!);
const steps = (max: number) => fc.array(fc.nat(), { maxLength: max });
const settings = (fallback: number, share: number) => ({ seed: FUZZ_SEED, numRuns: fuzzRuns(fallback, share) });
/** A generous bound per test: `npm run fuzz` runs many cases. */
const timeout = (fallback: number, share: number, msPerCase: number) => Math.max(120_000, fuzzRuns(fallback, share) * msPerCase);
const tallies: Tally[] = [];
const family = (name: string): Tally => {
  const tally = new Tally(name);
  tallies.push(tally);
  return tally;
};
const settle = (tally: Tally): void => {
  tally.report();
  expect(tally.examples).toEqual([]);
};
const cliDir = mkdtempSync(join(tmpdir(), "award-rules-fuzz-"));
afterAll(() => rmSync(cliDir, { recursive: true, force: true }));

describe("hostile input gives a result or a typed error, never a crash", () => {
  test("regression (found by npm run fuzz): a 300,000-item list inside a rule file is refused, not a stack overflow", () => {
    const json = structuredClone(ruleJson) as { scales: { rating: { values: unknown } } };
    json.scales.rating.values = Array.from({ length: 300_000 }, () => 0);
    const result = safeLoadRulebook(json);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(["scales", "rating", "values"]);
    expect(lintRulebook(json)[0]?.code).toBe("invalid_rulebook");
  });

  test("regression (found by npm run fuzz): a test file holding null is a bad input (exit 2, one line), not an internal error", () => {
    const path = join(cliDir, "null-test.json");
    writeFileSync(path, "null");
    const outcome = runCli(["test", path, "--lang", "en"], { progress: () => {}, writeFile: () => {} });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  test(
    "records: random values at random places of every fixture's record, through evaluate or evaluateScored and explain",
    () => {
      const tally = family("records (mutated fixtures)");
      fc.assert(
        fc.property(cases, steps(4), hostileJson, (fixture, path, value) => {
          const input = mutate(fixture.input, path, () => value);
          const result = tally.run(`${fixture.award} ${path}`, () => evaluateCase(compiledOf(fixture), fixture, input));
          if (result !== undefined) tally.run(`explain ${fixture.award}`, () => ("categories" in (result as object) ? explain(result as never) : explainScored(result as never)));
        }),
        settings(200, 0.3),
      );
      settle(tally);
    },
    timeout(200, 0.3, 20),
  );

  test(
    "records: anything at all, extra keys included",
    () => {
      const tally = family("records (anything)");
      fc.assert(
        fc.property(fc.oneof(hostileJson, fc.dictionary(fc.string(), hostileJson)), (value) => {
          tally.run("evaluate", () => evaluate(rulebook, value, { asOf: "2026-11-26" }));
          tally.run("evaluateScored", () => evaluateScored(bundledRulebook("logistics-plans-004"), value, { asOf: "2026-11-26", award: "staff-appraisal" }));
        }),
        settings(200, 0.2),
      );
      settle(tally);
    },
    timeout(200, 0.2, 20),
  );

  test(
    "exotic objects: records as revoked proxies, throwing or changing getters, BigInts, Maps, objects that are not plain",
    () => {
      const tally = family("exotic objects");
      fc.assert(
        fc.property(cases, fc.nat(), steps(3), (fixture, kind, path) => {
          const input = mutate(fixture.input, path, (old) => (old !== null && typeof old === "object" ? exotic(old, kind) : exotic({ id: "x" }, kind)));
          tally.run(`${fixture.award} exotic ${kind % 9} at ${path}`, () => evaluateCase(compiledOf(fixture), fixture, input));
          tally.run(`parseCandidate exotic ${kind % 9}`, () => parseCandidate(exotic(fixture.input, kind)));
        }),
        settings(200, 0.2),
      );
      settle(tally);
    },
    timeout(200, 0.2, 20),
  );

  test(
    "options: hostile dates, awards and languages at every option",
    () => {
      const tally = family("options");
      const optionValue = fc.oneof(
        hostileJson,
        fc.constantFrom<unknown>(undefined, 10n, Symbol("s"), () => 1, "fr", "zh", "en", "markdown", "model-post", "staff-appraisal"),
      );
      fc.assert(
        fc.property(cases, fc.constantFrom("asOf", "award", "language", "format", "full", "interpretations", "deployment", "category"), optionValue, (fixture, key, value) => {
          const compiled = compiledOf(fixture);
          const options = { asOf: fixture.asOf, award: fixture.award, [key]: value };
          tally.run(`evaluate ${key}`, () => evaluate(compiled, fixture.input, options as never));
          tally.run(`evaluateScored ${key}`, () => evaluateScored(compiled, fixture.input, options as never));
          tally.run(`requiredInputs ${key}`, () => requiredInputs(compiled, options as never));
          const result = tally.run(`the fixture ${fixture.award}`, () => evaluateCase(compiled, fixture));
          if (result !== undefined)
            tally.run(`explain ${key}`, () => ("categories" in (result as object) ? explain(result as never, { [key]: value }) : explainScored(result as never, { [key]: value })));
        }),
        settings(200, 0.15),
      );
      settle(tally);
    },
    timeout(200, 0.15, 20),
  );

  test(
    "rule files: random values at random places of every rule file load, or fail typed; lint never throws",
    () => {
      const tally = family("rule files (hostile values)");
      const ids = Object.keys(RULE_JSON);
      fc.assert(
        fc.property(fc.nat({ max: ids.length - 1 }), steps(12), hostileJson, (index, path, value) => {
          const json = mutate(RULE_JSON[ids[index]!], path, () => value);
          tally.run(`loadRulebook ${ids[index]} ${path}`, () => loadRulebook(json));
          tally.run(`lintRulebook ${ids[index]} ${path}`, () => lintRulebook(json));
        }),
        settings(60, 0.04),
      );
      settle(tally);
    },
    timeout(60, 0.04, 300),
  );

  test(
    "rule files that load but are odd (odd dates, empty or doubled lists, changed numbers): every function on them answers or fails typed",
    () => {
      const tally = family("rule files (odd but loading)");
      fc.assert(
        fc.property(cases, steps(10), fc.nat(), (fixture, path, pick) => {
          const json = mutate(RULE_JSON[fixture.rulebook], path, (old) => oddValue(old, pick));
          const compiled = tally.run(`loadRulebook ${fixture.rulebook} ${path} ${pick}`, () => loadRulebook(json));
          if (compiled === undefined) return;
          const result = tally.run(`evaluate on odd ${fixture.rulebook} ${path} ${pick}`, () => evaluateCase(compiled, fixture));
          if (result !== undefined && "categories" in (result as object)) {
            tally.run(`explain on odd ${path}`, () => explain(result as never));
            tally.run(`analyzeGaps on odd ${path}`, () => analyzeGaps(result as never, compiled));
          } else if (result !== undefined) tally.run(`explainScored on odd ${path}`, () => explainScored(result as never));
          tally.run(`requiredInputs on odd ${path}`, () => requiredInputs(compiled, { award: fixture.award }));
          tally.run(`evaluateCohort on odd ${path}`, () => evaluateCohort(compiled, [fixture.input], { asOf: fixture.asOf, award: fixture.award }));
          tally.run(`renderReviewPage on odd ${path}`, () => renderReviewPage(json as never));
        }),
        settings(60, 0.03),
      );
      settle(tally);
    },
    timeout(60, 0.03, 400),
  );

  test(
    "cohorts and iterables: rounds of hostile records, and iterables that throw or never end",
    () => {
      const tally = family("cohorts and iterables");
      const member = fc.oneof(
        cases.map((fixture) => fixture.input as unknown),
        hostileJson,
        fc.tuple(cases, steps(3), hostileJson).map(([fixture, path, value]) => mutate(fixture.input, path, () => value)),
      );
      const iterable = fc.constantFrom(
        (records: unknown[]) => records,
        (records: unknown[]) => new Set(records),
        (records: unknown[]) =>
          (function* () {
            yield* records;
          })(),
        (records: unknown[]) =>
          (function* () {
            yield* records;
            throw new Error("the source failed");
          })(),
        (records: unknown[]) => ({ [Symbol.iterator]: () => ({ next: () => ({ done: false, value: records[0] }) }) }),
        (records: unknown[]) => ({ [Symbol.iterator]: () => 5, length: records.length }),
        (_records: unknown[]) => ({ [Symbol.iterator]: () => ({ next: () => null }) }),
      );
      fc.assert(
        fc.property(fc.array(member, { maxLength: 12 }), iterable, fc.constantFrom("model-post", undefined), (records, wrap, award) => {
          tally.run(`evaluateCohort ${wrap.toString().slice(0, 60)}`, () =>
            evaluateCohort(rulebook, wrap(records) as Iterable<unknown>, { asOf: "2026-11-26", ...(award ? { award } : {}), maxRecords: 1_000 }),
          );
          const outcome = safeEvaluateCohort(rulebook, records, { asOf: "2026-11-26" });
          if (!outcome.success) expect(outcome.error).toBeInstanceOf(AwardRulesError);
        }),
        settings(100, 0.05),
      );
      settle(tally);
    },
    timeout(100, 0.05, 100),
  );

  test(
    "the CLI's files: hostile records, rule files and test files exit 0, 1 or 2, with one line per problem and never a stack",
    () => {
      const tally = family("CLI files");
      // JSON text of a value, or of a list nested too deep to write as JSON here (the CLI gets it as text)
      const jsonText = (value: unknown): string => {
        try {
          return JSON.stringify(value) ?? "";
        } catch {
          return `${"[".repeat(5_000)}${"]".repeat(5_000)}`;
        }
      };
      const text = fc.oneof(
        fc.tuple(cases, steps(4), hostileJson).map(([fixture, path, value]) => jsonText(mutate(fixture, path, () => value))),
        fc.tuple(steps(10), hostileJson).map(([path, value]) => jsonText(mutate(ruleJson, path, () => value))),
        fc.string({ maxLength: 200 }),
        fc.constantFrom("", "{", "null", "[]", "\u0000", '{"id": 1}\n{"id":"x"}\nnot json', "x".repeat(100_000), "[".repeat(10_000)),
      );
      let file = 0;
      fc.assert(
        fc.property(text, fc.constantFrom("evaluate", "batch", "lint", "test", "inputs", "diff", "render"), fc.boolean(), (content, command, ndjson) => {
          file += 1;
          const path = join(cliDir, `input-${file}.${ndjson ? "ndjson" : "json"}`);
          writeFileSync(path, content);
          const argv = {
            evaluate: ["evaluate", path, "--as-of", "2026-11-26"],
            batch: ["batch", path, "--as-of", "2026-11-26"],
            lint: ["lint", path],
            test: ["test", path],
            inputs: ["inputs", "--rules", path],
            diff: ["diff", "rules/000-model-post.json", path, path, "--as-of", "2026-11-26"],
            render: ["render", path, "--out", join(cliDir, "out")],
          }[command];
          const outcome = tally.run(`cli ${command} ${content.slice(0, 60)}`, () => runCli(argv, { progress: () => {}, writeFile: () => {} }));
          if (outcome === undefined) return;
          if (![0, 1, 2].includes(outcome.code)) tally.fail("untyped", `cli ${command}`, `exit ${outcome.code}`);
          if (/\n\s+at |internal error|内部错误/.test(outcome.stderr)) tally.fail("untyped", `cli ${command} ${content.slice(0, 60)}`, outcome.stderr.split("\n")[0]);
        }),
        settings(40, 0.05),
      );
      settle(tally);
    },
    timeout(40, 0.05, 400),
  );

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
