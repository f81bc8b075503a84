import { z } from "zod";
import { IsoDateSchema, YearKeySchema } from "./primitives.js";

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
export const AppraisalRatingSchema = z.enum([
  "excellent",
  "good",
  "competent",
  "qualified",
  "basicallyCompetent",
  "incompetent",
]);

/** One annual appraisal rating. */
export type AppraisalRating = z.infer<typeof AppraisalRatingSchema>;

/**
 * Scope of an honour or a competition's organiser, from the own unit up to national.
 * `tradeOrUnit` is 所在行业（单位）; `logistics` is 后勤; `school` 校级; then city, province, national.
 *
 * @example
 * ```ts
 * ScopeSchema.parse("school");
 * ```
 */
export const ScopeSchema = z.enum(["tradeOrUnit", "department", "logistics", "school", "city", "province", "national"]);

/** The scope of an honour or organiser. */
export type Scope = z.infer<typeof ScopeSchema>;

const datedNote = { date: IsoDateSchema, summary: z.string().optional() };

/**
 * A safety or quality liability incident (安全与质量责任事故), with a `major` (重大) flag.
 *
 * @example
 * ```ts
 * LiabilityIncidentSchema.parse({ date: "2025-03-02", kind: "safety", major: false });
 * ```
 */
export const LiabilityIncidentSchema = z.strictObject({
  ...datedNote,
  kind: z.enum(["safety", "quality", "foodSafety"]),
  major: z.boolean(),
  /** Caused by negligence or dereliction (失职、渎职), with an economic loss. */
  negligentWithLoss: z.boolean().optional(),
});

/**
 * The kind of candidate: a person, or an organisation (a team 班组, a department 科室/部门,
 * a school 学校, a service unit 服务单位).
 *
 * @example
 * ```ts
 * CandidateKindSchema.parse("team");
 * ```
 */
export const CandidateKindSchema = z.enum(["person", "team", "department", "school", "serviceUnit"]);

/** The kind of candidate. */
export type CandidateKind = z.infer<typeof CandidateKindSchema>;

/**
 * Scores given for one scored award: rubric item points, weighted components (each out of
 * 100), and points of bonus items whose value a deployment sets.
 *
 * @example
 * ```ts
 * AwardScoresSchema.parse({ items: { "1": 5, "2": 4 }, components: { leadingGroup: 88 } });
 * ```
 */
export const AwardScoresSchema = z.strictObject({
  items: z.record(z.string().min(1), z.number().finite()).optional(),
  components: z.record(z.string().min(1), z.number().finite()).optional(),
});

