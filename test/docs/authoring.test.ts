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
import { COMMANDS } from "../../src/cli/usage.js";
import { commandsOf, fitToShown, splitCommand } from "./consoleBlocks.js";

/**
 * The authoring guide (docs/authoring.md) and its Chinese twin (docs/authoring.zh.md) cannot rot:
 * - every file a guide shows in full (a ```json block right after `<!-- file: path -->`) is that file, byte for byte;
 * - every snippet marked `<!-- schema: Name -->` fits that schema, and both guides show the same JSON;
 * - every ```console block is re-run: each `$ award-rules …` line in it, and what it prints compared
 *   with the lines under it (a line `…` stands for lines left out; see consoleBlocks.ts); a block
 *   without `$` is a synopsis, which must name a command and only options it takes. `proposed/` in
 *   a command is a copy of the rule file it names (the walk-through's when it names none) with the
 *   edit given right before the block: `<!-- proposed: FROM => TO -->` or `<!-- proposed: path = value -->`;
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

/** Where a command's `proposed/<file>` is copied from: the walk-through's rule files, then the bundled ones. */
const RULE_FOLDERS = ["fixtures/authoring/rules", "rules"];

/**
 * The folder `proposed/` stands for: a copy of the rule file the command names (`proposed/<file>`; the
 * walk-through's when it names only the folder) with the change of the marker before the block —
 * `<!-- proposed: FROM => TO -->` replaces text, `<!-- proposed: a.0.b = JSON -->` sets a value.
 */
function proposedFolder(argv: string[], marker: Block["marker"]): string {
  expect(marker?.kind, "a command on proposed/ needs <!-- proposed: FROM => TO --> or <!-- proposed: path = value --> before its block").toBe("proposed");
  const named = argv.map((arg) => /(?:^|\/)proposed\/([^/]+\.json)$/.exec(arg)?.[1]).find((name) => name !== undefined);
  const source = named === undefined ? RULE_FILE : RULE_FOLDERS.map((folder) => `${folder}/${named}`).find((file) => existsSync(join(root, file)));
  expect(source, `no rule file ${named} in ${RULE_FOLDERS.join(" or ")}`).toBeDefined();
  const original = read(source!);
  let changed: string;
  if (marker!.value.includes(" =>")) {
    const [from, rest] = marker!.value.split(" =>") as [string, string];
    expect(original.includes(from), `${source} has no ${from}`).toBe(true);
    changed = original.replace(from, rest.replace(/^ /, ""));
  } else {
    const set = /^([\w.-]+) = (.+)$/.exec(marker!.value);
    expect(set, `<!-- proposed: ${marker!.value} --> is neither FROM => TO nor path = value`).not.toBeNull();
    const json = JSON.parse(original) as Record<string, unknown>;
    const keys = set![1]!.split(".");
    const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, json);
    expect(parent !== null && typeof parent === "object" && keys.at(-1)! in parent, `${source} has no ${set![1]}`).toBe(true);
    parent[keys.at(-1)!] = JSON.parse(set![2]!) as unknown;
    changed = `${JSON.stringify(json, null, 2)}\n`;
  }
  const folder = mkdtempSync(join(tmpdir(), "authoring-"));
  writeFileSync(join(folder, source!.split("/").at(-1)!), changed);
  return folder;
}

describe("the guides' CLI examples are real output", () => {
  const temporary: string[] = [];
  const updates: { path: string; from: string; to: string }[] = [];
  afterAll(() => {
    for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
    for (const update of updates) writeFileSync(join(root, update.path), read(update.path).split(update.from).join(update.to));
  });

  const consoleBlocks = guides.flatMap(({ path, blocks }) => blocks.filter((block) => block.lang === "console").map((block) => [`${path}:${block.line}`, block] as const));
  const examples = consoleBlocks.filter(([, block]) => commandsOf(block.text).length > 0);
  const synopses = consoleBlocks.filter(([, block]) => commandsOf(block.text).length === 0);

  test("there are examples in both guides, and every console block is an example or a synopsis of a command", () => {
    for (const guide of guides) expect(examples.filter(([where]) => where.startsWith(`${guide.path}:`)).length).toBeGreaterThan(5);
    for (const [where, block] of examples) expect(block.text.startsWith("$ "), `${where}: text before the first command`).toBe(true);
  });

  test.each(synopses)("%s: a synopsis names a command and only options it takes", (where, block) => {
    const [program, command, ...rest] = splitCommand(block.text.replace(/\n/g, " "));
    expect(program, where).toBe("award-rules");
    expect(Object.keys(COMMANDS), where).toContain(command);
    const options = rest.map((word) => /^\[?(--[a-z-]+)/.exec(word)?.[1]).filter((option) => option !== undefined);
    expect(options.filter((option) => !COMMANDS[command!]!.options.includes(option)), where).toEqual([]);
  });

  test.each(examples)("%s", (where, block) => {
    const fresh: string[] = [];
    for (const { argv: words, line, shown } of commandsOf(block.text)) {
      expect(words[0], `${where}: only award-rules commands can be re-run`).toBe("award-rules");
      let argv = words.slice(1);
      let folder: string | undefined;
      if (argv.some((arg) => arg.includes("proposed/"))) {
        folder = proposedFolder(argv, block.marker);
        temporary.push(folder);
        argv = argv.map((arg) => arg.replace("proposed/", `${folder}/`));
      }
      const cwd = process.cwd();
      process.chdir(root);
      try {
        const outcome = runCli(argv, { progress: () => undefined, writeFile: () => undefined });
        const output = `${outcome.stdout}${outcome.stderr}`;
        const printed = (folder === undefined ? output : output.split(`${folder}/`).join("proposed/")).replace(/\n$/, "").split("\n");
        const fitted = fitToShown(shown, printed);
        fresh.push(`$ ${line}`, ...fitted);
        // with UPDATE_GUIDES=1 the block is rewritten with what the CLI prints, its cuts kept: then read the diff
        if (!process.env.UPDATE_GUIDES) expect(fitted, `${where}: $ ${line}`).toEqual(shown);
      } finally {
        process.chdir(cwd);
      }
    }
    if (process.env.UPDATE_GUIDES) updates.push({ path: where.slice(0, where.lastIndexOf(":")), from: block.text, to: fresh.join("\n") });
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
