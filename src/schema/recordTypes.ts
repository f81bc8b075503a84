// Generated from the zod schemas of src/schema/ (z.toJSONSchema, both sides) by test/schema/types.test.ts; do not edit.
// Regenerate: UPDATE_TYPES=1 npx vitest run test/schema/types.test.ts (or npm run schema)

/**
 * A candidate record as the library holds it once checked (`parseCandidate`); what a caller gives is a `CandidateRecordInput`, the same fields with read-only lists allowed.
 *
 * @example
 * ```ts
 * const kept: CandidateRecord = parseCandidate({ id: "T-001", partyMember: true });
 * ```
 */
export type CandidateRecord = {
  /** The record's id, unique in a round: two records of a round with the same id are an error. */
  id: string;
  /** The person's (or organisation's) own id, where one person has more than one record in a round (a second application, refused by 000 §三(二)). Default: the record's id. */
  personId?: string | undefined;
  /** The person's or organisation's name (not read by any rule). */
  name?: string | undefined;
  /** A person (the default) or an organisation. */
  kind?: "person" | "team" | "department" | "school" | "serviceUnit" | undefined;
  /** The department (科室) a person or team belongs to, or a service unit's category. */
  department?: string | undefined;
  /** The team (班组) a person belongs to. */
  team?: string | undefined;
  /** Employment type 用工性质; a rule's audience may name one. */
  employmentType?: "establishment" | "privatelyEmployed" | "contract" | "other" | undefined;
  /** The committee's rank of the candidate (1 = first), keyed by award id: ranks qualifiers where places are short. */
  committeeRank?: { [key: string]: number } | undefined;
  /** Scores given for scored awards, keyed by award id. */
  scores?: { [key: string]: AwardScores } | undefined;
  /** Start of work in logistics (后勤工作起始日期). */
  logisticsStartDate?: string | undefined;
  /** 党员 (true) or 群众 non-party staff (false). */
  partyMember?: boolean | undefined;
  /** 管理人员 manager, 班组长 teamLeader, or staff 员工. */
  role?: "manager" | "teamLeader" | "staff" | undefined;
  /** 学校职工年度考核: the rating by year, e.g. { "2025": "excellent" }. A year not given is unknown (see knownAbsent). */
  annualAppraisals?: { [key: string]: "excellent" | "good" | "competent" | "qualified" | "basicallyCompetent" | "incompetent" } | undefined;
  /** Individual honours (个人荣誉). The list is complete: an empty list means none. */
  honours?:
    | {
        /** individualAdvanced 个人先进称号, advancedPartyWorker 先进党务工作者, outstandingPartyMember 优秀共产党员, other 其他. */
        kind: "individualAdvanced" | "advancedPartyWorker" | "outstandingPartyMember" | "other";
        /** Who conferred it: school 校级, city 市级, … */
        scope: "tradeOrUnit" | "department" | "logistics" | "school" | "city" | "province" | "national";
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** The title's name (not read by any rule). */
        title?: string | undefined;
      }[]
    | undefined;
  /** Complaints on record (被投诉记录), verified or not. The list is complete: an empty list means none. */
  complaints?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** Found true on investigation (经查属实); not given is unknown. */
        verified?: boolean | undefined;
        /** Serious (情节严重); not given is unknown. */
        serious?: boolean | undefined;
        /** About service quality (服务质量); not given is unknown. */
        serviceQuality?: boolean | undefined;
      }[]
    | undefined;
  /** Commendations from those served (锦旗、表扬信、来电、留言). */
  commendations?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** banner 锦旗, letter 表扬信/来信, call 来电, message 留言, other 其他. */
        kind: "banner" | "letter" | "call" | "message" | "other";
        /** Found true on checking (经查属实). */
        verified: boolean;
      }[]
    | undefined;
  /** Leave and absence (病假、事假、旷工), in working days. */
  leave?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** sick 病假, personal 事假, absentWithoutLeave 旷工. */
        kind: "sick" | "personal" | "absentWithoutLeave";
        /** Working days of leave or absence. */
        workingDays: number;
      }[]
    | undefined;
  /** Disciplinary sanctions (处分) and whether each has been lifted (撤销). */
  sanctions?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** warning 警告, seriousWarning 严重警告, demerit 记过, majorDemerit 记大过, demotion 降级, removalFromPost 撤职, dismissal 开除. */
        kind: "warning" | "seriousWarning" | "demerit" | "majorDemerit" | "demotion" | "removalFromPost" | "dismissal";
        /** Lifted (撤销) by now. */
        lifted: boolean;
      }[]
    | undefined;
  /** Detentions and criminal penalties (拘留以上刑事处罚). */
  criminalPenalties?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** detention 拘留, criminal 刑事处罚. */
        kind: "detention" | "criminal";
      }[]
    | undefined;
  /** Safety hazards found (安全隐患). */
  hazards?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** A serious hazard (严重安全隐患). */
        serious: boolean;
        /** Rectified in time (及时整改). */
        rectifiedInTime: boolean;
      }[]
    | undefined;
  /** Administrative penalties by a higher authority (行政处罚). */
  administrativePenalties?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
      }[]
    | undefined;
  /** Counts and figures a rulebook declares in its `measures` (e.g. trades with a skills competition). */
  measures?: { [key: string]: number } | undefined;
  /** Yes/no facts a rulebook declares in its `flags` (e.g. canteen contracted out). */
  flags?: { [key: string]: boolean } | undefined;
  /** The candidate's own liability incidents (自身责任事故: a person's own, or an organisation's own). */
  liabilityIncidents?: LiabilityIncident[] | undefined;
  /** Accidents of the candidate in which it bears no liability (非责任事故); a liability accident goes in liabilityIncidents. The list is complete: an empty list means none. */
  nonLiabilityAccidents?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** safety 安全, quality 质量, foodSafety 食品卫生安全. */
        kind: "safety" | "quality" | "foodSafety";
      }[]
    | undefined;
  /** Liability incidents of the person's department or team (本部门或班组). */
  teamLiabilityIncidents?: LiabilityIncident[] | undefined;
  /** Technical competition prizes (技术比赛获奖). */
  competitionPrizes?:
    | {
        /** Who organised the competition: tradeOrUnit 所在行业（单位）, department, logistics 后勤, school, … */
        organiserTier: "tradeOrUnit" | "department" | "logistics" | "school" | "city" | "province" | "national";
        /** The prize or place: 1 = first prize or first place (一等奖/第一名), 2 = second, … */
        place: number;
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** The competition's name (not read by any rule). */
        name?: string | undefined;
      }[]
    | undefined;
  /** Professional title (专业技术职称): none 无, junior 初级, intermediate 中级, associateSenior 副高级, senior 正高级. */
  professionalTitle?: "none" | "junior" | "intermediate" | "associateSenior" | "senior" | undefined;
  /** Economic target set by logistics and the actual result, by year (经济指标). A year with no target set goes in knownAbsent. */
  economicTargets?:
    | {
        [key: string]: {
          /** The economic target set by logistics (后勤下达经济指标). */
          target: number;
          /** The result achieved. */
          actual: number;
        };
      }
    | undefined;
  /** Collective titles won by the person's department or team (集体先进称号). */
  collectiveTitles?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** Who conferred it. */
        scope?: "tradeOrUnit" | "department" | "logistics" | "school" | "city" | "province" | "national" | undefined;
        /** The title's name (not read by any rule). */
        title?: string | undefined;
      }[]
    | undefined;
  /** Misconduct records (不良行为记录和反映). */
  misconductRecords?:
    | {
        /** The date it happened, YYYY-MM-DD. */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
      }[]
    | undefined;
  /** Title revoked after failing an appraisal in the previous round (§六(七)); a round's ledger, when given, decides it. */
  revokedInPreviousRound?: boolean | undefined;
  /** Years in which a list or yearly map is known to have had nothing (no economic target set, no appraisal, no honour …), where the field itself is not given or has no entry for that year: the conditions that read those years are decided instead of unknown. Not given stays unknown. */
  knownAbsent?:
    | {
        [
          key in
            | "annualAppraisals"
            | "economicTargets"
            | "honours"
            | "complaints"
            | "commendations"
            | "leave"
            | "sanctions"
            | "criminalPenalties"
            | "hazards"
            | "administrativePenalties"
            | "liabilityIncidents"
            | "nonLiabilityAccidents"
            | "teamLiabilityIncidents"
            | "competitionPrizes"
            | "collectiveTitles"
            | "misconductRecords"
        ]?: string[] | undefined;
      }
    | undefined;
  /** A reviewer's attestation of a qualitative condition, keyed by the key the rulebook names (see `award-rules inputs`): met 符合, notMet 不符合, notGiven 未提供. */
  attestations?: { [key: string]: "met" | "notMet" | "notGiven" } | undefined;
  /** The application: the award and category applied for and the date it was lodged. An award whose candidacy is by application (000 §五(一)) places only records that hold one. */
  application?:
    | {
        /** The award applied for (an award id of the rulebook); needed only where the rulebook has more than one award a person applies for. */
        award?: string | undefined;
        /** The category applied for (a category id of the award); needed where the award has categories. */
        category?: string | undefined;
        /** The date the application was lodged. */
        date: string;
      }
    | undefined;
};

