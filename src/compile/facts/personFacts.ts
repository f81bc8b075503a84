import { fullYearsBetween } from "../windows.js";
import type { CandidateRecord } from "../../schema/recordTypes.js";
import type { BilingualText } from "../../schema/rulebookTypes.js";
import { NOT_GIVEN, type FactDefinition } from "./types.js";

type FieldName = "partyMember" | "role" | "professionalTitle" | "revokedInPreviousRound" | "employmentType";

const WORDS: Record<string, BilingualText> = {
  true: { zh: "是", en: "yes" },
  false: { zh: "否", en: "no" },
  manager: { zh: "管理人员", en: "manager" },
  teamLeader: { zh: "班组长", en: "team leader" },
  staff: { zh: "员工", en: "staff" },
  none: { zh: "无职称", en: "none" },
  junior: { zh: "初级", en: "junior" },
  intermediate: { zh: "中级", en: "intermediate" },
  associateSenior: { zh: "副高级", en: "associate senior" },
  senior: { zh: "正高级", en: "senior" },
  establishment: { zh: "在编在岗财政供养的正式教职工", en: "on the establishment, in post, state-funded" },
  privatelyEmployed: { zh: "民办职工", en: "privately employed" },
  contract: { zh: "合同制或劳务派遣", en: "contract or agency staff" },
  other: { zh: "其他", en: "other" },
};

const FIELD_NAMES: Record<FieldName, BilingualText> = {
  partyMember: { zh: "党员", en: "party member" },
  role: { zh: "岗位", en: "role" },
  professionalTitle: { zh: "专业技术职称", en: "professional title" },
  revokedInPreviousRound: { zh: "上一轮被撤销示范岗资格", en: "revoked in the previous round" },
  employmentType: { zh: "用工性质", en: "employment type" },
};

const FIELD_VALUES: Record<FieldName, readonly (string | boolean)[]> = {
  partyMember: [true, false],
  role: ["manager", "teamLeader", "staff"],
  professionalTitle: ["none", "junior", "intermediate", "associateSenior", "senior"],
  revokedInPreviousRound: [true, false],
  employmentType: ["establishment", "privatelyEmployed", "contract", "other"],
};

function field(name: FieldName): FactDefinition {
  const values = FIELD_VALUES[name];
  return {
    label: FIELD_NAMES[name],
    example: { fact: name, operator: "equal", value: values[0] as string | boolean },
    inputs: [name],
    gives: typeof values[0] === "boolean" ? "boolean" : "text",
    ...(typeof values[0] === "string" ? { values: values as string[] } : {}),
    params: {},
    read: (ctx) => ctx.record[name],
    missing: (_ctx, _params, value) => (value === undefined ? [name] : []),
    describe: (value, _params, language) =>
      `${FIELD_NAMES[name][language]}${language === "zh" ? "：" : ": "}${value === undefined ? NOT_GIVEN[language] : (WORDS[String(value)]?.[language] ?? String(value))}`,
  };
}

/** The record's `application` sub-field, or unknown. */
function applicationField(name: keyof NonNullable<CandidateRecord["application"]>, label: BilingualText): FactDefinition {
  return {
    label,
    gives: name === "date" ? "date" : "text",
    example:
      name === "date" ? { fact: "applicationDate", operator: "withinRoundWindow", value: "applicationWindow" } : { fact: "applicationCategory", operator: "equal", value: "staff" },
    inputs: ["application"],
    params: {},
    read: (ctx) => ctx.record.application?.[name],
    missing: (_ctx, _params, value) => (value === undefined ? [`application.${name}`] : []),
    describe: (value, _params, language) => `${label[language]}${language === "zh" ? "：" : ": "}${value === undefined ? NOT_GIVEN[language] : String(value)}`,
  };
}

