import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../../support/cli.js";

/**
 * One CLI run of the zh scan: its title and arguments (`--lang zh` is added unless `help` is in the
 * title: help is Chinese by default). To scan a new command or option, add a line to `scanCommands`.
 */
export interface ScanCommand {
  title: string;
  argv: string[];
  /** Why this output is known to hold English still: the scan expects it to fail, and fails once it passes (remove the note then). */
  knownGap?: string;
  /** The input is bad on purpose (a test that expects an error): exit 2 is its answer, and its message is scanned. */
  refused?: boolean;
}

const readJson = (path: string): any => JSON.parse(readFileSync(join(REPO_ROOT, path), "utf8"));

/** The `.json` files of a folder of the repository, sorted (not the mutation-equivalents list). */
export function jsonFiles(folder: string): string[] {
  return readdirSync(join(REPO_ROOT, folder))
    .filter((name) => name.endsWith(".json") && name !== "mutation-equivalents.json" && statSync(join(REPO_ROOT, folder, name)).isFile())
    .sort()
    .map((name) => join(folder, name));
}

const scratch = mkdtempSync(join(tmpdir(), "award-rules-zh-scan-"));
let written = 0;
/** Writes a value to a scratch file (a round's inline records, its committee, populations…) and gives its path. */
function scratchFile(name: string, value: unknown): string {
  written += 1;
  const file = join(scratch, `${written}-${name}`);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

const BUNDLED: Record<string, string> = {
  "model-post-000": "rules/000-model-post.json",
  "service-model-post-001": "rules/001-service-model-post.json",
  "party-model-post-002": "rules/002-party-model-post.json",
  "service-month-2017-003": "rules/003-service-month-2017.json",
  "logistics-plans-004": "rules/004-logistics-plans.json",
};
const AUTHORING_RULES = "fixtures/authoring/rules";
const AUTHORING_RULE_FILE = "fixtures/authoring/rules/005-excellent-cleaner.json";
const POLICY_CHANGES = ["fixtures/policy-changes/000-level1-quota-5", "fixtures/policy-changes/000-management-l2-15pct"];
const SCENARIO_FOLDERS = ["fixtures/000", "fixtures/001", "fixtures/002", "fixtures/003", "fixtures/004"];

/** `evaluate` on every one-record test of the bundled fixtures and the walk-through. */
function evaluateCommands(): ScanCommand[] {
  // a test that expects an error refuses its input; a pay test or one with a deployment cannot be evaluated
  // by `evaluate` (it takes no pay inputs or deployment): each is refused, and its message is still scanned
  const refused = (file: string): boolean => {
    const json = readJson(file);
    return json.expected?.error !== undefined || json.expected?.errors !== undefined || json.pay !== undefined || json.deployment !== undefined;
  };
  const scenarios = SCENARIO_FOLDERS.flatMap(jsonFiles).map((file) => ({ title: `evaluate ${file}`, argv: ["evaluate", file], refused: refused(file) }));
  const authoring = jsonFiles("fixtures/authoring/tests")
    .filter((file) => readJson(file).input !== undefined)
    .map((file) => ({ title: `evaluate ${file}`, argv: ["evaluate", file, "--rules", AUTHORING_RULE_FILE], refused: refused(file) }));
  return [...scenarios, ...authoring];
}

/** `batch` on every round of the fixtures: its records, committee, populations and previous round as files. */
function batchCommands(): ScanCommand[] {
  const rounds = [...jsonFiles("fixtures/rounds"), ...jsonFiles("fixtures/decisions"), "fixtures/authoring/tests/round-level1-full.json"].map((file) => ({
    file,
    json: readJson(file),
  }));
  return rounds
    .filter(({ json }) => json.records !== undefined || json.recordsFile !== undefined)
    .map(({ file, json }) => {
      const records = json.recordsFile !== undefined ? join(file, "..", json.recordsFile) : scratchFile("records.json", json.records);
      const round = json.round ?? {};
      const rules = file.startsWith("fixtures/authoring") ? ["--rules", AUTHORING_RULE_FILE] : ["--rulebook", json.rulebook];
      const argv = ["batch", records, "--as-of", json.asOf, "--award", json.award, ...rules];
      if (round.committee !== undefined) argv.push("--committee", scratchFile("committee.json", round.committee));
      if (round.populations !== undefined) argv.push("--populations", scratchFile("populations.json", round.populations));
      if (round.previousRound !== undefined) argv.push("--previous-round", scratchFile("previous.json", round.previousRound));
      return { title: `batch ${file}`, argv, refused: json.expected?.error !== undefined };
    });
}

/** `diff` and `diff --round` of each policy change against the bundled rule file. */
function diffCommands(): ScanCommand[] {
  return POLICY_CHANGES.flatMap((folder) => {
    const after = jsonFiles(folder)[0] as string;
    const records =
      jsonFiles(folder).length > 1 || readdirSync(join(REPO_ROOT, folder)).includes("round.ndjson") ? join(folder, "round.ndjson") : "fixtures/rounds/000-round.ndjson";
    const argv = ["diff", BUNDLED["model-post-000"] as string, after, records, "--as-of", "2026-11-26"];
    return [
      { title: `diff ${folder}`, argv },
      { title: `diff --round ${folder}`, argv: [...argv, "--round"] },
    ];
  });
}

const RULE_FOLDERS = ["rules", AUTHORING_RULES, "fixtures/authoring/minimal", ...POLICY_CHANGES];

/** `inputs` and `inputs --skeleton` for every award and category of every bundled rulebook and the walk-through's. */
function inputsCommands(): ScanCommand[] {
  const books = [
    ...Object.entries(BUNDLED).map(([id, file]) => ({ file, source: ["--rulebook", id] })),
    { file: jsonFiles(AUTHORING_RULES)[0] as string, source: ["--rules", jsonFiles(AUTHORING_RULES)[0] as string] },
  ];
  return books.flatMap(({ file, source }) => {
    const rulebook = readJson(file);
    const awards = [...(rulebook.awards ?? []), ...(rulebook.scoredAwards ?? [])] as { id: string; categories?: { id: string }[] }[];
    return awards.flatMap((award) => {
      const targets = [[], ...(award.categories ?? []).map((category) => ["--category", category.id])];
      return targets.flatMap((category) => {
        const argv = ["inputs", ...source, "--award", award.id, ...category];
        return [
          { title: argv.join(" "), argv },
          { title: `${argv.join(" ")} --skeleton`, argv: [...argv, "--skeleton"] },
        ];
      });
    });
  });
}

/** `test` on every fixture folder, with coverage and mutants where they are quick, and on the policy changes (which fail tests). */
/** A folder of two of the walk-through's one-record tests: too few to catch most edits of 005. */
function weakTestFolder(): string {
  const folder = join(scratch, "weak-tests");
  mkdirSync(folder, { recursive: true });
  for (const name of ["level1-excellent-appraisal.json", "level2-one-verified-commendation.json"])
    writeFileSync(join(folder, name), readFileSync(join(REPO_ROOT, "fixtures/authoring/tests", name), "utf8"));
  return folder;
}

function testCommands(): ScanCommand[] {
  const folders = [...SCENARIO_FOLDERS, "fixtures/rounds", "fixtures/decisions"].map((folder) => ({ title: `test ${folder}`, argv: ["test", folder] }));
  return [
    ...folders,
    { title: "test fixtures/authoring/tests --coverage --mutate", argv: ["test", "fixtures/authoring/tests", "--rules", AUTHORING_RULES, "--coverage", "--mutate"] },
    { title: "test fixtures/001 --coverage --mutate", argv: ["test", "fixtures/001", "--coverage", "--mutate"] },
    { title: "test fixtures/000 --coverage", argv: ["test", "fixtures/000", "--coverage"] },
    // a deliberately weak test set (two of the walk-through's tests): many edits survive, and their descriptions are scanned
    { title: "test (two tests) --coverage --mutate: surviving edits", argv: ["test", weakTestFolder(), "--rules", AUTHORING_RULES, "--coverage", "--mutate"] },
    ...POLICY_CHANGES.map((folder) => ({ title: `test fixtures/000 fixtures/rounds --rules ${folder}`, argv: ["test", "fixtures/000", "fixtures/rounds", "--rules", folder] })),
  ];
}

/** The spreadsheet side: templates written, the fixture sheets read by `evaluate` and `batch`, and the 公示 list written in each format. */
function sheetCommands(): ScanCommand[] {
  const sheets = ["fixtures/sheets/000-staff-round.xlsx", "fixtures/sheets/000-staff-round-gb18030.csv", "fixtures/sheets/000-staff-lists.xlsx"];
  const round = (sheet: string) => ["batch", sheet, "--as-of", "2026-11-26"];
  return [
    ...["xlsx", "csv"].map((format) => ({ title: `inputs --template ${format}`, argv: ["inputs", "--template", join(scratch, `template.${format}`), "--as-of", "2026-11-26"] })),
    ...sheets.flatMap((sheet) => [
      { title: `evaluate ${sheet}`, argv: ["evaluate", sheet, "--as-of", "2026-11-26"] },
      { title: `batch ${sheet}`, argv: round(sheet) },
      ...["md", "xlsx", "csv"].map((format) => ({ title: `batch ${sheet} --out ${format}`, argv: [...round(sheet), "--out", join(scratch, `公示.${format}`)] })),
      { title: `batch ${sheet} --format md`, argv: [...round(sheet), "--format", "md"] },
    ]),
    // a sheet with mistakes: every problem, by row and column header
    { title: "batch fixtures/sheets/000-mistakes.csv", argv: round("fixtures/sheets/000-mistakes.csv"), refused: true },
  ];
}

const COMMAND_NAMES = ["evaluate", "batch", "lint", "diff", "render", "inputs", "test"];

/**
 * Every command the zh scan runs, over every bundled fixture. Add new commands and options here.
 */
export function scanCommands(): ScanCommand[] {
  return [
    { title: "help", argv: [] },
    { title: "help --help", argv: ["--help"] },
    ...COMMAND_NAMES.map((name) => ({ title: `help ${name} --help`, argv: [name, "--help"] })),
    ...evaluateCommands(),
    ...batchCommands(),
    ...RULE_FOLDERS.map((folder) => ({ title: `lint ${folder}`, argv: ["lint", folder] })),
    ...diffCommands(),
    ...RULE_FOLDERS.map((folder) => ({
      title: `render ${folder}`,
      argv: ["render", folder, "--out", join(scratch, "render")],
    })),
    ...inputsCommands(),
    ...sheetCommands(),
    ...testCommands(),
  ];
}
