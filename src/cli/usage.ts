/** One command of the CLI: its usage, and the options it takes (with the values `--format` may have). */
export interface CommandSpec {
  usage: { en: string; zh: string };
  options: readonly string[];
  formats?: readonly ("text" | "json" | "md")[];
}

import { ZH_USAGE } from "./usageZh.js";

const FILES = `  Every file read must be a regular file (not a folder, a pipe or a device); a file read whole (a
  rule file, a record, a JSON array of records, a test, --populations, --previous-round) is at most
  64 MB, and an NDJSON line at most 1 MB.`;

/**
 * What each command is and takes; `award-rules <command> --help` prints its usage.
 *
 * @example
 * ```ts
 * COMMANDS.batch.options.includes("--as-of"); // true
 * ```
 */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  evaluate: {
    usage: {
      en: `usage: award-rules evaluate <record.json|sheet.xlsx|sheet.csv> [--as-of DATE] [--award ID] [--rulebook ID | --rules FILE] [--lang zh|en] [--format text|json|md]
  One record, explained. The file holds one record, or a scenario fixture whose "input" is the record
  (its "asOf", "rulebook" and "award" are then the defaults). --rulebook names a bundled rulebook
  (model-post-000 by default; service-model-post-001, party-model-post-002, service-month-2017-003,
  logistics-plans-004); --rules reads a rule file. A sheet (.xlsx, or .csv in UTF-8 or GB18030, with
  the headers of \`inputs --template\`) has one record a row; each row is explained in turn. Lists' entries
  go on their own sheets, or with .csv in list files given after it (see \`batch\`).
${FILES}`,
      zh: ZH_USAGE.evaluate,
    },
    options: ["--as-of", "--award", "--rulebook", "--rules", "--lang", "--format"],
    formats: ["text", "json", "md"],
  },
  batch: {
    usage: {
      en: `usage: award-rules batch <records.json|.ndjson|.xlsx|.csv> [list.csv …] --as-of DATE [--award ID] [--rulebook ID | --rules FILE]
                          [--populations FILE] [--previous-round FILE] [--committee FILE] [--out FILE.md|.csv|.xlsx]
                          [--lang zh|en] [--format text|json|md]
  A whole round with its quotas, every placement in record-id order. NDJSON (.ndjson, .jsonl) is read
  a chunk at a time and the output written as it is made, so a round of millions of records runs in
  bounded memory; a JSON array is read whole. Progress goes to stderr every 1,000 records.
  --populations is a JSON file { "total"?: n, "byDepartment"?: { "<dept>": n } },
  --previous-round one { "revoked": ["<id>", …] } (or the previous round's { "ledger": … }), and
  --committee one { "date": "YYYY-MM-DD", "decisions"?: [{ "recordId", "awarded", "level"? }], "approveProposals"?: true }.
  A sheet (.xlsx, or .csv in UTF-8 or GB18030, with the headers of \`inputs --template\`) has one record a
  row; every problem in it is reported at once, by row and column header. A list's entries (complaints,
  honours…) go on the workbook's sheet of that list, one a row (the record id, then the entry's fields);
  with .csv, one file per list given after the records file, named by the list (被投诉记录.csv,
  complaints.csv, or 申报表.被投诉记录.csv).
  --out writes the 公示 list: .md for a notice board (title, dates, table, what is outstanding); .xlsx one
  workbook of three sheets (公示名单, 全部结果, 待定事项); .csv the 公示 list alone (UTF-8 with a byte-order
  mark), the other two parts being in the round's text or JSON output. --format md prints the .md.
${FILES}`,
      zh: ZH_USAGE.batch,
    },
    options: ["--as-of", "--award", "--rulebook", "--rules", "--populations", "--previous-round", "--committee", "--out", "--lang", "--format"],
    formats: ["text", "json", "md"],
  },
  lint: {
    usage: {
      en: `usage: award-rules lint <rules folder or file> [--strict] [--lang zh|en]
  Checks rule files; exit 1 on errors (or warnings with --strict).
${FILES}`,
      zh: ZH_USAGE.lint,
    },
    options: ["--strict", "--lang"],
  },
  diff: {
    usage: {
      en: `usage: award-rules diff <before rules> <after rules> <records.json|.ndjson> --as-of DATE [--award ID] [--round]
                         [--populations FILE] [--previous-round FILE] [--committee FILE] [--lang zh|en] [--format text|json]
  Who moves between two versions of the rules; exit 1 when anyone moves.
${FILES}`,
      zh: ZH_USAGE.diff,
    },
    options: ["--as-of", "--award", "--round", "--populations", "--previous-round", "--committee", "--lang", "--format"],
    formats: ["text", "json"],
  },
  render: {
    usage: {
      en: `usage: award-rules render <rules folder or file> [--out docs/rules] [--lang zh|en]
  Writes one review page per rule file and the index. --out may not be under /proc, /sys or /dev.
  The pages are in English unless --lang is given; --lang zh gives Chinese headings and fixed sentences.
${FILES}`,
      zh: ZH_USAGE.render,
    },
    options: ["--out", "--lang"],
  },
  inputs: {
    usage: {
      en: `usage: award-rules inputs [--rulebook ID | --rules FILE] [--award ID] [--category ID] [--level N] [--skeleton]
                          [--template FILE.xlsx|.csv [--as-of DATE]] [--lang zh|en] [--format text|json]
  Every fact and attestation an award reads, or with --skeleton a JSON record to fill in. --template
  writes a sheet to fill in: one column per input headed by its label, drop-down lists, a sheet per list
  (complaints, honours…: the record id, then an entry's fields) and the legend sheet 说明 (.xlsx), or the
  header row alone (.csv, UTF-8 with a byte-order mark) with one file per list beside it, named FILE.<list>.csv;
  the yearly columns are the three years before the year of --as-of.
${FILES}`,
      zh: ZH_USAGE.inputs,
    },
    options: ["--rulebook", "--rules", "--award", "--category", "--level", "--skeleton", "--template", "--as-of", "--lang", "--format"],
    formats: ["text", "json"],
  },
  test: {
    usage: {
      en: `usage: award-rules test <test files or folders> [--rules <rules folder or file>] [--coverage] [--mutate] [--lang zh|en] [--format text|json]
       award-rules test --rulebook <rule file or ID> [<test folders>] [--coverage] [--mutate] [--lang zh|en] [--format text|json]
  Runs policy tests; exit 1 when any fails. A test's "recordsFile" is read from its own folder or below.
  --rulebook runs every test of one rulebook (a rule file, found by the id inside it, so a changed
  copy runs the original's tests; or a bundled ID): per-record and round tests alike, searched for
  in the folders given, or in fixtures/ when none is.
${FILES}`,
      zh: ZH_USAGE.test,
    },
    options: ["--rulebook", "--rules", "--coverage", "--mutate", "--lang", "--format"],
    formats: ["text", "json"],
  },
};

