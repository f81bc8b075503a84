import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";

const fixture = join(import.meta.dirname, "..", "..", "fixtures", "000", "staff-complaint-two-and-half-years.json");
const dir = mkdtempSync(join(tmpdir(), "award-rules-cli-"));

describe("award-rules CLI", () => {
  test("evaluates a fixture file and explains it in English", () => {
    const outcome = runCli(["evaluate", fixture, "--lang", "en"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("Qualifies for level-2 model post, staff model post");
    expect(outcome.stdout).toContain("(000 §四(二)1(3))");
  });

  test("prints JSON and Markdown", () => {
    const json = runCli(["evaluate", fixture, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: "qualified", category: "staff", level: 2 });
    expect(runCli(["evaluate", fixture, "--format", "md"]).stdout).toMatch(/^# /);
  });

  test("a bad record exits 2 naming the file, the path and the problem", () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ id: "X", partyMember: "yes", annualAppraisals: { "2025": "great" } }));
    const outcome = runCli(["evaluate", file, "--as-of", "2026-11-26"]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(file);
    expect(outcome.stderr).toContain("partyMember");
    expect(outcome.stderr).toContain("annualAppraisals.2025");
  });

  test("no date, unreadable file, bad JSON and unknown options exit 2", () => {
    const record = join(dir, "record.json");
    writeFileSync(record, JSON.stringify({ id: "X" }));
    expect(runCli(["evaluate", record]).code).toBe(2);
    expect(runCli(["evaluate", join(dir, "missing.json"), "--as-of", "2026-11-26"]).code).toBe(2);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    expect(runCli(["evaluate", broken, "--as-of", "2026-11-26"]).stderr).toContain("not JSON");
    expect(runCli(["evaluate", record, "--as-of"]).code).toBe(2);
    expect(runCli(["evaluate", record, "--colour", "red"]).code).toBe(2);
    expect(runCli(["evaluate", record, "--lang", "fr", "--as-of", "2026-11-26"]).code).toBe(2);
    expect(runCli(["frobnicate"]).code).toBe(2);
  });

  test("help exits 0", () => {
    expect(runCli(["--help"]).stdout).toContain("usage: award-rules");
  });
});

describe("award-rules CLI on scored awards", () => {
  const scoredFixture = join(import.meta.dirname, "..", "..", "fixtures", "004", "appraisal-cap-leave-11-days.json");

  test("a scored fixture is evaluated with its rulebook and award, and explained", () => {
    const outcome = runCli(["evaluate", scoredFixture, "--lang", "en"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("== Grade ==");
    expect(outcome.stdout).toContain("(004 篇11");
  });

  test("an unknown bundled rulebook exits 2", () => {
    expect(runCli(["evaluate", scoredFixture, "--rulebook", "nope"]).code).toBe(2);
  });
});
