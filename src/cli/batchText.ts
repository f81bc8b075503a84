import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { eachPlacement } from "../cohort/eachPlacement.js";
import type { CohortResult, Placement, QuotaLine } from "../cohort/types.js";
import type { BilingualText } from "../schema/rulebookTypes.js";

/**
 * A placement's status in words.
 *
 * @example
 * ```ts
 * STATUS_WORDS.placed.zh; // "获评"
 * ```
 */
export const STATUS_WORDS: Readonly<Record<Placement["status"], BilingualText>> = {
  placed: { zh: "获评", en: "placed" },
  proposed: { zh: "拟定（待评审决定）", en: "proposed" },
  notPlaced: { zh: "未获评", en: "notPlaced" },
  notApplied: { zh: "未申报", en: "notApplied" },
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
  out(headline(round, names.award, language));
  for (const quota of round.quotas) out(language === "en" ? quotaLineEn(quota) : quotaLineZh(quota));
  for (const placement of eachPlacement(round)) {
    const status = STATUS_WORDS[placement.status]?.[language] ?? placement.status;
    out(
      `${placement.recordId}\t${status}\t${placedAs(placement, names, language)}\t${placement.reasons.map((reason) => reason[language]).join(language === "zh" ? "｜" : " | ")}\n`,
    );
  }
}

/** The round's first line: the award, the date, how many candidates and applicants, final or what is outstanding. */
function headline(round: CohortResult, award: BilingualText | undefined, language: "zh" | "en"): string {
  const { pending, decisions } = round.outstanding;
  if (language === "en") {
    const waiting = pending.length + decisions.length + round.ties.length;
    const outstanding = waiting > 0 ? ` (outstanding: ${pending.length} pending, ${round.ties.length} tie(s), ${decisions.length} decision(s))` : "";
    return `${round.awardId} · ${round.asOf} · ${round.candidates} candidates, ${round.applicants} applied · ${round.status}${outstanding}\n`;
  }
  const status = round.status === "provisional" ? `结果暂定：待审核 ${pending.length} 名，并列 ${round.ties.length} 处，待评审决定 ${decisions.length} 名` : "结果已定";
  return `${award?.zh ?? round.awardId} · 评定日期 ${round.asOf} · 候选人 ${round.candidates} 名（申报 ${round.applicants} 名） · ${status}\n`;
}

/** A quota line in English: its places, how many are placed, proposed, tied and empty, and its cut. */
function quotaLineEn(quota: QuotaLine): string {
  const parts = [
    `${quota.placed} placed`,
    ...(quota.proposed > 0 ? [`${quota.proposed} proposed`] : []),
    ...(quota.provisional > 0 ? [`${quota.provisional} in ties`] : []),
    ...(quota.empty ? [`${quota.empty} empty`] : []),
  ];
  return `  ${quota.key}: ${quota.quota === null ? "no limit" : `${quota.quota} place(s)`}; ${parts.join(", ")}${quota.cut ? ` (cut: ${quota.cut})` : ""}${quota.note ? ` — ${quota.note.en}` : ""}\n`;
}

/** A quota line in Chinese, its label from the rulebook. */
function quotaLineZh(quota: QuotaLine): string {
  const parts = [
    `已评 ${quota.placed}`,
    ...(quota.proposed > 0 ? [`拟定 ${quota.proposed}`] : []),
    ...(quota.provisional > 0 ? [`并列待定 ${quota.provisional}`] : []),
    ...(quota.empty ? [`空缺 ${quota.empty}`] : []),
  ];
  return `  ${quota.label.zh}：名额 ${quota.quota === null ? "不限" : quota.quota}，${parts.join("，")}${quota.cut ? `（${cutZh(quota.cut)}）` : ""}${quota.note ? `；${quota.note.zh}` : ""}\n`;
}

/** What a placement is at: its level or grade, in words. */
function placedAs(placement: Placement, names: ReturnType<typeof namesOf>, language: "zh" | "en"): string {
  if (language === "en") return placement.level !== null ? `level ${placement.level}` : (placement.grade ?? "");
  if (placement.level !== null) return names.levelNumbers.get(placement.level)?.zh ?? `${placement.level} 级`;
  return placement.grade === null ? "" : (names.grades.get(placement.grade)?.zh ?? placement.grade);
}
