import { defineMessage } from "../../text/defineMessage.js";
import type { Pair } from "./words.js";

/** A review's date and the clause that says what follows from it. */
type Dated = { date: string; citation: string };

/**
 * What is said of a round's holders after the round: each review and what follows from it, a
 * place left empty, the end of the term, when reviews are due; and the changes a level still needs.
 *
 * @example
 * ```ts
 * HOLDER_MESSAGES["holder.left"].zh({ date: "2026-03-01" }); // "2026-03-01 不能继续履岗（调动、退休等）"
 * ```
 */
export const HOLDER_MESSAGES = {
  "holder.passed": defineMessage<Dated>({
    en: (p) => `passed the review of ${p.date}; keeps the title (${p.citation})`,
    zh: (p) => `${p.date} 考核合格，保留称号 (${p.citation})`,
  }),
  "holder.passedEffect": defineMessage<{ effect: Pair; citation: string }>({
    en: (p) => `passed: ${p.effect.en} (${p.citation})`,
    zh: (p) => `考核合格：${p.effect.zh} (${p.citation})`,
  }),
  "holder.problemsFound": defineMessage<Dated & { effect: Pair }>({
    en: (p) => `the review of ${p.date} found problems: ${p.effect.en} (${p.citation})`,
    zh: (p) => `${p.date} 考核发现问题：${p.effect.zh} (${p.citation})`,
  }),
  "holder.revoked": defineMessage<Dated & { barred: boolean }>({
    en: (p) => `failed the review of ${p.date}: title revoked${p.barred ? ", barred from the next round" : ""} (${p.citation})`,
    zh: (p) => `${p.date} 考核不合格，撤销称号${p.barred ? "，禁止在下一轮申报" : ""} (${p.citation})`,
  }),
  "holder.failedNotRevoked": defineMessage<Dated>({
    en: (p) => `failed the review of ${p.date}; the rules revoke nothing (${p.citation})`,
    zh: (p) => `${p.date} 考核不合格，规则未定撤销 (${p.citation})`,
  }),
  "holder.left": defineMessage<{ date: string }>({ en: (p) => `left the post on ${p.date} (transfer, retirement…)`, zh: (p) => `${p.date} 不能继续履岗（调动、退休等）` }),
  "holder.vacancy": defineMessage<{ recordId: string; left: boolean; refill: boolean; citation: string }>({
    en: (p) => `${p.recordId}'s place, left empty ${p.left ? "by leaving the post" : "by revocation"}, is ${p.refill ? "filled again" : "not filled again"} (${p.citation})`,
    zh: (p) => `${p.recordId} 的称号${p.left ? "因离岗" : "被撤销"}空出，${p.refill ? "可增补" : "不再增补"} (${p.citation})`,
  }),
  "holder.termEnded": defineMessage<Dated>({ en: (p) => `the term ended on ${p.date} (${p.citation})`, zh: (p) => `示范期于 ${p.date} 届满 (${p.citation})` }),
  "holder.reviewsOnCalendar": defineMessage<{ dates: string[]; citation: string }>({
    en: (p) => `on the calendar: ${p.dates.join(", ") || "none given"} (${p.citation})`,
    zh: (p) => `按日程：${p.dates.join("、") || "未定"} (${p.citation})`,
  }),
  "holder.reviewsEachSemester": defineMessage<{ citation: string }>({
    en: (p) => `once a semester; the document gives no dates (${p.citation})`,
    zh: (p) => `每学期一次，文件未定具体日期 (${p.citation})`,
  }),
  "gap.step": defineMessage<{ label: Pair; unknown: boolean; missing: string[]; clearsOn: string | null; citation: string }>({
    en: (p) => {
      const extra = [
        ...(p.unknown ? [`not yet known: needs ${p.missing.join(", ") || "input"}`] : []),
        ...(p.clearsOn ? [`the blocking record leaves its window on ${p.clearsOn}`] : []),
      ];
      return `${p.label.en}${extra.length > 0 ? ` (${extra.join("; ")})` : ""} (${p.citation})`;
    },
    zh: (p) => {
      const extra = [...(p.unknown ? [`尚不确定，缺 ${p.missing.join("、") || "信息"}`] : []), ...(p.clearsOn ? [`阻碍记录于 ${p.clearsOn} 移出期限`] : [])];
      return `${p.label.zh}${extra.length > 0 ? `（${extra.join("；")}）` : ""} (${p.citation})`;
    },
  }),
  "gap.needsOneOf": defineMessage<{ category: Pair; level: Pair; options: Pair[][]; partial: boolean }>({
    en: (p) =>
      `${p.level.en}, ${p.category.en}, needs one of: ${p.options.map((option, index) => `(${index + 1}) ${option.map((step) => step.en).join(" and ")}`).join("; ")}${
        p.partial ? " (more combinations exist; the smallest are listed)" : ""
      }`,
    zh: (p) =>
      `${p.category.zh}${p.level.zh}尚需满足以下之一：${p.options.map((option, index) => `(${index + 1}) ${option.map((step) => step.zh).join(" 且 ")}`).join("；")}${
        p.partial ? "（另有其他组合，此处仅列出最小的几种）" : ""
      }`,
  }),
  "gap.topGrade": defineMessage({ en: () => "Already in the top grade, or the award has no grades.", zh: () => "已在最高等次，或本项无等次。" }),
  "gap.pointsToGrade": defineMessage<{ grade: Pair; strictly: boolean; need: number | null; rooms: { label: Pair; room: number }[]; blockers: Pair[] }>({
    en: (p) => {
      const rooms = p.rooms.map((entry) => `${entry.label.en} (${entry.room})`).join(", ");
      const blockers = p.blockers.map((entry) => entry.en).join("; ");
      return `${p.grade.en} needs ${p.strictly ? "more than " : ""}${p.need ?? "?"} more point(s); room: ${rooms || "none"}${blockers ? `; and these must clear: ${blockers}` : ""}`;
    },
    zh: (p) => {
      const rooms = p.rooms.map((entry) => `${entry.label.zh} (${entry.room})`).join("、");
      const blockers = p.blockers.map((entry) => entry.zh).join("；");
      return `达到“${p.grade.zh}”还需${p.strictly ? "超过" : ""} ${p.need ?? "?"} 分；可得分处：${rooms || "无"}${blockers ? `；另须消除：${blockers}` : ""}`;
    },
  }),
} as const;
