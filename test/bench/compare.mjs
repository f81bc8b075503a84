// `npm run bench:compare -- <git ref>`: the library as it is now against the same library at an
// earlier commit, in one process: both bundled from their sources, the same generated 000 records,
// interleaved rounds (the order alternating), each timed in CPU time (so a busy machine's waits do
// not count), medians. Prints now ÷ then per path: below 1 is faster now. Options as environment
// variables: COMPARE_COUNT (records, default 4,000), COMPARE_ROUNDS (default 9). With `--cold`, it
// also builds both packages with their own build (tsup) and times a cold start of each from ESM and
// CommonJS (import + compile + first verdict, test/bench/coldStart.*), beside bare node, in
// interleaved rounds (COMPARE_COLD_ROUNDS, default 21), wall time, medians.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..", "..");
const ref = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
const cold = process.argv.includes("--cold");
if (ref === undefined) {
  console.error("usage: npm run bench:compare -- <git ref>   (e.g. v0.1.0, HEAD~5, cf24893)");
  process.exit(2);
}
const work = join(root, "node_modules", ".cache", "award-rules-compare");
const then = join(work, "then");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
execFileSync("git", ["worktree", "add", "--detach", "--force", then, ref], { cwd: root, stdio: "ignore" });
try {
  symlinkSync(join(root, "node_modules"), join(then, "node_modules"));
  const external = ["zod", "json-rules-engine", "date-fns", "date-fns/*"];
  const bundle = async (name, source) => {
    const entry = join(work, `${name}.ts`);
    writeFileSync(entry, `export { bundledRulebook, evaluate, evaluateVerdicts, explain, parseCandidate } from ${JSON.stringify(join(source, "src", "index.ts"))};\n`);
    await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", outfile: join(work, `${name}.mjs`), logLevel: "error", external });
  };
  await bundle("now", root);
  await bundle("then", then);
  writeFileSync(join(work, "records.ts"), `export { benchRecord, mulberry32 } from ${JSON.stringify(join(root, "test", "bench", "generate.ts"))};\n`);
  await build({ entryPoints: [join(work, "records.ts")], bundle: true, platform: "node", format: "esm", outfile: join(work, "records.mjs"), logLevel: "error" });
  if (cold) {
    // each package built as it builds itself; then's dist kept beside its package.json (its module type)
    execFileSync("npm", ["run", "-s", "build", "--", "--silent"], { cwd: root, stdio: "ignore" });
    execFileSync("npx", ["tsup", "--silent"], { cwd: then, stdio: "ignore" });
    cpSync(join(then, "dist"), join(work, "then-dist"), { recursive: true });
    cpSync(join(then, "package.json"), join(work, "then-dist", "package.json"));
  }
} finally {
  execFileSync("git", ["worktree", "remove", "--force", then], { cwd: root, stdio: "ignore" });
}

const now = await import(join(work, "now.mjs"));
const before = await import(join(work, "then.mjs"));
const { benchRecord, mulberry32 } = await import(join(work, "records.mjs"));
const COUNT = Number(process.env.COMPARE_COUNT ?? 4000);
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 9);
const raw = Array.from({ length: COUNT }, (_, index) => benchRecord(mulberry32(11 + index), index));
const options = { asOf: "2026-11-26" };
const sides = Object.fromEntries(
  Object.entries({ then: before, now }).map(([name, lib]) => [
    name,
    { lib, rulebook: lib.bundledRulebook("model-post-000"), input: raw.map((record) => lib.parseCandidate(record)) },
  ]),
);
let read = 0;
const part = Math.max(1, Math.floor(COUNT / 8));
const paths = {
  "verdicts (records parsed)": ({ lib, rulebook, input }) => input.forEach((record) => (read += lib.evaluateVerdicts(rulebook, record, options).status.length)),
  "evaluate, traces not read": ({ lib, rulebook, input }) => input.forEach((record) => (read += lib.evaluate(rulebook, record, options).summary.zh.length)),
  "trace read (JSON.stringify of the result)": ({ lib, rulebook, input }) =>
    input.slice(0, part).forEach((record) => (read += JSON.stringify(lib.evaluate(rulebook, record, options)).length)),
  "explanation (evaluate + explain zh)": ({ lib, rulebook, input }) =>
    input.slice(0, part).forEach((record) => (read += lib.explain(lib.evaluate(rulebook, record, options), { language: "zh" }).length)),
  "validation + verdicts (fresh objects)": ({ lib, rulebook }) => raw.forEach((record) => (read += lib.evaluateVerdicts(rulebook, structuredClone(record), options).status.length)),
};
const times = {};
for (let round = 0; round < ROUNDS + 1; round += 1) {
  for (const [path, run] of Object.entries(paths)) {
    for (const name of round % 2 === 0 ? ["then", "now"] : ["now", "then"]) {
      const start = process.cpuUsage();
      run(sides[name]);
      const used = process.cpuUsage(start);
      // the first round warms both sides and is not counted
      if (round > 0) (times[path] ??= { then: [], now: [] })[name].push((used.user + used.system) / 1000);
    }
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `now (${execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim()} and the working tree) ÷ then (${ref}), CPU time, median of ${ROUNDS} interleaved rounds, ${COUNT.toLocaleString("en")} records`,
);
console.log("");
console.log("| path | then, ms | now, ms | now ÷ then |");
console.log("|---|---:|---:|---:|");
for (const [path, byName] of Object.entries(times)) {
  console.log(`| ${path} | ${median(byName.then).toFixed(1)} | ${median(byName.now).toFixed(1)} | ${(median(byName.now) / median(byName.then)).toFixed(2)}× |`);
}
if (read === 0) process.exitCode = 1;

if (cold) {
  const COLD_ROUNDS = Number(process.env.COMPARE_COLD_ROUNDS ?? 21);
  const here = import.meta.dirname;
  const wall = (args) => {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (run.status !== 0) throw new Error(`cold start failed: node ${args.join(" ")}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const runs = {
    "bare node": ["-e", ""],
    "now, ESM": [join(here, "coldStart.mjs"), join(root, "dist", "index.js")],
    "then, ESM": [join(here, "coldStart.mjs"), join(work, "then-dist", "index.js")],
    "now, CJS": [join(here, "coldStart.cjs"), join(root, "dist", "index.cjs")],
    "then, CJS": [join(here, "coldStart.cjs"), join(work, "then-dist", "index.cjs")],
  };
  const walls = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
  for (let round = 0; round < COLD_ROUNDS; round += 1) {
    const order = round % 2 === 0 ? Object.keys(runs) : Object.keys(runs).reverse();
    for (const name of order) walls[name].push(wall(runs[name]));
  }
  const bare = median(walls["bare node"]);
  console.log("");
  console.log(`Cold start (import + compile + first verdict), wall time, median of ${COLD_ROUNDS} interleaved rounds:`);
  console.log("");
  console.log("| run | ms | ÷ bare node |");
  console.log("|---|---:|---:|");
  for (const [name, values] of Object.entries(walls)) console.log(`| ${name} | ${median(values).toFixed(0)} | ${(median(values) / bare).toFixed(2)}× |`);
}
