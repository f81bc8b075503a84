// Generated from the bundled rule files (rules/*.json) by test/load/bundledIds.test.ts; do not edit.
// Regenerate: UPDATE_TYPES=1 npx vitest run test/load/bundledIds.test.ts

/**
 * The ids each bundled rulebook names, as literal types, by the rulebook's id: what
 * `bundledRulebook(id)` returns is typed by them, so a misspelt award, category, level or
 * attestation key is a compile error.
 *
 * @example
 * ```ts
 * type Categories = BundledRulebookIds["model-post-000"]["category"]; // "management" | "party" | "staff"
 * ```
 */
export interface BundledRulebookIds {
  /** 后勤“优质服务示范岗”活动实施办法 (Logistics 'quality service model post' scheme) */
  "model-post-000": {
    award: "model-post";
    scoredAward: never;
    category: "management" | "party" | "staff";
    level: 1 | 2 | 3;
    attestation:
      | "management.1.1"
      | "management.1.2"
      | "management.1.3"
      | "management.1.4"
      | "management.2.1"
      | "management.2.2"
      | "management.2.3"
      | "management.2.4"
      | "management.3.1"
      | "management.3.2"
      | "management.3.3"
      | "management.3.4"
      | "party.1.1"
      | "party.1.2"
      | "party.1.3"
      | "party.2.1"
      | "party.2.2"
      | "party.2.3"
      | "party.3.1"
      | "party.3.2"
      | "party.3.3"
      | "requirements.conduct"
      | "staff.1.1"
      | "staff.1.2"
      | "staff.1.4"
      | "staff.1.6.2"
      | "staff.1.6.3.2"
      | "staff.2.1"
      | "staff.2.2"
      | "staff.2.4"
      | "staff.2.6.2"
      | "staff.3.1"
      | "staff.3.2"
      | "staff.3.4";
    measure: never;
    flag: never;
  };
  /** “优质服务示范岗”、“优秀服务标兵”评选细则 (selection rules for the 'quality service model post' and 'service star') */
  "service-model-post-001": {
    award: never;
    scoredAward: "service-model-post" | "service-star";
    category: never;
    level: never;
    attestation: never;
    measure: never;
    flag: never;
  };
  /** “党员示范岗”考核细则 (assessment rules for the party model post) */
  "party-model-post-002": {
    award: never;
    scoredAward: "party-model-post";
    category: never;
    level: never;
    attestation: "veto-21.3";
    measure: never;
    flag: never;
  };
  /** 2017 年度后勤“优质服务月”活动评优办法 (2017 logistics service-month award rules) */
  "service-month-2017-003": {
    award: never;
    scoredAward: "excellent-individual" | "excellent-organisation" | "excellent-team";
    category: never;
    level: never;
    attestation: "individual.1" | "individual.2" | "individual.3" | "individual.4" | "org.1" | "org.3" | "org.6" | "org.7" | "team.1" | "team.3" | "team.4";
    measure: "notableServices" | "skillCompetitionTrades";
    flag: never;
  };
  /** 学校后勤服务精细化管理实施方案（篇1、2、9、11、13、14） (school logistics management plans (nos. 1, 2, 9, 11, 13, 14)) */
  "logistics-plans-004": {
    award: never;
    scoredAward: "canteen-staff-review" | "excellent-service-unit" | "school-logistics-evaluation" | "service-star" | "staff-appraisal" | "winning-team";
    category: never;
    level: never;
    attestation: "cap.integrity.when";
    measure: "canteenReviewApprovalShare";
    flag: "canteenOrDormitoryContractedOut" | "canteenStaff" | "rankedLastInCanteenReview";
  };
}

/**
 * The id of a bundled rulebook.
 *
 * @example
 * ```ts
 * const id: BundledRulebookId = "model-post-000";
 * ```
 */
export type BundledRulebookId = keyof BundledRulebookIds;
