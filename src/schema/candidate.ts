import { z } from "zod";
import { named } from "./named.js";
import { knownAbsentProblems } from "./checks.js";
import { IsoDateSchema, YearKeySchema } from "./primitives.js";
import { customIssue } from "./checkMessages.js";

/**
 * Annual appraisal ratings (年度考核等级): 优秀 excellent, 良好 good, 称职 competent,
 * 合格 qualified (used by some units in place of 称职), 基本称职 basically competent,
 * 不称职 incompetent. Their order lives in the rulebook's `scales.rating`.
 *
 * @example
 * ```ts
 * AppraisalRatingSchema.parse("excellent");
 * ```
 */
export const AppraisalRatingSchema = z
  .enum(["excellent", "good", "competent", "qualified", "basicallyCompetent", "incompetent"])
  .describe("An annual appraisal rating: excellent 优秀, good 良好, competent 称职, qualified 合格, basicallyCompetent 基本称职, incompetent 不称职.");
named(AppraisalRatingSchema, "AppraisalRating");

/**
 * Scope of an honour or a competition's organiser, from the own unit up to national.
 * `tradeOrUnit` is 所在行业（单位）; `logistics` is 后勤; `school` 校级; then city, province, national.
 *
 * @example
 * ```ts
 * ScopeSchema.parse("school");
 * ```
 */
export const ScopeSchema = z
  .enum(["tradeOrUnit", "department", "logistics", "school", "city", "province", "national"])
  .describe("A scope: tradeOrUnit 所在行业（单位）, department 部门, logistics 后勤, school 校级, city 市级, province 省级, national 国家级.");
named(ScopeSchema, "Scope");

/**
 * Who employs a person and on what terms (用工性质): `establishment` 在编在岗财政供养的正式教职工
 * (on the establishment, in post, state-funded), `privatelyEmployed` 民办职工 (privately
 * employed staff), `contract` 合同制或劳务派遣 (contract or agency staff), `other`.
 *
 * @example
 * ```ts
 * EmploymentTypeSchema.parse("establishment");
 * ```
 */
export const EmploymentTypeSchema = z
  .enum(["establishment", "privatelyEmployed", "contract", "other"])
  .describe("Employment type 用工性质: establishment 在编在岗财政供养的正式教职工, privatelyEmployed 民办职工, contract 合同制或劳务派遣, other 其他.");
named(EmploymentTypeSchema, "EmploymentType");

const date = IsoDateSchema.describe("The date it happened, YYYY-MM-DD.");
const summary = z.string().describe("A free-text note (not read by any rule).").optional();

/**
 * A safety or quality liability incident (安全与质量责任事故), with a `major` (重大) flag.
 *
 * @example
 * ```ts
 * LiabilityIncidentSchema.parse({ date: "2025-03-02", kind: "safety", major: false });
 * ```
 */
export const LiabilityIncidentSchema = z
  .strictObject({
    date,
    summary,
    kind: z.enum(["safety", "quality", "foodSafety"]).describe("safety 安全, quality 质量, foodSafety 食品卫生安全 (a food-safety accident, such as food poisoning)."),
    major: z.boolean().describe("A major (重大) incident."),
    negligentWithLoss: z.boolean().describe("Caused by negligence or dereliction (失职、渎职) with an economic loss; not given is unknown.").optional(),
  })
  .describe("A liability incident (责任事故).");
named(LiabilityIncidentSchema, "LiabilityIncident");

/**
 * The kind of candidate: a person, or an organisation (a team 班组, a department 科室/部门,
 * a school 学校, a service unit 服务单位).
 *
 * @example
 * ```ts
 * CandidateKindSchema.parse("team");
 * ```
 */
export const CandidateKindSchema = z
  .enum(["person", "team", "department", "school", "serviceUnit"])
  .describe("The kind of candidate: person 个人, team 班组, department 科室/部门, school 学校, serviceUnit 服务单位.");
named(CandidateKindSchema, "CandidateKind");

