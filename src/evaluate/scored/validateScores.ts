import type { CompiledScoredAward } from "../../compile/compileScored.js";
import { AwardRulesError, type Issue } from "../../errors/AwardRulesError.js";
import type { CandidateRecord } from "../../schema/candidate.js";

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
    if (max === undefined) {
      issues.push({
        code: "invalid_score",
        path,
        message: `${label} (${id}): the document fixes no points for it; a deployment must set its maximum (deployment.bonusMaxima)`,
        zh: `${label}：文件未规定其分值，须由实施单位设定最高分`,
        ruleId: id,
      });
    } else if (score < 0)
      issues.push({ code: "invalid_score", path, message: `${label} (${id}): a score cannot be negative (${score})`, zh: `${label}：得分不能为负数（${score}）`, ruleId: id });
    else if (score > max)
      issues.push({ code: "invalid_score", path, message: `${label} (${id}): ${score} is above its maximum ${max}`, zh: `${label}：得分 ${score} 超过最高分 ${max}`, ruleId: id });
  };
  for (const [id, score] of Object.entries(given.items ?? {})) {
    const entry = itemMax.get(id);
    if (!entry)
      issues.push({
        code: "invalid_score",
        path: ["scores", award.id, "items", id],
        message: `award ${award.id} has no item ${id}`,
        zh: `${award.label.zh}没有第 ${id} 项评分（共有 ${[...itemMax.keys()].join("、")} 项）`,
      });
    else check("items", id, score, entry.max, entry.label);
  }
  const components = new Map((award.composite?.components ?? []).map((component) => [component.id, component]));
  for (const [id, score] of Object.entries(given.components ?? {})) {
    const component = components.get(id);
    if (!component)
      issues.push({
        code: "invalid_score",
        path: ["scores", award.id, "components", id],
        message: `award ${award.id} has no component ${id}`,
        zh: `${award.label.zh}没有评分部分“${id}”（可用：${[...components.values()].map((entry) => `\`${entry.id}\`（${entry.label.zh}）`).join("、") || "无"}）`,
      });
    else check("components", id, score, component.max, component.label.zh);
  }
  if (issues.length > 0) throw new AwardRulesError(issues);
}
