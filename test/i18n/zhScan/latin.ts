import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import { COMMANDS } from "../../../src/cli/usage.js";
import { REPO_ROOT } from "../../support/cli.js";

/**
 * The Latin words allowed in Chinese output besides record ids, clause numbers, code spans and the
 * paths typed. Keep it short, and say why for each.
 */
const ALLOWED_WORDS: readonly string[] = [
  // the documents' own words, quoted in rule labels: 严格按照ISO9001质量管理标准操作 (001 附件1 第4项)
  "ISO",
  // file formats a person chooses between (--format, a records file): their names are not translated
  "JSON",
  "NDJSON",
  "MB",
  // spreadsheet files and their text encodings, named as the officer's program names them (.xlsx, .csv, UTF-8, GB18030)
  "xlsx",
  "csv",
  "UTF",
  "GB",
  // the date format a person types, shown beside its Chinese name (年-月-日 YYYY-MM-DD)
  "YYYY",
  "MM",
  "DD",
  // the command line a person types, as help shows it: the program, its commands, options and their values
  "award",
  "rules",
  ...Object.keys(COMMANDS),
  ...Object.values(COMMANDS).flatMap((spec) => spec.options.flatMap((option) => option.slice(2).split("-"))),
  ...["text", "json", "md", "zh", "en", "ndjson", "jsonl", "docs", "proc", "sys", "dev", "help"],
];

/** Every record id of the bundled fixtures (a test's `input`, its `records`, its records file, the rounds after it). */
function fixtureRecordIds(): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        // a record's id, and its department (a value the record itself gives, quoted when a message names it)
        if ((key === "id" || key === "recordId" || key === "department") && typeof child === "string") ids.add(child);
        visit(child);
      }
    }
  };
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(REPO_ROOT, folder))) {
      const path = join(folder, name);
      if (statSync(join(REPO_ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith(".ndjson"))
        readFileSync(join(REPO_ROOT, path), "utf8")
          .split("\n")
          .filter((line) => line.trim() !== "")
          .forEach((line) => visit(JSON.parse(line)));
      else if (name.endsWith(".json") && !folder.includes("rules") && !name.startsWith("0")) visit(JSON.parse(readFileSync(join(REPO_ROOT, path), "utf8")));
      else if (name.endsWith(".json") && folder.startsWith("fixtures/rounds")) visit(JSON.parse(readFileSync(join(REPO_ROOT, path), "utf8")));
    }
  };
  walk("fixtures");
  return ids;
}

const RECORD_IDS = [...fixtureRecordIds()].sort((a, b) => b.length - a.length);

/** What a person typed: the paths (and the files under the folders typed, full and by name) and option values. */
function typedPaths(argv: readonly string[]): string[] {
  const paths: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith("--")) continue;
    // what the person typed: a path (and the files of a folder), or an option's value (an id they chose)
    paths.push(arg, basename(arg));
    const full = isAbsolute(arg) ? arg : join(REPO_ROOT, arg);
    let entries: string[] = [];
    try {
      if (statSync(full).isDirectory()) entries = readdirSync(full);
    } catch {
      entries = [];
    }
    for (const name of entries) paths.push(join(arg, name), name);
  }
  return paths.sort((a, b) => b.length - a.length);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The lines of a Chinese output that hold a Latin word (2+ ASCII letters) other than a record id,
 * a path typed (or a file in a folder typed), a code span in backticks or a word of the allow-list,
 * each with its words after `←`.
 */
export function latinWords(text: string, argv: readonly string[]): string[] {
  // a file the command wrote under a folder typed (render --out): the scan keeps the writes, so the folder holds none yet
  const under = argv
    .filter((arg) => !arg.startsWith("--"))
    .sort((a, b) => b.length - a.length)
    .map((arg) => new RegExp(`(?<![A-Za-z0-9_-])${escape(arg)}/[^\\s)]*`, "g"));
  const strip = [...under, ...[...typedPaths(argv), ...RECORD_IDS].map((word) => new RegExp(`(?<![A-Za-z0-9_-])${escape(word)}(?![A-Za-z0-9_-])`, "g"))];
  const found: string[] = [];
  for (const line of text.split("\n")) {
    // code spans, and the keys of JSON a person fills in (a skeleton, a file format shown by help)
    // and a placeholder listing the values to type (<met | notMet | notGiven>)
    let rest = line
      .replace(/`[^`\n]*`/g, " ")
      // a Markdown link's target (the review index links each page by its file name): an address, not words
      .replace(/\]\([^()\s]*\)/g, "]")
      .replace(/"[A-Za-z][\w.-]*"(?=\s*:)/g, " ")
      .replace(/<[^<>]*\|[^<>]*>/g, " ");
    for (const pattern of strip) rest = rest.replace(pattern, " ");
    const words = (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED_WORDS.includes(word));
    if (words.length > 0) found.push(`${line.trim().slice(0, 200)}  ← ${[...new Set(words)].join(", ")}`);
  }
  return [...new Set(found)];
}
