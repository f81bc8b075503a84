import { defineMessage } from "../../text/defineMessage.js";
import type { Pair } from "./words.js";

/**
 * What a round notes: places left empty on a quota line, a record's claim the previous round
 * overrides, a second application refused, the committee's decisions and their date.
 *
 * @example
 * ```ts
 * ROUND_NOTE_MESSAGES["quota.roundPlacesEmpty"].zh({ empty: 2 }); // "本轮 2 个名额空缺，不另增补"
 * ```
 */
export const ROUND_NOTE_MESSAGES = {
  "quota.roundShort": defineMessage<{ room: number; empty: number; label: Pair; level: number }>({
    en: (p) => `only ${p.room} of the round's places were left: ${p.empty} level-${p.level} place(s) stay empty`,
    zh: (p) => `本轮名额余额仅 ${p.room} 名，${p.empty} 个${p.label.zh}名额空缺`,
  }),
  "quota.fewAtLevel": defineMessage<{ contenders: number; empty: number; label: Pair; level: number }>({
    en: (p) => `only ${p.contenders} contender(s) for level ${p.level}: ${p.empty} place(s) stay empty`,
    zh: (p) => `符合${p.label.zh}条件的竞争者仅 ${p.contenders} 名，${p.empty} 个名额空缺`,
  }),
  "quota.roundTotal": defineMessage({ en: () => "the round in all", zh: () => "本轮合计" }),
  "quota.roundPlacesEmpty": defineMessage<{ empty: number }>({ en: (p) => `${p.empty} of the round's places stay empty`, zh: (p) => `本轮 ${p.empty} 个名额空缺，不另增补` }),
  "quota.shareGivesNone": defineMessage<{ percent: number }>({
    en: (p) => `${p.percent}% rounds to 0 place(s) here: there is no place, not a full quota`,
    zh: (p) => `按 ${p.percent}% 计算，名额取整后为 0 名：此处本无名额，并非名额已满`,
  }),
  "quota.noPlaces": defineMessage({ en: () => "no places here", zh: () => "此处没有名额" }),
  "quota.nobodyPutForward": defineMessage<{ empty: number }>({
    en: (p) => `nobody put forward or qualified: ${p.empty} place(s) stay empty`,
    zh: (p) => `无人报送或无人符合条件，${p.empty} 个名额空缺`,
  }),
  "quota.fewQualified": defineMessage<{ contenders: number; empty: number }>({
    en: (p) => `only ${p.contenders} contender(s): ${p.empty} place(s) stay empty`,
    zh: (p) => `符合条件者仅 ${p.contenders} 名，${p.empty} 个名额空缺`,
  }),
  "place.noShare": defineMessage<{ percent: number; of: Pair; bucket: string; rounding: string; citation: string }>({
    en: (p) => `no place: ${p.percent}% of ${p.of.en} gives ${p.bucket} 0 place(s) once rounded (${p.rounding}); there is no place to fill, not a full quota (${p.citation})`,
    zh: (p) => `无名额：按${p.of.zh}的 ${p.percent}% 计，${p.bucket} 的名额${p.rounding === "floor" ? "向下取整" : "取整"}为 0 名，此名额本不存在，并非已满 (${p.citation})`,
  }),
  "place.none": defineMessage<{ bucket: string; citation: string }>({
    en: (p) => `no place: ${p.bucket} has no places (${p.citation})`,
    zh: (p) => `无名额：${p.bucket} 没有名额 (${p.citation})`,
  }),
  "place.atLevel": defineMessage<{ place: Pair; level: number }>({ en: (p) => `${p.place.en}; placed at level ${p.level}`, zh: (p) => `${p.place.zh}；获评${p.level}级` }),
  "place.movedDown": defineMessage<{ place: Pair; level: number }>({
    en: (p) => `${p.place.en}; level full, moved to level ${p.level}`,
    zh: (p) => `${p.place.zh}；名额已满，转入${p.level}级`,
  }),
  "place.levelFull": defineMessage<{ place: Pair; leaveOut: boolean }>({
    en: (p) => `${p.place.en}; level full${p.leaveOut ? " and the setting leaves qualifiers out" : " and no lower level passed"}: not placed`,
    zh: (p) => `${p.place.zh}；名额已满${p.leaveOut ? "，按设置不转入低一级" : "，且无其他符合条件的较低等级"}，未获评`,
  }),
  "place.placed": defineMessage<{ place: Pair }>({ en: (p) => `${p.place.en}: placed`, zh: (p) => `${p.place.zh}：入选` }),
  "place.overGradeQuota": defineMessage<{ place: Pair; grade: Pair }>({
    en: (p) => `${p.place.en}: over the quota, graded ${p.grade.en}`,
    zh: (p) => `${p.place.zh}：超出比例，等次定为${p.grade.zh}`,
  }),
  "place.quotaFull": defineMessage<{ place: Pair }>({ en: (p) => `${p.place.en}: quota full, not placed`, zh: (p) => `${p.place.zh}：名额已满，未入选` }),
  "round.noLevel": defineMessage({ en: () => "qualifies for no level", zh: () => "不符合任何等级的条件" }),
  "round.revokedClaimOverridden": defineMessage<{ claimed: boolean }>({
    en: (p) => `the record says ${p.claimed ? "" : "not "}revoked last round; the previous round's results decide`,
    zh: (p) => `记录称上一轮${p.claimed ? "" : "未"}被撤销，以上一轮结果为准`,
  }),
  "round.scoreOutsideBands": defineMessage<{ score: number }>({
    en: (p) => `score ${p.score} falls in no band: the grade must be decided`,
    zh: (p) => `得分 ${p.score} 不在任何等次范围内，须另定等次`,
  }),
  "round.tooManyTies": defineMessage({
    en: () => "the ties are too many to work through: everyone they may touch is provisional",
    zh: () => "并列情形过多，未能逐一推演：受其影响者均列为暂定",
  }),
  "round.repeatApplication": defineMessage<{ allowed: number; kept: string[]; citation: string | null }>({
    en: (p) =>
      `${p.allowed} application(s) per person per round: this person's application ${p.kept.join(", ")} stands; this one is refused${p.citation === null ? "" : ` (${p.citation})`}`,
    zh: (p) => `每人每轮只能申报 ${p.allowed} 次：本人另有申报（${p.kept.join("、")}）在先，本份不予受理${p.citation === null ? "" : ` (${p.citation})`}`,
  }),
  "committee.decidedLate": defineMessage<{ date: string; due: string; citation: string }>({
    en: (p) => `the committee decided on ${p.date}, after the ${p.due} the document sets (${p.citation})`,
    zh: (p) => `评审决定日期 ${p.date} 晚于文件规定的 ${p.due} (${p.citation})`,
  }),
  "committee.decidedAwarded": defineMessage<{ body: Pair; date: string; what: Pair; citation: string }>({
    en: (p) => `${p.body.en} decided on ${p.date}: awarded ${p.what.en} (${p.citation})`,
    zh: (p) => `${p.body.zh}于 ${p.date} 决定：获评${p.what.zh} (${p.citation})`,
  }),
  "committee.decidedNotAwarded": defineMessage<{ body: Pair; date: string; citation: string }>({
    en: (p) => `${p.body.en} decided on ${p.date}: not awarded (${p.citation})`,
    zh: (p) => `${p.body.zh}于 ${p.date} 决定：不予评定 (${p.citation})`,
  }),
  "committee.levelWord": defineMessage<{ level: number; label: Pair | null }>({ en: (p) => `level ${p.level}`, zh: (p) => p.label?.zh ?? `${p.level}级` }),
  "committee.body": defineMessage({ en: () => "the committee", zh: () => "评审委员会" }),
  "committee.approved": defineMessage<{ body: Pair; date: string; citation: string }>({
    en: (p) => `approved by ${p.body.en} on ${p.date} (${p.citation})`,
    zh: (p) => `${p.body.zh}于 ${p.date} 审定批准 (${p.citation})`,
  }),
  "committee.awaitsApproval": defineMessage<{ body: Pair; citation: string }>({
    en: (p) => `proposed: it stands once ${p.body.en} approves it (${p.citation})`,
    zh: (p) => `拟定：待${p.body.zh}审定批准 (${p.citation})`,
  }),
  "committee.toDecide": defineMessage<{ body: Pair; citation: string }>({
    en: (p) => `proposed: ${p.body.en} decides (${p.citation})`,
    zh: (p) => `拟定：由${p.body.zh}研究确定 (${p.citation})`,
  }),
} as const;
