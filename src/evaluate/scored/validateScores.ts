import type { CompiledScoredAward } from "../../compile/compileScored.js";
import { AwardRulesError, type Issue } from "../../errors/AwardRulesError.js";
import { issueOf } from "../../messages/issueOf.js";
import type { CandidateRecord } from "../../schema/recordTypes.js";

/** Maxima a deployment sets for bonus items whose points the document does not fix (002 items 18–20). */
export interface Deployment {
  bonusMaxima?: Record<string, number>;
}

/**
 * Checks the scores a record gives for an award: every item and component must exist, and each
 * score must be between 0 and its maximum. A deployment-set bonus item is accepted only when the
 * deployment gives its maximum. Every problem is reported at once (`invalid_score`), naming the
 * item and its path.
 *
 * @example
 * ```ts
 * validateScores(compiledAward, record, {}); // throws for { items: { "6": 25 } } when item 6 is out of 20
 * ```
 */
export function validateScores(compiled: CompiledScoredAward, record: CandidateRecord, deployment: Deployment): void {
  const { award } = compiled;
  const given = record.scores?.[award.id];
  if (given === undefined) return;
  const issues: Issue[] = [];
  const itemMax = new Map<string, { max: number | undefined; label: string }>();
  for (const section of award.rubric?.sections ?? []) {
    for (const item of section.items) itemMax.set(item.id, { max: item.max, label: item.label.zh });
  }
  for (const bonus of award.bonuses) {
    if (bonus.kind === "deploymentSet") itemMax.set(bonus.id, { max: deployment.bonusMaxima?.[bonus.id], label: bonus.label.zh });
  }
  const check = (kind: "items" | "components", id: string, score: number, max: number | undefined, label: string): void => {
    const path = ["scores", award.id, kind, id];
    if (max === undefined) issues.push(issueOf("invalid_score", path, "score.noMaximum", { id, label }, { ruleId: id }));
    else if (score < 0) issues.push(issueOf("invalid_score", path, "score.negative", { id, label, score }, { ruleId: id }));
    else if (score > max) issues.push(issueOf("invalid_score", path, "score.aboveMaximum", { id, label, score, max }, { ruleId: id }));
  };
  for (const [id, score] of Object.entries(given.items ?? {})) {
    const entry = itemMax.get(id);
    if (!entry)
      issues.push(issueOf("invalid_score", ["scores", award.id, "items", id], "score.unknownItem", { award: award.id, awardZh: award.label.zh, id, items: [...itemMax.keys()] }));
    else check("items", id, score, entry.max, entry.label);
  }
  const components = new Map((award.composite?.components ?? []).map((component) => [component.id, component]));
  for (const [id, score] of Object.entries(given.components ?? {})) {
    const component = components.get(id);
    if (!component) {
      const known = [...components.values()].map((entry) => ({ id: entry.id, label: entry.label.zh }));
      issues.push(issueOf("invalid_score", ["scores", award.id, "components", id], "score.unknownComponent", { award: award.id, awardZh: award.label.zh, id, components: known }));
    } else check("components", id, score, component.max, component.label.zh);
  }
  if (issues.length > 0) throw new AwardRulesError(issues);
}
