// `npm run bench`: bundles the benchmark (test/bench/runBench.ts, with the library's sources) and
// runs it in plain Node, so the library is measured as the built package runs, not through the test
// runner's module loader. `--small` (`npm run bench:small`, for CI): 2,000 records, 3 rounds, a
// 100,000-record round as the memory smoke test (peak RSS under 300 MB, else exit 1); it uses
// dist/ as built for the cold start. Options as environment variables: BENCH_COUNT, BENCH_ROUNDS,
// BENCH_JRE_COUNT, BENCH_ROUND_SIZES (e.g. "10000,100000,1000000"), BENCH_SCORED_SIZE, BENCH_OUT
// (a file for the tables).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..", "..");
const work = join(root, "node_modules", ".cache", "award-rules-bench");
mkdirSync(work, { recursive: true });
const outfile = join(work, "runBench.mjs");
await build({
  entryPoints: [join(root, "test", "bench", "runBench.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  logLevel: "error",
  external: ["date-fns/*", "zod", "json-rules-engine", "json-logic-engine", "esbuild"],
});
const small = process.argv.includes("--small");
const run = spawnSync(process.execPath, ["--expose-gc", outfile], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, BENCH_ROOT: root, ...(small ? { BENCH_SMALL: "1" } : {}) },
});
process.exitCode = run.status ?? 1;
