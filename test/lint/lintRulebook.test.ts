import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lintRulebook, type LintFinding } from "../../src/lint/lintRulebook.js";

const rulesDir = join(import.meta.dirname, "..", "..", "rules");
const ruleFiles = readdirSync(rulesDir)
  .filter((file) => file.endsWith(".json"))
  .sort();

/** Raw rule-file JSON, mutated freely by the tests. */
type Json = any;

/** A fresh, mutable copy of a bundled rule file's raw JSON, by its number ("000"…"004"). */
function raw(document: string): Json {
  const file = ruleFiles.find((name) => name.startsWith(`${document}-`));
  if (file === undefined) throw new Error(`no rule file ${document}`);
  return JSON.parse(readFileSync(join(rulesDir, file), "utf8"));
}

/** The condition node with this id, wherever it sits (mutable). */
function node(json: Json, id: string): Json {
  const found: Json[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") {
      if (value.id === id && value.label !== undefined && value.source !== undefined) found.push(value);
      Object.values(value).forEach(visit);
    }
  };
  visit(json);
  if (found.length !== 1) throw new Error(`${found.length} nodes with id ${id}`);
  return found[0];
}

const leaf = (id: string, fact: string, operator: string, value: unknown, params?: unknown): Json => ({
  id,
  label: { zh: id, en: id },
  source: { document: "000", clause: "§四(一)2" },
  fact,
  operator,
  value,
  ...(params === undefined ? {} : { params }),
});

const brief = (findings: LintFinding[]): [string, string, string | undefined][] => findings.map((finding) => [finding.code, finding.severity, finding.ruleId]);
const errors = (findings: LintFinding[]): LintFinding[] => findings.filter((finding) => finding.severity === "error");
const withCode = (findings: LintFinding[], code: string): LintFinding[] => findings.filter((finding) => finding.code === code);

describe("the bundled rule files", () => {
  test.each(ruleFiles)("%s lints with no errors", (file) => {
    expect(errors(lintRulebook(JSON.parse(readFileSync(join(rulesDir, file), "utf8"))))).toEqual([]);
  });

  test("give exactly the warnings the documents cause", () => {
    const findings = ruleFiles.flatMap((file) =>
      lintRulebook(JSON.parse(readFileSync(join(rulesDir, file), "utf8"))).map((finding) => [file.slice(0, 3), finding.code, finding.ruleId, finding.path.join(".")]),
    );
    expect(findings).toEqual([
      // 000 §四(一)2(6) says “满足下列条件” (both ① and ②) where levels 1 and 3 say “下列条件满足其一”; the
      // rule file encodes it as written (its interpretation names the “any” alternative), so a record meeting
      // level 1 through ③ alone fails level 2 here: level 2 asks more than level 1.
      ["000", "lower_level_stricter", "party.2.6", "awards.0.categories.0.levels.1.conditions.all.5"],
      // 002 附件 考核细则 prints 创建氛围浓 “10分” over items 5 + 2 + 2 + 2 = 11, and 人员素质高 “30分” over
      // items 5 + 6 + 6 + 6 + 6 = 29; the rule file keeps both numbers as printed.
      ["002", "printed_section_total", "party-model-post", "scoredAwards.0.rubric.sections.0"],
      ["002", "printed_section_total", "party-model-post", "scoredAwards.0.rubric.sections.1"],
      // 004 篇11 第五条4's bands (85~100, 60~84, 59 以下) are read to cover every score, so no gap is left.
    ]);
  });

  test("the level-2 party finding goes once 2(6) is read as “one of” (its interpretation's alternative)", () => {
    const json = raw("000");
    const item = node(json, "party.2.6");
    item.any = item.all;
    delete item.all;
    expect(lintRulebook(json)).toEqual([]);
  });
});

describe("schema", () => {
  test("a rule file that does not fit the schema gives every schema issue and nothing else", () => {
    const json = raw("000");
    delete json.title;
    json.surprise = true;
    node(json, "party.1.4").source.clause = "";
    node(json, "party.1.5").fact = "noSuchFact";
    const findings = lintRulebook(json);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(findings.map((finding) => finding.code))).toEqual(new Set(["invalid_rulebook"]));
    expect(findings.every((finding) => finding.severity === "error")).toBe(true);
    const paths = findings.map((finding) => finding.path.join("."));
    expect(paths).toContain("title");
    expect(paths).toContain("awards.0.categories.0.levels.0.conditions.all.3.source.clause");
    expect(findings.some((finding) => finding.message.includes("surprise"))).toBe(true);
  });

  test("not even an object", () => {
    expect(brief(lintRulebook(42))).toEqual([["invalid_rulebook", "error", undefined]]);
  });
});

