import { defineMessage } from "../../text/defineMessage.js";

const word = (en: string, zh: string) => defineMessage({ en: () => en, zh: () => zh });

/**
 * The words of the spreadsheets the CLI writes and reads: the headers a template adds to the
 * rulebook's labels, its legend sheet, and the sheets, headers and lines of a round's 公示 list.
 *
 * @example
 * ```ts
 * SHEET_WORD_MESSAGES["words.byYear"].zh({ year: "2025", label: "学校职工年度考核等级" }); // "2025年学校职工年度考核等级"
 * ```
 */
export const SHEET_WORD_MESSAGES = {
  "words.category": word("category applied for", "申报类别"),
  "words.applicationDate": word("date of application", "申报日期"),
  "words.byYear": defineMessage<{ year: string; label: string }>({ en: (p) => `${p.label} ${p.year}`, zh: (p) => `${p.year}年${p.label}` }),
  "words.yearPart": defineMessage<{ year: string; label: string; part: string }>({
    en: (p) => `${p.label} ${p.year} (${p.part})`,
    zh: (p) => `${p.year}年${p.label}（${p.part}）`,
  }),
  "words.target": word("target", "指标"),
  "words.actual": word("result", "完成值"),
  "words.yes": word("yes", "是"),
  "words.no": word("no", "否"),
  "words.none": word("none", "无"),
  "words.legendSheet": word("legend", "说明"),
  "words.recordsSheet": word("records", "申报信息"),
  "words.legendTitle": defineMessage<{ award: string }>({ en: (p) => `How to fill in the records for ${p.award}`, zh: (p) => `《${p.award}》申报信息填写说明` }),
  "words.legendColumn": word("column", "列名"),
  "words.legendHolds": word("what it holds", "填写内容"),
  "words.legendValues": word("values allowed", "可填的值"),
  "words.legendClause": word("read by", "读取它的条款"),
  "words.blank": word("A cell left empty is unknown (not given), which is not the same as none.", "单元格留空表示未知（未提供），不等于“没有”。"),
  "words.dates": word("Dates: 2025-03-01, 2025/3/1, 2025年3月1日 or a date cell.", "日期可填 2025-03-01、2025/3/1、2025年3月1日，或使用日期单元格。"),
  "words.attestation": word(
    "An attestation is the reviewer's finding on a condition: met, not met, or not given (not yet found, taken as unknown).",
    "审核认定是审核人对一项条件的认定：符合（已满足）、不符合（不满足）、未提供（尚未认定，按未知处理）。",
  ),
  "words.lists": word(
    "A list (complaints, honours…) has a sheet of its own, named after it: one row per entry, with the record id and the entry's fields (one CSV file per list, named after it, beside the records file). On the records sheet, its column takes 无 when there is known to be none, or stays empty; a record given entries must not say 无.",
    "列表类内容（被投诉记录、个人荣誉等）各有一张同名工作表：每项一行，填记录编号和该项各栏（用 `csv` 时，每个列表一个同名文件，与记录文件放在一起）。记录表中该列确知没有时填“无”，否则留空；已在列表表中填了内容的记录不得再填“无”。",
  ),
  "words.codes": word("The codes of the values (excellent, met, true…) are accepted too.", "也可填写取值的代码（如 `excellent`、`met`、`true`）。"),
  "words.attestationHolds": word("reviewer's attestation", "审核认定"),
  "words.text": word("text", "文字"),
  "words.number": word("a number", "数值"),
  "words.date": word("a date", "日期"),
  "words.list": word("a list: 无, or empty with its entries on its own sheet", "列表：填“无”，或留空并在同名表中逐项填写"),
  "words.wroteListFiles": defineMessage<{ files: string[] }>({
    en: (p) => `and one file per list, each with its header (one row per entry): ${p.files.join(", ")}`,
    zh: (p) => `另有每个列表一个文件，各含表头（每项一行）：${p.files.map((file) => `\`${file}\``).join("、")}`,
  }),
  "words.awardeesSheet": word("awardees", "公示名单"),
  "words.resultsSheet": word("all results", "全部结果"),
  "words.outstandingSheet": word("outstanding", "待定事项"),
  "words.number.col": word("no.", "序号"),
  "words.name": word("name", "姓名"),
  "words.department": word("department", "部门"),
  "words.levelOrGrade": word("level or grade", "等级或等次"),
  "words.reward": word("reward", "奖励"),
  "words.clause": word("clause", "依据条款"),
  "words.status": word("status", "结论"),
  "words.reasons": word("why", "说明"),
  "words.recordId": word("record id", "记录编号"),
  "words.kind": word("what is outstanding", "待定事项"),
  "words.detail": word("detail", "详情"),
  "words.pending": word("pending review", "待审核"),
  "words.tie": word("tie", "并列待定"),
  "words.awaited": word("decision awaited", "待评审决定"),
  "words.missing": defineMessage<{ missing: string[] }>({ en: (p) => `missing: ${p.missing.join("; ")}`, zh: (p) => `缺少：${p.missing.join("；")}` }),
  "words.tiePlaces": defineMessage<{ places: number; candidates: string[] }>({
    en: (p) => `${p.places} place(s) among ${p.candidates.join(", ")}`,
    zh: (p) => `${p.candidates.join("、")} 争 ${p.places} 个名额`,
  }),
  "words.noticeTitle": defineMessage<{ award: string; year: number; proposed: boolean }>({
    en: (p) => `${p.award} ${p.year}: ${p.proposed ? "proposed list (awaiting the committee)" : "list for public notice"}`,
    zh: (p) => `${p.year} 年度${p.award}${p.proposed ? "拟定名单（待评审委员会审定）" : "公示名单"}`,
  }),
  "words.noticeDates": defineMessage<{ by?: string; from?: string; to?: string }>({
    en: (p) => [p.by ? `Published by ${p.by}.` : "", p.from && p.to ? `Term: ${p.from} to ${p.to}.` : ""].filter(Boolean).join(" "),
    zh: (p) => [p.by ? `公布日期：${p.by} 前。` : "", p.from && p.to ? `示范期：${p.from} 至 ${p.to}。` : ""].filter(Boolean).join(""),
  }),
  "words.noticeAsOf": defineMessage<{ asOf: string; count: number }>({
    en: (p) => `Evaluated on ${p.asOf}; ${p.count} awardee(s).`,
    zh: (p) => `评定日期 ${p.asOf}，共 ${p.count} 名。`,
  }),
  "words.noticeNone": word("No awardee.", "无获评人员。"),
  "words.noticeOutstanding": defineMessage<{ pending: number; ties: number; decisions: number }>({
    en: (p) => `Not final: ${p.pending} pending, ${p.ties} tie(s), ${p.decisions} decision(s) awaited.`,
    zh: (p) => `结果暂定：待审核 ${p.pending} 名，并列 ${p.ties} 处，待评审决定 ${p.decisions} 名。`,
  }),
  "words.wroteTemplate": defineMessage<{ file: string; columns: number }>({ en: (p) => `wrote ${p.file}: ${p.columns} columns`, zh: (p) => `已写入 ${p.file}：${p.columns} 列` }),
} as const;
