import type { JsonValue, BilingualText } from "../../schema/rulebookTypes.js";
import { TRUE, UNKNOWN, type EvaluationContext } from "../context.js";
import type { CompiledParams } from "../params.js";
import { NOT_GIVEN, type FactDefinition } from "./types.js";
import { absentThroughout } from "./knownAbsent.js";

/** The record's dated lists, each a fact of the same name. */
export type DatedField =
  | "complaints"
  | "liabilityIncidents"
  | "nonLiabilityAccidents"
  | "teamLiabilityIncidents"
  | "honours"
  | "competitionPrizes"
  | "collectiveTitles"
  | "misconductRecords"
  | "commendations"
  | "leave"
  | "sanctions"
  | "criminalPenalties"
  | "hazards"
  | "administrativePenalties";

const NOUNS: Record<DatedField, BilingualText> = {
  complaints: { zh: "被投诉记录", en: "complaints on record" },
  liabilityIncidents: { zh: "自身责任事故", en: "own liability incidents" },
  nonLiabilityAccidents: { zh: "非责任事故", en: "accidents without liability" },
  teamLiabilityIncidents: { zh: "本部门或班组责任事故", en: "department/team liability incidents" },
  honours: { zh: "个人荣誉", en: "honours" },
  competitionPrizes: { zh: "技术比赛获奖", en: "competition prizes" },
  collectiveTitles: { zh: "集体先进称号", en: "collective titles" },
  misconductRecords: { zh: "不良行为记录", en: "misconduct records" },
  commendations: { zh: "服务对象表扬", en: "commendations" },
  leave: { zh: "请假与旷工记录", en: "leave and absence records" },
  sanctions: { zh: "处分", en: "sanctions" },
  criminalPenalties: { zh: "拘留或刑事处罚", en: "detention or criminal penalties" },
  hazards: { zh: "安全隐患", en: "safety hazards" },
  administrativePenalties: { zh: "行政处罚", en: "administrative penalties" },
};

/** The items of a dated list in the window, split into those the filter passes and those it cannot decide. */
function scanDated(ctx: EvaluationContext, field: DatedField, params: CompiledParams): { matches: Record<string, unknown>[]; open: Record<string, unknown>[] } | undefined {
  const window = params.window === undefined ? { from: null, to: ctx.asOf } : ctx.window(params.window);
  const list = ctx.record[field];
  if (list === undefined) return absentThroughout(ctx.record, field, window.from, window.to) ? { matches: [], open: [] } : undefined;
  const matches: Record<string, unknown>[] = [];
  const open: Record<string, unknown>[] = [];
  for (const item of list as Record<string, unknown>[]) {
    const date = item.date as string;
    if (date > window.to || (window.from !== null && date < window.from)) continue;
    const verdict = params.where ? params.where(item) : TRUE;
    if (verdict === TRUE) matches.push(item);
    else if (verdict === UNKNOWN) open.push(item);
  }
  return { matches, open };
}

/**
 * Items of a dated list that fall in the window and pass the filter. `undefined` (unknown) if the
 * list is not given (unless the record says the window's years had nothing), or if an item in the
 * window lacks a field the filter needs to decide it.
 *
 * @example
 * ```ts
 * readDated(ctx, "complaints", params); // [{ date: "2024-05-20", verified: true }]
 * ```
 */
export function readDated(ctx: EvaluationContext, field: DatedField, params: CompiledParams): Record<string, unknown>[] | undefined {
  const scanned = scanDated(ctx, field, params);
  return scanned === undefined || scanned.open.length > 0 ? undefined : scanned.matches;
}

/** What is missing for a dated fact: the list, or the untold fields of the items it cannot decide. */
function missingDated(ctx: EvaluationContext, field: DatedField, params: CompiledParams): string[] {
  const scanned = scanDated(ctx, field, params);
  if (scanned === undefined) return [field];
  return scanned.open.flatMap((item) => params.whereFields.filter((name) => !Object.hasOwn(item, name)).map((name) => `${field}[${String(item.date)}].${name}`));
}