/**
 * A candidate record as a caller gives it to `evaluate`, `evaluateVerdicts`, `evaluateCohort` and the other functions that read records: every field of the candidate JSON Schema, each with its description. Every field but `id` is optional; a field that is not given (left out, or `undefined`) is an unknown fact, never a silent no. `null` is not a value of any field: leave a field out when it is not known.
 *
 * @example
 * ```ts
 * const record: CandidateRecordInput = { id: "T-001", partyMember: true, role: "staff", professionalTitle: undefined };
 * ```
 */
export type CandidateRecordInput = {
  /**
   * The record's id, unique in a round: two records of a round with the same id are an error.
   *
   * Must be non-empty.
   */
  id: string;
  /**
   * The person's (or organisation's) own id, where one person has more than one record in a round (a second application, refused by 000 §三(二)). Default: the record's id.
   *
   * Must be non-empty.
   */
  personId?: string | undefined;
  /** The person's or organisation's name (not read by any rule). */
  name?: string | undefined;
  /** A person (the default) or an organisation. */
  kind?: "person" | "team" | "department" | "school" | "serviceUnit" | undefined;
  /**
   * The department (科室) a person or team belongs to, or a service unit's category.
   *
   * Must be non-empty.
   */
  department?: string | undefined;
  /**
   * The team (班组) a person belongs to.
   *
   * Must be non-empty.
   */
  team?: string | undefined;
  /** Employment type 用工性质; a rule's audience may name one. */
  employmentType?: "establishment" | "privatelyEmployed" | "contract" | "other" | undefined;
  /** The committee's rank of the candidate (1 = first), keyed by award id: ranks qualifiers where places are short. */
  committeeRank?: { readonly [key: string]: number } | undefined;
  /** Scores given for scored awards, keyed by award id. */
  scores?: { readonly [key: string]: AwardScoresInput } | undefined;
  /**
   * Start of work in logistics (后勤工作起始日期).
   *
   * Must be matching `^\d{4}-\d{2}-\d{2}$`.
   */
  logisticsStartDate?: string | undefined;
  /** 党员 (true) or 群众 non-party staff (false). */
  partyMember?: boolean | undefined;
  /** 管理人员 manager, 班组长 teamLeader, or staff 员工. */
  role?: "manager" | "teamLeader" | "staff" | undefined;
  /** 学校职工年度考核: the rating by year, e.g. { "2025": "excellent" }. A year not given is unknown (see knownAbsent). */
  annualAppraisals?: { readonly [key: string]: "excellent" | "good" | "competent" | "qualified" | "basicallyCompetent" | "incompetent" } | undefined;
  /** Individual honours (个人荣誉). The list is complete: an empty list means none. */
  honours?:
    | readonly {
        /** individualAdvanced 个人先进称号, advancedPartyWorker 先进党务工作者, outstandingPartyMember 优秀共产党员, other 其他. */
        kind: "individualAdvanced" | "advancedPartyWorker" | "outstandingPartyMember" | "other";
        /** Who conferred it: school 校级, city 市级, … */
        scope: "tradeOrUnit" | "department" | "logistics" | "school" | "city" | "province" | "national";
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** The title's name (not read by any rule). */
        title?: string | undefined;
      }[]
    | undefined;
  /** Complaints on record (被投诉记录), verified or not. The list is complete: an empty list means none. */
  complaints?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** Found true on investigation (经查属实); not given is unknown. */
        verified?: boolean | undefined;
        /** Serious (情节严重); not given is unknown. */
        serious?: boolean | undefined;
        /** About service quality (服务质量); not given is unknown. */
        serviceQuality?: boolean | undefined;
      }[]
    | undefined;
  /** Commendations from those served (锦旗、表扬信、来电、留言). */
  commendations?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** banner 锦旗, letter 表扬信/来信, call 来电, message 留言, other 其他. */
        kind: "banner" | "letter" | "call" | "message" | "other";
        /** Found true on checking (经查属实). */
        verified: boolean;
      }[]
    | undefined;
  /** Leave and absence (病假、事假、旷工), in working days. */
  leave?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** sick 病假, personal 事假, absentWithoutLeave 旷工. */
        kind: "sick" | "personal" | "absentWithoutLeave";
        /**
         * Working days of leave or absence.
         *
         * Must be more than 0.
         */
        workingDays: number;
      }[]
    | undefined;
  /** Disciplinary sanctions (处分) and whether each has been lifted (撤销). */
  sanctions?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** warning 警告, seriousWarning 严重警告, demerit 记过, majorDemerit 记大过, demotion 降级, removalFromPost 撤职, dismissal 开除. */
        kind: "warning" | "seriousWarning" | "demerit" | "majorDemerit" | "demotion" | "removalFromPost" | "dismissal";
        /** Lifted (撤销) by now. */
        lifted: boolean;
      }[]
    | undefined;
  /** Detentions and criminal penalties (拘留以上刑事处罚). */
  criminalPenalties?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** detention 拘留, criminal 刑事处罚. */
        kind: "detention" | "criminal";
      }[]
    | undefined;
  /** Safety hazards found (安全隐患). */
  hazards?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** A serious hazard (严重安全隐患). */
        serious: boolean;
        /** Rectified in time (及时整改). */
        rectifiedInTime: boolean;
      }[]
    | undefined;
  /** Administrative penalties by a higher authority (行政处罚). */
  administrativePenalties?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
      }[]
    | undefined;
  /** Counts and figures a rulebook declares in its `measures` (e.g. trades with a skills competition). */
  measures?: { readonly [key: string]: number } | undefined;
  /** Yes/no facts a rulebook declares in its `flags` (e.g. canteen contracted out). */
  flags?: { readonly [key: string]: boolean } | undefined;
  /** The candidate's own liability incidents (自身责任事故: a person's own, or an organisation's own). */
  liabilityIncidents?: readonly LiabilityIncident[] | undefined;
  /** Accidents of the candidate in which it bears no liability (非责任事故); a liability accident goes in liabilityIncidents. The list is complete: an empty list means none. */
  nonLiabilityAccidents?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
        /** safety 安全, quality 质量, foodSafety 食品卫生安全. */
        kind: "safety" | "quality" | "foodSafety";
      }[]
    | undefined;
  /** Liability incidents of the person's department or team (本部门或班组). */
  teamLiabilityIncidents?: readonly LiabilityIncident[] | undefined;
  /** Technical competition prizes (技术比赛获奖). */
  competitionPrizes?:
    | readonly {
        /** Who organised the competition: tradeOrUnit 所在行业（单位）, department, logistics 后勤, school, … */
        organiserTier: "tradeOrUnit" | "department" | "logistics" | "school" | "city" | "province" | "national";
        /**
         * The prize or place: 1 = first prize or first place (一等奖/第一名), 2 = second, …
         *
         * Must be a whole number, at least 1, at most 9007199254740991.
         */
        place: number;
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** The competition's name (not read by any rule). */
        name?: string | undefined;
      }[]
    | undefined;
  /** Professional title (专业技术职称): none 无, junior 初级, intermediate 中级, associateSenior 副高级, senior 正高级. */
  professionalTitle?: "none" | "junior" | "intermediate" | "associateSenior" | "senior" | undefined;
  /** Economic target set by logistics and the actual result, by year (经济指标). A year with no target set goes in knownAbsent. */
  economicTargets?:
    | {
        readonly [key: string]: {
          /**
           * The economic target set by logistics (后勤下达经济指标).
           *
           * Must be more than 0.
           */
          target: number;
          /**
           * The result achieved.
           *
           * Must be at least 0.
           */
          actual: number;
        };
      }
    | undefined;
  /** Collective titles won by the person's department or team (集体先进称号). */
  collectiveTitles?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** Who conferred it. */
        scope?: "tradeOrUnit" | "department" | "logistics" | "school" | "city" | "province" | "national" | undefined;
        /** The title's name (not read by any rule). */
        title?: string | undefined;
      }[]
    | undefined;
  /** Misconduct records (不良行为记录和反映). */
  misconductRecords?:
    | readonly {
        /**
         * The date it happened, YYYY-MM-DD.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
        /** A free-text note (not read by any rule). */
        summary?: string | undefined;
      }[]
    | undefined;
  /** Title revoked after failing an appraisal in the previous round (§六(七)); a round's ledger, when given, decides it. */
  revokedInPreviousRound?: boolean | undefined;
  /** Years in which a list or yearly map is known to have had nothing (no economic target set, no appraisal, no honour …), where the field itself is not given or has no entry for that year: the conditions that read those years are decided instead of unknown. Not given stays unknown. */
  knownAbsent?:
    | {
        readonly [
          key in
            | "annualAppraisals"
            | "economicTargets"
            | "honours"
            | "complaints"
            | "commendations"
            | "leave"
            | "sanctions"
            | "criminalPenalties"
            | "hazards"
            | "administrativePenalties"
            | "liabilityIncidents"
            | "nonLiabilityAccidents"
            | "teamLiabilityIncidents"
            | "competitionPrizes"
            | "collectiveTitles"
            | "misconductRecords"
        ]?: readonly string[] | undefined;
      }
    | undefined;
  /** A reviewer's attestation of a qualitative condition, keyed by the key the rulebook names (see `award-rules inputs`): met 符合, notMet 不符合, notGiven 未提供. */
  attestations?: { readonly [key: string]: "met" | "notMet" | "notGiven" } | undefined;
  /** The application: the award and category applied for and the date it was lodged. An award whose candidacy is by application (000 §五(一)) places only records that hold one. */
  application?:
    | {
        /**
         * The award applied for (an award id of the rulebook); needed only where the rulebook has more than one award a person applies for.
         *
         * Must be non-empty.
         */
        award?: string | undefined;
        /**
         * The category applied for (a category id of the award); needed where the award has categories.
         *
         * Must be non-empty.
         */
        category?: string | undefined;
        /**
         * The date the application was lodged.
         *
         * Must be matching `^\d{4}-\d{2}-\d{2}$`.
         */
        date: string;
      }
    | undefined;
};

