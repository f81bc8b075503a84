import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";
import { typeWord } from "./words.js";

/** A value's type as an English message of a round's options says it (`a list` for an array). */
const kindEn = (type: string): string => (type === "array" ? "a list" : type);

/** A wrong value given: its type. */
type Got = { type: string };

/**
 * What is said of a round's options: a previous round, a headcount table, a ledger of another
 * round, a department's limit, a share needing a headcount, the bound on records.
 *
 * @example
 * ```ts
 * ROUND_MESSAGES["round.notIdList"].zh({ type: "string" }); // "应为记录编号的列表，实为文字"
 * ```
 */
export const ROUND_MESSAGES = {
  "round.notIdList": defineMessage<Got>({ en: (p) => `a list of record ids, got ${kindEn(p.type)}`, zh: (p) => `应为记录编号的列表，实为${typeWord(p.type)}` }),
  "round.tooManyIds": defineMessage<{ max: number }>({ en: (p) => `more than ${p.max} ids`, zh: (p) => `编号多于 ${p.max} 个` }),
  "round.notRecordId": defineMessage<Got>({ en: (p) => `a record id (text), got ${kindEn(p.type)}`, zh: (p) => `应为记录编号（文字），实为${typeWord(p.type)}` }),
  "round.previousRoundShape": defineMessage<Got>({
    en: (p) => `an object { "revoked": [ids] } or { "ledger": … }, got ${kindEn(p.type)}`,
    zh: (p) => `应为对象 \`{ "revoked": [编号] }\` 或 \`{ "ledger": … }\`，实为${typeWord(p.type)}`,
  }),
  "round.previousRoundKey": defineMessage({ en: () => "unknown key (revoked or ledger expected)", zh: () => "未知的键（应为 `revoked` 或 `ledger`）" }),
  "round.previousRoundEmpty": defineMessage({ en: () => "names neither revoked nor ledger", zh: () => "既无 `revoked` 也无 `ledger`" }),
  "round.notLedger": defineMessage<Got>({ en: (p) => `a round's ledger (from reviewHolders), got ${kindEn(p.type)}`, zh: (p) => `应为上一轮的台账，实为${typeWord(p.type)}` }),
  "round.missing": defineMessage({ en: () => "missing", zh: () => "缺少" }),
  "round.badHeadcount": defineMessage<{ value?: string; type?: string }>({
    en: (p) => `a headcount is a whole number ≥ 0, got ${p.value ?? kindEn(p.type ?? "undefined")}`,
    zh: (p) => `人数应为不小于 0 的整数，实为${p.value ?? typeWord(p.type ?? "undefined")}`,
  }),
  "round.populationsShape": defineMessage<Got>({
    en: (p) => `an object { "total"?: n, "byDepartment"?: { … } }, got ${kindEn(p.type)}`,
    zh: (p) => `应为对象 \`{ "total"?: 人数, "byDepartment"?: { … } }\`，实为${typeWord(p.type)}`,
  }),
  "round.populationsKey": defineMessage({ en: () => "unknown key (total or byDepartment expected)", zh: () => "未知的键（应为 `total` 或 `byDepartment`）" }),
  "round.notDepartments": defineMessage<Got>({
    en: (p) => `an object of headcounts by department, got ${kindEn(p.type)}`,
    zh: (p) => `应为按部门的人数对象，实为${typeWord(p.type)}`,
  }),
  "round.tooManyDepartments": defineMessage<{ max: number }>({ en: (p) => `more than ${p.max} departments`, zh: (p) => `部门多于 ${p.max} 个` }),
  "round.needsHeadcount": defineMessage<{ percent: number; award: string; awardZh: string; department: string }>({
    en: (p) => `the ${p.percent}% quota of ${p.award} needs the headcount of department ${p.department}`,
    zh: (p) => `${p.awardZh}按 ${p.percent}% 的比例确定名额，须提供科室“${p.department}”的员工人数（\`populations.byDepartment\`）`,
  }),
  "round.limitsUnread": defineMessage<{ award: string; awardZh: string }>({
    en: (p) => `award ${p.award} sets no number of applications per department: departmentLimits would be read by nothing`,
    zh: (p) => `${p.awardZh}未规定各部门的申报人数：\`departmentLimits\` 无处使用`,
  }),
  "round.badLimit": defineMessage<{ got: string }>({
    en: (p) => `a department's limit is a whole number ≥ 0, got ${p.got}`,
    zh: (p) => `部门申报名额应为不小于 0 的整数，实为 ${p.got}`,
  }),
  "ledger.otherRulebook": defineMessage<{ ledger: string; round: string }>({
    en: (p) => `the ledger is of rulebook ${p.ledger}, this round of ${p.round}`,
    zh: (p) => `台账属于规则“${p.ledger}”，本轮评选的规则为“${p.round}”`,
  }),
  "ledger.otherAward": defineMessage<{ ledger: string; round: string }>({
    en: (p) => `the ledger is of award ${p.ledger}, this round of ${p.round}`,
    zh: (p) => `台账属于奖项“${p.ledger}”，本轮评选的奖项为“${p.round}”`,
  }),
  "ledger.otherYear": defineMessage<{ ledger: string; year: number }>({
    en: (p) =>
      `the ledger is of round ${p.ledger}; this round (${p.year}) takes the ledger of round ${p.year - 1} only: a bar applies to the next round (下一轮), not to later ones`,
    zh: (p) => `台账属于 ${p.ledger} 年度评选；本轮（${p.year} 年度）只接受 ${p.year - 1} 年度的台账：禁止申报只适用于下一轮，不适用于以后各轮`,
  }),
  "record.duplicateId": defineMessage<{ id: string; first: number; second: number }>({
    en: (p) =>
      `record id ${JSON.stringify(p.id)} is given twice: at records ${p.first} and ${p.second} (a record is one candidate; one person's second application is a record of its own with the same personId)`,
    zh: (p) =>
      `记录编号“${p.id}”重复：第 ${p.first} 条和第 ${p.second} 条记录（从 0 起计）。一份记录即一名参评对象；同一人的第二份申报应为另一份记录，并填写相同的人员编号（\`personId\`）`,
  }),
  "records.badMax": defineMessage<{ max: number; got: string }>({
    en: (p) => `maxRecords is a whole number from 1 to ${p.max}, got ${p.got}`,
    zh: (p) => `\`maxRecords\` 应为 1 至 ${p.max} 的整数，实为 ${p.got}`,
  }),
  "records.notIterable": defineMessage<{ reason: string }>({ en: (p) => `records cannot be iterated (${p.reason})`, zh: (p) => `记录无法逐条读取（${codeSpan(p.reason)}）` }),
  "records.noNext": defineMessage({ en: () => "records' iterator has no next() function", zh: () => "记录的迭代器没有 `next()` 方法" }),
  "records.readFailed": defineMessage<{ number: number; reason: string }>({
    en: (p) => `reading record ${p.number} failed (${p.reason})`,
    zh: (p) => `读取第 ${p.number} 条记录时出错（${codeSpan(p.reason)}）`,
  }),
  "records.badStep": defineMessage<Got>({ en: (p) => `records' iterator gave ${p.type} instead of a step object`, zh: () => "记录的迭代器返回的不是对象" }),
  "records.tooMany": defineMessage<{ max: number }>({
    en: (p) => `more than ${p.max} records (the maxRecords option)`,
    zh: (p) => `记录多于 ${p.max} 条（${codeSpan("maxRecords")} 选项）`,
  }),
} as const;
