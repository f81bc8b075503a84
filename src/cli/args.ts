import { AwardRulesError } from "../errors/AwardRulesError.js";

/** Parsed command-line arguments. */
export interface CliArgs {
  command: string;
  positionals: string[];
  asOf: string | undefined;
  award: string | undefined;
  rulebook: string | undefined;
  rules: string | undefined;
  populations: string | undefined;
  previousRound: string | undefined;
  out: string | undefined;
  category: string | undefined;
  level: number | undefined;
  strict: boolean;
  skeleton: boolean;
  coverage: boolean;
  mutate: boolean;
  round: boolean;
  language: "zh" | "en";
  format: "text" | "json" | "md";
}

/** The CLI's usage text. */
export const USAGE = `usage:
  award-rules evaluate <record.json> [--as-of DATE] [--award ID] [--rulebook ID | --rules FILE] [--lang zh|en] [--format text|json|md]
  award-rules batch <records.json|.ndjson> --as-of DATE [--award ID] [--rulebook ID | --rules FILE]
                    [--populations FILE] [--previous-round FILE] [--lang zh|en] [--format text|json]
  award-rules lint <rules folder or file> [--strict]
  award-rules diff <before rules> <after rules> <records.json|.ndjson> --as-of DATE [--award ID] [--round] [--format text|json]
  award-rules render <rules folder or file> [--out docs/rules]
  award-rules inputs [--rulebook ID | --rules FILE] [--award ID] [--category ID] [--level N] [--skeleton] [--lang zh|en]
  award-rules test <test files or folders> [--rules <rules folder or file>] [--coverage] [--mutate] [--lang zh|en] [--format text|json]

  A record file holds one record, or a scenario fixture whose "input" is the record (its "asOf",
  "rulebook" and "award" are then the defaults). --rulebook names a bundled rulebook (model-post-000
  by default; service-model-post-001, party-model-post-002, service-month-2017-003,
  logistics-plans-004); --rules reads a rule file. A batch prints progress on stderr past 1,000
  records. --populations is a JSON file { "total"?: n, "byDepartment"?: { "<dept>": n } }, and
  --previous-round one { "revoked": ["<id>", …] }.
  Exit codes: 0 fine; 1 findings (lint errors, or warnings with --strict; a diff that moves anyone);
  2 bad input (the message names the file, the path in it and the problem).
`;

const VALUED = new Set(["--as-of", "--award", "--rulebook", "--rules", "--lang", "--format", "--populations", "--previous-round", "--out", "--category", "--level"]);
const FLAGS = new Set(["--strict", "--skeleton", "--coverage", "--mutate", "--round"]);

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AwardRulesError([{ code: "invalid_option", path: [name], message: `${name} must be one of ${allowed.join(", ")}` }]);
}

function levelOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new AwardRulesError([{ code: "invalid_option", path: ["--level"], message: `--level must be a level number such as 1, got ${value}` }]);
  return Number(value);
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
  const [first = "help", ...rest] = argv;
  const command = first === "--help" || first === "-h" ? "help" : first;
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] as string;
    if (arg === "--help" || arg === "-h") return { ...parseArgs([]), command: "help" };
    if (FLAGS.has(arg)) flags.add(arg);
    else if (arg.startsWith("--")) {
      const value = rest[index + 1];
      if (!VALUED.has(arg)) throw new AwardRulesError([{ code: "invalid_option", path: [arg], message: `unknown option ${arg}` }]);
      if (value === undefined || value.startsWith("--")) {
        throw new AwardRulesError([{ code: "invalid_option", path: [arg], message: `${arg} needs a value` }]);
      }
      values.set(arg, value);
      index += 1;
    } else positionals.push(arg);
  }
  return {
    command,
    positionals,
    asOf: values.get("--as-of"),
    award: values.get("--award"),
    rulebook: values.get("--rulebook"),
    rules: values.get("--rules"),
    populations: values.get("--populations"),
    previousRound: values.get("--previous-round"),
    out: values.get("--out"),
    category: values.get("--category"),
    level: levelOf(values.get("--level")),
    strict: flags.has("--strict"),
    skeleton: flags.has("--skeleton"),
    coverage: flags.has("--coverage"),
    mutate: flags.has("--mutate"),
    round: flags.has("--round"),
    language: choice("--lang", values.get("--lang"), ["zh", "en"] as const, "zh"),
    format: choice("--format", values.get("--format"), ["text", "json", "md"] as const, "text"),
  };
}