const EXAMPLES: Record<DatedField, Record<string, JsonValue>> = {
  complaints: { fact: "complaints", params: { window: "threeYears" }, operator: "countAtMost", value: 0 },
  liabilityIncidents: {
    fact: "liabilityIncidents",
    params: { window: "twoYears", where: { kind: { in: ["safety", "quality", "foodSafety"] } } },
    operator: "countAtMost",
    value: 0,
  },
  nonLiabilityAccidents: { fact: "nonLiabilityAccidents", params: { window: "activity", where: { kind: "safety" } }, operator: "countAtLeast", value: 1 },
  teamLiabilityIncidents: { fact: "teamLiabilityIncidents", params: { window: "threeYears", where: { major: true } }, operator: "countAtMost", value: 0 },
  honours: {
    fact: "honours",
    params: { window: "previousYear", where: { kind: "individualAdvanced", scope: { atLeast: "school", scale: "scope" } } },
    operator: "countAtLeast",
    value: 1,
  },
  competitionPrizes: {
    fact: "competitionPrizes",
    params: { window: "threeYears", where: { organiserTier: { atLeast: "logistics", scale: "scope" }, place: { atMost: 2 } } },
    operator: "countAtLeast",
    value: 1,
  },
  collectiveTitles: { fact: "collectiveTitles", params: { window: "previousYear" }, operator: "countAtLeast", value: 1 },
  misconductRecords: { fact: "misconductRecords", params: { window: "untilAsOf" }, operator: "countAtMost", value: 0 },
  commendations: { fact: "commendations", params: { window: "activity", where: { verified: true } }, operator: "countAtLeast", value: 1 },
  leave: { fact: "leave", params: { window: "schoolYear", where: { kind: "absentWithoutLeave" } }, operator: "countAtLeast", value: 1 },
  sanctions: { fact: "sanctions", params: { window: "untilAsOf", where: { kind: { atLeast: "demerit", scale: "sanction" }, lifted: false } }, operator: "countAtLeast", value: 1 },
  criminalPenalties: { fact: "criminalPenalties", params: { window: "schoolYear" }, operator: "countAtLeast", value: 1 },
  hazards: { fact: "hazards", params: { window: "thisYear", where: { serious: true, rectifiedInTime: false } }, operator: "countAtLeast", value: 1 },
  administrativePenalties: { fact: "administrativePenalties", params: { window: "thisYear" }, operator: "countAtLeast", value: 1 },
};

function datedFact(field: DatedField): FactDefinition {
  return {
    label: NOUNS[field],
    example: EXAMPLES[field],
    inputs: [field],
    gives: "list",
    params: { window: "dated", where: true },
    read: (ctx, params) => readDated(ctx, field, params),
    missing: (ctx, params, value) => (value === undefined ? missingDated(ctx, field, params) : []),
    describe: (value, params, language, labels) => {
      const noun = NOUNS[field][language];
      const windowLabel = params.window === undefined ? "" : labels.window(params.window)[language];
      if (value === undefined) return language === "zh" ? `${noun}：${NOT_GIVEN.zh}` : `${noun}: ${NOT_GIVEN.en}`;
      const items = value as { date: string }[];
      const dates = items.map((item) => item.date).join(language === "zh" ? "、" : ", ");
      const list = items.length > 0 ? (language === "zh" ? `（${dates}）` : ` (${dates})`) : "";
      return language === "zh" ? `${windowLabel}内符合条件的${noun} ${items.length} 条${list}` : `matching ${noun} in ${windowLabel || "the record"}: ${items.length}${list}`;
    },
  };
}

/**
 * Dated lists of a record (complaints, incidents, honours, prizes, collective titles,
 * misconduct…), each read through a window (`params.window`) and an item filter (`params.where`).
 * A list the record does not give is unknown, unless `knownAbsent` says the window's years had
 * nothing; an empty list is a known "none".
 */
export const datedFacts: Record<string, FactDefinition> = {
  ...Object.fromEntries((Object.keys(NOUNS) as DatedField[]).map((field) => [field, datedFact(field)])),
  leaveWorkingDays: {
    label: { zh: "请假与旷工累计工作日", en: "working days of leave and absence, added up" },
    example: { fact: "leaveWorkingDays", params: { window: "schoolYear", where: { kind: { in: ["sick", "personal"] } } }, operator: "greaterThan", value: 10 },
    inputs: ["leave"],
    gives: "number",
    params: { window: "dated", where: true },
    read: (ctx, params) => {
      const items = readDated(ctx, "leave", params);
      return items?.reduce((sum, item) => sum + (item.workingDays as number), 0);
    },
    missing: (ctx, params, value) => (value === undefined ? missingDated(ctx, "leave", params) : []),
    describe: (value, params, language, labels) => {
      const windowLabel = params.window === undefined ? "" : labels.window(params.window)[language];
      if (value === undefined) return language === "zh" ? `请假记录：${NOT_GIVEN.zh}` : `leave records: ${NOT_GIVEN.en}`;
      return language === "zh" ? `${windowLabel}内累计 ${String(value)} 个工作日` : `${String(value)} working day(s) in ${windowLabel}`;
    },
  },
};