describe("names", () => {
  test("unknown facts, operators and windows are all reported, each at its place", () => {
    const json = raw("000");
    node(json, "party.1.4").fact = "grievances";
    node(json, "party.2.4").operator = "countBelow";
    node(json, "party.3.4").params.window = "fourYears";
    const findings = lintRulebook(json);
    expect(findings.map((finding) => [finding.code, finding.ruleId, finding.path.slice(-2).join(".")])).toEqual([
      ["unknown_fact", "party.1.4", "3.fact"],
      ["unknown_operator", "party.2.4", "3.operator"],
      ["unknown_window", "party.3.4", "params.window"],
      ["lower_level_stricter", "party.2.6", "all.5"],
    ]);
    expect(findings[2]?.message).toContain("fourYears");
  });

  test("unknown scales in a where test and in an appraisal pattern", () => {
    const json = raw("000");
    node(json, "party.1.6.2").params.where.scope.scale = "reach";
    node(json, "party.1.6.3").value.scale = "grades";
    expect(withCode(lintRulebook(json), "unknown_scale").map((finding) => [finding.ruleId, finding.path.slice(-2).join(".")])).toEqual([
      ["party.1.6.2", "scope.scale"],
      ["party.1.6.3", "value.scale"],
    ]);
  });

  test("measure and flag items must be declared", () => {
    const service = raw("003");
    node(service, "org.2").params.item = "competitions";
    expect(brief(lintRulebook(service))).toEqual([["bad_value", "error", "org.2"]]);
    const plans = raw("004");
    delete plans.flags.canteenOrDormitoryContractedOut;
    expect(brief(withCode(lintRulebook(plans), "bad_value"))).toEqual([["bad_value", "error", "school.veto.3"]]);
  });

  test("a per-unit bonus's fact and window are checked too", () => {
    const json = raw("001");
    json.scoredAwards[0].bonuses[0].fact = "praise";
    json.scoredAwards[1].bonuses[0].params.window = "term";
    expect(lintRulebook(json).map((finding) => [finding.code, finding.path.join(".")])).toEqual([
      ["unknown_fact", "scoredAwards.0.bonuses.0.fact"],
      ["unknown_window", "scoredAwards.1.bonuses.0.params.window"],
    ]);
  });
});

describe("ids and levels", () => {
  test("a condition id used twice, in any two trees of the rulebook", () => {
    const json = raw("003");
    node(json, "team.1").id = "org.1";
    const findings = lintRulebook(json);
    expect(brief(findings)).toEqual([["duplicate_id", "error", "org.1"]]);
    expect(findings[0]?.path).toEqual(["scoredAwards", 1, "eligibility", "all", 0, "id"]);
    expect(findings[0]?.message).toContain("scoredAwards.0.eligibility.all.0");
  });

  test("award ids are unique across level and scored awards", () => {
    const json = raw("004");
    json.scoredAwards[4].id = "winning-team";
    expect(errors(lintRulebook(json)).map((finding) => [finding.code, finding.path.join(".")])).toEqual([["duplicate_id", "scoredAwards.4.id"]]);
  });

  test("category ids are unique within an award", () => {
    const json = raw("000");
    json.awards[0].categories[2].id = "staff";
    expect(brief(withCode(lintRulebook(json), "duplicate_id"))).toEqual([["duplicate_id", "error", "model-post"]]);
    const plans = raw("004");
    plans.scoredAwards.find((award: { id: string }) => award.id === "excellent-service-unit").categories[1].id = "property";
    expect(brief(withCode(lintRulebook(plans), "duplicate_id"))).toEqual([["duplicate_id", "error", "excellent-service-unit"]]);
  });

  test("a level defined twice by the award or by a category, and a level the award does not define", () => {
    const json = raw("000");
    json.awards[0].levels[2].level = 2;
    json.awards[0].categories[1].levels[2].level = 1;
    const findings = lintRulebook(json).filter((finding) => finding.code !== "lower_level_stricter");
    expect(findings.map((finding) => [finding.code, finding.ruleId, finding.path.join(".")])).toEqual([
      ["duplicate_id", "model-post", "awards.0.levels.2.level"],
      ["bad_value", "party", "awards.0.categories.0.levels.2.level"],
      ["duplicate_id", "staff", "awards.0.categories.1.levels.2.level"],
      ["bad_value", "management", "awards.0.categories.2.levels.2.level"],
    ]);
  });
});

