import { readFileSync } from "node:fs";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { evaluate } from "../evaluate/evaluate.js";
import { evaluateScored } from "../evaluate/scored/evaluateScored.js";
import { explain } from "../explain/explain.js";
import { explainScored } from "../explain/explainScored.js";
import { bundledRulebook } from "../load/bundled.js";
import { loadRulebook } from "../load/loadRulebook.js";
import { parseArgs, USAGE, type CliArgs } from "./args.js";

/** What a CLI run printed and its exit code: 0 fine, 2 bad input. */
export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new AwardRulesError([{ code: "invalid_option", path: [], message: `${file}: cannot read (${(error as Error).message})` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AwardRulesError([{ code: "invalid_record", path: [], message: `${file}: not JSON (${(error as Error).message})` }]);
  }
}

/** A record file holds a record, or a scenario fixture whose `input` is the record (and `asOf`, `rulebook`, `award` defaults). */
function recordOf(json: unknown): { record: unknown; asOf?: string; rulebook?: string; award?: string } {
  if (json !== null && typeof json === "object" && "input" in json && ("expected" in json || "expectedError" in json)) {
    const fixture = json as { input: unknown; asOf?: string; rulebook?: string; award?: string };
    return { record: fixture.input, asOf: fixture.asOf, rulebook: fixture.rulebook, award: fixture.award };
  }
  return { record: json };
}

function evaluateCommand(input: CliArgs): CliOutcome {
  let args = input;
  const file = args.positionals[0];
  if (file === undefined) return { code: 2, stdout: "", stderr: `evaluate needs a record file\n${USAGE}` };
  const fromFile = recordOf(readJson(file));
  const { record, asOf } = fromFile;
  args = { ...args, rulebook: args.rulebook ?? fromFile.rulebook, award: args.award ?? fromFile.award };
  const rulebook = args.rules === undefined ? bundledRulebook(args.rulebook) : loadRulebook(readJson(args.rules));
  const date = args.asOf ?? asOf;
  if (date === undefined) return { code: 2, stdout: "", stderr: `${file}: no --as-of date given\n` };
  try {
    const format = { language: args.language, format: args.format === "md" ? ("markdown" as const) : ("text" as const) };
    const scored = args.award !== undefined && rulebook.scoredAwards.some((entry) => entry.award.id === args.award);
    let stdout: string;
    if (scored) {
      const result = evaluateScored(rulebook, record, { asOf: date, award: args.award as string });
      stdout = args.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : explainScored(result, format);
    } else {
      const result = evaluate(rulebook, record, { asOf: date, ...(args.award ? { award: args.award } : {}) });
      stdout = args.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : explain(result, format);
    }
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    if (error instanceof AwardRulesError) {
      return { code: 2, stdout: "", stderr: error.issues.map((issue) => `${file}: ${AwardRulesError.describe([issue])}`).join("\n") + "\n" };
    }
    throw error;
  }
}

/**
 * Runs the CLI on an argument list and returns what it prints and its exit code, without
 * touching the process (the bin entry does that).
 *
 * @example
 * ```ts
 * runCli(["evaluate", "fixtures/demo/staff-member.json", "--as-of", "2026-11-26", "--lang", "en"]).code; // 0
 * ```
 */
export function runCli(argv: string[]): CliOutcome {
  try {
    const args = parseArgs(argv);
    if (args.command === "help") return { code: 0, stdout: USAGE, stderr: "" };
    if (args.command === "evaluate") return evaluateCommand(args);
    return { code: 2, stdout: "", stderr: `unknown command ${JSON.stringify(args.command)}\n${USAGE}` };
  } catch (error) {
    if (error instanceof AwardRulesError) return { code: 2, stdout: "", stderr: `${error.message}\n` };
    throw error;
  }
}
