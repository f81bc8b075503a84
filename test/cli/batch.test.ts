import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, test, vi } from "vitest";
import { readRecords } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run.js";
import { evaluateCohort } from "../../src/cohort/evaluateCohort.js";
import { Placements } from "../../src/cohort/placements.js";
import { bundledRulebook } from "../../src/load/bundled.js";
import { REPO_ROOT } from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "award-rules-batch-"));
const fixtures = join(REPO_ROOT, "fixtures", "000");
/** The records of the 000 fixtures that are valid records (every status a round gives: qualified, pending, not qualified, refused). */
const inputs: Record<string, unknown>[] = readdirSync(fixtures)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(fixtures, name), "utf8")) as { input?: unknown; expectedError?: unknown })
  .filter((fixture) => fixture.expectedError === undefined && fixture.input !== null && typeof fixture.input === "object")
  .map((fixture) => fixture.input as Record<string, unknown>);
const records = (count: number, id: (index: number) => string): Record<string, unknown>[] =>
  Array.from({ length: count }, (_, index) => ({ ...inputs[index % inputs.length], id: id(index) }));
const ndjson = (name: string, rows: unknown[]): string => {
  const file = join(dir, name);
  writeFileSync(file, `${rows.map((row) => JSON.stringify(row)).join("\n")}\n`);
  return file;
};
const quiet = (out?: (text: string) => void) => ({ progress: () => undefined, writeFile: () => undefined, ...(out ? { out } : {}) });

describe("award-rules batch: output", () => {
  test("--format json is byte for byte JSON.stringify(round, null, 2), written piece by piece", () => {
    const file = join(REPO_ROOT, "fixtures", "rounds", "000-round.ndjson");
    const round = evaluateCohort(bundledRulebook(), readRecords(file), { asOf: "2026-11-26" });
    const pieces: string[] = [];
    const outcome = runCli(
      ["batch", file, "--as-of", "2026-11-26", "--format", "json"],
      quiet((text) => pieces.push(text)),
    );
    expect(outcome).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(pieces.join("")).toBe(`${JSON.stringify(round, null, 2)}\n`);
    // collected into stdout when no io.out is given
    expect(runCli(["batch", file, "--as-of", "2026-11-26", "--format", "json"], quiet()).stdout).toBe(`${JSON.stringify(round, null, 2)}\n`);
  });

  test("…a round of 1,200 (placements written in batches), with ties naming many", () => {
    const file = ndjson(
      "twelve-hundred.ndjson",
      records(1200, (index) => `J-${String(index).padStart(4, "0")}`),
    );
    const round = evaluateCohort(bundledRulebook(), readRecords(file), { asOf: "2026-11-26" });
    expect(round.ties.some((tie) => tie.candidates.length > 256)).toBe(true);
    const pieces: string[] = [];
    runCli(
      ["batch", file, "--as-of", "2026-11-26", "--format", "json"],
      quiet((text) => pieces.push(text)),
    );
    expect(pieces.join("")).toBe(`${JSON.stringify(round, null, 2)}\n`);
  });

  test("…an empty round too (placements [])", () => {
    const file = ndjson("empty.ndjson", []);
    const round = evaluateCohort(bundledRulebook(), [], { asOf: "2026-11-26" });
    expect(runCli(["batch", file, "--as-of", "2026-11-26", "--format", "json"], quiet()).stdout).toBe(`${JSON.stringify(round, null, 2)}\n`);
  });

  test("output is written while the placements are still being made, in chunks", () => {
    const file = ndjson(
      "streamed.ndjson",
      records(6000, (index) => `S-${String(index).padStart(5, "0")}`),
    );
    let made = 0;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own this
    const original = Placements.prototype.of;
    const spy = vi.spyOn(Placements.prototype, "of").mockImplementation(function (this: Placements, row: number) {
      made += 1;
      return original.call(this, row);
    });
    const madeAtOut: number[] = [];
    const sizes: number[] = [];
    try {
      const outcome = runCli(
        ["batch", file, "--as-of", "2026-11-26", "--lang", "en"],
        quiet((text) => (madeAtOut.push(made), sizes.push(text.length))),
      );
      expect(outcome.code).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(made).toBe(6000);
    expect(madeAtOut.length).toBeGreaterThan(3);
    expect(madeAtOut[0]).toBeLessThan(6000);
    expect(Math.max(...sizes)).toBeLessThan(200_000);
  });

  test("memory stays bounded: 50,000 records, the heap holds no output and no list of placements", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const file = ndjson(
      "fifty-thousand.ndjson",
      records(50_000, (index) => `M-${String(index).padStart(6, "0")}`),
    );
    gc();
    const before = process.memoryUsage().heapUsed;
    const heap: number[] = [];
    let calls = 0;
    let bytes = 0;
    const outcome = runCli(
      ["batch", file, "--as-of", "2026-11-26", "--lang", "en"],
      quiet((text) => {
        bytes += text.length;
        // measured at the first write and every 60th: the round's entries only, nothing growing
        if (calls++ % 60 === 0) {
          gc();
          heap.push(process.memoryUsage().heapUsed - before);
        }
      }),
    );
    expect(outcome.code).toBe(0);
    expect(bytes).toBeGreaterThan(5_000_000);
    // the round's compact entries: well under 300 bytes a record
    expect(heap[0]).toBeLessThan(50_000 * 300);
    // writing adds nothing that stays: under 4 MB between the first write and the last
    expect(Math.max(...heap) - (heap[0] as number)).toBeLessThan(4_000_000);
  }, 30_000);

  test("in Chinese (the default) no English word: labels of the award and levels, statuses in words", () => {
    const names = "甲乙丙丁戊己庚辛壬癸";
    const file = ndjson("zh.ndjson", [...records(40, (index) => `${names[index % 10]}${Math.floor(index / 10) + 1}号`), { ...inputs[5], id: "甲1号之二", personId: "甲1号" }]);
    const outcome = runCli(["batch", file, "--as-of", "2026-11-26"], quiet());
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^[^\n]+ · 评定日期 2026-11-26 · 候选人 41 名/);
    expect(outcome.stdout).toContain("  一级示范岗：名额 3，已评");
    expect(outcome.stdout).toMatch(/\t(不符合条件|待审核|不予受理|暂定（待评审委员会决定）|拟定（待评审决定）|获评|未获评|未申报)\t/);
    expect(outcome.stdout.match(/[A-Za-z]{2,}/g)).toBeNull();
    const english = runCli(["batch", file, "--as-of", "2026-11-26", "--lang", "en"], quiet());
    expect(english.stdout).toContain("model-post · 2026-11-26 · 41 candidates");
    expect(english.stdout).toContain("  level 1: ");
  });
});