/**
 * Scores given for one scored award: rubric item points, weighted components (each out of
 * its maximum), and points of bonus items whose value a deployment sets.
 *
 * @example
 * ```ts
 * AwardScoresSchema.parse({ items: { "1": 5, "2": 4 }, components: { leadingGroup: 88 } });
 * ```
 */
export const AwardScoresSchema = z
  .strictObject({
    items: z.record(z.string().min(1), z.number().finite()).describe("Points per rubric item or deployment-set bonus item, keyed by the item's id.").optional(),
    components: z.record(z.string().min(1), z.number().finite()).describe("Score per weighted component, keyed by the component's id.").optional(),
  })
  .describe("The scores given for one scored award.");
named(AwardScoresSchema, "AwardScores");

/**
 * The record fields whose absence in a year a record may state (`knownAbsent`): the dated lists
 * and the yearly maps.
 *
 * @example
 * ```ts
 * KNOWN_ABSENT_FIELDS.includes("economicTargets"); // true
 * ```
 */
export const KNOWN_ABSENT_FIELDS = [
  "annualAppraisals",
  "economicTargets",
  "honours",
  "complaints",
  "commendations",
  "leave",
  "sanctions",
  "criminalPenalties",
  "hazards",
  "administrativePenalties",
  "liabilityIncidents",
  "nonLiabilityAccidents",
  "teamLiabilityIncidents",
  "competitionPrizes",
  "collectiveTitles",
  "misconductRecords",
] as const;

/**
 * A person (or an organisation) as a school HR system holds them. Every field but `id` is
 * optional: a field that is not given is an unknown fact, never a silent "no". An empty list is a
 * known "none"; `knownAbsent` says that a list or a yearly map had nothing in a year while the
 * rest stays unknown.
 *
 * @example
 * ```ts
 * const record = CandidateRecordSchema.parse({
 *   id: "T-001",
 *   logisticsStartDate: "2015-09-01",
 *   partyMember: true,
 *   role: "staff",
 *   annualAppraisals: { "2023": "excellent", "2024": "excellent", "2025": "competent" },
 * });
 * ```
 */
