import type { CandidateRecord } from "../../schema/candidate.js";
import type { BilingualText } from "../../schema/primitives.js";
import { TRUE, UNKNOWN, type EvaluationContext } from "../context.js";
import type { CompiledParams } from "../params.js";
import { NOT_GIVEN, type FactDefinition } from "./types.js";

type DatedField =
  | "verifiedComplaints"
  | "liabilityIncidents"
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
  verifiedComplaints: { zh: "被投诉记录", en: "verified complaints" },
  liabilityIncidents: { zh: "本人责任事故", en: "own liability incidents" },
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

/**
 * Items of a dated list that fall in the window and pass the filter. `undefined` (unknown) if the
 * list is not given, or if an item in the window lacks a field the filter needs to decide it.
 */
export function readDated(ctx: EvaluationContext, field: DatedField, params: CompiledParams): Record<string, unknown>[] | undefined {
  const undecided = scanDated(ctx, field, params);
  return undecided === undefined || undecided.open.length > 0 ? undefined : undecided.matches;
}

function scanDated(
  ctx: EvaluationContext,
  field: DatedField,
  params: CompiledParams,
): { matches: Record<string, unknown>[]; open: Record<string, unknown>[] } | undefined {
  const list = ctx.record[field] as CandidateRecord[DatedField];
  if (list === undefined) return undefined;
  const window = params.window === undefined ? { from: null, to: ctx.asOf } : ctx.window(params.window);
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

/** What is missing for a dated fact: the list, or the untold fields of the items it cannot decide. */
function missingDated(ctx: EvaluationContext, field: DatedField, params: CompiledParams): string[] {
  const scanned = scanDated(ctx, field, params);
  if (scanned === undefined) return [field];
  return scanned.open.flatMap((item) =>
    params.whereFields.filter((name) => !Object.hasOwn(item, name)).map((name) => `${field}[${String(item.date)}].${name}`),
  );
}

function datedFact(field: DatedField): FactDefinition {
  return {
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
      return language === "zh"
        ? `${windowLabel}内符合条件的${noun} ${items.length} 条${list}`
        : `matching ${noun} in ${windowLabel || "the record"}: ${items.length}${list}`;
    },
  };
}

/**
 * Dated lists of a record (complaints, incidents, honours, prizes, collective titles,
 * misconduct), each read through a window (`params.window`) and an item filter (`params.where`).
 * A list the record does not give is unknown; an empty list is a known "none".
 */
export const datedFacts: Record<string, FactDefinition> = {
  ...Object.fromEntries((Object.keys(NOUNS) as DatedField[]).map((field) => [field, datedFact(field)])),
  leaveWorkingDays: {
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