/**
 * The kind of candidate: person 个人, team 班组, department 科室/部门, school 学校, serviceUnit 服务单位.
 *
 * @example
 * ```ts
 * const kind: CandidateKind = "team";
 * ```
 */
export type CandidateKind = "person" | "team" | "department" | "school" | "serviceUnit";

/**
 * Employment type 用工性质: establishment 在编在岗财政供养的正式教职工, privatelyEmployed 民办职工, contract 合同制或劳务派遣, other 其他.
 *
 * @example
 * ```ts
 * const employment: EmploymentType = "establishment";
 * ```
 */
export type EmploymentType = "establishment" | "privatelyEmployed" | "contract" | "other";

/**
 * The scores given for one scored award.
 *
 * As parsed: every default filled in. `AwardScoresInput` is what may be written.
 *
 * @example
 * ```ts
 * const scores: AwardScores = { items: { total: 88 } };
 * ```
 */
export type AwardScores = {
  /** Points per rubric item or deployment-set bonus item, keyed by the item's id. */
  items?: { [key: string]: number } | undefined;
  /** Score per weighted component, keyed by the component's id. */
  components?: { [key: string]: number } | undefined;
};

/**
 * The scores given for one scored award.
 *
 * As it may be written: a field with a default may be left out, and lists may be read-only. Parsing gives a `AwardScores`.
 */
