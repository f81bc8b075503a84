import { codeList, codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/**
 * What is said of the reviews of a round's holders after the round: a round not final, an award
 * that says nothing of after the round, a review of the wrong shape.
 *
 * @example
 * ```ts
 * AFTER_ROUND_MESSAGES["afterRound.notFinal"].zh({ status: "proposed" }); // "本轮评选结果尚未确定（proposed）：…"
 * ```
 */
export const AFTER_ROUND_MESSAGES = {
  "afterRound.none": defineMessage<{ award: string; rulebook: string }>({
    en: (p) => `award ${p.award} of rulebook ${p.rulebook} says nothing of what happens after the round (no afterRound)`,
    zh: (p) => `规则 ${codeSpan(p.rulebook)} 的奖项 ${codeSpan(p.award)} 未规定评选之后的管理（没有 \`afterRound\`）`,
  }),
  "afterRound.notARound": defineMessage({ en: () => "round must be a result of evaluateCohort", zh: () => "`round` 应为 `evaluateCohort` 的评选结果" }),
  "afterRound.notFinal": defineMessage<{ status: string }>({
    en: (p) => `the round is ${p.status}: its holders are known only once it is final (give the committee's decisions, break the ties, settle the pending applicants)`,
    zh: (p) => `本轮评选结果尚未确定（${p.status}）：须待评审委员会作出决定、并列得到解决、待审核的申报审核完毕后，方能确定示范人员`,
  }),
  "review.notList": defineMessage({
    en: () => "reviews must be a list of { recordId, date, outcome }",
    zh: () => "`reviews` 应为考核记录的列表，每条为 `{ recordId, date, outcome }`",
  }),
  "review.notObject": defineMessage({ en: () => "a review is an object { recordId, date, outcome }", zh: () => "每条考核记录应为对象 `{ recordId, date, outcome }`" }),
  "review.notHolder": defineMessage<{ got: string }>({ en: (p) => `${p.got} is not a holder of this round`, zh: (p) => `${codeSpan(p.got)} 不是本轮的获评人员` }),
  "review.badDate": defineMessage({ en: () => "expected a real date written YYYY-MM-DD", zh: () => "应为日历上存在的日期，写作 年-月-日（如 2025-09-01）" }),
  "review.afterLedger": defineMessage<{ date: string; asOf: string }>({
    en: (p) => `a review dated ${p.date}, after the ledger's date ${p.asOf}`,
    zh: (p) => `考核日期 ${p.date} 晚于台账日期 ${p.asOf}`,
  }),
  "review.noProblemsFound": defineMessage({
    en: () => "problemsFound: this award's rule file gives no outcome for a review that finds problems short of failing (onProblemsFound)",
    zh: () => "`problemsFound`：该奖项的规则文件未规定考核发现问题但未到不合格时如何处理（`onProblemsFound`）",
  }),
  "review.badOutcome": defineMessage<{ outcomes: string[] }>({ en: (p) => `expected ${p.outcomes.join(", ")}`, zh: (p) => `应为以下之一：${codeList(p.outcomes)}` }),
  "review.unknownKey": defineMessage({ en: () => "unknown key (recordId, date, outcome expected)", zh: () => "未知的键（应为 `recordId`、`date` 或 `outcome`）" }),
  "review.afterLeaving": defineMessage<{ holder: string; date: string; left: boolean; since: string }>({
    en: (p) => `${p.holder} has a review on ${p.date} after ${p.left ? "leaving the post" : "the title was revoked"} on ${p.since}`,
    zh: (p) => `“${p.holder}”于 ${p.since} ${p.left ? "已离岗" : "已被撤销称号"}，却有 ${p.date} 的考核记录`,
  }),
} as const;
