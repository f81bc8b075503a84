import { describe, expect, test } from "vitest";
import modelPost from "../../rules/000-model-post.json" with { type: "json" };
import serviceModelPost from "../../rules/001-service-model-post.json" with { type: "json" };
import { AwardRulesError, loadRulebook, safeLoadRulebook, type Issue } from "../../src/index.js";
import { thrownIssues } from "../support/issuesOf.js";

type Json = Record<string, any>;
type Path = (string | number)[];

/** A fresh copy of the bundled rule file, and the node with `id` in it with its JSON path. */
function withNode(id: string): { rulebook: Json; node: Json; path: Path } {
  const rulebook = structuredClone(modelPost) as Json;
  const walk = (node: Json, path: Path): { node: Json; path: Path } | undefined => {
    if (node.id === id) return { node, path };
    for (const key of ["all", "any", "of"]) {
      for (const [index, child] of ((node[key] ?? []) as Json[]).entries()) {
        const found = walk(child, [...path, key, index]);
        if (found) return found;
      }
    }
    return node.not ? walk(node.not, [...path, "not"]) : undefined;
  };
  for (const [a, award] of (rulebook.awards as Json[]).entries()) {
    const roots: [Json, Path][] = [
      [award.admission, ["awards", a, "admission"]],
      [award.requirements, ["awards", a, "requirements"]],
      ...(award.categories as Json[]).flatMap((category, c): [Json, Path][] => [
        [category.audience, ["awards", a, "categories", c, "audience"]],
        ...(category.levels as Json[]).map((level, l): [Json, Path] => [level.conditions, ["awards", a, "categories", c, "levels", l, "conditions"]]),
      ]),
    ];
    for (const [root, path] of roots) {
      const found = walk(root, path);
      if (found) return { rulebook, ...found };
    }
  }
  throw new Error(`no node ${id}`);
}

const issuesOf = (json: unknown) => thrownIssues(() => loadRulebook(json));

function broken(id: string, change: (node: Json) => void): Json {
  const { rulebook, node } = withNode(id);
  change(node);
  return rulebook;
}

test("the bundled rule file itself loads (the baseline every case below breaks)", () => {
  expect(safeLoadRulebook(structuredClone(modelPost)).success).toBe(true);
});

// [case, node id, change, code, issue path]
const compileCases: [string, string, (node: Json) => void, Issue["code"], Path][] = [
  ["unknown fact", "party.1.4", (n) => void (n.fact = "grievances"), "unknown_fact", ["fact"]],
  ["unknown operator", "party.1.4", (n) => void (n.operator = "countBelow"), "unknown_operator", ["operator"]],
  ["window on a fact without windows", "party.audience", (n) => void (n.params = { window: "threeYears" }), "bad_value", ["params"]],
  ["attestation without item", "party.1.1", (n) => void (n.params = {}), "bad_value", ["params"]],
];
const laterCases: [string, string, (node: Json) => void, Issue["code"], Path][] = [
  ["unknown window", "party.1.4", (n) => void (n.params.window = "fourYears"), "unknown_window", ["params", "window"]],
  ["unknown scale in where", "party.1.6.2", (n) => void (n.params.where.scope.scale = "scopes"), "unknown_scale", ["params", "where", "scope", "scale"]],
  ["appraisalPattern with an unknown rating", "party.1.6.3", (n) => void (n.value.rating = "outstanding"), "bad_value", ["value"]],
  ["appraisalPattern with an unknown othersAtLeast", "party.1.6.3", (n) => void (n.value.othersAtLeast = "fine"), "bad_value", ["value"]],
  ["appraisalPattern with minTimes 0", "party.1.6.3", (n) => void (n.value.minTimes = 0), "bad_value", ["value"]],
  ["countAtMost -1", "party.1.4", (n) => void (n.value = -1), "bad_value", ["value"]],
  ["countAtMost 1.5", "party.1.4", (n) => void (n.value = 1.5), "bad_value", ["value"]],
  ["path through __proto__", "party.1.4", (n) => void (n.path = "$.__proto__"), "bad_value", ["path"]],
  ["path through constructor", "party.1.4", (n) => void (n.path = "$.constructor.name"), "bad_value", ["path"]],
  ["path with ['prototype']", "party.1.4", (n) => void (n.path = "$['prototype']"), "bad_value", ["path"]],
  ["JSONPath filter expression", "party.1.4", (n) => void (n.path = "$..[?(@.x)]"), "bad_value", ["path"]],
  ["path not starting with $", "party.1.4", (n) => void (n.path = "length"), "bad_value", ["path"]],
  ["duplicate id", "party.1.5", (n) => void (n.id = "party.1.4"), "duplicate_id", ["id"]],
];

