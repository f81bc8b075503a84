import { describe, expect, test } from "vitest";
import { Rule } from "json-rules-engine";
import { createJsonRulesEngine, toJsonRulesEngineConditions } from "../../src/engines/jsonRulesEngine.js";
import { bundledRulebook, evaluate, type Condition } from "../../src/index.js";
import { loadFixtures, nodesById } from "../support/fixtures.js";

const rulebook = bundledRulebook();
const award = rulebook.rulebook.awards[0]!;
// Two-valued json-rules-engine can only agree where nothing is unknown: the fixtures whose every node is decided.
const fullyKnown = loadFixtures("000").filter((fixture) =>
  [...nodesById(evaluate(rulebook, fixture.input, { asOf: fixture.asOf })).values()].every((node) => node.status !== "unknown"),
);

/** Every node of every condition tree of the award, by id. */
function allNodes(): Map<string, Condition> {
  const nodes = new Map<string, Condition>();
  const walk = (node: Condition): void => {
    nodes.set(node.id, node);
    for (const child of [...(node.all ?? []), ...(node.any ?? []), ...(node.of ?? []), ...(node.not ? [node.not] : [])]) walk(child);
  };
  if (award.admission) walk(award.admission);
  if (award.requirements) walk(award.requirements);
  for (const category of award.categories) {
    if (category.audience) walk(category.audience);
    for (const level of category.levels) walk(level.conditions);
  }
  return nodes;
}

const treeNodes = allNodes();

describe("json-rules-engine agrees with the evaluator, node by node", () => {
  test("enough fully known fixtures to compare", () => {
    expect(fullyKnown.length).toBeGreaterThanOrEqual(6);
  });

  test.each(fullyKnown.map((fixture) => [fixture.file, fixture] as const))("%s", async (_file, fixture) => {
    const ours = nodesById(evaluate(rulebook, fixture.input, { asOf: fixture.asOf }));
    const engine = createJsonRulesEngine(rulebook, fixture.input, fixture.asOf);
    for (const id of ours.keys()) {
      const node = treeNodes.get(id);
      if (!node) throw new Error(`node ${id} not in the rulebook`);
      engine.addRule(new Rule({ name: id, conditions: toJsonRulesEngineConditions(node), event: { type: id } }));
    }
    const { events, failureEvents } = await engine.run();
    const passed = new Set(events.map((event) => event.type));
    const failed = new Set(failureEvents.map((event) => event.type));
    expect(passed.size + failed.size).toBe(ours.size);
    for (const [id, trace] of ours) {
      expect(trace.status, `our node ${id} is decided on a fully known fixture`).not.toBe("unknown");
      expect(passed.has(id) ? "pass" : "fail", `node ${id}`).toBe(trace.status);
    }
  });

  test("atLeast k of n is expanded to any-of-all and agrees", async () => {
    const leaf = (id: string): Condition => ({
      id,
      label: { zh: id, en: id },
      source: { document: "000", clause: "test" },
      fact: "attestation",
      params: { item: id },
      operator: "equal",
      value: "met",
    });
    const tree: Condition = { id: "k", label: { zh: "k", en: "k" }, source: { document: "000", clause: "test" }, atLeast: 2, of: [leaf("a"), leaf("b"), leaf("c")] };
    const converted = toJsonRulesEngineConditions(tree) as { any: { all: unknown[] }[] };
    expect(converted.any).toHaveLength(3);
    for (const [a, b, c, expected] of [
      ["met", "met", "notMet", true],
      ["met", "notMet", "notMet", false],
      ["notMet", "met", "met", true],
    ] as const) {
      const engine = createJsonRulesEngine(rulebook, { id: "x", attestations: { a, b, c } }, "2026-11-26");
      engine.addRule(new Rule({ conditions: converted as never, event: { type: "k" } }));
      const { events } = await engine.run();
      expect(events.length === 1).toBe(expected);
    }
  });
});

describe("bounds of the translation", () => {
  const text = { zh: "x", en: "x" };
  const source = { document: "000", clause: "test" };
  const leafOf = (id: string, extra: Record<string, unknown> = {}): Condition => ({
    id,
    label: text,
    source,
    fact: "attestation",
    params: { item: id },
    operator: "equal",
    value: "met",
    ...extra,
  });
  const atLeast = (id: string, k: number, n: number): Condition => ({ id, label: text, source, atLeast: k, of: Array.from({ length: n }, (_, index) => leafOf(`${id}.${index}`)) });

  test("at least 13 of 27 (20 million groups) is refused at once with a typed error naming the node", () => {
    const started = performance.now();
    let error: unknown;
    try {
      toJsonRulesEngineConditions({ id: "top", label: text, source, all: [leafOf("a"), atLeast("big", 13, 27)] });
    } catch (caught) {
      error = caught;
    }
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toMatchObject({ issues: [expect.objectContaining({ path: expect.arrayContaining(["node"]) })] });
    expect(String((error as Error).message)).toMatch(/big|13 of 27|groups/);
  });

  test("nested groups that multiply past the bound are refused; small ones still translate", () => {
    const nested = { id: "outer", label: text, source, atLeast: 4, of: Array.from({ length: 12 }, (_, index) => atLeast(`inner${index}`, 4, 12)) } as Condition;
    expect(() => toJsonRulesEngineConditions(nested)).toThrow(/200000 json-rules-engine conditions/);
    const small = toJsonRulesEngineConditions(atLeast("small", 2, 4)) as unknown as { any: unknown[] };
    expect(small.any).toHaveLength(6);
  });

  test.each(["$..target", "$[?(@.x)]", "$.a[*]", "target", "$.constructor", "$['a']", "$.a.__proto__", "$.a;b"])(
    "the path %s is refused before json-rules-engine sees it",
    (path) => {
      expect(() => toJsonRulesEngineConditions(leafOf("p", { path }))).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining({ code: "bad_value", path: ["node", "path"], ruleId: "p" })] }),
      );
    },
  );

  test.each(["$.target", "$.items[0]", "$.list[2].name"])("the plain path %s is passed on", (path) => {
    const converted = toJsonRulesEngineConditions(leafOf("p", { path })) as unknown as { all: { path: string }[] };
    expect(converted.all[0]!.path).toBe(path);
  });
});
