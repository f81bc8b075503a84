import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { Engine, Rule } from "json-rules-engine";
import { EvaluationContext, scaleRanks, TRUE } from "../../src/compile/context.js";
import { FACTS } from "../../src/compile/facts/index.js";
import { OPERATORS } from "../../src/compile/operators/index.js";
import { compileParams, type CompiledParams } from "../../src/compile/params.js";
import { compilePath } from "../../src/compile/path.js";
import { toJsonRulesEngineConditions } from "../../src/engines/jsonRulesEngine.js";
import {
  bundledRulebook,
  evaluate,
  evaluateVerdicts,
  explain,
  parseCandidate,
  type CandidateRecord,
  type Condition,
  type EvaluationResult,
  type TraceNode,
  type VerdictResult,
} from "../../src/index.js";
import { benchRecord, mulberry32 } from "./generate.js";
import { handTuned000, unpack } from "./handTuned.js";
import { fairLogicEngine, toFairJsonLogic } from "./jsonLogicFair.js";
import { decideKleene, toJsonLogic } from "./toJsonLogic.js";
import { LogicEngine } from "json-logic-engine";

// The benchmark, run by `npm run bench` (test/bench/bench.mjs bundles this file and runs it in
// plain Node, as the built package runs) and, small, by `npm run bench:small`. Every figure is a
// ratio within this run: the engines of a table run once per round, in an order that rotates each
// round, and each one's median round counts.
const SMALL = process.env.BENCH_SMALL === "1";
const COUNT = Number(process.env.BENCH_COUNT ?? (SMALL ? 2_000 : 20_000));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (SMALL ? 3 : 7));
const JRE_COUNT = Number(process.env.BENCH_JRE_COUNT ?? (SMALL ? 100 : 500));
const ROUND_SIZES = (process.env.BENCH_ROUND_SIZES ?? (SMALL ? "10000" : "10000,100000,1000000")).split(",").map(Number);
const SCORED_SIZE = Number(process.env.BENCH_SCORED_SIZE ?? (SMALL ? 10_000 : 100_000));
/** The round whose peak RSS is the memory smoke test: the largest round, and in the small run one of 100,000 (the round alone). */
const SMOKE_SIZE = Number(process.env.BENCH_SMOKE_SIZE ?? (SMALL ? 100_000 : 0));
const COLD_RUNS = SMALL ? 3 : Math.max(ROUNDS, 7);
const RSS_LIMIT_MB = 300;
const AS_OF = "2026-11-26";
const root = process.env.BENCH_ROOT ?? process.cwd();
const here = join(root, "test", "bench");
const rulebook = bundledRulebook();
const award = rulebook.awards[0]!;
const categories = award.categories.map((category) => category.id);
const options = { asOf: AS_OF };
const lines: string[] = [];
const say = (line: string): void => {
  lines.push(line);
  console.log(line);
};
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const fmt = (value: number, digits = 0): string => value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Row {
  /** Records one run handles. */
  count: number;
  /** Made afresh before each run, outside the timing (fresh record objects, say). */
  setup?: () => void;
  run: () => void | Promise<void>;
}

const WARM_RECORDS = 10_000;
const WARM_MS = SMALL ? 250 : 1_000;

/**
 * Runs each row untimed (warm), then once a round, in an order that rotates each round; gives each
 * row's median records per second. No forced collection between runs: a `gc()` before each run
 * slowed every row 1.5–2.5× (measured), so it would time the collector's aftermath, not the row.
 */
async function interleaved(rows: Record<string, Row>): Promise<Record<string, number>> {
  const names = Object.keys(rows);
  const rates: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  // warm: untimed runs until the row has handled WARM_RECORDS records or WARM_MS have passed (the JIT settles after some 10,000 records; a small run's few records would otherwise time the warm-up)
  for (const row of Object.values(rows)) {
    const start = performance.now();
    for (let handled = 0; handled < WARM_RECORDS && performance.now() - start < WARM_MS; handled += row.count) {
      row.setup?.();
      await row.run();
    }
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let offset = 0; offset < names.length; offset += 1) {
      const name = names[(round + offset) % names.length] as string;
      const row = rows[name]!;
      row.setup?.();
      const start = performance.now();
      await row.run();
      rates[name]!.push(row.count / ((performance.now() - start) / 1000));
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(rates[name]!)]));
}