export type AwardScoresInput = {
  /** Points per rubric item or deployment-set bonus item, keyed by the item's id. */
  items?: { readonly [key: string]: number } | undefined;
  /** Score per weighted component, keyed by the component's id. */
  components?: { readonly [key: string]: number } | undefined;
};

/**
 * A calendar date written YYYY-MM-DD.
 *
 * @example
 * ```ts
 * const asOf: IsoDate = "2026-11-26";
 * ```
 */
export type IsoDate = string;

/** A year written with four digits, e.g. "2025". */
export type YearKey = string;

/**
 * An annual appraisal rating: excellent 优秀, good 良好, competent 称职, qualified 合格, basicallyCompetent 基本称职, incompetent 不称职.
 *
 * @example
 * ```ts
 * const rating: AppraisalRating = "excellent";
 * ```
 */
export type AppraisalRating = "excellent" | "good" | "competent" | "qualified" | "basicallyCompetent" | "incompetent";

/**
 * A scope: tradeOrUnit 所在行业（单位）, department 部门, logistics 后勤, school 校级, city 市级, province 省级, national 国家级.
 *
 * @example
 * ```ts
 * const scope: Scope = "school";
 * ```
 */
export type Scope = "tradeOrUnit" | "department" | "logistics" | "school" | "city" | "province" | "national";

/**
 * A liability incident (责任事故).
 *
 * @example
 * ```ts
 * const incident: LiabilityIncident = { date: "2025-03-02", kind: "safety", major: false };
 * ```
 */
export type LiabilityIncident = {
  /** The date it happened, YYYY-MM-DD. */
  date: string;
  /** A free-text note (not read by any rule). */
  summary?: string | undefined;
  /** safety 安全, quality 质量, foodSafety 食品卫生安全 (a food-safety accident, such as food poisoning). */
  kind: "safety" | "quality" | "foodSafety";
  /** A major (重大) incident. */
  major: boolean;
  /** Caused by negligence or dereliction (失职、渎职) with an economic loss; not given is unknown. */
  negligentWithLoss?: boolean | undefined;
};

/** The same as `LiabilityIncident` (what may be written is what parsing gives); kept for code written with this name. */
export type LiabilityIncidentInput = LiabilityIncident;
