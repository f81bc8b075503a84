import type { Shape } from "./shape.js";

/** The shapes of the results a caller may pass back in: every field their readers use. */
const text: Shape = { fields: { zh: "string", en: "string" } };
/** A text the library wrote from the message catalog: its words, and the message's id and params where it has them. */
const said: Shape = { fields: { zh: "string", en: "string", messageId: { optional: "string" }, params: { optional: { table: "any" } } } };
const status: Shape = { oneOf: ["pass", "fail", "unknown"] };
const reward: Shape = { nullable: { fields: { value: "number", unit: "string" } } };
/** The revision a result came from; optional, so that a result stored before rule files carried one is read still. */
const revision: Shape = { optional: { fields: { rulebookId: "string", version: "string", effectiveFrom: { nullable: "string" }, effectiveTo: { nullable: "string" } } } };
const outsidePeriod: Shape = { optional: { nullable: { oneOf: ["before", "after"] } } };

/**
 * A trace node and its children, as `evaluate` and `evaluateScored` give them.
 *
 * @example
 * ```ts
 * checkShape(node, TRACE_NODE, ["node"]);
 * ```
 */
export const TRACE_NODE: Shape = {
  fields: {
    id: "string",
    kind: { oneOf: ["all", "any", "not", "atLeast", "leaf"] },
    atLeast: { optional: "number" },
    status,
    interpretation: { optional: { fields: { reading: "string", zh: { optional: { fields: { reading: "string" } } } } } },
    rule: { optional: { fields: { fact: "string", operator: "string", value: "any" } } },
    label: text,
    citation: "string",
    reason: text,
    facts: { list: { fields: { fact: "string", path: { optional: "string" }, value: "any" } } },
    missing: { list: "string" },
    children: { list: () => TRACE_NODE },
  },
};
const node: Shape = { nullable: TRACE_NODE };

/**
 * An evaluation result's head: every field but its traces (checked alone when the traces are
 * the library's own, not yet seen by a caller).
 *
 * @example
 * ```ts
 * checkShape(head, RESULT_HEAD, ["result"]);
 * ```
 */
export const RESULT_HEAD = {
  fields: {
    awardId: "string",
    recordId: "string",
    asOf: "string",
    revision,
    outsideEffectivePeriod: outsidePeriod,
    status: { oneOf: ["qualified", "notQualified", "pendingReview", "refused", "notApplied"] },
    category: { nullable: "string" },
    level: { nullable: "number" },
    reward,
    ifApplied: { optional: { nullable: { fields: { status: "string", category: { nullable: "string" }, level: { nullable: "number" }, reward } } } },
    refusal: { list: { fields: { id: "string", reason: said, citation: "string" } } },
    missingFacts: { list: "string" },
    summary: said,
  },
} satisfies Shape;

/**
 * An evaluation result (`evaluate`), or its JSON copy.
 *
 * @example
 * ```ts
 * checkShape(result, EVALUATION_RESULT, ["result"]);
 * ```
 */
export const EVALUATION_RESULT: Shape = {
  fields: {
    ...RESULT_HEAD.fields,
    application: { nullable: { fields: { category: "string", date: "string", admission: node } } },
    requirements: node,
    categories: { list: { fields: { id: "string", label: text, audience: node, levels: { list: { fields: { level: "number", label: text, status, conditions: TRACE_NODE } } } } } },
    excludedCategories: { list: { fields: { id: "string", audience: TRACE_NODE } } },
  },
};

const scoreLine = (extra: Record<string, Shape>): Shape => ({ list: { fields: { id: "string", label: text, citation: "string", ...extra } } });
const score: Shape = { nullable: "number" };

/**
 * A scored result (`evaluateScored`), or its JSON copy.
 *
 * @example
 * ```ts
 * checkShape(result, SCORED_RESULT, ["result"]);
 * ```
 */
