import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { runCli } from "../../src/cli/run.js";
import { readTestCases } from "../../src/cli/testFiles.js";
import { loadRulebook, type Condition } from "../../src/index.js";
import { AfterRoundSchema, AllocationSchema, AwardSchema, BonusSchema, CandidateRecordSchema, CategorySchema, ConditionSchema, ConsequenceSchema, GradesSchema, PayRuleSchema, PolicyTestSchema, QuotaSchema, RoundCalendarSchema, RubricSchema, RulebookSchema, ScaleSchema, ScoredAwardSchema, WindowSchema } from "../../src/schema/index.js";
import { formatTestReport, runPolicyTests } from "../../src/policyTests/index.js";

/**
 * The authoring guide (docs/authoring.md) and its Chinese twin (docs/authoring.zh.md) cannot rot:
 * - every file a guide shows in full (a ```json block right after `<!-- file: path -->`) is that file, byte for byte;
 * - every snippet marked `<!-- schema: Name -->` fits that schema, and both guides show the same JSON;
 * - every ```console block that starts with `$ award-rules …` is what the CLI prints (a last line `…`
 *   cuts the comparison short); `proposed/` in such a command is a copy of the walk-through's rule file
 *   with the edit given by `<!-- proposed: FROM => TO -->` right before the block;
 * - the walk-through's rule file loads, is what the guide says it is, and its policy tests pass;
 * - the Chinese guide has no English prose outside code.
 */

const root = join(import.meta.dirname, "..", "..");
const GUIDES = { en: "docs/authoring.md", zh: "docs/authoring.zh.md" } as const;
const RULE_FILE = "fixtures/authoring/rules/005-excellent-cleaner.json";
const TESTS = "fixtures/authoring/tests";

interface Block {
  /** The info string after the opening fence (json, console, text…). */
  lang: string;
  /** The block's text, without the fences and without its last newline. */
  text: string;
  /** The HTML comment on the line right before the fence, if any: `<!-- kind: value -->`. */
  marker?: { kind: string; value: string };
  /** 1-based line of the opening fence. */
  line: number;
}

const read = (path: string): string => readFileSync(join(root, path), "utf8");

/** The fenced code blocks of a Markdown text, with the marker comment right before each. */
function blocksOf(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^( *)```(\S*)\s*$/.exec(lines[index] as string);
    if (!open) continue;
    const indent = open[1] as string;
    const end = lines.findIndex((line, at) => at > index && line === `${indent}\`\`\``);
    if (end < 0) throw new Error(`unclosed code block at line ${index + 1}`);
    const previous = index > 0 ? (lines[index - 1] as string).trim() : "";
    const marker = /^<!-- (\w+): (.+) -->$/.exec(previous);
    blocks.push({
      lang: open[2] ?? "",
      text: lines
        .slice(index + 1, end)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join("\n"),
      line: index + 1,
      ...(marker ? { marker: { kind: marker[1] as string, value: marker[2] as string } } : {}),
    });
    index = end;
  }
  return blocks;
}

const guides = Object.entries(GUIDES).map(([language, path]) => ({ language, path, text: read(path), blocks: blocksOf(read(path)) }));

const SCHEMAS: Record<string, z.ZodType> = {
  AfterRound: AfterRoundSchema,
  Allocation: AllocationSchema,
  Award: AwardSchema,
  Bonus: BonusSchema,
  CandidateRecord: CandidateRecordSchema,
  Category: CategorySchema,
  Condition: ConditionSchema,
  Consequence: ConsequenceSchema,
  Grades: GradesSchema,
  PayRule: PayRuleSchema,
  PolicyTest: PolicyTestSchema,
  Quota: QuotaSchema,
  RoundCalendar: RoundCalendarSchema,
  Rubric: RubricSchema,
  Rulebook: RulebookSchema,
  Scale: ScaleSchema,
  ScoredAward: ScoredAwardSchema,
  Window: WindowSchema,
  Windows: z.record(z.string(), WindowSchema),
  Scales: z.record(z.string(), ScaleSchema),
};

