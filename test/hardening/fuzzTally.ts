import { appendFileSync } from "node:fs";
import { AwardRulesError } from "../../src/index.js";
import { catalogProblem } from "./catalogCheck.js";

/** How many cases each fuzz property runs: `FUZZ_RUNS` (npm run fuzz sets it), else a few for `npm test`. */
export const fuzzRuns = (fallback: number, share = 1): number => Math.max(1, Math.round(Number(process.env.FUZZ_RUNS ?? fallback / share) * share));

/** The fixed seed of every fuzz property: a failure found in CI is found again locally. */
export const FUZZ_SEED = 20261126;

/** The longest a call may take before it counts as a hang (an engineering bound for tests). */
export const HANG_MS = 2_000;

/** What one family of hostile inputs gave: cases run, untyped throws, hangs and messages off the catalog (a few examples of each). */
export class Tally {
  cases = 0;
  typed = 0;
  untyped = 0;
  hangs = 0;
  /** Issues (thrown, or in a `safe…` twin's error) and lint findings whose message is not the catalog's rendering of their id and params. */
  offCatalog = 0;
  /** Side effects: pollution of a prototype or a global, a change that outlived a call, two input paths or two orders disagreeing. */
  effects = 0;
  readonly examples: string[] = [];

  constructor(readonly family: string) {}

  /**
   * Runs one case: it must return or throw an `AwardRulesError` with a code and a path, within
   * `HANG_MS`, and every issue or lint finding it gives must carry a known message id whose
   * renderings are its `message` and `zh`. Returns what it returned (or undefined), counting the outcome.
   */
  run<T>(label: string, call: () => T): T | undefined {
    this.cases += 1;
    const started = performance.now();
    let value: T | undefined;
    try {
      value = call();
      this.checkCatalog(label, value);
    } catch (error) {
      if (error instanceof AwardRulesError && typeof error.issues[0]?.code === "string" && Array.isArray(error.issues[0]?.path)) {
        this.typed += 1;
        this.checkCatalog(label, error);
      } else this.fail("untyped", label, error);
    }
    const took = performance.now() - started;
    if (took > HANG_MS) this.fail("hang", label, `${Math.round(took)} ms`);
    return value;
  }

  /** Counts an issue or finding whose message is not the catalog's. */
  checkCatalog(label: string, value: unknown): void {
    const problem = catalogProblem(value);
    if (problem !== undefined) this.fail("offCatalog", label, problem);
  }

  fail(kind: "untyped" | "hang" | "offCatalog" | "effect", label: string, detail: unknown): void {
    if (kind === "untyped") this.untyped += 1;
    else if (kind === "hang") this.hangs += 1;
    else if (kind === "effect") this.effects += 1;
    else this.offCatalog += 1;
    const text = detail instanceof Error ? `${detail.name}: ${detail.message.split("\n")[0]}` : String(detail);
    if (this.examples.length < 12) this.examples.push(`${kind} in ${label}: ${text.slice(0, 200)}`);
    if (process.env.FUZZ_DEBUG && detail instanceof Error) console.error(label, detail.stack);
  }

  /** Prints the family's line and, when `FUZZ_TALLY` names a file, appends it there for the totals. */
  report(): void {
    const line = { family: this.family, cases: this.cases, typed: this.typed, untyped: this.untyped, hangs: this.hangs, offCatalog: this.offCatalog, effects: this.effects };
    if (process.env.FUZZ_TALLY) appendFileSync(process.env.FUZZ_TALLY, `${JSON.stringify(line)}\n`);
    if (process.env.FUZZ_RUNS)
      console.log(
        `fuzz ${this.family}: ${this.cases} cases, ${this.untyped} untyped throws, ${this.hangs} hangs, ${this.offCatalog} off the catalog, ${this.effects} side effects`,
      );
  }
}