export const SCORED_RESULT: Shape = {
  fields: {
    awardId: "string",
    awardLabel: text,
    recordId: "string",
    candidateKind: "string",
    asOf: "string",
    revision,
    outsideEffectivePeriod: outsidePeriod,
    status: { oneOf: ["scored", "vetoed", "ineligible", "pendingReview", "refused", "notApplied"] },
    ifApplied: { optional: { nullable: { fields: { status: "string", grade: { nullable: "string" } } } } },
    audience: node,
    refusal: { list: { fields: { id: "string", reason: said, citation: "string" } } },
    eligibility: node,
    vetoes: { list: TRACE_NODE },
    sections: scoreLine({ items: scoreLine({ score, max: "number" }), subtotal: score, max: "number", printedMax: score }),
    rubricTotal: score,
    bonuses: scoreLine({ kind: "string", units: score, beforeCap: score, afterCap: score, cap: score, reason: said }),
    bonusBeforeCap: score,
    bonusAfterCap: score,
    components: scoreLine({ score, max: "number", weight: "number", weighted: score }),
    composite: score,
    score,
    grade: { nullable: "string" },
    gradeLabel: { nullable: text },
    gradeSteps: {
      list: { fields: { kind: { oneOf: ["band", "cap", "forced", "veto", "noBand"] }, id: "string", grade: { nullable: "string" }, status, reason: said, citation: "string" } },
    },
    prize: reward,
    consequences: scoreLine({ status, effect: text, reason: said, conditions: node }),
    missingFacts: { list: "string" },
    summary: said,
  },
};

/**
 * The inputs `requiredInputs` lists.
 *
 * @example
 * ```ts
 * checkShape(inputs, REQUIRED_INPUTS, ["inputs"]);
 * ```
 */
export const REQUIRED_INPUTS: Shape = {
  list: {
    fields: {
      key: "string",
      kind: { oneOf: ["field", "attestation", "measure", "flag", "score"] },
      label: text,
      type: text,
      values: { optional: { list: "string" } },
      readBy: { list: "any" },
    },
  },
};

/**
 * A policy test report (`runPolicyTests`).
 *
 * @example
 * ```ts
 * checkShape(report, TEST_REPORT, ["report"]);
 * ```
 */
export const TEST_REPORT: Shape = {
  fields: {
    passed: "number",
    failed: "number",
    results: {
      list: {
        fields: {
          name: "string",
          nameZh: { optional: "string" },
          file: { optional: "string" },
          rulebook: "string",
          award: "string",
          passed: "boolean",
          failures: {
            list: { fields: { path: "string", expected: "any", actual: "any", message: text, shownZh: { optional: { fields: { expected: "string", actual: "string" } } } } },
          },
        },
      },
    },
  },
};

/**
 * A clause coverage (`ClauseCoverage.report`), as `formatCoverage` reads it.
 *
 * @example
 * ```ts
 * checkShape(coverage, COVERAGE, ["coverage"]);
 * ```
 */
export const COVERAGE: Shape = {
  list: {
    fields: {
      rulebook: "string",
      total: "number",
      covered: "number",
      percent: "number",
      uncovered: { list: { fields: { id: "string", clause: "string", label: text, missing: { oneOf: ["pass", "fail", "both"] } } } },
    },
  },
};

/**
 * A mutation check (`checkMutants`), as `formatMutation` reads it.
 *
 * @example
 * ```ts
 * checkShape(results, MUTATION, ["results"]);
 * ```
 */
export const MUTATION: Shape = {
  list: {
    fields: {
      rulebook: "string",
      total: "number",
      caught: "number",
      refused: "number",
      percent: "number",
      survived: { list: { fields: { item: "string", label: { optional: text }, clause: "string", description: text, equivalent: { optional: "string" } } } },
    },
  },
};

/**
 * Mutants shown equivalent, as `checkMutants` reads them.
 *
 * @example
 * ```ts
 * checkShape(equivalents, EQUIVALENTS, ["equivalents"]);
 * ```
 */
export const EQUIVALENTS: Shape = { list: { fields: { rulebook: "string", path: "string", description: "string", reason: "string", reasonZh: { optional: "string" } } } };