describe("award-rules batch: errors name the right file, with lines and records counted from 1", () => {
  const good = records(2, (index) => `E-${index}`);
  const bad = { ...good[0], id: "E-bad", annualAppraisals: { "2025": "great" } };

  test("a bad record: line 3 of NDJSON (a blank line counted), record 3 of a JSON array — the same wording", () => {
    const lines = ndjson("bad-record.ndjson", [good[0], good[1]]);
    writeFileSync(lines, `${JSON.stringify(good[0])}\n\n${JSON.stringify(bad)}\n`);
    const array = join(dir, "bad-record.json");
    writeFileSync(array, JSON.stringify([good[0], good[1], bad]));
    const fromLines = runCli(["batch", lines, "--as-of", "2026-11-26", "--lang", "en"], quiet());
    const fromArray = runCli(["batch", array, "--as-of", "2026-11-26", "--lang", "en"], quiet());
    expect(fromLines.code).toBe(2);
    expect(fromLines.stderr).toMatch(new RegExp(`^invalid_record at ${lines}\\.line 3\\.annualAppraisals\\.2025: `));
    expect(fromArray.code).toBe(2);
    expect(fromArray.stderr).toMatch(new RegExp(`^invalid_record at ${array}\\.record 3\\.annualAppraisals\\.2025: `));
    expect(fromLines.stderr.replace(`${lines}.line`, "")).toBe(fromArray.stderr.replace(`${array}.record`, ""));
    expect(runCli(["batch", lines, "--as-of", "2026-11-26"], quiet()).stderr).toContain("第 3 行");
  });

  test("a rule file that is not JSON is a rule-file problem, under its name; the records file is not blamed", () => {
    const rules = join(dir, "not-json-rules.json");
    writeFileSync(rules, "{ rules");
    const file = ndjson("fine.ndjson", good);
    const outcome = runCli(["batch", file, "--as-of", "2026-11-26", "--rules", rules, "--lang", "en"], quiet());
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(new RegExp(`^invalid_rulebook at ${rules}: not JSON`));
    expect(outcome.stderr).not.toContain(file);
  });

  test("a rule file nested 3,000 deep, and one with a bad startsOn date: exit 2, one line each, no stack", () => {
    const deep = join(dir, "deep-rules.json");
    writeFileSync(deep, `${"[".repeat(3000)}${"]".repeat(3000)}`);
    const file = ndjson("fine-2.ndjson", good);
    const nested = runCli(["batch", file, "--as-of", "2026-11-26", "--rules", deep, "--lang", "en"], quiet());
    expect(nested.code).toBe(2);
    expect(nested.stderr).toContain(deep);
    expect(nested.stderr).not.toMatch(/\n\s+at /);
    const rules = JSON.parse(readFileSync(join(REPO_ROOT, "rules", "004-logistics-plans.json"), "utf8"));
    const window = Object.values(rules.windows as Record<string, { kind: string; startsOn?: string }>).find((entry) => entry.kind === "academicYear");
    if (window === undefined) throw new Error("004 has an academicYear window");
    window.startsOn = "02-30";
    const badDate = join(dir, "bad-starts-on.json");
    writeFileSync(badDate, JSON.stringify(rules));
    const dated = runCli(["batch", file, "--as-of", "2026-11-26", "--rules", badDate, "--lang", "en"], quiet());
    expect(dated.code).toBe(2);
    expect(dated.stderr).toContain(badDate);
    expect(dated.stderr).toContain("startsOn");
    expect(dated.stderr).not.toMatch(/\n\s+at /);
  });

  test("--populations and --previous-round: empty, a number, a string, the wrong shape — exit 2 naming the file and the path in it", () => {
    const file = ndjson("fine-3.ndjson", good);
    const cases: [string, string, string][] = [
      ["empty.json", "", "not JSON"],
      ["number.json", "12", "an object"],
      ["string.json", '"R-1"', "an object"],
      ["revoked-text.json", '{ "revoked": "E-0" }', ".revoked: a list of record ids"],
      ["revoked-number.json", '{ "revoked": ["E-0", 7] }', ".revoked.1: a record id"],
    ];
    for (const [name, text, problem] of cases) {
      const option = join(dir, name);
      writeFileSync(option, text);
      const outcome = runCli(["batch", file, "--as-of", "2026-11-26", "--previous-round", option, "--lang", "en"], quiet());
      expect(outcome.code, name).toBe(2);
      expect(outcome.stderr, name).toContain(`at ${option}`);
      expect(outcome.stderr, name).toContain(problem);
    }
    const populations = join(dir, "populations.json");
    writeFileSync(populations, '{ "total": -3, "byDepartment": { "canteen": "40" } }');
    const outcome = runCli(["batch", file, "--as-of", "2026-11-26", "--populations", populations, "--lang", "en"], quiet());
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(`${populations}.total: a headcount is a whole number ≥ 0, got -3`);
    expect(outcome.stderr).toContain(`${populations}.byDepartment.canteen: a headcount`);
  });
});

