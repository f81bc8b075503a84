import { Engine, Rule } from "json-rules-engine";
import { describe, expect, test } from "vitest";
import { EvaluationContext, scaleRanks, TRUE } from "../../src/compile/context.js";
import { FACTS } from "../../src/compile/facts/index.js";
import { OPERATORS } from "../../src/compile/operators/index.js";
import { compileParams, type CompiledParams } from "../../src/compile/params.js";
import { compilePath } from "../../src/compile/path.js";
import { toJsonRulesEngineConditions } from "../../src/engines/jsonRulesEngine.js";
import { bundledRulebook, evaluate, evaluateVerdicts, parseCandidate, type CandidateRecord, type Condition } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "./generate.js";
import { handWritten000 } from "./handWritten.js";

// `npm run bench` (BENCH=1); skipped in `npm test`.
const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const JRE_COUNT = Number(process.env.BENCH_JRE_COUNT ?? 2_000);
const AS_OF = "2026-11-26";
const STATUS = ["fail", "pass", "unknown"] as const;
const rulebook = bundledRulebook();
const award = rulebook.rulebook.awards[0]!;

function records(count: number): CandidateRecord[] {
  const random = mulberry32(7);
  return Array.from({ length: count }, (_, index) => parseCandidate(syntheticRecord(random, index)));
}

function rate(label: string, count: number, run: () => void): number {
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  const perSecond = count / seconds;
  console.log(`${label.padEnd(52)} ${Math.round(perSecond).toLocaleString("en").padStart(12)} candidates/s (${count.toLocaleString("en")} in ${seconds.toFixed(2)} s)`);
  return perSecond;
}

/** One json-rules-engine engine, reused: a rule per category-level (requirements ∧ audience ∧ level), facts read from the record given to each run. */
function jsonRulesEngine(): Engine {
  const scope = { rulebook: rulebook.rulebook, scales: scaleRanks(rulebook.rulebook), windows: rulebook.rulebook.windows };
  const cache = new Map<string, CompiledParams>();
  const paramsOf = (params: unknown): CompiledParams => {
    const key = JSON.stringify(params ?? {});
    if (!cache.has(key)) cache.set(key, compileParams("bench", params as never, scope));
    return cache.get(key)!;
  };
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (value: unknown, path: string) => compilePath(path, "bench")(value) });
  for (const [name, fact] of Object.entries(FACTS)) {
    engine.addFact(name, async (params: unknown, almanac: { factValue: (id: string) => Promise<unknown> }) =>
      fact.read((await almanac.factValue("context")) as EvaluationContext, paramsOf(params)));
  }
  const args = new Map<string, unknown>();
  for (const name of ["countAtLeast", "countAtMost", "appraisalPattern"]) {
    const operator = OPERATORS[name]!;
    engine.addOperator(name, (factValue: unknown, jsonValue: unknown) => {
      if (factValue === undefined) return false;
      const key = `${name}${JSON.stringify(jsonValue)}`;
      if (!args.has(key)) args.set(key, operator.prepare(jsonValue as never, { ...scope, award, ruleId: name }));
      return operator.test(factValue, args.get(key), undefined as never, paramsOf(undefined)) === TRUE;
    });
  }
  for (const category of award.categories) {
    for (const level of category.levels) {
      const tree: Condition = { id: `${category.id}#${level.level}`, label: { zh: "", en: "" }, source: award.source, all: [award.requirements!, category.audience!, level.conditions] };
      engine.addRule(new Rule({ name: tree.id, conditions: toJsonRulesEngineConditions(tree), event: { type: tree.id } }));
    }
  }
  return engine;
}

function peakHeap(count: number): number {
  const random = mulberry32(11);
  (globalThis as { gc?: () => void }).gc?.();
  let peak = 0;
  for (let index = 0; index < count; index += 1) {
    evaluateVerdicts(rulebook, syntheticRecord(random, index), { asOf: AS_OF });
    if (index % 5000 === 0) {
      (globalThis as { gc?: () => void }).gc?.(); // live memory, not garbage awaiting collection
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return peak;
}

describe.skipIf(!process.env.BENCH)("benchmark: the whole 000 rulebook (3 categories × 3 levels)", () => {
  test("verdicts, full traces, hand-written, json-rules-engine: speed, memory, agreement", async () => {
    // Memory first, before the timed runs hold their inputs: records are generated and evaluated one at a time.
    const small = peakHeap(10_000);
    const large = peakHeap(100_000);
    console.log(`peak live heap, streaming verdicts: ${(small / 1e6).toFixed(0)} MB at 10k records, ${(large / 1e6).toFixed(0)} MB at 100k${"gc" in globalThis ? "" : " (run with --expose-gc for steadier figures)"}`);
    const input = records(COUNT);
    const ours: Record<string, string[]>[] = new Array(COUNT);
    const hand: Record<string, number[]>[] = new Array(COUNT);
    for (let warm = 0; warm < 2000; warm += 1) {
      evaluateVerdicts(rulebook, input[warm]!, { asOf: AS_OF });
      handWritten000(input[warm]!);
    }
    const a = rate("(a) evaluateVerdicts (verdicts only)", COUNT, () => {
      for (let index = 0; index < COUNT; index += 1) ours[index] = evaluateVerdicts(rulebook, input[index]!, { asOf: AS_OF }).levels;
    });
    const c = rate("(c) hand-written TypeScript function", COUNT, () => {
      for (let index = 0; index < COUNT; index += 1) hand[index] = handWritten000(input[index]!);
    });
    const full = Math.min(COUNT, 20_000);
    const b = rate("(b) evaluate (full result, trace and reasons)", full, () => {
      for (let index = 0; index < full; index += 1) evaluate(rulebook, input[index]!, { asOf: AS_OF });
    });
    const engine = jsonRulesEngine();
    const jre: Set<string>[] = [];
    const started = performance.now();
    for (let index = 0; index < JRE_COUNT; index += 1) {
      const context = new EvaluationContext(input[index]!, AS_OF, rulebook.rulebook.windows, rulebook.slotCount);
      const { events } = await engine.run({ context });
      jre.push(new Set(events.map((event) => event.type)));
    }
    const d = JRE_COUNT / ((performance.now() - started) / 1000);
    console.log(`${"(d) json-rules-engine 7.3.1, one engine, in sequence".padEnd(52)} ${Math.round(d).toLocaleString("en").padStart(12)} candidates/s (${JRE_COUNT.toLocaleString("en")} records)`);
    console.log(`a/c = ${(c / a).toFixed(2)}× slower than hand-written; b/d = ${(b / d).toFixed(0)}× faster than json-rules-engine`);

    let definite = 0;
    for (let index = 0; index < COUNT; index += 1) {
      for (const category of ["party", "staff", "management"]) {
        const theirs = hand[index]![category]!.map((status) => STATUS[status]);
        expect(ours[index]![category]).toEqual(theirs);
        if (index < JRE_COUNT) {
          ours[index]![category]!.forEach((status, level) => {
            if (status === "unknown") return;
            definite += 1;
            expect(jre[index]!.has(`${category}#${level + 1}`) ? "pass" : "fail", `${input[index]!.id} ${category} ${level + 1}`).toBe(status);
          });
        }
      }
    }
    console.log(`agreement: (a) = (c) on all ${COUNT.toLocaleString("en")} × 9 verdicts; (a) = (b) checked by the fixture tests; (d) = (a) on ${definite.toLocaleString("en")} definite verdicts of ${JRE_COUNT.toLocaleString("en")} records`);
  }, 0);
});