/** One json-rules-engine engine, warm: a rule per category-level (requirements ∧ audience ∧ level, the trees `evaluate` walks), facts read from the record given to each run. */
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
        id: `${category.id}.${level.level}`,
        label: { zh: `${category.label.zh} ${level.level}`, en: `${category.label.en} ${level.level}` },
        source: award.award.source,
        all: [award.award.requirements!, category.audience!, level.conditions],
      };
      engine.addRule(new Rule({ name: tree.id, conditions: toJsonRulesEngineConditions(tree), event: { type: tree.id } }));
    }
  }
  return engine;
}

/** Every trace node of a result, visited: its reason, facts and missing inputs read. */
function readTraces(result: EvaluationResult): number {
  let read = 0;
  const visit = (node: TraceNode | null | undefined): void => {
    if (!node) return;
    read += node.reason.zh.length + node.facts.length + node.missing.length + node.citation.length;
    for (const child of node.children) visit(child);
  };
  visit(result.application?.admission);
  visit(result.requirements);
  for (const category of result.categories) {
    visit(category.audience);
    for (const level of category.levels) visit(level.conditions);
  }
  for (const excluded of result.excludedCategories) visit(excluded.audience);
  return read + JSON.stringify(result).length;
}

function target(name: string, value: number, limit: number, direction: "atLeast" | "atMost", unit = "×"): boolean {
  const met = direction === "atLeast" ? value >= limit : value <= limit;
  const digits = unit === "×" ? 2 : 0;
  say(
    `| ${name} | ${fmt(value, digits)}${unit} | ${direction === "atLeast" ? "≥" : "≤"} ${fmt(limit, unit === "×" && limit < 10 && !Number.isInteger(limit) ? 2 : 0)}${unit} | ${met ? "met" : "**not met**"} |`,
  );
  return met;
}