describe("citations", () => {
  test("a blank clause and a citation of another document, wherever they sit", () => {
    const json = raw("000");
    node(json, "party.1.4").source.clause = "   ";
    json.awards[0].levels[0].reward.source.document = "003";
    json.windows.twoYears.source.clause = "\t";
    const findings = lintRulebook(json);
    expect(findings.map((finding) => [finding.code, finding.severity, finding.path.join(".")])).toEqual([
      ["missing_citation", "error", "windows.twoYears.source.clause"],
      ["wrong_document", "error", "awards.0.levels.0.reward.source.document"],
      ["missing_citation", "error", "awards.0.categories.0.levels.0.conditions.all.3.source.clause"],
      ["lower_level_stricter", "warning", "awards.0.categories.0.levels.1.conditions.all.5"],
    ]);
    expect(findings[2]?.ruleId).toBe("party.1.4");
  });
});

describe("levels no record can reach", () => {
  test("equal true and equal false on the same fact", () => {
    const json = raw("000");
    node(json, "staff.2").all.push(leaf("staff.2.x", "partyMember", "equal", true), leaf("staff.2.y", "partyMember", "equal", false));
    const findings = withCode(lintRulebook(json), "unreachable_level");
    expect(brief(findings)).toEqual([["unreachable_level", "error", "staff.2"]]);
    expect(findings[0]?.path.join(".")).toBe("awards.0.categories.1.levels.1.conditions");
    expect(findings[0]?.message).toContain("staff.2.x (partyMember equal true) contradicts staff.2.y (partyMember equal false)");
  });

  test("countAtLeast n against countAtMost m < n on the same fact, params and path", () => {
    const json = raw("000");
    node(json, "party.3").all.push(leaf("party.3.x", "complaints", "countAtLeast", 1, { window: "threeYears" }));
    const findings = withCode(lintRulebook(json), "unreachable_level");
    expect(brief(findings)).toEqual([["unreachable_level", "error", "party.3"]]);
    expect(findings[0]?.message).toContain("party.3.4 (complaints countAtMost 0) contradicts party.3.x");
    // the same counts over another window do not contradict
    const other = raw("000");
    node(other, "party.3").all.push(leaf("party.3.x", "complaints", "countAtLeast", 1, { window: "twoYears" }));
    expect(withCode(lintRulebook(other), "unreachable_level")).toEqual([]);
  });

  test("greaterThanInclusive a against lessThan b ≤ a, inside a nested all", () => {
    const json = raw("000");
    node(json, "party.2.6").all.push(leaf("party.2.6.x", "logisticsServiceYears", "lessThan", 1));
    const findings = withCode(lintRulebook(json), "unreachable_level");
    expect(brief(findings)).toEqual([]);
    node(json, "party.2").all.push(leaf("party.2.y", "logisticsServiceYears", "greaterThanInclusive", 1));
    const again = withCode(lintRulebook(json), "unreachable_level");
    expect(brief(again)).toEqual([["unreachable_level", "error", "party.2"]]);
    expect(again[0]?.message).toContain("within party.2, party.2.6.x (logisticsServiceYears lessThan 1) contradicts party.2.y");
  });

  test.each(["staff.3.1", "staff.3.3"])("a not of a leaf beside the same leaf (%s)", (id) => {
    // staff.3.1 is an equal (its negation is a notEqual that clashes); staff.3.3 is a countAtMost,
    // whose negation simple reasoning cannot state: only the same-leaf rule finds it
    const json = raw("000");
    const copy = structuredClone(node(json, id));
    node(json, "staff.3").all.push({ id: "staff.3.not", label: { zh: "非", en: "not" }, source: { document: "000", clause: "§四(二)3" }, not: { ...copy, id: "staff.3.not.1" } });
    const findings = withCode(lintRulebook(json), "unreachable_level");
    expect(brief(findings)).toEqual([["unreachable_level", "error", "staff.3"]]);
    expect(findings[0]?.message).toContain(`${id} (`);
    expect(findings[0]?.message).toContain("contradicts not staff.3.not.1");
  });

  test("a contradiction in one branch of an any is a warning; in every branch, an error; in a veto, an error", () => {
    const json = raw("000");
    node(json, "party.1.6").any.push({
      id: "party.1.6.x",
      label: { zh: "矛盾", en: "contradiction" },
      source: { document: "000", clause: "§四(一)1(6)" },
      all: [leaf("party.1.6.x.1", "role", "equal", "manager"), leaf("party.1.6.x.2", "role", "in", ["staff", "teamLeader"])],
    });
    expect(brief(withCode(lintRulebook(json), "unsatisfiable_condition"))).toEqual([["unsatisfiable_condition", "warning", "party.1.6.x"]]);
    expect(withCode(lintRulebook(json), "unreachable_level")).toEqual([]);
    node(json, "party.1.6").any.splice(0, 3);
    expect(brief(withCode(lintRulebook(json), "unreachable_level"))).toEqual([["unreachable_level", "error", "party.1"]]);
    const plans = raw("004");
    plans.scoredAwards[0].vetoes[0].operator = "in";
    plans.scoredAwards[0].vetoes[0].value = [];
    expect(brief(withCode(lintRulebook(plans), "unsatisfiable_condition"))).toEqual([["unsatisfiable_condition", "error", "school.veto.1"]]);
  });
});