describe("compile errors: code, path from the rule file's root and rule id", () => {
  test.each([...compileCases, ...laterCases])("%s", (_name, id, change, code, path) => {
    const issues = issuesOf(broken(id, change));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, path: [...withNode(id).path, ...path], ruleId: code === "duplicate_id" ? "party.1.4" : id });
    expect(issues[0]?.message.length).toBeGreaterThan(0);
  });

  test("a plain property path is accepted", () => {
    expect(safeLoadRulebook(broken("management.1.7.2", (n) => void (n.path = "$.a[0]['b c']"))).success).toBe(true);
  });

  test.each(compileCases)("%s: the issue names the clause", (_name, id, change) => {
    expect(issuesOf(broken(id, change))[0]?.clause).toBe(withNode(id).node.source.clause);
  });

  // loadRulebook and compileRulebook promise every compile problem "with the rule id and clause";
  // issues raised in params.ts / path.ts / operators get the clause added by compileCondition.
  test.each(laterCases)("%s: the issue names the clause", (_name, id, change) => {
    const expectedClause = withNode(id).node.source.clause; // for a duplicate id: the clause of the node that repeats it
    expect(issuesOf(broken(id, change))[0]?.clause).toBe(expectedClause);
  });
});

describe("every compile problem at once", () => {
  test("problems in several trees and awards are all reported, each at its path from the file's root", () => {
    const { rulebook, node: first, path: firstPath } = withNode("party.1.4");
    first.fact = "grievances";
    const found = (id: string): { node: Json; path: Path } => {
      const { path } = withNode(id);
      let node: Json = rulebook;
      for (const key of path) node = node[key];
      return { node, path };
    };
    const second = found("party.1.6.3");
    second.node.value.minTimes = 0;
    const third = found("party.1.5");
    third.node.id = "party.1.1";
    const issues = issuesOf(rulebook);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual(
      expect.arrayContaining([
        ["unknown_fact", [...firstPath, "fact"]],
        ["bad_value", [...second.path, "value"]],
        ["duplicate_id", [...third.path, "id"]],
      ]),
    );
    expect(issues).toHaveLength(3);
    for (const issue of issues) expect(issue.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  test("a scored award's problems are at their path from the file's root too", () => {
    const json = structuredClone(serviceModelPost) as Json;
    const places = (json.scoredAwards as Json[]).flatMap((award, a) =>
      (award.bonuses as Json[]).flatMap((bonus, b) => (bonus.kind === "perUnit" ? [["scoredAwards", a, "bonuses", b, "fact"] as Path] : [])),
    );
    expect(places.length).toBeGreaterThan(0);
    for (const [, a, , b] of places) json.scoredAwards[a as number].bonuses[b as number].fact = "grievances";
    const issues = issuesOf(json);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual(places.map((path) => ["unknown_fact", path]));
  });
});

describe("schema errors: invalid_rulebook with the path of every problem", () => {
  test("a leaf without value", () => {
    const { rulebook, node, path } = withNode("party.1.4");
    delete node.value;
    expect(issuesOf(rulebook)).toEqual([expect.objectContaining({ code: "invalid_rulebook", path: [...path, "value"] })]);
  });

  test("a node with both all and any", () => {
    const { rulebook, node, path } = withNode("party.1.6");
    node.all = node.any;
    expect(issuesOf(rulebook)).toEqual([expect.objectContaining({ code: "invalid_rulebook", path })]);
  });

  test("atLeast greater than the number of conditions in of", () => {
    const { rulebook, node, path } = withNode("party.1.6");
    node.atLeast = 4;
    node.of = node.any;
    delete node.any;
    expect(issuesOf(rulebook)).toEqual([expect.objectContaining({ code: "invalid_rulebook", path: [...path, "atLeast"] })]);
  });

  test("two wrong fields at once give two issues, each with its path", () => {
    const { rulebook, node, path } = withNode("party.1.4");
    rulebook.id = "Not An Id!";
    node.source.document = "0";
    const issues = issuesOf(rulebook);
    expect(issues).toHaveLength(2);
    expect(issues.every((issue) => issue.code === "invalid_rulebook")).toBe(true);
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([["id"], [...path, "source", "document"]]));
  });

  test("an unknown key in a node is refused, not dropped", () => {
    const { rulebook, node, path } = withNode("party.1.4");
    node.comment = "extra";
    expect(issuesOf(rulebook)).toEqual([expect.objectContaining({ code: "invalid_rulebook", path: [...path, "comment"], keys: ["comment"] })]);
  });

  test.each([null, 42, "rules", [], {}])("not a rulebook at all: %j", (json) => {
    expect(issuesOf(json).every((issue) => issue.code === "invalid_rulebook")).toBe(true);
  });
});

describe("safeLoadRulebook", () => {
  test("returns { success: false, error } with the same issues loadRulebook throws", () => {
    const json = broken("party.1.4", (n) => void (n.fact = "grievances"));
    const result = safeLoadRulebook(json);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(AwardRulesError);
    expect(result.error.issues).toEqual(issuesOf(json));
  });

  test("returns { success: true, data } with the compiled rulebook", () => {
    const result = safeLoadRulebook(structuredClone(modelPost));
    expect(result.success && result.data.awards.map((award) => award.award.id)).toEqual(["model-post"]);
  });
});
