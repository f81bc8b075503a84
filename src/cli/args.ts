import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { raise } from "../messages/issueOf.js";
import { specOf } from "./usage.js";

export { COMMANDS, USAGE } from "./usage.js";

/** Parsed command-line arguments (`command` is `help` when help was asked for; `topic` is then the command asked about). */
export interface CliArgs {
  command: string;
  topic?: string;
  positionals: string[];
  asOf: string | undefined;
  award: string | undefined;
  rulebook: string | undefined;
  rules: string | undefined;
  populations: string | undefined;
  previousRound: string | undefined;
  committee: string | undefined;
  out: string | undefined;
  template: string | undefined;
  category: string | undefined;
  level: number | undefined;
  strict: boolean;
  skeleton: boolean;
  coverage: boolean;
  mutate: boolean;
  round: boolean;
  language: "zh" | "en";
  /** Whether `--lang` was given (render writes English pages unless it was). */
  languageGiven: boolean;
  format: "text" | "json" | "md";
}

const VALUED = new Set([
  "--as-of",
  "--award",
  "--rulebook",
  "--rules",
  "--lang",
  "--format",
  "--populations",
  "--previous-round",
  "--committee",
  "--out",
  "--category",
  "--level",
  "--template",
]);
const FLAGS = new Set(["--strict", "--skeleton", "--coverage", "--mutate", "--round"]);

const refuse = <I extends MessageId>(option: string, messageId: I, params: ParamsOf<I>): never => raise("invalid_option", [option], messageId, params);

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T, command?: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return refuse(name, "cli.notOneOf", { command: command || undefined, option: name, allowed: [...allowed], got: value });
}

function levelOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value)) refuse("--level", "cli.notLevel", { got: value });
  return Number(value);
}

/** The language help is asked in: English with `--lang en`, else Chinese. */
const helpLanguage = (argv: readonly string[]): "zh" | "en" => (argv[argv.indexOf("--lang") + 1] === "en" && argv.includes("--lang") ? "en" : "zh");

/** Refuses an option the command does not take, naming the ones it does. */
function checkApplies(command: string, given: Iterable<string>): void {
  const spec = specOf(command);
  if (spec === undefined) return;
  for (const option of given) {
    if (!spec.options.includes(option)) refuse(option, "cli.notApplicable", { command, option, options: [...spec.options] });
  }
}

/**
 * Parses `award-rules` arguments; an unknown option, an option without its value, an option the
 * command does not take or a value it does not accept is an `invalid_option` error naming the option.
 * `--help` after a command asks for that command's usage.
 *
 * @example
 * ```ts
 * parseArgs(["evaluate", "r.json", "--as-of", "2026-11-26"]).asOf; // "2026-11-26"
 * parseArgs(["batch", "--help"]); // { command: "help", topic: "batch", … }
 * ```
 */
export function parseArgs(argv: string[]): CliArgs {
  const [first = "help", ...rest] = argv;
  const command = first === "--help" || first === "-h" ? "help" : first;
  if (command === "help") return { ...parseArgs(["help-topics"]), command: "help", language: helpLanguage(rest) };
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] as string;
    if (arg === "--help" || arg === "-h") return { ...parseArgs([]), command: "help", ...(specOf(command) ? { topic: command } : {}), language: helpLanguage(rest) };
    if (FLAGS.has(arg)) flags.add(arg);
    else if (arg.startsWith("--")) {
      const value = rest[index + 1];
      if (!VALUED.has(arg)) refuse(arg, "cli.unknownOption", { option: arg });
      if (value === undefined || value.startsWith("--")) refuse(arg, "cli.needsValue", { option: arg });
      if (values.has(arg)) refuse(arg, "cli.givenTwice", { option: arg });
      values.set(arg, value as string);
      index += 1;
    } else positionals.push(arg);
  }
  checkApplies(command, [...values.keys(), ...flags]);
  const formats = specOf(command)?.formats ?? (["text", "json", "md"] as const);
  return {
    command,
    positionals,
    asOf: values.get("--as-of"),
    award: values.get("--award"),
    rulebook: values.get("--rulebook"),
    rules: values.get("--rules"),
    populations: values.get("--populations"),
    previousRound: values.get("--previous-round"),
    committee: values.get("--committee"),
    out: values.get("--out"),
    template: values.get("--template"),
    category: values.get("--category"),
    level: levelOf(values.get("--level")),
    strict: flags.has("--strict"),
    skeleton: flags.has("--skeleton"),
    coverage: flags.has("--coverage"),
    mutate: flags.has("--mutate"),
    round: flags.has("--round"),
    language: choice("--lang", values.get("--lang"), ["zh", "en"] as const, "zh", specOf(command) ? command : undefined),
    languageGiven: values.has("--lang"),
    format: choice("--format", values.get("--format"), formats, "text", specOf(command) ? command : undefined),
  };
}
