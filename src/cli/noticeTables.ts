import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { roundDates } from "../cohort/roundDates.js";
import type { CohortResult } from "../cohort/types.js";
import { amountText } from "../evaluate/words.js";
import { messageText } from "../messages/registry.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { STATUS_WORDS } from "./batchText.js";

type Words = Parameters<typeof messageText>[0];

/**
 * A round's 公示 list and what goes with it, as tables in one language: the title, the lines under
 * it (date, count, the 公示 dates of the award's calendar, what is still outstanding), the 公示
 * list (name, department, category, level or grade, reward, clause: the awardees in the document's
 * order), every result, and what is outstanding (pending applicants with what they lack, ties,
 * decisions awaited).
 *
 * @example
 * ```ts
 * noticeTables(round, bundledRulebook(), "zh").awardees[0]; // ["序号", "姓名", "部门", "类别", "等级或等次", "奖励", "依据条款"]
 * ```
 */
export interface NoticeTables {
  title: string;
  lines: string[];
  awardees: string[][];
  results: string[][];
  outstanding: string[][];
}

/**
 * The tables of a round's 公示 list (see `NoticeTables`), in Chinese or English.
 *
 * @example
 * ```ts
 * noticeTables(round, bundledRulebook(), "zh").title; // "2026 年度优质服务示范岗拟定名单（待评审委员会审定）"
 * ```
 */
export function noticeTables(round: CohortResult, compiled: CompiledRulebook, language: "zh" | "en"): NoticeTables {
  const say = (id: Words, params: object = {}): string => messageText(id, params as never, language);
  const levelAward = compiled.awards.find((entry) => entry.award.id === round.awardId)?.award;
  const scored = compiled.scoredAwards.find((entry) => entry.award.id === round.awardId)?.award;
  const label = (levelAward?.label ?? scored?.label)?.[language] ?? round.awardId;
  const categories = new Map<string, BilingualText>([...(levelAward?.categories ?? []), ...(scored?.categories ?? [])].map((category) => [category.id, category.label]));
  const levels = new Map((levelAward?.levels ?? []).map((level) => [level.level, level.label]));
  const grades = new Map((scored?.grades?.bands ?? []).map((band) => [band.grade, band.label]));
  const placedAs = (level: number | null, grade: string | null): string =>
    level !== null ? (levels.get(level)?.[language] ?? String(level)) : grade !== null ? (grades.get(grade)?.[language] ?? grade) : "";
  const proposed = round.awardees.some((awardee) => awardee.status === "proposed");
  const lines = [say("words.noticeAsOf", { asOf: round.asOf, count: round.awardees.length })];
  if (levelAward?.calendar !== undefined) {
    const dates = roundDates(compiled, { year: round.roundYear, award: round.awardId });
    const text = say("words.noticeDates", { ...(dates.reviewAndPublicationBy ? { by: dates.reviewAndPublicationBy } : {}), ...(dates.demonstrationPeriod ?? {}) });
    if (text !== "") lines.push(text);
  }
  const { pending, decisions } = round.outstanding;
  if (round.status === "provisional") lines.push(say("words.noticeOutstanding", { pending: pending.length, ties: round.ties.length, decisions: decisions.length }));
  const awardees = [
    ["words.number.col", "words.name", "words.department", "words.category", "words.levelOrGrade", "words.reward", "words.clause"].map((id) => say(id as Words)),
    ...round.awardees.map((awardee, index) => [
      String(index + 1),
      awardee.name ?? awardee.recordId,
      awardee.departmentLabel?.[language] ?? awardee.department ?? "",
      awardee.categoryLabel?.[language] ?? awardee.category ?? "",
      awardee.levelLabel?.[language] ?? awardee.gradeLabel?.[language] ?? placedAs(awardee.level, awardee.grade),
      awardee.reward === null ? "" : amountText(awardee.reward.value, awardee.reward.unit, language),
      awardee.citation,
    ]),
  ];
  const results = [
    ["words.recordId", "words.name", "words.department", "words.category", "words.status", "words.levelOrGrade", "words.reasons"].map((id) => say(id as Words)),
    ...round.placements.map((placement) => [
      placement.recordId,
      placement.name ?? "",
      placement.department ?? "",
      placement.category === null ? "" : (categories.get(placement.category)?.[language] ?? placement.category),
      STATUS_WORDS[placement.status][language],
      placedAs(placement.level, placement.grade),
      placement.reasons.map((reason) => reason[language]).join(language === "zh" ? "；" : "; "),
    ]),
  ];
  const outstanding = [
    ["words.kind", "words.recordId", "words.name", "words.detail"].map((id) => say(id as Words)),
    ...pending.map((entry) => [say("words.pending"), entry.recordId, entry.name ?? "", say("words.missing", { missing: entry.missing })]),
    ...round.ties.map((tie) => [
      say("words.tie"),
      tie.candidates.join(language === "zh" ? "、" : ", "),
      "",
      `${say("words.tiePlaces", { places: tie.places, candidates: tie.candidates })}（${tie.citation}）`,
    ]),
    ...decisions.map((entry) => [say("words.awaited"), entry.recordId, entry.name ?? "", entry.outcome[language]]),
  ];
  return { title: say("words.noticeTitle", { award: label, year: round.roundYear, proposed }), lines, awardees, results, outstanding };
}