/** A declared entry of the record's `measures` or `flags` (`params.item`); unknown when not given. */
function recordEntry(field: "measures" | "flags", noun: BilingualText): FactDefinition {
  return {
    label: noun,
    example:
      field === "measures"
        ? { fact: "measure", params: { item: "skillCompetitionTrades" }, operator: "greaterThanInclusive", value: 2 }
        : { fact: "flag", params: { item: "canteenOrDormitoryContractedOut" }, operator: "equal", value: true },
    inputs: [field],
    gives: field === "measures" ? "number" : "boolean",
    params: { item: true },
    read: (ctx, params) => {
      const entries = ctx.record[field];
      return entries && params.item !== undefined && Object.hasOwn(entries, params.item) ? entries[params.item] : undefined;
    },
    missing: (_ctx, params, value) => (value === undefined ? [`${field}.${params.item ?? ""}`] : []),
    describe: (value, params, language, labels) => {
      const declared = params.item === undefined ? undefined : labels.entry(field, params.item);
      const name = declared?.label[language] ?? `${noun[language]} ${params.item ?? ""}`;
      const said = value === undefined ? NOT_GIVEN[language] : typeof value === "boolean" ? WORDS[String(value)]![language] : String(value);
      return `${name}${language === "zh" ? "：" : ": "}${said}`;
    },
  };
}

/**
 * Facts read straight from a person's record, plus full years of logistics service and a
 * reviewer's attestation of a qualitative condition (`params.item`).
 */
export const personFacts: Record<string, FactDefinition> = {
  partyMember: field("partyMember"),
  role: field("role"),
  professionalTitle: field("professionalTitle"),
  revokedInPreviousRound: field("revokedInPreviousRound"),
  employmentType: field("employmentType"),
  applicationDate: applicationField("date", { zh: "申报日期", en: "application date" }),
  applicationCategory: applicationField("category", { zh: "申报类别", en: "category applied for" }),
  logisticsServiceYears: {
    label: { zh: "在后勤工作满整年数", en: "full years of work in logistics" },
    example: { fact: "logisticsServiceYears", operator: "greaterThanInclusive", value: 1 },
    inputs: ["logisticsStartDate"],
    gives: "number",
    params: {},
    read: (ctx) => (ctx.record.logisticsStartDate === undefined ? undefined : fullYearsBetween(ctx.record.logisticsStartDate, ctx.asOf)),
    missing: (_ctx, _params, value) => (value === undefined ? ["logisticsStartDate"] : []),
    describe: (value, _params, language, _labels) => {
      if (value === undefined) return language === "zh" ? "后勤工作起始日期：未提供" : "start of work in logistics: not given";
      return language === "zh" ? `在后勤工作满 ${String(value)} 年` : `${String(value)} full year(s) in logistics`;
    },
  },
  candidateKind: {
    label: { zh: "参评对象类型", en: "candidate kind" },
    example: { fact: "candidateKind", operator: "equal", value: "school" },
    inputs: ["kind"],
    gives: "text",
    values: ["person", "team", "department", "school", "serviceUnit"],
    params: {},
    read: (ctx) => ctx.record.kind ?? "person",
    missing: () => [],
    describe: (value, _params, language) => `${language === "zh" ? "参评对象类型：" : "candidate kind: "}${String(value)}`,
  },
  measure: recordEntry("measures", { zh: "数据", en: "figure" }),
  flag: recordEntry("flags", { zh: "情况", en: "flag" }),
  attestation: {
    label: { zh: "审核认定", en: "reviewer's attestation" },
    example: { fact: "attestation", params: { item: "staff.1.1" }, operator: "equal", value: "met" },
    inputs: ["attestations"],
    gives: "text",
    values: ["met", "notMet"],
    params: { item: true },
    read: (ctx, params) => {
      const attestations = ctx.view.attestations;
      const given = attestations && params.item !== undefined && Object.hasOwn(attestations, params.item) ? attestations[params.item] : undefined;
      return given === "notGiven" ? undefined : given;
    },
    missing: (_ctx, params, value) => (value === undefined ? [`attestation[${params.item ?? ""}]`] : []),
    missingWhenUnknown: (params) => [`attestation[${params.item ?? ""}]`],
    describe: (value, _params, language) => {
      const words: Record<string, BilingualText> = {
        met: { zh: "审核认定：符合", en: "reviewer attests: met" },
        notMet: { zh: "审核认定：不符合", en: "reviewer attests: not met" },
      };
      return words[String(value)]?.[language] ?? (language === "zh" ? "审核认定：未提供" : "reviewer's attestation: not given");
    },
  },
};
