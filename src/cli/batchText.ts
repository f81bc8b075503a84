import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { eachPlacement } from "../cohort/eachPlacement.js";
import type { CohortResult, Placement } from "../cohort/types.js";
import type { BilingualText } from "../schema/primitives.js";

/** A placement's status in words. */
const STATUS_WORDS: Readonly<Record<Placement["status"], BilingualText>> = {
  placed: { zh: "获评", en: "placed" },
  notPlaced: { zh: "未获评", en: "notPlaced" },
  provisional: { zh: "暂定（待评审委员会决定）", en: "provisional" },
  refused: { zh: "不予受理", en: "refused" },
  notQualified: { zh: "不符合条件", en: "notQualified" },
  pendingReview: { zh: "待审核", en: "pendingReview" },
  vetoed: { zh: "一票否决", en: "vetoed" },
  ineligible: { zh: "不具备申报资格", en: "ineligible" },
};

/** The names a round's text uses: the award's, its levels', its categories' and its grades' labels. */
function namesOf(compiled: CompiledRulebook, awardId: string) {
  const levelAward = compiled.awards.find((entry) => entry.award.id === awardId)?.award;
  const scored = compiled.scoredAwards.find((entry) => entry.award.id === awardId)?.award;
  const levels = new Map((levelAward?.levels ?? []).map((level) => [`level ${level.level}`, level.label]));
  const levelNumbers = new Map((levelAward?.levels ?? []).map((level) => [level.level, level.label]));
  const buckets = new Map((scored?.categories ?? []).map((category) => [category.id, category.label]));
  const grades = new Map((scored?.grades?.bands ?? []).map((band) => [band.grade, band.label]));
  return { award: levelAward?.label ?? scored?.label, levels, levelNumbers, buckets, grades };
}

/** A quota's cut (`last placed R-3 (3rd of 40)` or a score) in Chinese. */
function cutZh(cut: string): string {
  const last = /^last placed (.*) \((\d+)\S* of (\d+)\)$/.exec(cut);
  return last ? `末位入选 ${last[1]}（第 ${last[2]} 名，共 ${last[3]} 名）` : `分数线 ${cut}`;
}

/**
 * Writes a round as text, a line at a time: a heading, one line per quota, then one line per
 * placement in record-id order (made as it is written: see `eachPlacement`). In Chinese every word
 * is Chinese: the award's, levels' and grades' labels from the rulebook, statuses in words.
 *
 * @example
 * ```ts
 * writeRoundText(round, compiled, "zh", (text) => process.stdout.write(text));
 * // 年度后勤服务标兵评选 · 评定日期 2026-11-26 · 候选人 18 名 …
 * ```
 */
export function writeRoundText(round: CohortResult, compiled: CompiledRulebook, language: "zh" | "en", out: (text: string) => void): void {
  const names = namesOf(compiled, round.awardId);
  if (language === "en") out(`${round.awardId} · ${round.asOf} · ${round.candidates} candidates\n`);
  else {
    const status = round.status === "provisional" ? "结果暂定：有并列待评审委员会决定" : "结果已定";
    out(`${names.award?.zh ?? round.awardId} · 评定日期 ${round.asOf} · 候选人 ${round.candidates} 名 · ${status}\n`);
  }
  for (const quota of round.quotas) {
    if (language === "en") {
      out(`  ${quota.key}: ${quota.placed} of ${quota.quota} placed${quota.cut ? ` (cut: ${quota.cut})` : ""}\n`);
      continue;
    }
    const label = names.levels.get(quota.key)?.zh ?? names.buckets.get(quota.key)?.zh ?? (quota.key === "all" || quota.key === round.awardId ? "全体" : quota.key);
    out(`  ${label}：名额 ${quota.quota === null ? "不限" : quota.quota}，已评 ${quota.placed}${quota.cut ? `（${cutZh(quota.cut)}）` : ""}\n`);
  }
  for (const placement of eachPlacement(round)) {
    const status = STATUS_WORDS[placement.status]?.[language] ?? placement.status;
    let what: string;
    if (language === "en") what = placement.level !== null ? `level ${placement.level}` : (placement.grade ?? "");
    else if (placement.level !== null) what = names.levelNumbers.get(placement.level)?.zh ?? `${placement.level} 级`;
    else what = placement.grade === null ? "" : (names.grades.get(placement.grade)?.zh ?? placement.grade);
    out(`${placement.recordId}\t${status}\t${what}\t${placement.reasons.map((reason) => reason[language]).join(language === "zh" ? "｜" : " | ")}\n`);
  }
}
