import { readXlsx } from "../../src/sheets/xlsxRead.js";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { COMMANDS } from "../../src/cli/usage.js";
import { REPO_ROOT } from "../support/cli.js";
import { latinWords } from "./zhScan/latin.js";
import { scanCommands } from "./zhScan/commands.js";

/** What a command wrote, as text to scan: a workbook's every cell (read back by the library's reader), other bytes as UTF-8. */
const writtenText = (written: string | Uint8Array): string => {
  if (typeof written === "string") return written;
  if (written[0] === 0x50 && written[1] === 0x4b)
    return readXlsx(written)
      .flatMap((sheet) => [sheet.name, ...sheet.rows.map((row) => row.join("\t"))])
      .join("\n");
  return new TextDecoder().decode(written);
};

/** Runs the CLI in the repository's root, keeping what it printed and the files it would write. */
function run(argv: string[]): { code: number; text: string } {
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  const files: string[] = [];
  try {
    const outcome = runCli(argv, { progress: (text) => void files.push(text), writeFile: (_path, text) => void files.push(writtenText(text)) });
    return { code: outcome.code, text: [outcome.stdout, outcome.stderr, ...files].join("\n") };
  } finally {
    process.chdir(cwd);
  }
}

describe("zh scan: every CLI command over every bundled fixture prints no Latin word", () => {
  const commands = scanCommands();
  test("the scan runs every command", () => {
    expect(commands.length).toBeGreaterThan(300);
  });
  const scan = (title: string, argv: string[], refused = false): void => {
    // `--lang zh` where the command takes it (else its default, which must be Chinese)
    const full = !title.startsWith("help") && COMMANDS[argv[0] as string]?.options.includes("--lang") ? [...argv, "--lang", "zh"] : argv;
    const outcome = run(full);
    // a refused command line would pass with nothing to scan
    if (!refused) expect(outcome.code, outcome.text).not.toBe(2);
    expect(latinWords(outcome.text, argv)).toEqual([]);
  };
  test.each(commands.filter((command) => command.knownGap === undefined).map((command) => [command.title, command.argv, command.refused === true] as const))("%s", scan);
  // known gaps, each with its reason: expected to fail, so the scan says when one is closed
  test.fails.each(commands.filter((command) => command.knownGap !== undefined).map((command) => [command.title, command.argv] as const))("known gap: %s", scan);
});