export const CandidateRecordSchema = z
  .strictObject({
    id: z.string().min(1).describe("The record's id, unique in a round: two records of a round with the same id are an error."),
    personId: z
      .string()
      .min(1)
      .describe(
        "The person's (or organisation's) own id, where one person has more than one record in a round (a second application, refused by 000 §三(二)). Default: the record's id.",
      )
      .optional(),
    name: z.string().describe("The person's or organisation's name (not read by any rule).").optional(),
    kind: CandidateKindSchema.describe("A person (the default) or an organisation.").optional(),
    department: z.string().min(1).describe("The department (科室) a person or team belongs to, or a service unit's category.").optional(),
    team: z.string().min(1).describe("The team (班组) a person belongs to.").optional(),
    employmentType: EmploymentTypeSchema.describe("Employment type 用工性质; a rule's audience may name one.").optional(),
    committeeRank: z
      .record(z.string().min(1), z.number().int().min(1))
      .describe("The committee's rank of the candidate (1 = first), keyed by award id: ranks qualifiers where places are short.")
      .optional(),
    scores: z.record(z.string().min(1), AwardScoresSchema).describe("Scores given for scored awards, keyed by award id.").optional(),
    logisticsStartDate: IsoDateSchema.describe("Start of work in logistics (后勤工作起始日期).").optional(),
    partyMember: z.boolean().describe("党员 (true) or 群众 non-party staff (false).").optional(),
    role: z.enum(["manager", "teamLeader", "staff"]).describe("管理人员 manager, 班组长 teamLeader, or staff 员工.").optional(),
    annualAppraisals: z
      .record(YearKeySchema, AppraisalRatingSchema)
      .describe('学校职工年度考核: the rating by year, e.g. { "2025": "excellent" }. A year not given is unknown (see knownAbsent).')
      .optional(),
    honours: z
      .array(
        z
          .strictObject({
            kind: z
              .enum(["individualAdvanced", "advancedPartyWorker", "outstandingPartyMember", "other"])
              .describe("individualAdvanced 个人先进称号, advancedPartyWorker 先进党务工作者, outstandingPartyMember 优秀共产党员, other 其他."),
            scope: ScopeSchema.describe("Who conferred it: school 校级, city 市级, …"),
            date,
            title: z.string().describe("The title's name (not read by any rule).").optional(),
          })
          .describe("An individual honour."),
      )
      .describe("Individual honours (个人荣誉). The list is complete: an empty list means none.")
      .optional(),
    complaints: z
      .array(
        z
          .strictObject({
            date,
            summary,
            verified: z.boolean().describe("Found true on investigation (经查属实); not given is unknown.").optional(),
            serious: z.boolean().describe("Serious (情节严重); not given is unknown.").optional(),
            serviceQuality: z.boolean().describe("About service quality (服务质量); not given is unknown.").optional(),
          })
          .describe("A complaint on record (被投诉记录)."),
      )
      .describe("Complaints on record (被投诉记录), verified or not. The list is complete: an empty list means none.")
      .optional(),
    commendations: z
      .array(
        z
          .strictObject({
            date,
            summary,
            kind: z.enum(["banner", "letter", "call", "message", "other"]).describe("banner 锦旗, letter 表扬信/来信, call 来电, message 留言, other 其他."),
            verified: z.boolean().describe("Found true on checking (经查属实)."),
          })
          .describe("A commendation from those served."),
      )
      .describe("Commendations from those served (锦旗、表扬信、来电、留言).")
      .optional(),
    leave: z
      .array(
        z
          .strictObject({
            date,
            summary,
            kind: z.enum(["sick", "personal", "absentWithoutLeave"]).describe("sick 病假, personal 事假, absentWithoutLeave 旷工."),
            workingDays: z.number().positive().finite().describe("Working days of leave or absence."),
          })
          .describe("A period of leave or absence."),
      )
      .describe("Leave and absence (病假、事假、旷工), in working days.")
      .optional(),
    sanctions: z
      .array(
        z
          .strictObject({
            date,
            summary,
            kind: z
              .enum(["warning", "seriousWarning", "demerit", "majorDemerit", "demotion", "removalFromPost", "dismissal"])
              .describe("warning 警告, seriousWarning 严重警告, demerit 记过, majorDemerit 记大过, demotion 降级, removalFromPost 撤职, dismissal 开除."),
            lifted: z.boolean().describe("Lifted (撤销) by now."),
          })
          .describe("A disciplinary sanction."),
      )
      .describe("Disciplinary sanctions (处分) and whether each has been lifted (撤销).")
      .optional(),
    criminalPenalties: z
      .array(z.strictObject({ date, summary, kind: z.enum(["detention", "criminal"]).describe("detention 拘留, criminal 刑事处罚.") }).describe("A detention or criminal penalty."))
      .describe("Detentions and criminal penalties (拘留以上刑事处罚).")
      .optional(),
    hazards: z
      .array(
        z
          .strictObject({
            date,
            summary,
            serious: z.boolean().describe("A serious hazard (严重安全隐患)."),
            rectifiedInTime: z.boolean().describe("Rectified in time (及时整改)."),
          })
          .describe("A safety hazard found."),
      )
      .describe("Safety hazards found (安全隐患).")
      .optional(),
    administrativePenalties: z
      .array(z.strictObject({ date, summary }).describe("An administrative penalty."))
      .describe("Administrative penalties by a higher authority (行政处罚).")
      .optional(),
    measures: z
      .record(z.string().min(1), z.number().finite())
      .describe("Counts and figures a rulebook declares in its `measures` (e.g. trades with a skills competition).")
      .optional(),
    flags: z.record(z.string().min(1), z.boolean()).describe("Yes/no facts a rulebook declares in its `flags` (e.g. canteen contracted out).").optional(),
    liabilityIncidents: z.array(LiabilityIncidentSchema).describe("The candidate's own liability incidents (自身责任事故: a person's own, or an organisation's own).").optional(),
    nonLiabilityAccidents: z
      .array(
        z
          .strictObject({
            date,
            summary,
            kind: z.enum(["safety", "quality", "foodSafety"]).describe("safety 安全, quality 质量, foodSafety 食品卫生安全."),
          })
          .describe("An accident in which the candidate bears no liability."),
      )
      .describe(
        "Accidents of the candidate in which it bears no liability (非责任事故); a liability accident goes in liabilityIncidents. The list is complete: an empty list means none.",
      )
      .optional(),
    teamLiabilityIncidents: z.array(LiabilityIncidentSchema).describe("Liability incidents of the person's department or team (本部门或班组).").optional(),
    competitionPrizes: z
      .array(
        z
          .strictObject({
            organiserTier: ScopeSchema.describe("Who organised the competition: tradeOrUnit 所在行业（单位）, department, logistics 后勤, school, …"),
            place: z.number().int().min(1).describe("The prize or place: 1 = first prize or first place (一等奖/第一名), 2 = second, …"),
            date,
            name: z.string().describe("The competition's name (not read by any rule).").optional(),
          })
          .describe("A technical competition prize."),
      )
      .describe("Technical competition prizes (技术比赛获奖).")
      .optional(),
    professionalTitle: z
      .enum(["none", "junior", "intermediate", "associateSenior", "senior"])
      .describe("Professional title (专业技术职称): none 无, junior 初级, intermediate 中级, associateSenior 副高级, senior 正高级.")
      .optional(),
    economicTargets: z
      .record(
        YearKeySchema,
        z
          .strictObject({
            target: z.number().positive().finite().describe("The economic target set by logistics (后勤下达经济指标)."),
            actual: z.number().min(0).finite().describe("The result achieved."),
          })
          .describe("One year's economic target and result."),
      )
      .describe("Economic target set by logistics and the actual result, by year (经济指标). A year with no target set goes in knownAbsent.")
      .optional(),
    collectiveTitles: z
      .array(
        z
          .strictObject({
            date,
            scope: ScopeSchema.describe("Who conferred it.").optional(),
            title: z.string().describe("The title's name (not read by any rule).").optional(),
          })
          .describe("A collective title."),
      )
      .describe("Collective titles won by the person's department or team (集体先进称号).")
      .optional(),
    misconductRecords: z.array(z.strictObject({ date, summary }).describe("A misconduct record.")).describe("Misconduct records (不良行为记录和反映).").optional(),
    revokedInPreviousRound: z.boolean().describe("Title revoked after failing an appraisal in the previous round (§六(七)); a round's ledger, when given, decides it.").optional(),
    knownAbsent: z
      .partialRecord(z.enum(KNOWN_ABSENT_FIELDS), z.array(YearKeySchema).min(1))
      .describe(
        "Years in which a list or yearly map is known to have had nothing (no economic target set, no appraisal, no honour …), where the field itself is not given or has no entry for that year: the conditions that read those years are decided instead of unknown. Not given stays unknown.",
      )
      .optional(),
    attestations: z
      .record(z.string().min(1), z.enum(["met", "notMet", "notGiven"]))
      .describe("A reviewer's attestation of a qualitative condition, keyed by the key the rulebook names (see `award-rules inputs`): met 符合, notMet 不符合, notGiven 未提供.")
      .optional(),
    application: z
      .strictObject({
        award: z
          .string()
          .min(1)
          .describe("The award applied for (an award id of the rulebook); needed only where the rulebook has more than one award a person applies for.")
          .optional(),
        category: z.string().min(1).describe("The category applied for (a category id of the award); needed where the award has categories.").optional(),
        date: IsoDateSchema.describe("The date the application was lodged."),
      })
      .describe(
        "The application: the award and category applied for and the date it was lodged. An award whose candidacy is by application (000 §五(一)) places only records that hold one.",
      )
      .optional(),
  })
  .superRefine((record, ctx) => {
    for (const problem of knownAbsentProblems(record)) ctx.addIssue(customIssue(problem));
  })
  .describe("A candidate record: a person or an organisation as an HR system holds them.");
named(CandidateRecordSchema, "CandidateRecord");
