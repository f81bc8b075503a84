import type { ResultText } from "../messages/said.js";
import type { OutsidePeriod, RulebookRevision } from "../compile/revision.js";
import type { BilingualText, Interpretation, Source, JsonValue } from "../schema/rulebookTypes.js";

export type { NodeStatus } from "../semantics/tri.js";
import type { NodeStatus } from "../semantics/tri.js";
import type { RulebookIds } from "../schema/rulebookIds.js";

/**
 * The outcome of an evaluation as a whole. `notApplied`: the award takes applicants only (its
 * candidacy is by application) and the record holds no application for it; `ifApplied` says
 * what it would come to.
 */
export type OverallStatus = "qualified" | "notQualified" | "pendingReview" | "refused" | "notApplied";

/**
 * What a record that did not apply would come to if it applied (the decision over the categories
 * open to it): qualified at a level of a category, or not qualified or pending review with neither.
 */
export type IfApplied<Ids extends RulebookIds = RulebookIds> =
  | { status: "qualified"; category: Ids["category"]; level: Ids["level"]; reward: Reward | null }
  | { status: "notQualified" | "pendingReview"; category: null; level: null; reward: null };

/** A level's reward: a value and its unit. */
export interface Reward {
  value: number;
  unit: string;
}

/** A fact a leaf read, with the params it was read with and its value (`undefined`: not given). */
export interface FactRead {
  fact: string;
  params?: Record<string, JsonValue> | undefined;
  path?: string | undefined;
  value: unknown;
}

/**
 * One node of a condition tree as evaluated: its id, status, the facts it read, and a reason
 * in Chinese and English that cites its clause.
 */
export interface TraceNode {
  id: string;
  kind: "all" | "any" | "not" | "atLeast" | "leaf";
  /** For an `atLeast` node: how many children must pass. */
  atLeast?: number | undefined;
  status: NodeStatus;
  label: BilingualText;
  source: Source;
  /** `000 §四(一)1(6)③` */
  citation: string;
  interpretation?: Interpretation | undefined;
  facts: FactRead[];
  /** For a leaf: the rule it applies (operator and value as written in the rule file). */
  rule?: { fact: string; operator: string; value: JsonValue };
  reason: BilingualText;
  /** Inputs whose absence leaves this leaf unknown. */
  missing: string[];
  children: TraceNode[];
}

/** One level of a category: its status (with the shared requirements and the audience), and its own conditions. */
export interface LevelResult {
  level: number;
  label: BilingualText;
  status: NodeStatus;
  conditions: TraceNode;
}

/** One category the person may apply for (audience pass or unknown). */
export interface CategoryResult {
  id: string;
  label: BilingualText;
  /** Who may apply, as evaluated; null when the category is open to everyone. */
  audience: TraceNode | null;
  levels: LevelResult[];
  /** The highest level (smallest number) passed, or null. */
  highestLevel: number | null;
}

/** Why an application is refused: the failing node and its reason. */
export interface Refusal {
  id: string;
  /** The words; `messageId` and `params` where the library wrote them (a condition's own reason has none). */
  reason: ResultText;
  citation: string;
}

/**
 * What every evaluation result holds, whatever its status (see `EvaluationResult`).
 */
export interface EvaluationCommon {
  awardId: string;
  recordId: string;
  asOf: string;
  roundYear: number;
  /** Which revision of the policy gave this result: the rule file's id, version and effective period (one frozen object per rulebook). */
  revision: RulebookRevision;
  /** `"before"` or `"after"` when the as-of date falls outside the policy's effective period (the result is given all the same); null within it. */
  outsideEffectivePeriod: OutsidePeriod;
  /** The application and its admission checks (null when the award has none). */
  application: { category: string; date: string; admission: TraceNode | null } | null;
  /** The requirements every category shares, as evaluated; null when the award has none. */
  requirements: TraceNode | null;
  categories: CategoryResult[];
  /** Categories the person may not apply for, with the audience node that says so. */
  excludedCategories: { id: string; audience: TraceNode }[];
  refusal: Refusal[];
  /** Inputs still needed to settle what is unknown, e.g. `attestation[party.1.1]`, `annualAppraisals[2024]`. */
  missingFacts: string[];
  /** One sentence in each language, with the catalog's `messageId` and `params` it was rendered from. */
  summary: ResultText;
}

/**
 * The outcome of an evaluation, told apart by `status`: `qualified` has the category and the
 * level reached (and the level's reward, if any); `notQualified`, `pendingReview` and `refused`
 * have none; `notApplied` says in `ifApplied` what an application would come to.
 *
 * @example
 * ```ts
 * const outcome: EvaluationOutcome = { status: "qualified", category: "staff", level: 2, reward: null, ifApplied: null };
 * ```
 */
export type EvaluationOutcome<Ids extends RulebookIds = RulebookIds> =
  | {
      status: "qualified";
      /** The category of the level reached; the category applied for is in `application`. */
      category: Ids["category"];
      /** The highest level passed (1 is the highest). */
      level: Ids["level"];
      reward: Reward | null;
      ifApplied: null;
    }
  | { status: "notQualified" | "pendingReview" | "refused"; category: null; level: null; reward: null; ifApplied: null }
  | {
      status: "notApplied";
      category: null;
      level: null;
      reward: null;
      /** What the record would come to if it applied. */
      ifApplied: IfApplied<Ids>;
    };

/**
 * A person's evaluation against one award as of a date, with a trace of every node. Narrow it by
 * `status`: after `result.status === "qualified"`, `result.level` is a number.
 *
 * @example
 * ```ts
 * const result: EvaluationResult = evaluate(bundledRulebook(), record, { asOf: "2026-11-26" });
 * if (result.status === "qualified") console.log(result.level + 0);
 * ```
 */
export type EvaluationResult<Ids extends RulebookIds = RulebookIds> = EvaluationCommon & EvaluationOutcome<Ids>;

/**
 * The verdicts alone (no trace): the fast path. Told apart by `status` as `EvaluationResult` is:
 * `qualified` has the category and level reached, `notApplied` has `ifApplied`.
 *
 * @example
 * ```ts
 * const verdict: VerdictResult = evaluateVerdicts(bundledRulebook(), record, { asOf: "2026-11-26" });
 * if (verdict.status === "qualified") console.log(verdict.level + 0);
 * ```
 */
export type VerdictResult<Ids extends RulebookIds = RulebookIds> = {
  /** Which revision of the policy gave this result: the rule file's id, version and effective period (one frozen object per rulebook). */
  revision: RulebookRevision;
  /** `"before"` or `"after"` when the as-of date falls outside the policy's effective period (the result is given all the same); null within it. */
  outsideEffectivePeriod: OutsidePeriod;
  /** category id → status of each level, highest first. */
  levels: Record<string, NodeStatus[]>;
} & (
  | { status: "qualified"; category: Ids["category"]; level: Ids["level"]; ifApplied?: undefined }
  | { status: "notQualified" | "pendingReview" | "refused"; category: null; level: null; ifApplied?: undefined }
  | {
      status: "notApplied";
      category: null;
      level: null;
      /** What the record would come to if it applied. */
      ifApplied: { status: "qualified"; category: Ids["category"]; level: Ids["level"] } | { status: "notQualified" | "pendingReview"; category: null; level: null };
    }
);
