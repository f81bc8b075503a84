import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { Engine, Rule } from "json-rules-engine";
import { LogicEngine } from "json-logic-engine";
import { EvaluationContext, scaleRanks, TRUE } from "../../src/compile/context.js";
import { FACTS } from "../../src/compile/facts/index.js";
import { OPERATORS } from "../../src/compile/operators/index.js";
import { compileParams, type CompiledParams } from "../../src/compile/params.js";
import { compilePath } from "../../src/compile/path.js";
import { toJsonRulesEngineConditions } from "../../src/engines/jsonRulesEngine.js";
import { bundledRulebook, evaluate, evaluateVerdicts, parseCandidate, type CandidateRecord, type Condition, type VerdictResult } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "./generate.js";
import { handTuned000, unpack } from "./handTuned.js";
import { decideKleene, toJsonLogic } from "./toJsonLogic.js";

// The benchmark, run by `npm run bench` (test/bench/bench.mjs bundles this file and runs it in
// plain Node, as the built package runs). Every figure is a ratio within this run: each engine
// runs once per round, in a rotating order, and its median round counts.
const COUNT = Number(process.env.BENCH_COUNT ?? 20_000);
const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 7));
const JRE_COUNT = Number(process.env.BENCH_JRE_COUNT ?? 500);
const ROUND_SIZES = (process.env.BENCH_ROUND_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const AS_OF = "2026-11-26";
const root = process.env.BENCH_ROOT ?? process.cwd();
const here = join(root, "test", "bench");
const rulebook = bundledRulebook();
const award = rulebook.awards[0]!;
const categories = award.categories.map((category) => category.id);
const lines: string[] = [];
const say = (line: string): void => {
  lines.push(line);
  console.log(line);
};
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const fmt = (value: number, digits = 0): string => value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Runs each engine once a round over all inputs, in an order that rotates each round; gives each engine's median records per second. */
function interleaved(engines: Record<string, { count: number; run: () => void }>): Record<string, number> {
  const names = Object.keys(engines);
  const rates: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let offset = 0; offset < names.length; offset += 1) {
      const name = names[(round + offset) % names.length] as string;
      const engine = engines[name]!;
      const start = performance.now();
      engine.run();
      rates[name]!.push(engine.count / ((performance.now() - start) / 1000));
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(rates[name]!)]));
}

/** One json-rules-engine engine, warm: a rule per category-level (requirements ∧ audience ∧ level), facts read from the record given to each run. */
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
      fact.read((await almanac.factValue("context")) as EvaluationContext, paramsOf(params)),
    );
  }
  const args = new Map<string, unknown>();
  for (const name of ["countAtLeast", "countAtMost", "appraisalPattern"]) {
    const operator = OPERATORS[name]!;
    engine.addOperator(name, (factValue: unknown, jsonValue: unknown) => {
      if (factValue === undefined) return false;
      const key = `${name}${JSON.stringify(jsonValue)}`;
      if (!args.has(key)) args.set(key, operator.prepare(jsonValue as never, { ...scope, award: award.award, ruleId: name }));
      return operator.test(factValue, args.get(key), undefined as never, paramsOf(undefined)) === TRUE;
    });
  }
  for (const category of award.award.categories) {
    for (const level of category.levels) {
      const tree: Condition = {
        id: `${category.id}#${level.level}`,
        label: { zh: "", en: "" },
        source: award.award.source,
        all: [award.award.requirements!, category.audience!, level.conditions],
      };
      engine.addRule(new Rule({ name: tree.id, conditions: toJsonRulesEngineConditions(tree), event: { type: tree.id } }));
    }
  }
  return engine;
}

async function jreRate(engine: Engine, input: CandidateRecord[]): Promise<{ rate: number; events: Set<string>[] }> {
  const run = async (record: CandidateRecord) => {
    const context = new EvaluationContext(record, AS_OF, rulebook.rulebook.windows, rulebook.slotCount);
    const { events } = await engine.run({ context });
    return new Set(events.map((event) => event.type));
  };
  for (const record of input.slice(0, 50)) await run(record); // warm
  const rates: number[] = [];
  let events: Set<string>[] = [];
  for (let round = 0; round < Math.min(ROUNDS, 5); round += 1) {
    const start = performance.now();
    events = [];
    for (const record of input) events.push(await run(record));
    rates.push(input.length / ((performance.now() - start) / 1000));
  }
  return { rate: median(rates), events };
}

function target(name: string, value: number, limit: number, direction: "atLeast" | "atMost", unit = "×"): boolean {
  const met = direction === "atLeast" ? value >= limit : value <= limit;
  say(`| ${name} | ${fmt(value, 2)}${unit} | ${direction === "atLeast" ? "≥" : "≤"} ${fmt(limit, limit < 10 ? 1 : 0)}${unit} | ${met ? "met" : "**not met**"} |`);
  return met;
}