/**
 * A person as a school HR system holds them. Every field but `id` is optional: a field that
 * is not given is an unknown fact, never a silent "no". An empty list is a known "none".
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
export const CandidateRecordSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  /** A person (the default) or an organisation. */
  kind: CandidateKindSchema.optional(),
  /** The department (科室) a person or team belongs to, or a service unit's category. */
  department: z.string().min(1).optional(),
  /** The team (班组) a person belongs to. */
  team: z.string().min(1).optional(),
  /** A committee's rank of the candidate (1 = first), keyed by award id: used to rank a round. */
  committeeRank: z.record(z.string().min(1), z.number().int().min(1)).optional(),
  /** Scores given for scored awards, keyed by award id. */
  scores: z.record(z.string().min(1), AwardScoresSchema).optional(),
  /** Start of work in logistics (后勤工作起始日期). */
  logisticsStartDate: IsoDateSchema.optional(),
  /** 党员 (true) or 群众 non-party staff (false). */
  partyMember: z.boolean().optional(),
  /** 管理人员 manager, 班组长 team leader, or staff. */
  role: z.enum(["manager", "teamLeader", "staff"]).optional(),
  /** 学校职工年度考核: rating by year. */
  annualAppraisals: z.record(YearKeySchema, AppraisalRatingSchema).optional(),
  /** Individual honours (个人荣誉). */
  honours: z
    .array(
      z.strictObject({
        kind: z.enum(["individualAdvanced", "advancedPartyWorker", "outstandingPartyMember", "other"]),
        scope: ScopeSchema,
        date: IsoDateSchema,
        title: z.string().optional(),
      }),
    )
    .optional(),
  /** Verified complaints (经核实的投诉记录); `serious` (情节严重) and `serviceQuality` (服务质量) where known. */
  verifiedComplaints: z
    .array(z.strictObject({ ...datedNote, serious: z.boolean().optional(), serviceQuality: z.boolean().optional() }))
    .optional(),
  /** Verified commendations from those served (锦旗、表扬信、来电、留言). */
  commendations: z
    .array(z.strictObject({ ...datedNote, kind: z.enum(["banner", "letter", "call", "message", "other"]), verified: z.boolean() }))
    .optional(),
  /** Leave and absence (病假、事假、旷工), in working days. */
  leave: z
    .array(
      z.strictObject({
        ...datedNote,
        kind: z.enum(["sick", "personal", "absentWithoutLeave"]),
        workingDays: z.number().positive().finite(),
      }),
    )
    .optional(),
  /** Disciplinary sanctions (处分) and whether each has been lifted (撤销). */
  sanctions: z
    .array(
      z.strictObject({
        ...datedNote,
        kind: z.enum(["warning", "seriousWarning", "demerit", "majorDemerit", "demotion", "dismissal"]),
        lifted: z.boolean(),
      }),
    )
    .optional(),
  /** Criminal penalties (拘留以上刑事处罚) and administrative detention. */
  criminalPenalties: z.array(z.strictObject({ ...datedNote, kind: z.enum(["detention", "criminal"]) })).optional(),
  /** Safety hazards found (安全隐患): serious or not, rectified in time or not. */
  hazards: z.array(z.strictObject({ ...datedNote, serious: z.boolean(), rectifiedInTime: z.boolean() })).optional(),
  /** Administrative penalties by a higher authority (行政处罚). */
  administrativePenalties: z.array(z.strictObject(datedNote)).optional(),
  /** Counts and figures a rulebook declares in its `measures` (e.g. trades with a skills competition). */
  measures: z.record(z.string().min(1), z.number().finite()).optional(),
  /** Yes/no facts a rulebook declares in its `flags` (e.g. canteen contracted out). */
  flags: z.record(z.string().min(1), z.boolean()).optional(),
  /** The person's own liability incidents. */
  liabilityIncidents: z.array(LiabilityIncidentSchema).optional(),
  /** Liability incidents of the person's department or team (本部门或班组). */
  teamLiabilityIncidents: z.array(LiabilityIncidentSchema).optional(),
  /** Technical competition prizes (技术比赛获奖): organiser tier, place (1 = first prize or first place). */
  competitionPrizes: z
    .array(
      z.strictObject({
        organiserTier: ScopeSchema,
        place: z.number().int().min(1),
        date: IsoDateSchema,
        name: z.string().optional(),
      }),
    )
    .optional(),
  /** Professional title (专业技术职称). */
  professionalTitle: z.enum(["none", "junior", "intermediate", "associateSenior", "senior"]).optional(),
  /** Economic target set by logistics and the actual result, by year (经济指标). */
  economicTargets: z
    .record(
      YearKeySchema,
      z.strictObject({ target: z.number().positive().finite(), actual: z.number().min(0).finite() }),
    )
    .optional(),
  /** Collective titles won by the person's department or team (集体先进称号). */
  collectiveTitles: z
    .array(z.strictObject({ date: IsoDateSchema, scope: ScopeSchema.optional(), title: z.string().optional() }))
    .optional(),
  /** Misconduct records (不良行为记录和反映). */
  misconductRecords: z.array(z.strictObject(datedNote)).optional(),
  /** Title revoked after failing an appraisal in the previous round (§六(七)). */
  revokedInPreviousRound: z.boolean().optional(),
  /** A reviewer's attestation of a qualitative condition, keyed by the condition's id. */
  attestations: z.record(z.string().min(1), z.enum(["met", "notMet", "notGiven"])).optional(),
  /** The application: category applied for and the date it was lodged. */
  application: z
    .strictObject({
      category: z.string().min(1),
      date: IsoDateSchema,
    })
    .optional(),
});

/** A candidate record as given by an HR system. */
export type CandidateRecord = z.infer<typeof CandidateRecordSchema>;
