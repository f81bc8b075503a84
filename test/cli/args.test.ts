import { describe, expect, test } from "vitest";
import { COMMANDS, USAGE } from "../../src/cli/args.js";
import { cli } from "../support/cli.js";

describe("award-rules <command> --help, and each command takes only its own options", () => {
  test("<command> --help prints that command's usage, not the global one; exit 0", () => {
    for (const command of Object.keys(COMMANDS)) {
      const outcome = cli(command, "--help");
      expect(outcome.code, command).toBe(0);
      // Chinese by default, English with --lang en
      expect(outcome.stdout, command).toMatch(new RegExp(`^用法：award-rules ${command} `));
      expect(cli(command, "--help", "--lang", "en").stdout, command).toMatch(new RegExp(`^usage: award-rules ${command} `));
      expect(outcome.stdout, command).not.toBe(USAGE);
      for (const other of Object.keys(COMMANDS).filter((name) => name !== command)) expect(outcome.stdout, command).not.toContain(`award-rules ${other} `);
    }
    expect(cli("--help", "--lang", "en").stdout).toBe(USAGE);
    expect(cli("--help").stdout).toMatch(/^用法：\n/);
    expect(cli("batch", "--help", "--lang", "en").stdout).toContain("--previous-round FILE");
    expect(cli("batch", "--help").stdout).toContain("--previous-round 文件");
  });

  test("an option the command does not take: exit 2 naming it and listing the ones it takes", () => {
    const cases: [string[], string][] = [
      [["lint", "rules", "--as-of", "2026-11-26"], "lint does not take --as-of; it takes --strict, --lang"],
      [["render", "rules", "--format", "json"], "render does not take --format; it takes --out, --lang"],
      [["evaluate", "r.json", "--round"], "evaluate does not take --round"],
      [["inputs", "--coverage"], "inputs does not take --coverage"],
    ];
    for (const [argv, message] of cases) {
      const outcome = cli(...argv, ...(argv.includes("--lang") ? [] : ["--lang", "en"]));
      expect(outcome.code, argv.join(" ")).toBe(2);
      expect(outcome.stderr, argv.join(" ")).toContain(message);
    }
  });

  test("a value the command does not accept: inputs --format md, --lang fr; exit 2 naming the option", () => {
    const md = cli("inputs", "--format", "md", "--lang", "en");
    expect(md).toEqual({ code: 2, stdout: "", stderr: 'invalid_option at --format: inputs: --format must be one of text, json, got "md"\n' });
    const zh = cli("inputs", "--format", "md");
    expect(zh.stderr).toBe('参数有误：--format：--format 只能取 text、json，实为 "md"\n');
    expect(cli("evaluate", "r.json", "--lang", "fr").stderr).toContain("--lang");
    expect(cli("evaluate", "r.json", "--as-of", "1", "--as-of", "2").stderr).toContain("--as-of");
  });

  test("any error, not only the library's, is one line and exit 2: never a stack", () => {
    const outcome = cli("evaluate", "fixtures/000/staff-complaint-two-and-half-years.json", "--rules", "/dev/null", "--lang", "en");
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });
});
