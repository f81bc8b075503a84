import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { raise } from "../messages/issueOf.js";
import { parseArgs } from "./args.js";
import { specOf, usageText } from "./usage.js";
import { batchCommand } from "./commands/batch.js";
import { diffCommand } from "./commands/diff.js";
import { evaluateCommand } from "./commands/evaluate.js";
import { inputsCommand } from "./commands/inputs.js";
import { lintCommand } from "./commands/lint.js";
import { renderCommand } from "./commands/render.js";
import { testCommand } from "./commands/test.js";
import { errorText } from "./errorText.js";
import type { CliIo } from "./io.js";
import type { CommandSpec } from "./usage.js";
import type { CliOutcome } from "./outcome.js";
import { registerMessages } from "../messages/registry.js";
import { catalog } from "../messages/catalog.js";

export type { CliOutcome } from "./outcome.js";

/**
 * The CLI's io when run as a program: progress to stderr, files written for real, output collected.
 *
 * @example
 * ```ts
 * runCli(["render", "rules"], { ...defaultCliIo, out: (text) => process.stdout.write(text) });
 * ```
 */
export const defaultCliIo: CliIo = {
  progress: (text) => process.stderr.write(text),
  writeFile: (path, text) => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch (error) {
      raise("invalid_option", [path], "file.cannotWrite", { reason: (error as Error).message });
    }
  },
};

/** The language asked for, read without parsing (so an error in the arguments is still told in it). */
const languageOf = (argv: string[]): "zh" | "en" => (argv[argv.indexOf("--lang") + 1] === "en" && argv.includes("--lang") ? "en" : "zh");

/**
 * Runs the CLI on an argument list and returns its exit code and what it printed; progress goes to
 * `io.progress` as it happens, and output to `io.out` when given (else it is collected into
 * `stdout`). A bad input gives exit 2 with the file, the path in it and the problem; any other
 * error gives exit 2 with one line, never a stack.
 *
 * @example
 * ```ts
 * runCli(["evaluate", "fixtures/000/staff-complaint-two-and-half-years.json", "--lang", "en"]).code; // 0
 * ```
 */
export function runCli(argv: string[], io: CliIo = defaultCliIo): CliOutcome {
  // Node tooling: every message of the catalog, whatever it words
  registerMessages(catalog());
  const collected: string[] = [];
  const out = io.out ?? ((text: string) => void collected.push(text));
  const withOut: CliIo & { out: (text: string) => void } = { ...io, out };
  let outcome: CliOutcome;
  try {
    outcome = dispatch(argv, withOut);
  } catch (error) {
    const { code, text } = errorText(error, languageOf(argv));
    return { code, stdout: "", stderr: text };
  }
  return collected.length > 0 ? { ...outcome, stdout: collected.join("") + outcome.stdout } : outcome;
}

function dispatch(argv: string[], io: CliIo & { out: (text: string) => void }): CliOutcome {
  const args = parseArgs(argv);
  switch (args.command) {
    case "help":
      return { code: 0, stdout: args.topic ? `${(specOf(args.topic) as CommandSpec).usage[args.language]}\n` : usageText(args.language), stderr: "" };
    case "evaluate":
      return evaluateCommand(args);
    case "batch":
      return batchCommand(args, io);
    case "diff":
      return diffCommand(args);
    case "lint":
      return lintCommand(args);
    case "render":
      return renderCommand(args, io);
    case "test":
      return testCommand(args);
    case "inputs":
      return inputsCommand(args, io);
    default:
      return {
        code: 2,
        stdout: "",
        stderr: `${args.language === "zh" ? `没有这个命令：${JSON.stringify(args.command)}` : `unknown command ${JSON.stringify(args.command)}`}\n${usageText(args.language)}`,
      };
  }
}