describe.each(guides)("the authoring guide ($language)", ({ path, blocks }) => {
  const files = blocks.filter((block) => block.marker?.kind === "file");

  test("shows the walk-through's rule file and at least one of its tests in full", () => {
    const shown = files.map((block) => block.marker!.value);
    expect(shown).toContain(RULE_FILE);
    expect(shown.some((file) => file.startsWith(`${TESTS}/`))).toBe(true);
  });

  test.each(files.map((block) => [block.marker!.value, block] as const))("%s is shown exactly as it is", (file, block) => {
    expect(existsSync(join(root, file)), `${path}:${block.line} shows ${file}, which does not exist`).toBe(true);
    expect(`${block.text}\n`, `${path}:${block.line}`).toBe(read(file));
  });

  const snippets = blocks.filter((block) => block.marker?.kind === "schema");
  test.each(snippets.map((block) => [`${block.marker!.value} at line ${block.line}`, block] as const))("the %s snippet fits its schema", (_name, block) => {
    const schema = SCHEMAS[block.marker!.value];
    expect(schema, `${path}:${block.line}: no schema ${block.marker!.value}`).toBeDefined();
    const parsed = schema!.safeParse(JSON.parse(block.text));
    expect(parsed.success ? [] : parsed.error.issues, `${path}:${block.line}`).toEqual([]);
  });

  test("every ```json block is valid JSON", () => {
    for (const block of blocks.filter((entry) => entry.lang === "json")) {
      expect(() => JSON.parse(block.text), `${path}:${block.line}`).not.toThrow();
    }
  });
});

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

describe.each(guides)("the links of $path", ({ text }) => {
  const outside = text.replace(/^ *```[\s\S]*?^ *```$/gm, "");
  const links = [...outside.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);

  test("every #anchor names a heading of the guide", () => {
    const anchors = new Set([...outside.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1] as string)));
    const broken = links.filter((link) => link.startsWith("#") && !anchors.has(decodeURIComponent(link.slice(1))));
    expect(broken).toEqual([]);
  });

  test("every relative link names a file or folder that exists", () => {
    const broken = links
      .filter((link) => !link.startsWith("#") && !/^[a-z]+:/.test(link))
      .filter((link) => !existsSync(join(root, "docs", link.split("#")[0] as string)));
    expect(broken).toEqual([]);
  });
});

test("both guides show the same JSON, in the same order", () => {
  const [en, zh] = guides.map((guide) => guide.blocks.filter((block) => block.lang === "json").map((block) => block.text));
  expect(zh).toEqual(en);
});

