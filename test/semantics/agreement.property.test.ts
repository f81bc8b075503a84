import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Rule } from "json-rules-engine";
import { toJsonRulesEngineConditions, createJsonRulesEngine } from "../../src/engines/jsonRulesEngine.js";
import { fixSets } from "../../src/gaps/fixSets.js";
import { AwardRulesError, evaluate, evaluateVerdicts, type CandidateRecord, type CompiledRulebook, type Condition, type TraceNode } from "../../src/index.js";
import { allOf, anyOf, atLeastOf, FALSE, notOf, STATUS, TRUE, UNKNOWN, type Tri } from "../../src/semantics/tri.js";
import { attestationLeaf, cite, tinyRulebook } from "../support/tinyRulebook.js";

/**
 * One property over generated condition trees and records: every way the library judges a tree —
 * the compiled walk (code generation off), the generated code (warm), the traces `evaluate` builds,
 * the gap analysis and the export to json-rules-engine — gives what src/semantics/tri.ts says.
 */

/** A generated tree: combinators over numbered leaves (each leaf once). */
type Spec = { kind: "leaf" } | { kind: "all" | "any"; children: Spec[] } | { kind: "not"; child: Spec } | { kind: "atLeast"; k: number; children: Spec[] };

const specArbitrary: fc.Arbitrary<Spec> = fc.letrec<{ spec: Spec }>((tie) => ({
  spec: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant<Spec>({ kind: "leaf" }),
    fc.record({ kind: fc.constantFrom<"all" | "any">("all", "any"), children: fc.array(tie("spec"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant<"not">("not"), child: tie("spec") }),
    fc.array(tie("spec"), { minLength: 1, maxLength: 3 }).chain((children) => fc.integer({ min: 1, max: children.length }).map((k): Spec => ({ kind: "atLeast", k, children }))),
  ),
})).spec;

/** A numbered tree: ids `n0`, `n1`… in pre-order; leaf number i is `leaves[i]`. */
interface Built {
  condition: Condition;
  leaves: string[];
  /** The reference: the tree judged by the semantics, with nodes forced true (a fix set). */
  judge: (values: readonly Tri[], forced?: ReadonlySet<string>) => Tri;
  /** Each node's subtree judged by the semantics, by node id. */
  nodes: Map<string, (values: readonly Tri[]) => Tri>;
}

/** Leaf kinds: the first leaf is the party-member field, the second a dated-list count, the others attestations (three code paths). */
function leafCondition(id: string, index: number): Condition {
  if (index === 0) return { id, ...cite(id), fact: "partyMember", operator: "equal", value: true };
  if (index === 1) return { id, ...cite(id), fact: "complaints", params: { window: "threeYears" }, operator: "countAtMost", value: 0 };
  return attestationLeaf(id, `item${index}`);
}

function build(spec: Spec): Built {
  const leaves: string[] = [];
  const nodes = new Map<string, (values: readonly Tri[]) => Tri>();
  let next = 0;
  type Judge = (values: readonly Tri[], forced: ReadonlySet<string>) => Tri;
  const walk = (node: Spec): { condition: Condition; judge: Judge } => {
    const id = `n${next++}`;
    const forcedOr = (judge: Judge): Judge => {
      nodes.set(id, (values) => judge(values, new Set()));
      return (values, forced) => (forced.has(id) ? TRUE : judge(values, forced));
    };
    if (node.kind === "leaf") {
      const index = leaves.length;
      leaves.push(id);
      return { condition: leafCondition(id, index), judge: forcedOr((values) => values[index]!) };
    }
    if (node.kind === "not") {
      const child = walk(node.child);
      return { condition: { id, ...cite(id), not: child.condition }, judge: forcedOr((values, forced) => notOf(child.judge(values, forced))) };
    }
    const children = node.children.map(walk);
    const read = (values: readonly Tri[], forced: ReadonlySet<string>) => (index: number) => children[index]!.judge(values, forced);
    if (node.kind === "all") return { condition: { id, ...cite(id), all: children.map((c) => c.condition) }, judge: forcedOr((v, f) => allOf(children.length, read(v, f))) };
    if (node.kind === "any") return { condition: { id, ...cite(id), any: children.map((c) => c.condition) }, judge: forcedOr((v, f) => anyOf(children.length, read(v, f))) };
    const k = (node as { k: number }).k;
    return { condition: { id, ...cite(id), atLeast: k, of: children.map((c) => c.condition) }, judge: forcedOr((v, f) => atLeastOf(k, children.length, read(v, f))) };
  };
  const root = walk(spec);
  return { condition: root.condition, leaves, nodes, judge: (values, forced = new Set()) => root.judge(values, forced) };
}

/** The record giving each leaf its value (`req` and `aud` met, so the level's status is its tree's). */
function recordOf(values: readonly Tri[]): CandidateRecord {
  const record: CandidateRecord = { id: "R-1", attestations: { req: "met", aud: "met" } };
  values.forEach((value, index) => {
    if (index === 0) {
      if (value !== UNKNOWN) record.partyMember = value === TRUE;
    } else if (index === 1) {
      if (value !== UNKNOWN) record.complaints = value === TRUE ? [] : [{ date: "2026-03-10", verified: true }];
    } else if (value !== UNKNOWN) record.attestations![`item${index}`] = value === TRUE ? "met" : "notMet";
  });
  return record;
}

const ASOF = { asOf: "2026-11-26" };
const warmed = new WeakSet<CompiledRulebook>();
/** Past the calls after which code is generated, so the generated functions answer. */
function warm(compiled: CompiledRulebook): CompiledRulebook {
  if (!warmed.has(compiled)) {
    for (let call = 0; call < 40; call += 1) {
      evaluateVerdicts(compiled, { id: "W" }, ASOF);
      evaluate(compiled, { id: "W" }, ASOF);
    }
    warmed.add(compiled);
  }
  return compiled;
}

const caseArbitrary = specArbitrary.chain((spec) => {
  const built = build(spec);
  return fc.tuple(fc.constant(built), fc.array(fc.constantFrom<Tri>(FALSE, TRUE, UNKNOWN), { minLength: built.leaves.length, maxLength: built.leaves.length }));
});

describe("every implementation judges as the semantics (src/semantics/tri.ts)", () => {
  test("the walk, the generated code, the traces and the gap analysis, on generated trees and records", () => {
    fc.assert(
      fc.property(caseArbitrary, ([built, values]) => {
        const expected = STATUS[built.judge(values)];
        const record = recordOf(values);
        const walked = tinyRulebook(built.condition, { generateCode: false });
        const generatedCode = warm(tinyRulebook(built.condition));
        for (const compiled of [walked, generatedCode]) {
          expect(evaluateVerdicts(compiled, record, ASOF).levels.cat).toEqual([expected]);
          const level = evaluate(compiled, record, ASOF).categories[0]!.levels[0]!;
          expect(level.status).toBe(expected);
          // every node of the trace is what the semantics says of its subtree
          const judgeNode = (node: TraceNode): void => {
            expect(node.status, node.id).toBe(STATUS[built.nodes.get(node.id)!(values)]);
            node.children.forEach(judgeNode);
          };
          judgeNode(level.conditions);
          expect(level.conditions.status).toBe(expected);
        }
        // each set of steps the gap analysis gives makes the tree pass (the semantics, with those nodes forced true)
        const trace = evaluate(walked, record, ASOF).categories[0]!.levels[0]!.conditions;
        for (const set of fixSets(trace).sets) expect(built.judge(values, new Set(set.map((node) => node.id)))).toBe(TRUE);
        if (expected === "pass") expect(fixSets(trace).sets).toEqual([[]]);
      }),
      { numRuns: 300 },
    );
  });

  test("the export to json-rules-engine, where every leaf is known (it has two values)", async () => {
    await fc.assert(
      fc.asyncProperty(
        specArbitrary.chain((spec) => {
          const built = build(spec);
          return fc.tuple(fc.constant(built), fc.array(fc.constantFrom<Tri>(FALSE, TRUE), { minLength: built.leaves.length, maxLength: built.leaves.length }));
        }),
        async ([built, values]) => {
          const compiled = tinyRulebook(built.condition);
          const engine = createJsonRulesEngine(compiled, recordOf(values), ASOF.asOf);
          engine.addRule(new Rule({ name: "tree", conditions: toJsonRulesEngineConditions(built.condition), event: { type: "pass" } }));
          const { events } = await engine.run();
          expect(events.length === 1 ? TRUE : FALSE).toBe(built.judge(values));
        },
      ),
      { numRuns: 150 },
    );
  });

  test("one definition of a condition: the export refuses what loading refuses (at least 0 of n)", () => {
    const tree: Condition = { id: "k", ...cite("k"), atLeast: 0, of: [attestationLeaf("a")] };
    expect(() => tinyRulebook(tree)).toThrow(AwardRulesError);
    expect(() => toJsonRulesEngineConditions(tree)).toThrow(AwardRulesError);
  });
});
