import type { ResultText } from "../../messages/said.js";
import type { OutsidePeriod, RulebookRevision } from "../../compile/revision.js";
import type { BilingualText } from "../../schema/rulebookTypes.js";
import type { NodeStatus, TraceNode } from "../types.js";

/** One rubric item as scored. `score` is null when not given. */
export interface ItemScore {
  id: string;
  label: BilingualText;
  score: number | null;
  max: number;
  citation: string;
}

/** A rubric section: its items, its subtotal (null while an item is missing) and its maxima. */
export interface SectionScore {
  id: string;
  label: BilingualText;
  items: ItemScore[];
  subtotal: number | null;
  /** The sum of the items' maxima. */
  max: number;
  /** The maximum the document prints for the section, if it prints one. */
  printedMax: number | null;
  citation: string;
}

/** A bonus as computed: points before and after its cap. */
export interface BonusScore {
  id: string;
  label: BilingualText;
  kind: "perUnit" | "deploymentSet";
  units: number | null;
  beforeCap: number | null;
  afterCap: number | null;
  cap: number | null;
  reason: ResultText;
  citation: string;
}

/** A weighted component: its score, weight and contribution on the 100-point scale. */
export interface ComponentScore {
  id: string;
  label: BilingualText;
  score: number | null;
  max: number;
  weight: number;
  weighted: number | null;
  citation: string;
}

/** A consequence of the grade or of a condition (004 篇11: the bonus paid or stopped): whether it applies, and what follows. */
export interface ConsequenceResult {
  id: string;
  label: BilingualText;
  /** `pass`: it applies; `fail`: it does not; `unknown`: not yet known. */
  status: NodeStatus;
  effect: BilingualText;
  /** A condition's trace reason, or the words of a consequence tied to grades (with its `messageId` and `params`). */
  reason: ResultText;
  citation: string;
  /** The condition's trace, for a consequence tied to a condition; null for one tied to grades. */
  conditions: TraceNode | null;
}

/** A step that settled the grade: the band, a cap that lowered it, a forced grade, or a veto. */
export interface GradeStep {
  kind: "band" | "cap" | "forced" | "veto" | "noBand";
  id: string;
  grade: string | null;
  status: NodeStatus;
  reason: ResultText;
  citation: string;
}

/**
 * A candidate's evaluation against a scored award: eligibility, every veto checked, the rubric
 * with section subtotals, bonuses before and after caps, weighted components, the score, the grade
 * and every step that settled it, the prize, and the facts still missing.
 */
export interface ScoredResult {
  awardId: string;
  /** The award's name, as the rule file gives it. */
  awardLabel: BilingualText;
  recordId: string;
  candidateKind: string;
  asOf: string;
  /** Which revision of the policy gave this result: the rule file's id, version and effective period (one frozen object per rulebook). */
  revision: RulebookRevision;
  /** `"before"` or `"after"` when the as-of date falls outside the policy's effective period (the result is given all the same); null within it. */
  outsideEffectivePeriod: OutsidePeriod;
  /**
   * `refused`: outside whom the award covers, or outside the organisations that take part (see
   * `refusal`); `notApplied`: the award takes applicants only and the record holds no application
   * for it (see `ifApplied`).
   */
  status: "scored" | "vetoed" | "ineligible" | "pendingReview" | "refused" | "notApplied";
  /** For a record that did not apply (status `notApplied`): what it would come to if it applied; null otherwise. */
  ifApplied: { status: "scored" | "vetoed" | "ineligible" | "pendingReview"; grade: string | null } | null;
  /** Who the award covers, as evaluated; null when it covers everyone. */
  audience: TraceNode | null;
  /** Why a record is refused: the audience conditions it fails, with their clauses. */
  refusal: { id: string; reason: ResultText; citation: string }[];
  eligibility: TraceNode | null;
  vetoes: TraceNode[];
  sections: SectionScore[];
  rubricTotal: number | null;
  bonuses: BonusScore[];
  bonusBeforeCap: number | null;
  bonusAfterCap: number | null;
  components: ComponentScore[];
  composite: number | null;
  /** The score grades are read from: the weighted composite if the award has one, else rubric total + bonus. */
  score: number | null;
  grade: string | null;
  gradeLabel: BilingualText | null;
  gradeSteps: GradeStep[];
  prize: { value: number; unit: string } | null;
  consequences: ConsequenceResult[];
  missingFacts: string[];
  summary: ResultText;
}