describe("the guides' CLI examples are real output", () => {
  const temporary: string[] = [];
  const updates: { path: string; from: string; to: string }[] = [];
  afterAll(() => {
    for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
    for (const update of updates) writeFileSync(join(root, update.path), read(update.path).split(update.from).join(update.to));
  });

  const examples = guides.flatMap(({ path, blocks }) =>
    blocks
      .filter((block) => block.lang === "console" && block.text.startsWith("$ award-rules "))
      .map((block) => [`${path}:${block.line}`, block] as const),
  );

  test("there are examples in both guides", () => {
    for (const guide of guides) expect(examples.filter(([where]) => where.startsWith(guide.path)).length).toBeGreaterThan(5);
  });

  test.each(examples)("%s", (_where, block) => {
    const [command, ...shown] = block.text.split("\n");
    let argv = (command as string).slice("$ award-rules ".length).split(" ");
    let folder: string | undefined;
    if (argv.some((arg) => arg.includes("proposed/"))) {
      expect(block.marker?.kind, "a command on proposed/ needs <!-- proposed: FROM => TO --> before its block").toBe("proposed");
      const [from, rest] = block.marker!.value.split(" =>") as [string, string];
      const to = rest.replace(/^ /, "");
      const original = read(RULE_FILE);
      expect(original.includes(from), `the rule file has no ${from}`).toBe(true);
      folder = mkdtempSync(join(tmpdir(), "authoring-"));
      temporary.push(folder);
      writeFileSync(join(folder, "005-excellent-cleaner.json"), original.replace(from, to));
      argv = argv.map((arg) => arg.replace("proposed/", `${folder}/`));
    }
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outcome = runCli(argv, { progress: () => undefined, writeFile: () => undefined });
      const output = `${outcome.stdout}${outcome.stderr}`;
      const printed = (folder === undefined ? output : output.split(`${folder}/`).join("proposed/")).replace(/\n$/, "").split("\n");
      const cut = shown.at(-1) === "…";
      const expected = cut ? shown.slice(0, -1) : shown;
      if (process.env.UPDATE_GUIDES) {
        // rewrites the block with what the CLI prints (keeping a cut at the same length): then read the diff
        const fresh = [command, ...(cut ? [...printed.slice(0, expected.length), "…"] : printed)].join("\n");
        updates.push({ path: _where.slice(0, _where.lastIndexOf(":")), from: block.text, to: fresh });
        return;
      }
      expect(cut ? printed.slice(0, expected.length) : printed).toEqual(expected);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("the walk-through's award", () => {
  const json = JSON.parse(read(RULE_FILE)) as unknown;
  const compiled = loadRulebook(json);

  test("loads, with one award of one category, two levels and a 'satisfy one of' (any)", () => {
    expect(compiled.rulebook.awards).toHaveLength(1);
    const award = compiled.rulebook.awards[0]!;
    expect(award.levels.map((level) => level.level)).toEqual([1, 2]);
    expect(award.categories).toHaveLength(1);
    expect(award.categories[0]!.levels.map((level) => level.level)).toEqual([1, 2]);
    const anyNodes: Condition[] = [];
    const walk = (node: Condition | undefined): void => {
      if (node === undefined) return;
      if (node.any) anyNodes.push(node);
      [...(node.all ?? []), ...(node.any ?? []), ...(node.of ?? [])].forEach(walk);
      walk(node.not);
    };
    walk(award.requirements);
    award.categories[0]!.levels.forEach((level) => walk(level.conditions));
    expect(anyNodes.map((node) => node.id)).toEqual(["cleaner.1"]);
  });

  test("is at most 80 lines", () => {
    expect(read(RULE_FILE).replace(/\n$/, "").split("\n").length).toBeLessThanOrEqual(80);
  });

  test("its policy tests all pass (at least a level-1 and a level-2 qualifier, a failure, a pending review and a refusal or error)", () => {
    const cases = readTestCases([join(root, TESTS)]);
    const report = runPolicyTests(cases, (id) => (id === compiled.rulebook.id ? compiled : undefined));
    expect(report.failed, formatTestReport(report, { language: "en" })).toBe(0);
    const expected = cases.map((entry) => (entry.test as { expected: Record<string, unknown> }).expected);
    expect(expected.some((entry) => entry.status === "qualified" && entry.level === 1)).toBe(true);
    expect(expected.some((entry) => entry.status === "qualified" && entry.level === 2)).toBe(true);
    expect(expected.some((entry) => entry.status === "notQualified")).toBe(true);
    expect(expected.some((entry) => entry.status === "pendingReview")).toBe(true);
    expect(expected.some((entry) => entry.status === "refused" || entry.error !== undefined)).toBe(true);
    for (const entry of cases) expect((entry.test as { $schema?: string }).$schema).toBe("../../../rules/schema/policy-test.schema.json");
  });
});

describe("the Chinese guide is in Chinese", () => {
  /** The prose lines of a Markdown text: code blocks, inline code, HTML comments and link targets removed. */
  function prose(markdown: string): { line: number; text: string }[] {
    const lines = markdown.split("\n");
    const kept: { line: number; text: string }[] = [];
    let inBlock = false;
    lines.forEach((line, index) => {
      if (/^ *```/.test(line)) {
        inBlock = !inBlock;
        return;
      }
      if (inBlock) return;
      const text = line
        .replace(/<!--.*?-->/g, " ")
        .replace(/``.+?``/g, " ")
        .replace(/`[^`]*`/g, " ")
        .replace(/\]\([^)]*\)/g, "] ");
      kept.push({ line: index + 1, text });
    });
    return kept;
  }

  test("no English word (four or more ASCII letters) outside code", () => {
    const offending = prose(read(GUIDES.zh))
      .map(({ line, text }) => ({ line, words: text.match(/[A-Za-z]{4,}/g) ?? [] }))
      .filter((entry) => entry.words.length > 0)
      .map((entry) => `${entry.line}: ${entry.words.join(" ")}`);
    expect(offending).toEqual([]);
  });
});
