import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { bundledRulebook, evaluate, safeEvaluateCohort, evaluateScored, explain, explainScored, resultTrees, type TraceNode } from "../../src/index.js";
import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import { englishWords } from "./englishWords.js";

// In Chinese every sentence a person reads is Chinese: a Chinese output may hold no English word (a run
// of 2+ ASCII letters) except:
// - what the input itself holds: the record's own values (ids, names, dates, free text) and the keys it
//   chooses (attestation, measure, flag and score keys); the rule file's own Chinese text (labels and
//   clauses, e.g. 严格按照ISO9001质量管理标准操作); the file names given on the command line; for lint,
//   the rule file's ids and keys (the author's own words); for a test report, the test's name and the
//   values compared, shown as the test file writes them (`应为 fail | 实为 pass`);
// - code in backticks: a value a person must type, offered by an error (`excellent`) or a list of ids;
// - for `inputs`, the record's field names and allowed values, `true` / `false` and the date format
//   YYYY-MM-DD: that command lists what to type (and --skeleton's placeholder `<record id>` is a value
//   of the JSON template it prints, to be replaced).
// No unit symbol is allowed: rewards are in 元.

const root = join(import.meta.dirname, "..", "..");
const RULE_FILES: Record<string, string> = {
  "model-post-000": "rules/000-model-post.json",
  "service-model-post-001": "rules/001-service-model-post.json",
  "party-model-post-002": "rules/002-party-model-post.json",
  "service-month-2017-003": "rules/003-service-month-2017.json",
  "logistics-plans-004": "rules/004-logistics-plans.json",
};
const readJson = (path: string): any => JSON.parse(readFileSync(join(root, path), "utf8"));
const cli = (...argv: string[]) => {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return runCli(argv, { progress: () => undefined, writeFile: () => undefined });
  } finally {
    process.chdir(cwd);
  }
};

/** Every string a value holds; with `keys`, the keys too. */
function strings(value: unknown, keys: boolean, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, keys, into);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (keys) into.push(key);
      strings(child, keys, into);
    }
  }
  return into;
}

/** A record's own words: its values, and the keys of the maps whose keys it chooses. */
function recordWords(record: unknown): string[] {
  const own = strings(record, false);
  if (record !== null && typeof record === "object") {
    const object = record as Record<string, unknown>;
    for (const map of ["attestations", "measures", "flags", "scores"]) strings(object[map] ?? {}, true).forEach((word) => own.push(word));
  }
  return own;
}

/** A rule file's own Chinese text: every `zh`, clause and quote. */
function ruleWords(rulebook: unknown, into: string[] = []): string[] {
  if (Array.isArray(rulebook)) for (const item of rulebook) ruleWords(item, into);
  else if (rulebook !== null && typeof rulebook === "object") {
    for (const [key, value] of Object.entries(rulebook)) {
      if ((key === "zh" || key === "clause" || key === "quote") && typeof value === "string") into.push(value);
      else ruleWords(value, into);
    }
  }
  return into;
}

const ALL_RULE_WORDS = Object.values(RULE_FILES).flatMap((file) => ruleWords(readJson(file)));

function files(folder: string): string[] {
  return readdirSync(join(root, folder))
    .sort()
    .flatMap((name) => (statSync(join(root, folder, name)).isDirectory() ? files(join(folder, name)) : name.endsWith(".json") ? [join(folder, name)] : []));
}

const scenarios = ["000", "001", "002", "003", "004"].flatMap((folder) => files(join("fixtures", folder))).map((file) => ({ file, json: readJson(file) }));
const lines = (text: string): string[] => text.split("\n").filter((line) => line.trim() !== "");
const badLines = (text: string, allowed: string[]): string[] =>
  lines(text)
    .filter((line) => englishWords(line, allowed).length > 0)
    .map((line) => `${line}  ← ${englishWords(line, allowed).join(", ")}`);

describe("award-rules evaluate --lang zh over every fixture (000–004): explanations and errors in Chinese", () => {
  test.each(scenarios.map(({ file, json }) => [file, json] as const))("%s", (file, json) => {
    const outcome = cli("evaluate", file, "--lang", "zh");
    const allowed = [file, ...recordWords(json.input), ...ruleWords(readJson(RULE_FILES[json.rulebook ?? "model-post-000"] as string))];
    expect(badLines(`${outcome.stdout}${outcome.stderr}`, allowed)).toEqual([]);
  });
});

