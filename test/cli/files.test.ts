import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readTextFile } from "../../src/cli/files.js";
import { ndjsonLines } from "../../src/cli/ndjson.js";
import { runCli } from "../../src/cli/run.js";
import { AwardRulesError } from "../../src/errors/AwardRulesError.js";
import { cli } from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "award-rules-files-"));
const fifo = join(dir, "pipe.json");
execFileSync("mkfifo", [fifo]);
const folder = join(dir, "folder.json");
mkdirSync(folder);
const record = "fixtures/000/staff-complaint-two-and-half-years.json";
const quiet = { progress: () => undefined, writeFile: () => undefined };

/** Every file the CLI reads, and how to make it read a given path there (test and lint take folders too: a folder is searched). */
const readers: [string, (path: string) => string[], boolean?][] = [
  ["a record (evaluate)", (path) => ["evaluate", path, "--as-of", "2026-11-26"]],
  ["a rule file (--rules)", (path) => ["evaluate", record, "--rules", path]],
  ["a batch's records (JSON)", (path) => ["batch", path, "--as-of", "2026-11-26"]],
  ["--populations", (path) => ["batch", "fixtures/rounds/000-round.ndjson", "--as-of", "2026-11-26", "--populations", path]],
  ["--previous-round", (path) => ["batch", "fixtures/rounds/000-round.ndjson", "--as-of", "2026-11-26", "--previous-round", path]],
  ["a test file", (path) => ["test", path], true],
  ["lint's rule file", (path) => ["lint", path], true],
];

describe("the CLI reads only regular files: anything else is exit 2 naming the file and the problem, never a hang", () => {
  for (const [what, argv, takesFolders] of readers) {
    test(what, () => {
      const cases: [string, string][] = [
        [fifo, "a pipe (FIFO), where a file is expected"],
        ["/dev/zero", "a device, where a file is expected"],
        [join(dir, "missing.json"), "no such file"],
      ];
      if (!takesFolders) cases.push([folder, "a folder, where a file is expected"]);
      for (const [path, problem] of cases) {
        const outcome = cli(...argv(path), "--lang", "en");
        expect(outcome.code, `${what}: ${path}`).toBe(2);
        expect(outcome.stderr, `${what}: ${path}`).toContain(path);
        if (what !== "lint's rule file") expect(outcome.stderr, `${what}: ${path}`).toContain(problem);
        expect(outcome.stderr).not.toMatch(/\n\s+at /);
      }
    });
  }

  test("an NDJSON batch that is a pipe, and in Chinese", () => {
    const pipe = join(dir, "pipe.ndjson");
    execFileSync("mkfifo", [pipe]);
    const outcome = runCli(["batch", pipe, "--as-of", "2026-11-26"], quiet);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(`${pipe}：这是管道（\`FIFO\`），此处应为普通文件`);
  });

  test("a file read whole has a size limit; an NDJSON line has one too; bytes that are not UTF-8 are refused", () => {
    const big = join(dir, "big.json");
    writeFileSync(big, `[${"1,".repeat(600)}1]`);
    expect(() => readTextFile(big, "invalid_record", 1000)).toThrow(/larger than the 1000-byte limit/);
    expect(readTextFile(big, "invalid_record", 2000)).toHaveLength(1203);
    const lines = join(dir, "long.ndjson");
    writeFileSync(lines, `{"id":"A"}\n\n{"id":"${"x".repeat(500)}"}\n`);
    expect([...ndjsonLines(lines, 1000)].map((row) => row.line)).toEqual([1, 3]);
    let error: unknown;
    try {
      void [...ndjsonLines(lines, 100)];
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AwardRulesError);
    expect((error as AwardRulesError).issues[0]?.path).toEqual([lines, "line 3"]);
    const latin = join(dir, "latin1.ndjson");
    writeFileSync(latin, Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x0a]));
    expect(() => [...ndjsonLines(latin)]).toThrow(/not UTF-8/);
    expect(runCli(["--help"]).stdout).toContain("64 MB");
  });

  test("the last line of an NDJSON file needs no newline; lines split across reads are whole", () => {
    const file = join(dir, "no-newline.ndjson");
    const rows = Array.from({ length: 3000 }, (_, index) => JSON.stringify({ id: `R-${index}`, pad: "y".repeat(index % 97) }));
    writeFileSync(file, rows.join("\r\n"));
    const read = [...ndjsonLines(file)];
    expect(read).toHaveLength(3000);
    expect(read.map((row) => row.text)).toEqual(rows);
  });

  test("render --out under /proc, /sys or /dev: exit 2", () => {
    for (const out of ["/proc/self/pages", "/sys/x", "/dev/shm/pages"]) {
      const outcome = runCli(["render", "rules", "--out", out, "--lang", "en"], quiet);
      expect(outcome.code, out).toBe(2);
      expect(outcome.stderr, out).toContain("--out");
    }
  });
});
