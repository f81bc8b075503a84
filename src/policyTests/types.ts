import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { BilingualText } from "../schema/rulebookTypes.js";

/**
 * Finds a compiled rulebook by its id (a bundled one, or one loaded from a rule file); undefined
 * when there is none.
 */
export type RulebookLookup = (id: string) => CompiledRulebook | undefined;

/** One difference between what a test expects and what the rules give. */
export interface PolicyTestFailure {
  /** Where in the test's expectations, e.g. `expected.level` or `expected.placements.R-01.status`. */
  path: string;
  expected: unknown;
  actual: unknown;
  message: BilingualText;
  /** The expected and actual values in Chinese words (statuses, labels, amounts), for Chinese reports. */
  shownZh?: { expected: string; actual: string };
}

/** A policy test's outcome: passed, or the differences found. */
export interface PolicyTestResult {
  name: string;
  /** The name in Chinese, when the test gives one (Chinese reports show it instead of `name`). */
  nameZh?: string;
  /** The file the test came from, when it came from one. */
  file?: string;
  rulebook: string;
  award: string;
  passed: boolean;
  failures: PolicyTestFailure[];
}

/** Every test's outcome, and the counts. */
export interface PolicyTestReport {
  results: PolicyTestResult[];
  passed: number;
  failed: number;
}

/** A record a test evaluated (alone or in a round), handed to an observer (clause coverage listens to these). */
export interface ObservedEvaluation {
  rulebook: string;
  /** The award, scored award or pay rule. */
  award: string;
  asOf: string;
  record: unknown;
}

/**
 * How to run tests: the records of tests that name a `recordsFile` (read by the caller, by test
 * name), and an observer that sees every evaluation.
 */
export interface RunTestOptions {
  /** The records of a test that names a `recordsFile`. */
  records?: unknown[];
  /** Called with every evaluation a test runs (a round's too). */
  onEvaluation?: (evaluation: ObservedEvaluation) => void;
}