/** Wall time of a command, in ms (spawned, waited for). */
function wall(command: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  {
    const random = mulberry32(7);
    const raw = Array.from({ length: COUNT }, (_, index) => syntheticRecord(random, index));
    const texts = raw.map((record) => JSON.stringify(record));
    const input = raw.map((record) => parseCandidate(record));
    const logic = new LogicEngine().build(toJsonLogic(rulebook.rulebook, AS_OF)) as (data: unknown) => number[];
    const options = { asOf: AS_OF };
    const ours: VerdictResult[] = input.map((record) => evaluateVerdicts(rulebook, record, options));
    const machine = `${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    say(`Machine: ${machine}. ${fmt(COUNT)} generated 000 records (applications, every organiser tier, unknowns), ${ROUNDS} interleaved rounds, medians.`);
    say("");

    // agreement: every engine gives our verdicts
    let handAgree = 0;
    let logicAgree = 0;
    let traceAgree = 0;
    input.forEach((record, index) => {
      const mine = ours[index]!;
      if (JSON.stringify(unpack(handTuned000(record))) === JSON.stringify(mine)) handAgree += 1;
      if (JSON.stringify(decideKleene(logic(record), categories, record.application?.category)) === JSON.stringify(mine)) logicAgree += 1;
      const full = evaluate(rulebook, texts[index]!, options);
      if (full.status === mine.status && full.category === mine.category && full.level === mine.level) traceAgree += 1;
    });

    const verdicts = interleaved({
      ours: { count: COUNT, run: () => input.forEach((record) => evaluateVerdicts(rulebook, record, options)) },
      jsonLogic: { count: COUNT, run: () => input.forEach((record) => decideKleene(logic(record), categories, record.application?.category)) },
      handTuned: { count: COUNT, run: () => input.forEach((record) => handTuned000(record)) },
    });
    const text = interleaved({
      ours: { count: COUNT, run: () => texts.forEach((line) => evaluateVerdicts(rulebook, line, options)) },
      parseAndHand: { count: COUNT, run: () => texts.forEach((line) => handTuned000(JSON.parse(line))) },
    });
    const traces = interleaved({
      verdicts: { count: COUNT, run: () => input.forEach((record) => evaluateVerdicts(rulebook, record, options)) },
      evaluate: { count: COUNT, run: () => input.forEach((record) => evaluate(rulebook, record, options)) },
      evaluateRead: { count: COUNT / 4, run: () => input.slice(0, COUNT / 4).forEach((record) => evaluate(rulebook, record, options).categories) },
    });
    const jre = await jreRate(jsonRulesEngine(), input.slice(0, JRE_COUNT));
    let jreDefinite = 0;
    let jreAgree = 0;
    input.slice(0, JRE_COUNT).forEach((_record, index) => {
      for (const category of categories) {
        ours[index]!.levels[category]!.forEach((status, level) => {
          if (status === "unknown") return;
          jreDefinite += 1;
          if ((jre.events[index]!.has(`${category}#${level + 1}`) ? "pass" : "fail") === status) jreAgree += 1;
        });
      }
    });

    say("| path | records / s |");
    say("|---|---:|");
    say(`| \`evaluateVerdicts\`, records parsed | ${fmt(verdicts.ours!)} |`);
    say(`| json-logic-engine 5.0.7 compiled (the rulebook in JsonLogic, three-valued) | ${fmt(verdicts.jsonLogic!)} |`);
    say(`| hand-tuned 000 function (test/bench/handTuned.ts) | ${fmt(verdicts.handTuned!)} |`);
    say(`| \`evaluateVerdicts\` from JSON text (parse, check, verdicts) | ${fmt(text.ours!)} |`);
    say(`| \`JSON.parse\` + hand-tuned | ${fmt(text.parseAndHand!)} |`);
    say(`| \`evaluate\` (traces built when read) | ${fmt(traces.evaluate!)} |`);
    say(`| \`evaluate\`, every trace read | ${fmt(traces.evaluateRead!)} |`);
    say(`| json-rules-engine 7.3.1, warm, one engine | ${fmt(jre.rate)} |`);
    say("");
    say(
      `Agreement: hand-tuned ${fmt(handAgree)} / ${fmt(COUNT)}; json-logic-engine ${fmt(logicAgree)} / ${fmt(COUNT)}; evaluate from JSON text ${fmt(traceAgree)} / ${fmt(COUNT)}; json-rules-engine ${fmt(jreAgree)} / ${fmt(jreDefinite)} definite level verdicts of ${fmt(JRE_COUNT)} records.`,
    );
    say("");

    // rounds, each in a process of its own (peak RSS is the process's)
    // bundled next to the project's node_modules, so the worker finds its dependencies
    const work = join(root, "node_modules", ".cache", "award-rules-bench");
    mkdirSync(work, { recursive: true });
    const worker = join(work, "roundWorker.mjs");
    await build({
      entryPoints: [join(here, "roundWorker.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: worker,
      logLevel: "error",
      external: ["date-fns/*", "zod", "json-rules-engine"],
    });
    const runs: { kind: string; count: number; seconds: number; perRecordUs: number; peakRssMB: number; liveHeapMB: number }[] = [];
    const roundOf = (kind: string, count: number) => {
      const result = spawnSync(process.execPath, ["--expose-gc", worker, kind, String(count)], { cwd: root, encoding: "utf8" });
      if (result.status !== 0) throw new Error(result.stderr);
      const run = JSON.parse(result.stdout.trim().split("\n").at(-1) as string);
      runs.push(run);
      return run;
    };
    for (const size of ROUND_SIZES) roundOf("000", size);
    const scoredSize = ROUND_SIZES.filter((size) => size <= 100_000).at(-1) ?? ROUND_SIZES[0]!;
    const appraisal = roundOf("appraisal", scoredSize);
    const star = roundOf("star", scoredSize);
    say("| round | records | seconds | µs / record | peak RSS | live heap after |");
    say("|---|---:|---:|---:|---:|---:|");
    for (const run of runs)
      say(
        `| ${run.kind === "000" ? "000 model posts" : run.kind === "appraisal" ? "004 篇11 appraisals" : "004 篇14 service stars"} | ${fmt(run.count)} | ${fmt(run.seconds, 1)} | ${fmt(run.perRecordUs, 1)} | ${fmt(run.peakRssMB)} MB | ${fmt(run.liveHeapMB)} MB |`,
      );
    say("");

    // cold start: bare node, then import + compile + first verdict (CJS, ESM), and the CLI on one record
    const bare: number[] = [];
    const cjs: number[] = [];
    const esm: number[] = [];
    const cli: number[] = [];
    for (let round = 0; round < Math.max(ROUNDS, 7); round += 1) {
      bare.push(wall(process.execPath, ["-e", ""]));
      cjs.push(wall(process.execPath, [join(here, "coldStart.cjs"), join(root, "dist", "index.cjs")]));
      esm.push(wall(process.execPath, [join(here, "coldStart.mjs"), join(root, "dist", "index.js")]));
      cli.push(wall(process.execPath, [join(root, "dist", "cli.cjs"), "evaluate", "fixtures/000/staff-complaint-two-and-half-years.json", "--lang", "en"]));
    }
    say(
      `Cold start (median of ${bare.length}): bare \`node -e ""\` ${fmt(median(bare))} ms; import + compile + first verdict ${fmt(median(cjs))} ms (CJS), ${fmt(median(esm))} ms (ESM); the CLI on one record ${fmt(median(cli))} ms.`,
    );
    say("");

    say("| target | measured | limit | |");
    say("|---|---:|---:|---|");
    const met = [
      target("verdicts: json-logic-engine time ÷ ours", verdicts.ours! / verdicts.jsonLogic!, 2, "atLeast"),
      target("verdicts: ours ÷ hand-tuned time", verdicts.handTuned! / verdicts.ours!, 1.5, "atMost"),
      target("JSON text to verdicts: ours ÷ (JSON.parse + hand-tuned) time", text.parseAndHand! / text.ours!, 2, "atMost"),
      target("full trace: evaluate ÷ verdicts time", traces.verdicts! / traces.evaluate!, 2, "atMost"),
      target("full trace: json-rules-engine time ÷ evaluate", traces.evaluate! / jre.rate, 100, "atLeast"),
      ...(ROUND_SIZES.includes(1_000_000) ? [target("a round of 1,000,000: peak RSS", runs.find((run) => run.count === 1_000_000)!.peakRssMB, 300, "atMost", " MB")] : []),
      target(
        "rounds linear: µs / record, largest ÷ smallest round",
        runs.filter((run) => run.kind === "000").at(-1)!.perRecordUs / runs.find((run) => run.kind === "000")!.perRecordUs,
        1.5,
        "atMost",
      ),
      target(
        "scored round (篇11) ÷ model-post round, µs / record",
        appraisal.perRecordUs / runs.find((run) => run.kind === "000" && run.count === scoredSize)!.perRecordUs,
        1,
        "atMost",
      ),
      target(
        "scored round (篇14) ÷ model-post round, µs / record",
        star.perRecordUs / runs.find((run) => run.kind === "000" && run.count === scoredSize)!.perRecordUs,
        1,
        "atMost",
      ),
      target("cold start (CJS) ÷ bare node", median(cjs) / median(bare), 2, "atMost"),
      target("cold start (ESM) ÷ bare node", median(esm) / median(bare), 2, "atMost"),
      target("the CLI on one record", median(cli), 200, "atMost", " ms"),
    ];
    if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${lines.join("\n")}\n`);
    // the engines must agree whatever the speed
    const agreed = handAgree === COUNT && logicAgree === COUNT && traceAgree === COUNT && jreAgree === jreDefinite;
    console.log(`${met.filter(Boolean).length} of ${met.length} targets met; ${agreed ? "every engine agrees" : "ENGINES DISAGREE"}`);
    if (!agreed) process.exitCode = 1;
  }
}

await main();