describe("a lower level stricter than a higher one", () => {
  const stricter = (json: Json): string[] => withCode(lintRulebook(json), "lower_level_stricter").map((finding) => finding.ruleId ?? "");

  test("a higher numeric threshold at the lower level", () => {
    const json = raw("000");
    node(json, "management.2.7.2").value = 0.25;
    expect(stricter(json)).toEqual(["party.2.6", "management.2.7.2"]);
  });

  test("a longer countAtMost window at the lower level", () => {
    const json = raw("000");
    node(json, "staff.2.3").params.window = "untilAsOf";
    expect(stricter(json)).toEqual(["party.2.6", "staff.2.3"]);
    expect(withCode(lintRulebook(json), "lower_level_stricter")[1]?.message).toContain("untilAsOf");
  });

  test("an appraisal pattern asking more times, or a better floor for the others", () => {
    const json = raw("000");
    node(json, "party.3.6.2").value.minTimes = 2;
    node(json, "management.3.7.4").value.othersAtLeast = "excellent";
    expect(stricter(json)).toEqual(["party.2.6", "party.3.6.2", "management.3.7.4"]);
  });

  test("an all where the higher level has any, in every category", () => {
    const json = raw("000");
    const item = node(json, "staff.3.6");
    item.all = item.any;
    delete item.any;
    expect(stricter(json)).toEqual(["party.2.6", "staff.3.6"]);
  });
});

describe("the rulebook check's findings", () => {
  test("a printed total and overlapping bands become warnings with JSON paths", () => {
    const json = raw("004");
    json.scoredAwards[0].rubric.printedTotal = 90;
    json.scoredAwards[0].grades.bands[1].max = { value: 90, inclusive: true };
    const findings = lintRulebook(json).filter((finding) => finding.ruleId === "school-logistics-evaluation");
    expect(findings.map((finding) => [finding.code, finding.severity, finding.path.join(".")])).toEqual([
      ["printed_total", "warning", "scoredAwards.0.rubric"],
      ["band_overlap", "warning", "scoredAwards.0.grades.bands.0"],
    ]);
    expect(findings[0]?.message).toContain("004 篇2 二3");
  });
});

describe("what only the compiler sees", () => {
  test("a bad operator value or a fact's params are reported with the compiler's code once nothing else is wrong", () => {
    const json = raw("000");
    node(json, "party.1.4").value = "none";
    expect(
      lintRulebook(json)
        .filter((finding) => finding.code === "bad_value")
        .map((finding) => [finding.ruleId, finding.path.join(".")]),
    ).toEqual([["party.1.4", "awards.0.categories.0.levels.0.conditions.all.3.value"]]);
  });
});

describe("every problem at once", () => {
  test("problems of different kinds in one file are all reported", () => {
    const json = raw("000");
    node(json, "party.1.1").fact = "loyalty";
    node(json, "party.1.2").id = "party.1.1";
    node(json, "party.1.3").source.document = "001";
    node(json, "party.2").all.push(leaf("party.2.x", "partyMember", "equal", false), leaf("party.2.y", "partyMember", "equal", true));
    expect(lintRulebook(json).map((finding) => finding.code)).toEqual(["unknown_fact", "duplicate_id", "wrong_document", "unreachable_level", "lower_level_stricter"]);
  });
});
