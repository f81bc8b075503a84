import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/** What was given instead, as the round describes it. */
type Got = { got: string };

/** The Chinese of a candidate's status where the committee has nothing to decide. */
const STATUS_ZH: Readonly<Record<string, string>> = {
  notQualified: "不符合条件",
  pendingReview: "尚待审核",
  refused: "不予受理",
  vetoed: "被一票否决",
  ineligible: "不符合参评条件",
  notApplied: "未申报",
};

/**
 * What is said of a round's `committee` option and its decisions: a wrong shape, a record decided
 * twice, a decision the round cannot take (no such candidate, no place at that level, a quota
 * exceeded).
 *
 * @example
 * ```ts
 * COMMITTEE_MESSAGES["decision.noPlace"].zh({ id: "R-1", level: 1 }); // "并列的结果不会使“R-1”获评 1 级"
 * ```
 */
export const COMMITTEE_MESSAGES = {
  "committee.shape": defineMessage<Got>({
    en: (p) => `committee is an object { date, decisions?, approveProposals? }, got ${p.got}`,
    zh: (p) => `\`committee\` 应为对象 \`{ date, decisions?, approveProposals? }\`，实为 ${codeSpan(p.got)}`,
  }),
  "committee.unknownKey": defineMessage<{ key: string }>({
    en: (p) => `unknown key ${JSON.stringify(p.key)} (date, decisions, approveProposals expected)`,
    zh: (p) => `未知的键“${p.key}”（应为 \`date\`、\`decisions\` 或 \`approveProposals\`）`,
  }),
  "committee.notBoolean": defineMessage<Got>({ en: (p) => `true or false, got ${p.got}`, zh: (p) => `应为 \`true\` 或 \`false\`，实为 ${codeSpan(p.got)}` }),
  "committee.notDecisions": defineMessage<Got>({
    en: (p) => `a list of { recordId, awarded, level? }, got ${p.got}`,
    zh: (p) => `应为决定的列表 \`{ recordId, awarded, level? }\`，实为 ${codeSpan(p.got)}`,
  }),
  "committee.tooManyDecisions": defineMessage<{ max: number }>({ en: (p) => `more than ${p.max} decisions`, zh: (p) => `决定多于 ${p.max} 条` }),
  "committee.notDecision": defineMessage<Got>({
    en: (p) => `a decision is { recordId, awarded, level? }, got ${p.got}`,
    zh: (p) => `决定应为 \`{ recordId, awarded, level? }\`，实为 ${codeSpan(p.got)}`,
  }),
  "committee.decisionKey": defineMessage<{ key: string }>({
    en: (p) => `unknown key ${JSON.stringify(p.key)} (recordId, awarded, level expected)`,
    zh: (p) => `未知的键“${p.key}”（应为 \`recordId\`、\`awarded\` 或 \`level\`）`,
  }),
  "committee.notRecordId": defineMessage<Got>({ en: (p) => `a record id, got ${p.got}`, zh: (p) => `应为记录编号，实为 ${codeSpan(p.got)}` }),
  "committee.notAwarded": defineMessage<Got>({
    en: (p) => `true (awarded) or false (not awarded), got ${p.got}`,
    zh: (p) => `应为 \`true\`（获评）或 \`false\`（不获评），实为 ${codeSpan(p.got)}`,
  }),
  "committee.notLevel": defineMessage<Got>({ en: (p) => `a level number (1 is the highest), got ${p.got}`, zh: (p) => `应为等级（1 为最高），实为 ${codeSpan(p.got)}` }),
  "committee.levelWithoutAward": defineMessage({ en: () => "a level is given only with awarded: true", zh: () => "仅在 `awarded` 为 `true` 时填写等级" }),
  "decision.twice": defineMessage<{ id: string; first: number; second: number }>({
    en: (p) => `${p.id} is decided twice: at decisions ${p.first} and ${p.second}`,
    zh: (p) => `对“${p.id}”作出了两次决定：第 ${p.first} 条和第 ${p.second} 条（从 0 起计）`,
  }),
  "decision.noRecord": defineMessage<{ id: string; nearest: string[] }>({
    en: (p) => `no record ${JSON.stringify(p.id)} in this round${p.nearest.length > 0 ? ` (nearest: ${p.nearest.join(", ")})` : ""}`,
    zh: (p) => `本轮没有记录“${p.id}”${p.nearest.length > 0 ? `（最接近的：${p.nearest.join("、")}）` : ""}`,
  }),
  "decision.notCompeting": defineMessage<{ id: string; status: string }>({
    en: (p) => `${p.id} does not compete (${p.status}): there is nothing for the committee to decide`,
    zh: (p) => `“${p.id}”${Object.hasOwn(STATUS_ZH, p.status) ? STATUS_ZH[p.status] : codeSpan(p.status)}，不参与名额竞争，无须评审决定`,
  }),
  "decision.settled": defineMessage<{ id: string; citation: string }>({
    en: (p) => `${p.id}'s placement is decided by the ranking and the quotas (${p.citation}); the committee decides only where a tie leaves it open`,
    zh: (p) => `“${p.id}”的结果已由排名和名额确定 (${p.citation})；评审委员会只对并列中未定的人选作出决定`,
  }),
  "decision.nameLevel": defineMessage<{ id: string; levels: number[] }>({
    en: (p) => `${p.id} could be placed at levels ${p.levels.join(", ")}: the decision names the level`,
    zh: (p) => `“${p.id}”可获评的等级有 ${p.levels.join("、")} 级：请在决定中写明等级（\`level\`）`,
  }),
  "decision.notPassing": defineMessage<{ id: string; level: number; passing: number[] }>({
    en: (p) => `${p.id} does not pass level ${p.level} (passes ${p.passing.join(", ") || "none"})`,
    zh: (p) => `“${p.id}”不符合 ${p.level} 级的条件（符合的等级：${p.passing.join("、") || "无"}）`,
  }),
  "decision.noPlace": defineMessage<{ id: string; level: number }>({
    en: (p) => `the ties leave ${p.id} no place at level ${p.level}`,
    zh: (p) => `并列的结果不会使“${p.id}”获评 ${p.level} 级`,
  }),
  "decision.levelFull": defineMessage<{ level: number; quota: number; citation: string }>({
    en: (p) => `more than the ${p.quota} place(s) of level ${p.level} awarded (${p.citation})`,
    zh: (p) => `获评 ${p.level} 级的人数超过名额 ${p.quota} 名 (${p.citation})`,
  }),
  "decision.roundFull": defineMessage<{ quota: number; citation: string }>({
    en: (p) => `more than the round's ${p.quota} place(s) awarded (${p.citation})`,
    zh: (p) => `获评总人数超过本轮名额 ${p.quota} 名 (${p.citation})`,
  }),
  "decision.noLevels": defineMessage<{ award: string; awardZh: string }>({
    en: (p) => `${p.award} has no levels: leave level out`,
    zh: (p) => `${p.awardZh}不分等级：请删除等级（\`level\`）`,
  }),
  "decision.bucketFull": defineMessage<{ bucket: string; places: number; citation: string }>({
    en: (p) => `more than the ${p.places} place(s) of ${p.bucket} awarded (${p.citation})`,
    zh: (p) => `${p.bucket} 获评人数超过名额 ${p.places} 名 (${p.citation})`,
  }),
} as const;