describe("a round's contenders alike are kept as units", () => {
  test("the same round, grouped by department or not (departmentLimits {} sets no limit but keeps departments apart): the same JSON", () => {
    const rows = records(3000, (index) => `K-${String((index * 7919) % 3000).padStart(4, "0")}`);
    rows.push({ ...rows[10], id: "K-second", personId: rows[10]?.id, application: { ...(rows[10]?.application as object), date: "2026-11-20" } });
    const crowded = evaluateCohort(bundledRulebook(), rows, { asOf: "2026-11-26" });
    const single = evaluateCohort(bundledRulebook(), rows, { asOf: "2026-11-26", departmentLimits: {} });
    expect(crowded.ties.length).toBeGreaterThan(0);
    expect(JSON.stringify(crowded)).toBe(JSON.stringify(single));
  });
});

describe("writeJson: JSON.stringify(value, null, 2) piece by piece", () => {
  test("nested lists long and short, objects, nulls, empty lists and objects, skipped values", async () => {
    const { writeJson } = await import("../../src/cli/roundJson.js");
    const value = {
      a: Array.from({ length: 700 }, (_, index) => (index % 3 === 0 ? { id: `X-${index}`, list: [index, null, "t"] } : `id-${index}`)),
      empty: [],
      none: {},
      gone: undefined,
      nested: { deep: [[1, [2, { z: Array.from({ length: 300 }, (_, index) => index) }]]], text: "a\nb\u2028" },
      holes: [undefined, () => 1, 3],
      n: null,
    };
    const pieces: string[] = [];
    writeJson(value, "", (text) => pieces.push(text));
    expect(pieces.join("")).toBe(JSON.stringify(value, null, 2));
    expect(pieces.length).toBeGreaterThan(700);
  });
});
