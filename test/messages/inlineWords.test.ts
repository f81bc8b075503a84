import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

// The files whose reasons and notes are written through the message catalog (issue 21, item 3):
// a Chinese sentence written inline there would be worded in one place only, and its English
// could drift from it. Labels that are data (a record field's name) are listed below, each once.
const root = join(import.meta.dirname, "..", "..");
const SCOPE = [
  "src/evaluate/summarize.ts",
  "src/evaluate/participants.ts",
  "src/evaluate/candidacy.ts",
  "src/evaluate/missingLabels.ts",
  "src/evaluate/scored",
  "src/cohort",
  "src/afterRound",
  "src/gaps",
];
/** Chinese allowed inline, by file: labels of record fields (data, like `RECORD_FIELDS`), not sentences. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  "src/evaluate/missingLabels.ts": ["申报日期", "申报类别"],
};

const files = SCOPE.flatMap((entry) =>
  entry.endsWith(".ts")
    ? [entry]
    : readdirSync(join(root, entry))
        .filter((name) => name.endsWith(".ts"))
        .map((name) => `${entry}/${name}`),
);

/** The Chinese a source writes as words (a `zh:` value or the Chinese side of a language test), outside comments. */
function inlineChinese(source: string): string[] {
  const found: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const patterns = [/\bzh:\s*([`"'])((?:(?!\1)[^\n])*)\1/g, /===?\s*"zh"\s*\?\s*([`"'])((?:(?!\1)[^\n])*)\1/g];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) if (/[\u4e00-\u9fff]/.test(match[2] as string)) found.push(match[2] as string);
  return found;
}

describe("reasons and notes come from the message catalog", () => {
  test("the scan finds a Chinese sentence written inline, in either form, and not one in a comment", () => {
    expect(inlineChinese('const note = { zh: `本轮 ${n} 个名额空缺`, en: "…" };')).toEqual(["本轮 ${n} 个名额空缺"]);
    expect(inlineChinese('return language === "zh" ? "评分总分" : "total score";')).toEqual(["评分总分"]);
    expect(inlineChinese('/** e.g. { zh: "一级示范岗" } */\n// zh: "二级"\nconst x = said("quota.noPlaces", {});')).toEqual([]);
  });

  test.each(files.map((file) => [file] as const))("%s writes no Chinese sentence inline", (file) => {
    const found = inlineChinese(readFileSync(join(root, file), "utf8"));
    const allowed = ALLOWED[relative(root, join(root, file))] ?? [];
    expect(found.filter((text) => !allowed.includes(text))).toEqual([]);
  });

  test("every allowed label is still there (an allowance that lost its reason goes)", () => {
    for (const [file, labels] of Object.entries(ALLOWED)) expect(inlineChinese(readFileSync(join(root, file), "utf8"))).toEqual(labels);
  });
});
