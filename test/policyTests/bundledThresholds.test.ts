import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";

const root = join(import.meta.dirname, "..", "..");

describe("the bundled rulebooks' tests: coverage and mutation figures", () => {
  test("every bundled rulebook: ≥ 95% of condition nodes decided both ways, ≥ 90% of careless edits caught, each survivor shown equivalent", () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outcome = runCli(["test", "fixtures", "--rules", "fixtures/authoring/rules", "--coverage", "--mutate", "--format", "json"], {
        progress: () => undefined,
        writeFile: () => undefined,
      });
      expect(outcome.code, outcome.stderr).toBe(0);
      const report = JSON.parse(outcome.stdout) as {
        failed: number;
        coverage: { rulebook: string; percent: number }[];
        mutation: { rulebook: string; percent: number; survived: { equivalent?: string }[] }[];
      };
      expect(report.failed).toBe(0);
      for (const id of ["model-post-000", "service-model-post-001", "party-model-post-002", "service-month-2017-003", "logistics-plans-004"]) {
        expect(report.coverage.find((entry) => entry.rulebook === id)?.percent, `coverage ${id}`).toBeGreaterThanOrEqual(95);
        const mutation = report.mutation.find((entry) => entry.rulebook === id);
        expect(mutation?.percent, `mutation ${id}`).toBeGreaterThanOrEqual(90);
        for (const survivor of mutation?.survived ?? []) expect(survivor.equivalent, JSON.stringify(survivor)).toMatch(/\S/);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
