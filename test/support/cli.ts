import { join } from "node:path";
import { runCli } from "../../src/cli/run.js";

/** The repository's root, where the CLI's relative paths (rules/, fixtures/) resolve. */
export const REPO_ROOT = join(import.meta.dirname, "..", "..");

/** Runs the CLI in the repository's root, with no progress output and no files written. */
export function cli(...argv: string[]): ReturnType<typeof runCli> {
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    return runCli(argv, { progress: () => undefined, writeFile: () => undefined });
  } finally {
    process.chdir(cwd);
  }
}

/** The walk-through's tests the authoring guide's step 10 runs first (its coverage and mutation figures). */
export const GUIDE_STEP_10_TESTS = [
  "level1-excellent-appraisal",
  "level1-three-commendations",
  "level2-one-verified-commendation",
  "fails-complaint-this-year",
  "complaint-exactly-one-year-before",
  "pending-attestation-missing",
  "refused-team-leader",
  "error-attestation-key-typo",
  "round-level1-full",
];
