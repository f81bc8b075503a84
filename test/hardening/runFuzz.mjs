// npm run fuzz: every hostile-input family of test/hardening at FUZZ_RUNS (fixed seed), then the
// totals: cases run, untyped throws, hangs and issues off the message catalog, and the wall time.
// Exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const runs = process.env.FUZZ_RUNS ?? "25000";
const tally = join(tmpdir(), `award-rules-fuzz-${process.pid}.jsonl`);
rmSync(tally, { force: true });
const started = performance.now();
const vitest = spawnSync("npx", ["vitest", "run", "test/hardening", "--testTimeout=0"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_TALLY: tally },
});
const seconds = (performance.now() - started) / 1000;
const lines = existsSync(tally)
  ? readFileSync(tally, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
rmSync(tally, { force: true });
const families = new Map();
for (const line of lines) {
  const name = line.family.startsWith("doors ") ? "doors (every export, hostile arguments)" : line.family;
  const sum = families.get(name) ?? { cases: 0, untyped: 0, hangs: 0, offCatalog: 0, effects: 0 };
  families.set(name, {
    cases: sum.cases + line.cases,
    untyped: sum.untyped + line.untyped,
    hangs: sum.hangs + line.hangs,
    offCatalog: sum.offCatalog + (line.offCatalog ?? 0),
    effects: sum.effects + (line.effects ?? 0),
  });
}
const total = [...families.values()].reduce(
  (sum, entry) => ({
    cases: sum.cases + entry.cases,
    untyped: sum.untyped + entry.untyped,
    hangs: sum.hangs + entry.hangs,
    offCatalog: sum.offCatalog + entry.offCatalog,
    effects: sum.effects + entry.effects,
  }),
  { cases: 0, untyped: 0, hangs: 0, offCatalog: 0, effects: 0 },
);
const said = (entry) =>
  `${entry.cases} cases, ${entry.untyped} untyped throws, ${entry.hangs} hangs, ${entry.offCatalog} off the catalog, ${entry.effects} side effects (pollution, changes, differences)`;
console.log(`\nfuzz (FUZZ_RUNS=${runs}, fixed seed):`);
for (const [name, entry] of families) console.log(`  ${name}: ${said(entry)}`);
console.log(`  total: ${said(total)}, ${seconds.toFixed(0)} s`);
const failed = vitest.status !== 0 || total.untyped > 0 || total.hangs > 0 || total.offCatalog > 0 || total.effects > 0 || total.cases === 0;
process.exit(failed ? 1 : 0);
