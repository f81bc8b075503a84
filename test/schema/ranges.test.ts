import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadRulebook } from "../../src/load/loadRulebook.js";
import { RulebookSchema } from "../../src/schema/rulebook.js";
import { thrownIssues } from "../support/issuesOf.js";

const rules = join(import.meta.dirname, "..", "..", "rules");
/** Raw rule-file JSON, mutated freely. */
type Json = any;
const raw = (file: string): Json => JSON.parse(readFileSync(join(rules, file), "utf8"));
const cite = { source: { document: "000", clause: "§四" } };
const label = { zh: "x", en: "x" };

/** The first leaf (depth first) the test picks. */
function leafWhere(json: Json, pick: (node: Json) => boolean): Json {
  const stack = [json];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...[...node].reverse());
    else if (node !== null && typeof node === "object") {
      if (typeof node.fact === "string" && pick(node)) return node;
      stack.push(...Object.values(node).reverse());
    }
  }
  throw new Error("no such leaf");
}

const issuesOf = (json: Json) => thrownIssues(() => loadRulebook(json), true);

const cases: [string, string, (json: Json) => void, (string | number)[], RegExp][] = [
  [
    "an academic year starting 02-30",
    "000-model-post.json",
    (json) => (json.windows.school = { kind: "academicYear", startsOn: "02-30", label, ...cite }),
    ["windows", "school", "startsOn"],
    /not a real day/,
  ],
  [
    "a fixed period from 2025-02-30",
    "000-model-post.json",
    (json) => (json.windows.month = { kind: "fixedDates", from: "2025-02-30", to: "2025-03-31", label, ...cite }),
    ["windows", "month", "from"],
    /not a real calendar date/,
  ],
  [
    "a fixed period ending before it starts",
    "000-model-post.json",
    (json) => (json.windows.month = { kind: "fixedDates", from: "2025-03-30", to: "2025-03-01", label, ...cite }),
    ["windows", "month", "to"],
    /ends .* before it starts/,
  ],
  ["a window of 1e9 years", "000-model-post.json", (json) => (json.windows.threeYears.years = 1e9), ["windows", "threeYears", "years"], /<=100/],
  ["a window of 0 years", "000-model-post.json", (json) => (json.windows.threeYears.years = 0), ["windows", "threeYears", "years"], />=1/],
  ["a rank of 1e6", "000-model-post.json", (json) => (Object.values<Json>(json.scales)[0].values[0].rank = 1e6), ["scales", "rating", "values", 0, "rank"], /<=1000/],
  ["a level numbered 1000", "000-model-post.json", (json) => (json.awards[0].levels[0].level = 1000), ["awards", 0, "levels", 0, "level"], /<=100/],
  [
    "a quota of 1e12 persons",
    "000-model-post.json",
    (json) => (json.awards[0].levels[0].quota = { value: 1e12, unit: "persons", ...cite }),
    ["awards", 0, "levels", 0, "quota", "value"],
    /<=1000000000/,
  ],
  [
    "a negative quota",
    "000-model-post.json",
    (json) => (json.awards[0].levels[0].quota = { value: -1, unit: "persons", ...cite }),
    ["awards", 0, "levels", 0, "quota", "value"],
    />=0/,
  ],
  ["scale values that are not a list", "000-model-post.json", (json) => (Object.values<Json>(json.scales)[0].values = { a: 1 }), ["scales", "rating", "values"], /expected array/],
  ["a scale without values", "000-model-post.json", (json) => delete Object.values<Json>(json.scales)[0].values, ["scales", "rating", "values"], /expected array/],
  [
    "an item maximum of 1e300",
    "004-logistics-plans.json",
    (json) => (json.scoredAwards[0].rubric.sections[0].items[0].max = 1e300),
    ["scoredAwards", 0, "rubric", "sections", 0, "items", 0, "max"],
    /<=100000/,
  ],
  ["a printed total of 1e300", "004-logistics-plans.json", (json) => (json.scoredAwards[0].rubric.printedTotal = 1e300), ["scoredAwards", 0, "rubric", "printedTotal"], /<=100000/],
  [
    "rubric items that are not a list",
    "004-logistics-plans.json",
    (json) => (json.scoredAwards[0].rubric.sections[0].items = { a: 1 }),
    ["scoredAwards", 0, "rubric", "sections", 0, "items"],
    /expected array/,
  ],
  [
    "a deadline dated 2025-02-30",
    "004-logistics-plans.json",
    (json) => (json.scoredAwards[0].deadlines = [{ id: "d", label, date: "2025-02-30", source: { document: "004", clause: "x" } }]),
    ["scoredAwards", 0, "deadlines", 0, "date"],
    /not a real calendar date/,
  ],
  [
    "a deadline of 1e300 days",
    "004-logistics-plans.json",
    (json) => (json.scoredAwards[0].deadlines = [{ id: "d", label, value: 1e300, unit: "days", source: { document: "004", clause: "x" } }]),
    ["scoredAwards", 0, "deadlines", 0, "value"],
    /<=3650/,
  ],
];

describe("numbers, dates and lists of a rule file are in range (refused with the field's path)", () => {
  test.each(cases)("%s", (_name, file, mutate, path, message) => {
    const json = raw(file);
    mutate(json);
    const issues = issuesOf(json);
    const issue = issues.find((entry) => JSON.stringify(entry.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.code).toBe("invalid_rulebook");
    expect(issue!.message).toMatch(message);
    // zod says the same as the validator built from the JSON Schema
    const parsed = RulebookSchema.safeParse(json);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.some((entry) => JSON.stringify(entry.path) === JSON.stringify(path))).toBe(true);
  });

  test.each(["000-model-post.json", "001-service-model-post.json", "002-party-model-post.json", "003-service-month-2017.json", "004-logistics-plans.json"])(
    "the bundled %s still loads",
    (file) => {
      expect(() => loadRulebook(raw(file))).not.toThrow();
    },
  );
});

describe("a path into a fact that operators read whole is refused at load", () => {
  test.each([
    ["annualAppraisals", (node: Json) => node.fact === "annualAppraisals", "$.ratings", /appraisal window/],
    ["a dated list", (node: Json) => node.operator === "countAtMost", "$[0]", /list of dated items/],
  ] as const)("%s", (_name, pick, path, message) => {
    const json = raw("000-model-post.json");
    const leaf = leafWhere(json, pick);
    leaf.path = path;
    const issues = issuesOf(json);
    expect(issues).toEqual([expect.objectContaining({ code: "bad_value", ruleId: leaf.id, message: expect.stringMatching(message) })]);
    // the path is from the rule file's root, to the leaf's own "path" key
    const at = issues[0]?.path ?? [];
    expect(at.at(-1)).toBe("path");
    expect(at.slice(0, -1).reduce((node: Json, key) => node[key], json)).toBe(leaf);
  });
});