/**
 * A command's spec by its name: only the CLI's own commands (a name such as `toString` or
 * `__proto__` names none, however objects are built).
 *
 * @example
 * ```ts
 * specOf("batch")?.formats; // ["text", "json", "md"]
 * specOf("toString"); // undefined
 * ```
 */
export function specOf(command: string): CommandSpec | undefined {
  return Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
}

/** A command's usage lines, without the words after them. */
function synopsis(usage: string): string {
  const lines = usage.replace(/^(usage|用法)[:：] ?/, "").split("\n");
  const end = lines.findIndex((line, index) => index > 0 && /^ {2}\S/.test(line));
  return lines
    .slice(0, end === -1 ? lines.length : end)
    .map((line) => `  ${line}`)
    .join("\n");
}

/**
 * The CLI's usage text in a language: every command, and the exit codes.
 *
 * @example
 * ```ts
 * usageText("zh").startsWith("用法："); // true
 * ```
 */
export function usageText(language: "zh" | "en"): string {
  const synopses = Object.values(COMMANDS)
    .map((spec) => synopsis(spec.usage[language]))
    .join("\n");
  return language === "zh" ? `用法：\n${synopses}\n\n${ZH_USAGE.footer}` : `usage:\n${synopses}\n\n${EN_FOOTER}`;
}

const EN_FOOTER = `  award-rules <command> --help prints a command's usage and what it takes.
${FILES}
  Exit codes: 0 fine; 1 findings (lint errors, or warnings with --strict; a diff that moves anyone;
  a failing test); 2 bad input (the message names the file, the path in it and the problem).
`;

/** The CLI's usage text in English. */
export const USAGE = usageText("en");
