import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { CompiledNode } from "../compile/compiledNode.js";
import { EvaluationContext, FALSE, TRUE, type Tri } from "../compile/context.js";
import { combine, traceNode } from "../evaluate/trace.js";
import type { TraceNode } from "../evaluate/types.js";
import { conditionNodes } from "../lint/walk.js";
import { safeParseCandidate } from "../load/parseCandidate.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import type { ObservedEvaluation, RulebookLookup } from "./types.js";
import { checkLookup } from "./readArguments.js";
import { checkText, readOptions } from "../door/door.js";
import { checkAsOf } from "../door/checkOptions.js";

/** How often the tests saw one condition decide its tree's outcome, passing and failing. */
export interface NodeCoverage {
  id: string;
  clause: string;
  label: BilingualText;
  decidedPass: number;
  decidedFail: number;
}

/** One rulebook's clause coverage: every condition node, how many were decided both ways, and those that were not. */
export interface RulebookCoverage {
  rulebook: string;
  total: number;
  covered: number;
  percent: number;
  nodes: NodeCoverage[];
  /** The nodes the tests never saw decide an outcome both ways, and which way is missing. */
  uncovered: (NodeCoverage & { missing: "pass" | "fail" | "both" })[];
}

const STATUS_TRI: Record<TraceNode["status"], Tri> = { fail: FALSE, pass: TRUE, unknown: 2 };

/**
 * The nodes of a traced tree that decide it: the root does, when its result is known (a tree still
 * unknown decided nothing, passing or failing); a child decides when its parent decides and
 * turning the child from pass to fail (or back) would change the parent.
 */
function decisive(trace: TraceNode, rootDecides: boolean, visit: (node: TraceNode) => void): void {
  if (!rootDecides || trace.status === "unknown") return;
  visit(trace);
  const statuses = trace.children.map((child) => STATUS_TRI[child.status]);
  trace.children.forEach((child, index) => {
    const withPass = [...statuses];
    withPass[index] = TRUE;
    const withFail = [...statuses];
    withFail[index] = FALSE;
    const turns = combine(trace.kind, withPass, trace.atLeast ?? 0) !== combine(trace.kind, withFail, trace.atLeast ?? 0);
    decisive(child, turns, visit);
  });
}

/**
 * Counts, for every condition node of the rulebooks the tests use, whether the tests saw it decide
 * an outcome both ways: as a condition whose own pass or fail turned its tree's result (a level,
 * the requirements, an audience, a veto, a cap…). Feed it every evaluation a test run makes (the
 * runner's `onEvaluation`), then read the coverage of each rulebook.
 *
 * @example
 * ```ts
 * const coverage = new ClauseCoverage((id) => bundledRulebook(id));
 * runPolicyTests(cases, lookup, { onEvaluation: (evaluation) => coverage.observe(evaluation) });
 * coverage.report().map((entry) => entry.percent);
 * ```
 */
export class ClauseCoverage {
  private readonly counts = new Map<string, Map<string, NodeCoverage>>();

  private readonly lookup: RulebookLookup;

  constructor(lookup: RulebookLookup) {
    this.lookup = checkLookup(lookup);
  }

  /** Takes one evaluation a test ran: every tree of its award is traced and its deciding nodes counted. */
  observe(evaluation: ObservedEvaluation): void {
    const read = readOptions(evaluation, "evaluation", { required: true });
    evaluation = {
      rulebook: checkText(read.rulebook, ["evaluation", "rulebook"]) as string,
      award: checkText(read.award, ["evaluation", "award"]) as string,
      asOf: checkAsOf(read.asOf, ["evaluation", "asOf"]),
      record: read.record,
    };
    const compiled = this.lookup(evaluation.rulebook);
    const parsed = safeParseCandidate(evaluation.record);
    if (compiled === undefined || !parsed.success) return;
    const ctx = new EvaluationContext(parsed.data, evaluation.asOf, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
    const nodes = this.nodesOf(compiled);
    const count = (node: TraceNode): void => {
      const entry = nodes.get(node.id);
      if (entry === undefined) return;
      if (node.status === "pass") entry.decidedPass += 1;
      else if (node.status === "fail") entry.decidedFail += 1;
    };
    const trace = (node: CompiledNode): TraceNode => traceNode(node, ctx, compiled.labels);
    const level = compiled.awards.find((entry) => entry.award.id === evaluation.award);
    if (level !== undefined) {
      const admission = parsed.data.application && level.admission ? trace(level.admission) : undefined;
      const requirements = level.requirements ? trace(level.requirements) : undefined;
      if (admission) decisive(admission, true, count);
      if (requirements) decisive(requirements, true, count);
      for (const category of level.categories) {
        const audience = category.audience ? trace(category.audience) : undefined;
        if (audience) decisive(audience, true, count);
        // a level tree decides its level when the gates (admission, requirements, audience) leave it
        // to: its fail when none of them fails, its pass only when all of them pass
        const gates = [admission?.status ?? "pass", requirements?.status ?? "pass", audience?.status ?? "pass"];
        for (const entry of category.levels) {
          const tree = trace(entry.conditions);
          decisive(tree, tree.status === "pass" ? gates.every((status) => status === "pass") : !gates.includes("fail"), count);
        }
      }
      return;
    }
    const scored = compiled.scoredAwards.find((entry) => entry.award.id === evaluation.award);
    const pay = compiled.payRules.find((entry) => entry.rule.id === evaluation.award);
    const roots = scored
      ? [
          scored.audience,
          scored.eligibility,
          ...scored.vetoes,
          ...scored.gradeCaps.map((cap) => cap.when),
          ...scored.forcedGrades.map((forced) => forced.when),
          ...scored.consequences.map((consequence) => consequence.when),
        ]
      : [pay?.audience];
    for (const root of roots) if (root !== undefined) decisive(trace(root), true, count);
  }

  /** Every rulebook seen so far, with its coverage. */
  report(): RulebookCoverage[] {
    return [...this.counts].map(([rulebook, nodes]) => {
      const all = [...nodes.values()];
      const uncovered = all
        .filter((node) => node.decidedPass === 0 || node.decidedFail === 0)
        .map((node) => ({
          ...node,
          missing: node.decidedPass === 0 && node.decidedFail === 0 ? ("both" as const) : node.decidedPass === 0 ? ("pass" as const) : ("fail" as const),
        }));
      const covered = all.length - uncovered.length;
      return { rulebook, total: all.length, covered, percent: all.length === 0 ? 100 : Math.floor((covered / all.length) * 1000) / 10, nodes: all, uncovered };
    });
  }

  private nodesOf(compiled: CompiledRulebook): Map<string, NodeCoverage> {
    let nodes = this.counts.get(compiled.rulebook.id);
    if (nodes === undefined) {
      nodes = new Map(
        conditionNodes(compiled.rulebook).map(({ node }) => [
          node.id,
          { id: node.id, clause: `${node.source.document} ${node.source.clause}`, label: node.label, decidedPass: 0, decidedFail: 0 },
        ]),
      );
      this.counts.set(compiled.rulebook.id, nodes);
    }
    return nodes;
  }
}