describe("the API in Chinese: explain, explainScored (text and Markdown), summaries and every reason", () => {
  const levelScenarios = scenarios.filter(({ json }) => json.input !== undefined && json.expected?.status !== undefined && json.pay === undefined);
  test.each(levelScenarios.map(({ file, json }) => [file, json] as const))("%s", (_file, json) => {
    const rulebook = bundledRulebook(json.rulebook);
    const allowed = [...recordWords(json.input), ...ruleWords(readJson(RULE_FILES[json.rulebook ?? "model-post-000"] as string))];
    const scored = json.award !== undefined && rulebook.scoredAwards.some((entry) => entry.award.id === json.award);
    if (scored) {
      const result = evaluateScored(rulebook, json.input, { asOf: json.asOf, award: json.award, ...(json.deployment ? { deployment: json.deployment } : {}) });
      const reasons = [...result.vetoes, ...(result.eligibility ? [result.eligibility] : []), ...(result.audience ? [result.audience] : [])].flatMap(allReasons);
      const text = [
        explainScored(result, { language: "zh" }),
        explainScored(result, { language: "zh", format: "markdown" }),
        result.summary.zh,
        ...reasons,
        ...result.gradeSteps.map((step) => step.reason.zh),
        ...result.bonuses.map((bonus) => bonus.reason.zh),
      ].join("\n");
      expect(badLines(text, allowed)).toEqual([]);
      return;
    }
    const result = evaluate(rulebook, json.input, { asOf: json.asOf, ...(json.award ? { award: json.award } : {}) });
    const text = [
      explain(result, { language: "zh" }),
      explain(result, { language: "zh", format: "markdown", interpretations: false }),
      result.summary.zh,
      ...resultTrees(result).flatMap(allReasons),
      ...result.refusal.map((entry) => entry.reason.zh),
    ].join("\n");
    expect(badLines(text, allowed)).toEqual([]);
  });
});

function allReasons(node: TraceNode): string[] {
  return [node.reason.zh, ...node.children.flatMap(allReasons)];
}

describe("round reasons in Chinese: every placement's reasons and every tie (fixtures/rounds)", () => {
  const rounds = files("fixtures/rounds").map((file) => ({ file, json: readJson(file) }));
  test.each(rounds.map(({ file, json }) => [file, json] as const))("%s", (file, json) => {
    const records = json.records ?? lines(readFileSync(join(root, "fixtures/rounds", json.recordsFile), "utf8")).map((line) => JSON.parse(line) as unknown);
    const allowed = [file, ...records.flatMap(recordWords), ...ruleWords(readJson(RULE_FILES[json.rulebook] as string))];
    const outcome = safeEvaluateCohort(bundledRulebook(json.rulebook), records, { asOf: json.asOf, award: json.award, ...(json.round ?? {}) });
    if (json.expected?.error !== undefined) {
      // a round refused: its issues in Chinese
      expect(outcome.success).toBe(false);
      if (!outcome.success) expect(badLines(outcome.error.issues.map((issue) => issue.zh ?? "").join("\n"), allowed)).toEqual([]);
      return;
    }
    if (!outcome.success) throw outcome.error;
    const round = outcome.data;
    const text = [
      ...round.placements.flatMap((placement) => placement.reasons.map((reason) => reason.zh)),
      ...round.ties.map((tie) => tie.reason.zh),
      ...round.quotas.flatMap((quota) => [quota.label.zh, ...(quota.note ? [quota.note.zh] : [])]),
      ...round.outstanding.decisions.map((entry) => entry.outcome.zh),
      ...round.notes.map((note) => note.zh),
    ].join("\n");
    expect(badLines(text, allowed)).toEqual([]);
  });
});