/** Wall time of a command, in ms (spawned, waited for). */
function wall(command: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

interface WorkerRun {
  kind: string;
  mode: string;
  count: number;
  seconds: number;
  perRecordUs: number;
  peakRssMB: number;
  liveHeapMB: number;
  ndjsonMB: number;
}

async function main(): Promise<void> {
  const random = mulberry32(7);
  const raw = Array.from({ length: COUNT }, (_, index) => benchRecord(random, index));
  const texts = raw.map((record) => JSON.stringify(record));
  const input = raw.map((record) => parseCandidate(record));
  const withAbsent = input.filter((record) => record.knownAbsent !== undefined).length;
  const fairLogic = toFairJsonLogic(rulebook.rulebook, AS_OF);
  const fair = fairLogicEngine().build(fairLogic) as (data: unknown) => number[];
  const fairNoHooks = fairLogicEngine(false).build(fairLogic) as (data: unknown) => number[];
  const doubled = new LogicEngine().build(toJsonLogic(rulebook.rulebook, AS_OF)) as (data: unknown) => number[];
  const ours: VerdictResult[] = input.map((record) => evaluateVerdicts(rulebook, record, options));
  const machine = `${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  say(
    `Machine: ${machine}. ${SMALL ? "Small run: " : ""}${fmt(COUNT)} generated 000 records (${fmt(withAbsent)} with knownAbsent; applications, every organiser tier, unknowns), ${ROUNDS} interleaved rounds, medians.`,
  );
  say("");

  // agreement: every engine gives our verdicts, records with knownAbsent among them
  const agree = { hand: 0, handAbsent: 0, fair: 0, fairAbsent: 0, fairNoHooks: 0, doubled: 0, doubledPlain: 0, objects: 0, text: 0, evaluate: 0 };
  const same = (a: unknown, b: string): boolean => JSON.stringify(a) === b;
  // the decision alone: the peers say which revision of the policy they encode by being written for it
  const decisionJson = ({ revision: _revision, outsideEffectivePeriod: _outside, ...decision }: VerdictResult): string => JSON.stringify(decision);
  input.forEach((record, index) => {
    const mine = decisionJson(ours[index]!);
    const absent = record.knownAbsent !== undefined;
    const applied = record.application?.category;
    if (same(unpack(handTuned000(record)), mine)) {
      agree.hand += 1;
      if (absent) agree.handAbsent += 1;
    }
    if (same(decideKleene(fair(record), categories, applied), mine)) {
      agree.fair += 1;
      if (absent) agree.fairAbsent += 1;
    }
    if (same(decideKleene(fairNoHooks(record), categories, applied), mine)) agree.fairNoHooks += 1;
    if (same(decideKleene(doubled(record), categories, applied), mine)) {
      agree.doubled += 1;
      if (!absent) agree.doubledPlain += 1;
    }
    if (decisionJson(evaluateVerdicts(rulebook, JSON.parse(texts[index]!), options)) === mine) agree.objects += 1;
    if (decisionJson(evaluateVerdicts(rulebook, texts[index]!, options)) === mine) agree.text += 1;
    const full = evaluate(rulebook, texts[index]!, options);
    const levels = Object.fromEntries(full.categories.map((category) => [category.id, category.levels.map((level) => level.status)]));
    const theirs = ours[index]!.levels;
    const levelsAgree = Object.entries(levels).every(([id, statuses]) => JSON.stringify(theirs[id]) === JSON.stringify(statuses));
    if (full.status === ours[index]!.status && full.category === ours[index]!.category && full.level === ours[index]!.level && levelsAgree) agree.evaluate += 1;
  });

  const verdicts = await interleaved({
    ours: { count: COUNT, run: () => input.forEach((record) => evaluateVerdicts(rulebook, record, options)) },
    fair: { count: COUNT, run: () => input.forEach((record) => decideKleene(fair(record), categories, record.application?.category)) },
    fairNoHooks: { count: COUNT, run: () => input.forEach((record) => decideKleene(fairNoHooks(record), categories, record.application?.category)) },
    doubled: { count: COUNT, run: () => input.forEach((record) => decideKleene(doubled(record), categories, record.application?.category)) },
    hand: { count: COUNT, run: () => input.forEach((record) => handTuned000(record)) },
  });

  // records as an HR system hands them over: fresh objects each run (made outside the timing), or JSON text
  let objects: Record<string, unknown>[] = [];
  const freshObjects = (): void => {
    objects = texts.map((text) => JSON.parse(text) as Record<string, unknown>);
  };
  const given = await interleaved({
    objects: { count: COUNT, setup: freshObjects, run: () => objects.forEach((record) => evaluateVerdicts(rulebook, record, options)) },
    handObjects: { count: COUNT, setup: freshObjects, run: () => objects.forEach((record) => handTuned000(record)) },
    text: { count: COUNT, run: () => texts.forEach((line) => evaluateVerdicts(rulebook, line, options)) },
    parseAndHand: { count: COUNT, run: () => texts.forEach((line) => handTuned000(JSON.parse(line))) },
  });

  // rows that read what they produce, beside json-rules-engine's warm verdicts on the same trees
  const part = input.slice(0, Math.max(1, Math.floor(COUNT / 4)));
  const jreInput = input.slice(0, JRE_COUNT);
  const engine = jsonRulesEngine();
  const jreRun = async (record: CandidateRecord): Promise<Set<string>> => {
    const context = new EvaluationContext(record, AS_OF, rulebook.rulebook.windows, rulebook.slotCount, rulebook.windowCache);
    const { events } = await engine.run({ context });
    return new Set(events.map((event) => event.type));
  };
  for (const record of jreInput.slice(0, 50)) await jreRun(record); // warm
  let read = 0;
  let built: EvaluationResult[] = [];
  const reading = await interleaved({
    verdicts: { count: COUNT, run: () => input.forEach((record) => evaluateVerdicts(rulebook, record, options)) },
    evaluate: { count: COUNT, run: () => input.forEach((record) => evaluate(rulebook, record, options)) },
    trace: {
      count: part.length,
      run: () => {
        for (const record of part) read += readTraces(evaluate(rulebook, record, options));
      },
    },
    // the floor under the trace row: the same results, built and read before the clock starts, only written out as JSON
    stringifyOnly: {
      count: part.length,
      setup: () => {
        built = part.map((record) => evaluate(rulebook, record, options));
        for (const result of built) readTraces(result);
      },
      run: () => {
        for (const result of built) read += JSON.stringify(result).length;
      },
    },
    explanation: {
      count: part.length,
      run: () => {
        for (const record of part) read += explain(evaluate(rulebook, record, options), { language: "zh" }).length;
      },
    },
    jre: {
      count: jreInput.length,
      run: async () => {
        for (const record of jreInput) await jreRun(record);
      },
    },
  });
  const traceBytes = built.reduce((sum, result) => sum + JSON.stringify(result).length, 0) / Math.max(1, built.length);
  let jreDefinite = 0;
  let jreAgree = 0;
  for (const [index, record] of jreInput.entries()) {
    const events = await jreRun(record);
    for (const category of categories) {
      ours[index]!.levels[category]!.forEach((status, level) => {
        if (status === "unknown") return;
        jreDefinite += 1;
        if ((events.has(`${category}.${level + 1}`) ? "pass" : "fail") === status) jreAgree += 1;
      });
    }
  }

  say("| path | records / s |");
  say("|---|---:|");
  say(`| \`evaluateVerdicts\`, records parsed (\`parseCandidate\`) | ${fmt(verdicts.ours!)} |`);
  say(`| json-logic-engine 5.0.7, \`build\` (fair translation: custom three-valued methods with compile hooks, each node once) | ${fmt(verdicts.fair!)} |`);
  say(`| json-logic-engine 5.0.7, \`build\`, the same methods without compile hooks (not a target) | ${fmt(verdicts.fairNoHooks!)} |`);
  say(`| json-logic-engine 5.0.7, \`build\`, the old doubled translation (not a target; reads no knownAbsent) | ${fmt(verdicts.doubled!)} |`);
  say(`| hand-tuned 000 function (test/bench/handTuned.ts) | ${fmt(verdicts.hand!)} |`);
  say(`| \`evaluateVerdicts\`, fresh record objects (validation + verdicts) | ${fmt(given.objects!)} |`);
  say(`| hand-tuned, the same fresh objects | ${fmt(given.handObjects!)} |`);
  say(`| \`evaluateVerdicts\` from JSON text (parse, validation, verdicts) | ${fmt(given.text!)} |`);
  say(`| \`JSON.parse\` + hand-tuned | ${fmt(given.parseAndHand!)} |`);
  say(`| \`evaluate\`, traces not read | ${fmt(reading.evaluate!)} |`);
  say(`| trace read: \`evaluate\`, every trace node visited, \`JSON.stringify\` of the result | ${fmt(reading.trace!)} |`);
  say(`| floor of the row above: \`JSON.stringify\` alone of the same results, built and read beforehand (${fmt(traceBytes)} characters each) | ${fmt(reading.stringifyOnly!)} |`);
  say(`| explanation: \`evaluate\` + \`explain(result, { language: "zh" })\`, the text read | ${fmt(reading.explanation!)} |`);
  say(`| json-rules-engine 7.3.1, warm verdicts (one engine, the same trees) | ${fmt(reading.jre!)} |`);
  say(`| \`evaluateVerdicts\`, records parsed (beside the three rows above) | ${fmt(reading.verdicts!)} |`);
  say("");
  const of = (count: number, total = COUNT): string => `${fmt(count)} / ${fmt(total)}`;
  say(
    `Agreement with \`evaluateVerdicts\` (status, category, level, every level's verdict): hand-tuned ${of(agree.hand)} (with knownAbsent ${of(agree.handAbsent, withAbsent)}); ` +
      `json-logic-engine fair translation ${of(agree.fair)} (with knownAbsent ${of(agree.fairAbsent, withAbsent)}), without compile hooks ${of(agree.fairNoHooks)}; ` +
      `old doubled translation ${of(agree.doubled)} (without knownAbsent ${of(agree.doubledPlain, COUNT - withAbsent)}); fresh objects ${of(agree.objects)}; JSON text ${of(agree.text)}; ` +
      `\`evaluate\` ${of(agree.evaluate)}; json-rules-engine ${of(jreAgree, jreDefinite)} definite level verdicts of ${fmt(jreInput.length)} records. ` +
      `(Trace and explanation rows read ${fmt(read / 1e6, 1)} million characters.)`,
  );
  say("");

  // rounds, each in a process of its own (peak RSS is the process's), bundled next to the project's node_modules so the worker finds its dependencies
  const work = join(root, "node_modules", ".cache", "award-rules-bench");
  mkdirSync(work, { recursive: true });
  const worker = join(work, "roundWorker.mjs");
  await build({
    entryPoints: [join(here, "roundWorker.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: worker,
    logLevel: "error",
    external: ["date-fns/*", "zod", "json-rules-engine"],
  });
  const runs: WorkerRun[] = [];
  const workerRun = (kind: string, mode: string, count: number): WorkerRun => {
    const result = spawnSync(process.execPath, ["--expose-gc", worker, kind, mode, String(count)], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
    if (result.status !== 0) throw new Error(result.stderr);
    const run = JSON.parse(result.stdout.trim().split("\n").at(-1) as string) as WorkerRun;
    runs.push(run);
    return run;
  };
  /** µs per record with the generator's share taken off (the generator measured alone, beside it). */
  const net = (run: WorkerRun, generate: WorkerRun): number => run.perRecordUs - generate.perRecordUs;
  const rounds = ROUND_SIZES.map((size) => {
    const generate = workerRun("000", "generate", size);
    const alone = workerRun("000", "verdicts", size);
    const round = workerRun("000", "round", size);
    return { size, generate, alone, round };
  });
  const smoke = SMOKE_SIZE > 0 && SMOKE_SIZE !== rounds.at(-1)!.size ? workerRun("000", "round", SMOKE_SIZE) : rounds.at(-1)!.round;
  const scored = ["appraisal", "star"].map((kind) => ({ kind, generate: workerRun(kind, "generate", SCORED_SIZE), round: workerRun(kind, "round", SCORED_SIZE) }));
  const modelAtScored = rounds.find((entry) => entry.size === SCORED_SIZE) ?? rounds[0]!;
  const KIND = { "000": "000 model posts", appraisal: "004 篇11 appraisals", star: "004 篇14 service stars" } as Record<string, string>;
  const MODE = { generate: "records generated alone", verdicts: "validation + verdicts alone", round: "round, every placement written as NDJSON" } as Record<string, string>;
  say("| run (one process each) | records | seconds | µs / record | µs / record, generation taken off | peak RSS | live heap after | NDJSON written |");
  say("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const run of runs) {
    const generate = runs.find((other) => other.kind === run.kind && other.mode === "generate" && other.count === run.count);
    say(
      `| ${KIND[run.kind]}: ${MODE[run.mode]} | ${fmt(run.count)} | ${fmt(run.seconds, 1)} | ${fmt(run.perRecordUs, 2)} | ${run.mode === "generate" || generate === undefined ? "" : fmt(net(run, generate), 2)} | ${fmt(run.peakRssMB)} MB | ${fmt(run.liveHeapMB)} MB | ${run.ndjsonMB > 0 ? `${fmt(run.ndjsonMB)} MB` : ""} |`,
    );
  }
  say("");

  // cold start: bare node, then import + compile + first verdict (CJS, ESM), and the CLI on one record
  const dist = join(root, "dist");
  const cold = existsSync(join(dist, "index.js")) && existsSync(join(dist, "index.cjs"));
  const bare: number[] = [];
  const cjs: number[] = [];
  const esm: number[] = [];
  const cli: number[] = [];
  if (cold) {
    for (let round = 0; round < COLD_RUNS; round += 1) {
      bare.push(wall(process.execPath, ["-e", ""]));
      cjs.push(wall(process.execPath, [join(here, "coldStart.cjs"), join(dist, "index.cjs")]));
      esm.push(wall(process.execPath, [join(here, "coldStart.mjs"), join(dist, "index.js")]));
      if (existsSync(join(dist, "cli.cjs")))
        cli.push(wall(process.execPath, [join(dist, "cli.cjs"), "evaluate", "fixtures/000/staff-complaint-two-and-half-years.json", "--lang", "en"]));
    }
    say(
      `Cold start (dist/ as built, median of ${bare.length}): bare \`node -e ""\` ${fmt(median(bare))} ms; import + compile + first verdict ${fmt(median(cjs))} ms (CJS), ${fmt(median(esm))} ms (ESM)${cli.length > 0 ? `; the CLI on one record ${fmt(median(cli))} ms` : ""}.`,
    );
  } else say("Cold start: dist/ is not built (`npm run build`), not measured.");
  say("");

  const largest = rounds.at(-1)!;
  const smallest = rounds[0]!;
  const roundName = `round of ${fmt(largest.size)} (every placement read and written as NDJSON)`;
  say(`Targets (issue M), ratios within this run${SMALL ? " (small run: fewer records and rounds, so noisier)" : ""}:`);
  say("");
  say("| target | measured | limit | |");
  say("|---|---:|---:|---|");
  const met = [
    target("trace read ÷ verdicts, time per record", reading.verdicts! / reading.trace!, 3, "atMost"),
    target("explanation (evaluate + explain zh) ÷ json-rules-engine warm verdicts, records / s", reading.explanation! / reading.jre!, 20, "atLeast"),
    target("fresh objects ÷ JSON text, records / s (validation + verdicts)", given.objects! / given.text!, 1, "atLeast"),
    target("validation + verdicts (fresh objects) ÷ hand-tuned on them, time per record", given.handObjects! / given.objects!, 3, "atMost"),
    target("verdicts ÷ json-logic-engine compiled (fair translation), records / s", verdicts.ours! / verdicts.fair!, 3, "atLeast"),
    target("verdicts ÷ hand-tuned, time per record", verdicts.hand! / verdicts.ours!, 1.25, "atMost"),
    target(`round of ${fmt(smoke.count)} (every placement read and written as NDJSON): peak RSS`, smoke.peakRssMB, RSS_LIMIT_MB, "atMost", " MB"),
    target(
      `${roundName} ÷ validation + verdicts alone, µs / record (generation taken off)`,
      net(largest.round, largest.generate) / net(largest.alone, largest.generate),
      1.5,
      "atMost",
    ),
    ...(cold
      ? [
          target("cold start ESM (import + compile + first verdict) ÷ bare node", median(esm) / median(bare), 1.5, "atMost"),
          target("cold start CJS ÷ bare node", median(cjs) / median(bare), 1.5, "atMost"),
        ]
      : []),
  ];
  // the bound under the first target: writing out a result already built costs this much alone
  say("");
  say(
    `The floor under the trace target: \`JSON.stringify\` alone of results already built and read (${fmt(traceBytes)} characters each) ÷ verdicts, time per record: ${(reading.verdicts! / reading.stringifyOnly!).toFixed(2)}×.`,
  );
  say(
    `The bound under the json-logic-engine target: the hand-tuned function itself runs ${(verdicts.hand! / verdicts.fair!).toFixed(2)}× the fair translation (records / s); verdicts at 3× would be ${(3 / (verdicts.hand! / verdicts.fair!)).toFixed(2)}× as fast as the hand-tuned function.`,
  );
  say("");
  say("Targets kept from before:");
  say("");
  say("| target | measured | limit | |");
  say("|---|---:|---:|---|");
  const kept = [
    target("JSON text to verdicts ÷ (JSON.parse + hand-tuned), time per record", given.parseAndHand! / given.text!, 2, "atMost"),
    target("evaluate (traces not read) ÷ verdicts, time per record", reading.verdicts! / reading.evaluate!, 2, "atMost"),
    target("evaluate (traces not read) ÷ json-rules-engine warm verdicts, records / s", reading.evaluate! / reading.jre!, 100, "atLeast"),
    ...(rounds.length > 1
      ? [
          target(
            "rounds linear: µs / record (generation taken off), largest ÷ smallest round",
            net(largest.round, largest.generate) / net(smallest.round, smallest.generate),
            1.5,
            "atMost",
          ),
        ]
      : []),
    ...scored.map((entry) =>
      target(
        `scored round (${entry.kind === "appraisal" ? "篇11" : "篇14"}) ÷ model-post round of ${fmt(modelAtScored.size)}, µs / record (generation taken off)`,
        net(entry.round, entry.generate) / net(modelAtScored.round, modelAtScored.generate),
        1,
        "atMost",
      ),
    ),
    ...(cli.length > 0 ? [target("the CLI on one record", median(cli), 200, "atMost", " ms")] : []),
  ];
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${lines.join("\n")}\n`);
  const agreed =
    agree.hand === COUNT &&
    agree.fair === COUNT &&
    agree.fairNoHooks === COUNT &&
    agree.objects === COUNT &&
    agree.text === COUNT &&
    agree.evaluate === COUNT &&
    jreAgree === jreDefinite;
  console.log(
    `${met.filter(Boolean).length} of ${met.length} issue-M targets met, ${kept.filter(Boolean).length} of ${kept.length} kept targets met; ${agreed ? "every engine agrees" : "ENGINES DISAGREE"}`,
  );
  // the memory smoke test fails the run; the full run also fails when the engines disagree
  const smokePassed = smoke.peakRssMB < RSS_LIMIT_MB;
  if (!smokePassed) console.log(`memory smoke test failed: peak RSS ${fmt(smoke.peakRssMB)} MB for a round of ${fmt(smoke.count)}, limit ${RSS_LIMIT_MB} MB`);
  if (!smokePassed || (!SMALL && !agreed)) process.exitCode = 1;
}

await main();
