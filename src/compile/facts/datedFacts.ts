import type { CandidateRecord } from "../../schema/candidate.js";
import type { BilingualText } from "../../schema/primitives.js";
import type { EvaluationContext } from "../context.js";
import type { CompiledParams } from "../params.js";
import { NOT_GIVEN, type FactDefinition } from "./types.js";

type DatedField =
  | "verifiedComplaints"
  | "liabilityIncidents"
  | "teamLiabilityIncidents"
  | "honours"
  | "competitionPrizes"
  | "collectiveTitles"
  | "misconductRecords";

const NOUNS: Record<DatedField, BilingualText> = {
  verifiedComplaints: { zh: "被投诉记录", en: "verified complaints" },
  liabilityIncidents: { zh: "本人责任事故", en: "own liability incidents" },
  teamLiabilityIncidents: { zh: "本部门或班组责任事故", en: "department/team liability incidents" },
  honours: { zh: "个人荣誉", en: "honours" },
  competitionPrizes: { zh: "技术比赛获奖", en: "competition prizes" },
  collectiveTitles: { zh: "集体先进称号", en: "collective titles" },
  misconductRecords: { zh: "不良行为记录", en: "misconduct records" },
};

/** Items of a dated list that fall in the window and pass the filter; `undefined` if the list is not given. */
function readDated(ctx: EvaluationContext, field: DatedField, params: CompiledParams): Record<string, unknown>[] | undefined {
  const list = ctx.record[field] as CandidateRecord[DatedField];
  if (list === undefined) return undefined;
  const window = params.window === undefined ? { from: null, to: ctx.asOf } : ctx.window(params.window);
  const matches: Record<string, unknown>[] = [];
  for (const item of list as Record<string, unknown>[]) {
    const date = item.date as string;
    if (date > window.to || (window.from !== null && date < window.from)) continue;
    if (params.where && !params.where(item)) continue;
    matches.push(item);
  }
  return matches;
}

function datedFact(field: DatedField): FactDefinition {
  return {
    params: { window: "dated", where: true },
    read: (ctx, params) => readDated(ctx, field, params),
    missing: (_ctx, _params, value) => (value === undefined ? [field] : []),
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
export const datedFacts: Record<string, FactDefinition> = Object.fromEntries(
  (Object.keys(NOUNS) as DatedField[]).map((field) => [field, datedFact(field)]),
);
