import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { parseArgs, USAGE } from "./args.js";
import { batchCommand } from "./commands/batch.js";
import { diffCommand } from "./commands/diff.js";
import { evaluateCommand } from "./commands/evaluate.js";
import { lintCommand } from "./commands/lint.js";
import { renderCommand } from "./commands/render.js";
import { testCommand } from "./commands/test.js";
import { inputsCommand } from "./commands/inputs.js";
import type { CliIo } from "./io.js";

/** What a CLI run printed and its exit code: 0 fine, 1 findings, 2 bad input. */
export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const defaultIo: CliIo = {
  progress: (text) => process.stderr.write(text),
  writeFile: (path, text) => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch (error) {
      throw new AwardRulesError([{ code: "invalid_option", path: [path], message: `${path}: cannot write (${(error as Error).message})` }]);
    }
  },
};

/**
 * Runs the CLI on an argument list and returns what it prints and its exit code; progress goes to
 * `io.progress` as it happens. A bad input gives exit 2 with the file, the path in it and the problem.
 *
 * @example
 * ```ts
 * runCli(["evaluate", "fixtures/000/staff-complaint-two-and-half-years.json", "--lang", "en"]).code; // 0
 * ```
 */
export function runCli(argv: string[], io: CliIo = defaultIo): CliOutcome {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        return { code: 0, stdout: USAGE, stderr: "" };
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
        return inputsCommand(args);
      default:
        return { code: 2, stdout: "", stderr: `unknown command ${JSON.stringify(args.command)}\n${USAGE}` };
    }
  } catch (error) {
    if (error instanceof AwardRulesError) {
      const file = argv.find((arg, index) => index > 0 && !arg.startsWith("--") && argv[index - 1]?.startsWith("--") !== true);
      return { code: 2, stdout: "", stderr: `${error.issues.map((issue) => `${file ?? ""}${file ? ": " : ""}${AwardRulesError.describe([issue])}`).join("\n")}\n` };
    }
    throw error;
  }
}