describe("award-rules diff, lint, test and inputs with --lang zh", () => {
  const quotaChange = "fixtures/policy-changes/000-level1-quota-5";
  const roundRecords = readFileSync(join(root, quotaChange, "round.ndjson"), "utf8");
  const records = lines(roundRecords).map((line) => JSON.parse(line) as unknown);

  test("diff --round: the quota change, its round and its cut", () => {
    const outcome = cli(
      "diff",
      "rules/000-model-post.json",
      `${quotaChange}/000-model-post.json`,
      `${quotaChange}/round.ndjson`,
      "--as-of",
      "2026-11-26",
      "--round",
      "--lang",
      "zh",
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("新入选");
    expect(badLines(`${outcome.stdout}${outcome.stderr}`, ["000-model-post.json", ...records.flatMap(recordWords), ...ALL_RULE_WORDS])).toEqual([]);
  });

  test("diff: a condition change that moves people (fixtures/policy-changes/000-management-l2-15pct over the 000 round)", () => {
    const outcome = cli(
      "diff",
      "rules/000-model-post.json",
      "fixtures/policy-changes/000-management-l2-15pct/000-model-post.json",
      "fixtures/rounds/000-round.ndjson",
      "--as-of",
      "2026-11-26",
      "--lang",
      "zh",
    );
    const roundRecords000 = lines(readFileSync(join(root, "fixtures/rounds/000-round.ndjson"), "utf8")).map((line) => JSON.parse(line) as unknown);
    expect(outcome.stdout).toMatch(/项规则有改动/);
    expect(badLines(`${outcome.stdout}${outcome.stderr}`, ["000-model-post.json", ...roundRecords000.flatMap(recordWords), ...ALL_RULE_WORDS])).toEqual([]);
  });

  test("diff without its arguments: the usage in Chinese", () => {
    const outcome = cli("diff", "--lang", "zh");
    expect(outcome.code).toBe(2);
    expect(badLines(outcome.stderr, [])).toEqual([]);
  });

  test.each(["rules", "fixtures/authoring/rules", "fixtures/authoring/minimal"])("lint %s", (folder) => {
    const outcome = cli("lint", folder, "--lang", "zh");
    const own = files(folder).flatMap((file) => [file, ...strings(readJson(file), true)]);
    expect(lines(outcome.stdout).at(-1)).toMatch(/^\d+ 个错误，\d+ 个警告$/);
    expect(badLines(`${outcome.stdout}${outcome.stderr}`, own)).toEqual([]);
  });

  test.each([
    ["fixtures/authoring/tests", "fixtures/authoring/rules"],
    ["fixtures/rounds", undefined],
    ["fixtures/000", undefined],
  ] as const)("test %s: the report, coverage and mutation figures", (folder, rules) => {
    const outcome = cli("test", folder, ...(rules ? ["--rules", rules] : []), ...(folder.includes("authoring") ? ["--coverage", "--mutate"] : []), "--lang", "zh");
    const tests = files(folder).map(readJson);
    const allowed = [
      ...files(folder),
      ...(rules ? files(rules) : []),
      ...tests.flatMap((entry) => [entry.name ?? "", ...(rules ? files(rules).flatMap((file) => strings(readJson(file), true)) : [])]),
      ...ALL_RULE_WORDS,
    ];
    const text = lines(`${outcome.stdout}${outcome.stderr}`)
      .filter((line) => !/^\s+(应为|expected) /.test(line))
      .join("\n");
    expect(badLines(text, allowed)).toEqual([]);
  });

  test("test: a failing test reported in Chinese, its label whole", () => {
    const outcome = cli("test", "fixtures/authoring/tests/error-attestation-key-typo.json", "--rules", "fixtures/authoring/rules", "--lang", "zh");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^共 1 项测试：1 项通过，0 项未通过$/m);
  });

  test.each([[[]], [["--skeleton"]], [["--rulebook", "logistics-plans-004", "--award", "staff-appraisal"]]] as const)("inputs %j", (extra) => {
    const outcome = cli("inputs", ...extra, "--lang", "zh");
    expect(outcome.code).toBe(0);
    // what to type: the record's fields, their allowed values, and the keys the rule files use
    const schemaWords = strings(candidateSchema, true).filter((word) => !/\s/.test(word));
    const ruleIds = Object.values(RULE_FILES).flatMap((file) => strings(readJson(file), true).filter((word) => !/\s/.test(word)));
    const typed = ["true", "false", "YYYY-MM-DD", ...(extra.includes("--skeleton" as never) ? ["<record id>"] : [])];
    expect(badLines(`${outcome.stdout}${outcome.stderr}`, [...typed, ...schemaWords, ...ruleIds, ...ALL_RULE_WORDS])).toEqual([]);
  });

  test("batch --lang zh over the 000 round", () => {
    const outcome = cli("batch", "fixtures/rounds/000-round.ndjson", "--as-of", "2026-11-26", "--lang", "zh");
    const roundRecords000 = lines(readFileSync(join(root, "fixtures/rounds/000-round.ndjson"), "utf8")).map((line) => JSON.parse(line) as unknown);
    expect(badLines(`${outcome.stdout}${outcome.stderr}`, ["000-round.ndjson", ...roundRecords000.flatMap(recordWords), ...ALL_RULE_WORDS])).toEqual([]);
  });
});

test("the fixture list is not empty (so the checks above check something)", () => {
  expect(scenarios.length).toBeGreaterThan(200);
  expect(relative(root, join(root, "fixtures"))).toBe("fixtures");
});
