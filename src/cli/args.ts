import { AwardRulesError } from "../errors/AwardRulesError.js";

/** Parsed command-line arguments. */
export interface CliArgs {
  command: string;
  positionals: string[];
  asOf: string | undefined;
  award: string | undefined;
  rulebook: string | undefined;
  rules: string | undefined;
  language: "zh" | "en";
  format: "text" | "json" | "md";
}

/** The CLI's usage text. */
export const USAGE = `usage: award-rules evaluate <record.json> [--as-of YYYY-MM-DD] [--award ID] [--rulebook ID | --rules rulebook.json]
                          [--lang zh|en] [--format text|json|md]
  A record file holds one candidate record, or a scenario fixture whose "input" is the record
  (its "asOf", "rulebook" and "award" are then the defaults). --rulebook names a bundled rulebook
  (model-post-000 by default; service-model-post-001, party-model-post-002,
  service-month-2017-003, logistics-plans-004); --rules reads a rule file instead. A scored
  award (001–004) is evaluated with its rubric, vetoes and grades.
  Exit codes: 0 evaluated; 2 bad input (the message names the file, the path and the problem).
`;

const OPTIONS = new Set(["--as-of", "--award", "--rulebook", "--rules", "--lang", "--format"]);

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AwardRulesError([{ code: "invalid_option", path: [name], message: `${name} must be one of ${allowed.join(", ")}` }]);
}

/**
 * Parses `award-rules` arguments; an unknown flag or a flag without its value is an
 * `invalid_option` error.
 *
 * @example
 * ```ts
 * parseArgs(["evaluate", "r.json", "--as-of", "2026-11-26"]).asOf; // "2026-11-26"
 * ```
 */
export function parseArgs(argv: string[]): CliArgs {
  const [command = "help", ...rest] = argv;
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] as string;
    if (arg === "--help" || arg === "-h") return { ...parseArgs([]), command: "help" };
    if (arg.startsWith("--")) {
      const value = rest[index + 1];
      if (!OPTIONS.has(arg)) throw new AwardRulesError([{ code: "invalid_option", path: [arg], message: `unknown option ${arg}` }]);
      if (value === undefined || value.startsWith("--")) {
        throw new AwardRulesError([{ code: "invalid_option", path: [arg], message: `${arg} needs a value` }]);
      }
      values.set(arg, value);
      index += 1;
    } else positionals.push(arg);
  }
  return {
    command: command === "--help" || command === "-h" ? "help" : command,
    positionals,
    asOf: values.get("--as-of"),
    award: values.get("--award"),
    rulebook: values.get("--rulebook"),
    rules: values.get("--rules"),
    language: choice("--lang", values.get("--lang"), ["zh", "en"] as const, "zh"),
    format: choice("--format", values.get("--format"), ["text", "json", "md"] as const, "text"),
  };
}
