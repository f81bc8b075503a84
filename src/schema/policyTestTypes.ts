// Generated from the zod schemas of src/schema/ (z.toJSONSchema, both sides) by test/schema/types.test.ts; do not edit.
// Regenerate: UPDATE_TYPES=1 npx vitest run test/schema/types.test.ts (or npm run schema)

/**
 * A policy test: a rulebook, a date, a record or a round, and the outcome the documents give.
 *
 * @example
 * ```ts
 * const policyTest: PolicyTest = {
 *   name: "staff level 2", description: "…", rulebook: "model-post-000", award: "model-post", asOf: "2026-11-26",
 *   input: { id: "T-1" }, expected: { status: "pendingReview" },
 * };
 * parsePolicyTest(policyTest);
 * ```
 */
export type PolicyTest = {
  /** The JSON Schema of policy tests, for editors. */
  $schema?: string | undefined;
  /** A short name. */
  name: string;
  /** The name in Chinese, shown by Chinese reports (they show `name` when it is absent). */
  nameZh?: string | undefined;
  /** How the expected outcome follows from the document, clause by clause. */
  description: string;
  /** The rulebook's id (a bundled one such as model-post-000, or the id of a rule file given with --rules). */
  rulebook: string;
  /** The award's id. */
  award: string;
  /** The evaluation date. */
  asOf: string;
  /** What a deployment sets (002 bonus maxima). */
  deployment?:
    | {
        /** Maxima of bonus items the document leaves open (each 0 to 100,000 points). */
        bonusMaxima?: { [key: string]: number } | undefined;
      }
    | undefined;
  /** One record to evaluate. */
  input?: { [key: string]: unknown } | undefined;
  /** A round's records. */
  records?: { [key: string]: unknown }[] | undefined;
  /** A round's records in a JSON array or NDJSON file, relative to the test file. */
  recordsFile?: string | undefined;
  /** A pay rule to compute (the test's award is the pay rule's id). */
  pay?:
    | {
        /** The pay rule's inputs (the award names the pay rule). */
        inputs: { [key: string]: number | number[] };
        /** The person the pay is for, checked against whom the rule covers. */
        record?: { [key: string]: unknown } | undefined;
      }
    | undefined;
  /** Options of the round. */
  round?:
    | {
        /** The previous round's revocations. */
        previousRound?:
          | {
              /** Ids revoked in the previous round. */
              revoked: string[];
            }
          | undefined;
        /** Headcounts for share quotas. */
        populations?:
          | {
              /** The headcount in all (0 to 1,000,000). */
              total?: number | undefined;
              /** Headcounts by department (each 0 to 1,000,000). */
              byDepartment?: { [key: string]: number } | undefined;
            }
          | undefined;
        /** Overrides the rule file's setting. */
        whenLevelFull?: "placeAtLowerLevel" | "leaveOut" | undefined;
        /** Applications each department may make this year (each 0 to 1,000,000). */
        departmentLimits?: { [key: string]: number } | undefined;
        /** What the committee decided. */
        committee?:
          | {
              /** The day the committee decided. */
              date: string;
              /** Decisions on single candidates. */
              decisions?:
                | {
                    /** The candidate. */
                    recordId: string;
                    /** Awarded (true) or not (false). */
                    awarded: boolean;
                    /** The level awarded, where the round cannot tell. */
                    level?: number | undefined;
                  }[]
                | undefined;
              /** Approve every place proposed that no decision names. */
              approveProposals?: boolean | undefined;
            }
          | undefined;
      }
    | undefined;
  /** What the documents say the outcome must be: of one record, or of a round. */
  expected: {
    /** The overall status: level awards qualified / notQualified / pendingReview / refused / notApplied; scored awards scored / vetoed / ineligible / pendingReview / refused / notApplied. */
    status?: "qualified" | "notQualified" | "pendingReview" | "refused" | "notApplied" | "scored" | "vetoed" | "ineligible" | undefined;
    /** For a record that did not apply (status notApplied): what it would come to if it applied. */
    ifApplied?:
      | {
          /** What the record would come to if it applied. */
          status: "qualified" | "notQualified" | "pendingReview" | "scored" | "vetoed" | "ineligible";
          /** The category it would reach (level awards). */
          category?: string | null | undefined;
          /** The level it would reach (level awards). */
          level?: number | null | undefined;
        }
      | undefined;
    /** The category of the level reached (null unless qualified). */
    category?: string | null | undefined;
    /** The level reached (null unless qualified). */
    level?: number | null | undefined;
    /** The reward (null when none). */
    reward?:
      /** An amount with its unit. */
      | {
          /** The amount. */
          value: number;
          /** Its unit. */
          unit: string;
        }
      | null
      | undefined;
    /** Every category's level statuses, e.g. { "staff": { "1": "fail", "2": "pass", "3": "pass" } }: compared whole. */
    levels?: { [key: string]: { [key: string]: "pass" | "fail" | "unknown" } } | undefined;
    /** Condition nodes by id and their status, e.g. { "staff.1.3": "fail" }. */
    conditions?: { [key: string]: "pass" | "fail" | "unknown" } | undefined;
    /** The ids of the conditions that refuse the application: compared as a set ([] for none). */
    refusal?: string[] | undefined;
    /** Inputs that must be listed as still missing (each one; others may be listed too). */
    missingFacts?: string[] | undefined;
    /** Clauses (e.g. "000 §四(二)1(3)") a reason that decides the result must cite: a decisive condition, a veto that holds, a grade step taken. */
    cites?: string[] | undefined;
    /** The score grades are read from. */
    score?: number | null | undefined;
    /** The rubric's total. */
    rubricTotal?: number | null | undefined;
    /** Rubric section subtotals by section id. */
    sections?: { [key: string]: number | null } | undefined;
    /** Bonus points before their cap. */
    bonusBeforeCap?: number | null | undefined;
    /** Bonus points after their cap. */
    bonusAfterCap?: number | null | undefined;
    /** The weighted composite. */
    composite?: number | null | undefined;
    /** The grade (a band's id; null for none). */
    grade?: string | null | undefined;
    /** Vetoes by id and their status (pass: the veto holds). */
    vetoes?: { [key: string]: "pass" | "fail" | "unknown" } | undefined;
    /** Grade steps that must be among the result's. */
    gradeSteps?:
      | {
          /** The step's kind. */
          kind: "band" | "cap" | "forced" | "noBand" | "veto";
          /** The band's grade, the cap's or forced grade's id. */
          id: string;
          /** pass, fail or unknown. */
          status: "pass" | "fail" | "unknown";
        }[]
      | undefined;
    /** The prize (null when none). */
    prize?:
      /** An amount with its unit. */
      | {
          /** The amount. */
          value: number;
          /** Its unit. */
          unit: string;
        }
      | null
      | undefined;
    /** Consequences by id and whether they apply (pass). */
    consequences?: { [key: string]: "pass" | "fail" | "unknown" } | undefined;
    /** Gap analysis: for the levels named, what would have to change. */
    gaps?:
      | {
          /** The category. */
          category: string;
          /** A level not reached. */
          level: number;
          /** The smallest sets of condition ids that would have to change, one of which is enough (compared as sets). */
          options: string[][];
          /** For conditions blocked by a dated record: the first date it leaves the window, by condition id (compared whole). */
          clearsOn?: { [key: string]: string } | undefined;
        }[]
      | undefined;
    /** A pay test: the formulas' values by name (each one given). */
    values?: { [key: string]: number } | undefined;
    /** The evaluation must fail listing every one of these issues (code and path). */
    errors?:
      | {
          /** The issue code. */
          code: string;
          /** The path. */
          path: (string | number)[];
        }[]
      | undefined;
    /** The evaluation (or round) must fail with an issue of this code and path. */
    error?:
      | {
          /** The issue code expected (invalid_record, invalid_score, outside_audience…). */
          code: string;
          /** The path. */
          path: (string | number)[];
        }
      | undefined;
    /** final, or provisional while an applicant is pending, a tie is open or a decision is awaited. */
    roundStatus?: "final" | "provisional" | undefined;
    /** Placements by record id: each field given is compared. */
    placements?:
      | {
          [key: string]: {
            /** The placement's status. */
            status?: "placed" | "proposed" | "provisional" | "notPlaced" | "notApplied" | "refused" | "notQualified" | "pendingReview" | "vetoed" | "ineligible" | undefined;
            /** The level placed (or proposed) at. */
            level?: number | null | undefined;
            /** The grade after the round's quota. */
            grade?: string | null | undefined;
            /** The rank where a quota decided. */
            rank?: number | null | undefined;
            /** The category (applied for, or the record's). */
            category?: string | null | undefined;
            /** The reward of the place (null when none). */
            reward?:
              /** An amount with its unit. */
              | {
                  /** The amount. */
                  value: number;
                  /** Its unit. */
                  unit: string;
                }
              | null
              | undefined;
          };
        }
      | undefined;
    /** How many are placed. */
    placedCount?: number | undefined;
    /** How many are proposed, awaiting the committee. */
    proposedCount?: number | undefined;
    /** How many records applied. */
    applicants?: number | undefined;
    /** Quota lines that must be among the round's. */
    quotas?:
      | {
          /** The level (level 1), the round, or a bucket (a category, a department, all). */
          key: string;
          /** Its places (null: no limit). */
          quota?: number | null | undefined;
          /** Places given (final). */
          placed?: number | undefined;
          /** Places proposed, awaiting the committee. */
          proposed?: number | undefined;
          /** Places held by ties. */
          provisional?: number | undefined;
          /** Places given to nobody. */
          empty?: number | null | undefined;
        }[]
      | undefined;
    /** What the round is waiting for. */
    outstanding?:
      | {
          /** The applicants still pending review (as a set). */
          pending?: string[] | undefined;
          /** The candidates the committee has still to decide on (as a set). */
          decisions?: string[] | undefined;
        }
      | undefined;
    /** The 公示 list, in order (compared line by line, the fields given). */
    awardees?:
      | {
          /** The record. */
          recordId: string;
          /** The level. */
          level?: number | null | undefined;
          /** The grade. */
          grade?: string | null | undefined;
          /** The category. */
          category?: string | null | undefined;
          /** The reward. */
          reward?:
            /** An amount with its unit. */
            | {
                /** The amount. */
                value: number;
                /** Its unit. */
                unit: string;
              }
            | null
            | undefined;
          /** placed, or proposed awaiting the committee. */
          status?: "placed" | "proposed" | undefined;
        }[]
      | undefined;
    /** The round's ties, compared as a whole ([] for none). */
    ties?:
      | {
          /** Where the tie is. */
          key: string;
          /** How many places. */
          places: number;
          /** The tied candidates named (as a set). */
          candidates: string[];
        }[]
      | undefined;
  };
  /** What happens after the round. */
  afterRound?:
    | {
        /** The holders' reviews during the term. */
        reviews: {
          /** The holder. */
          recordId: string;
          /** The review's date. */
          date: string;
          /** passed, failed, problems found (kept, urged to put them right), or left the post. */
          outcome: "passed" | "failed" | "problemsFound" | "left";
        }[];
        /** The date the ledger is drawn up on. */
        asOf: string;
        /** What the ledger must say. */
        expected: {
          /** Holders by id and their standing. */
          holders?: { [key: string]: "holding" | "expired" | "revoked" | "left" } | undefined;
          /** What the reviews brought each holder named, in date order (重点推荐, 督促整改). */
          outcomes?: { [key: string]: ("priorityRecommendation" | "rectificationUrged")[] } | undefined;
          /** Who is barred from the next round (as a set). */
          barredFromNextRound?: string[] | undefined;
          /** Whose places were left empty (as a set); none is filled again unless the rules say so. */
          vacancies?: string[] | undefined;
          /** Whether any empty place is filled again. */
          refilled?: boolean | undefined;
          /** The review dates of the term. */
          reviewsDue?: string[] | undefined;
        };
        /** The next round, evaluated with this round's ledger. */
        nextRound?:
          | {
              /** The round's evaluation date. */
              asOf: string;
              /** The round's records. */
              records: { [key: string]: unknown }[];
              /** Options of that round. */
              round?:
                | {
                    /** What the committee decided. */
                    committee?:
                      | {
                          /** The day the committee decided. */
                          date: string;
                          /** Decisions on single candidates. */
                          decisions?:
                            | {
                                /** The candidate. */
                                recordId: string;
                                /** Awarded (true) or not (false). */
                                awarded: boolean;
                                /** The level awarded, where the round cannot tell. */
                                level?: number | undefined;
                              }[]
                            | undefined;
                          /** Approve every place proposed that no decision names. */
                          approveProposals?: boolean | undefined;
                        }
                      | undefined;
                  }
                | undefined;
              /** What a test expects of a round. */
              expected: RoundExpectation;
            }
          | undefined;
        /** Other rounds given the same ledger (a round two years on, which must refuse it). */
        laterRounds?:
          | {
              /** The round's evaluation date. */
              asOf: string;
              /** The round's records. */
              records: { [key: string]: unknown }[];
              /** Options of that round. */
              round?:
                | {
                    /** What the committee decided. */
                    committee?:
                      | {
                          /** The day the committee decided. */
                          date: string;
                          /** Decisions on single candidates. */
                          decisions?:
                            | {
                                /** The candidate. */
                                recordId: string;
                                /** Awarded (true) or not (false). */
                                awarded: boolean;
                                /** The level awarded, where the round cannot tell. */
                                level?: number | undefined;
                              }[]
                            | undefined;
                          /** Approve every place proposed that no decision names. */
                          approveProposals?: boolean | undefined;
                        }
                      | undefined;
                  }
                | undefined;
              /** What a test expects of a round. */
              expected: RoundExpectation;
            }[]
          | undefined;
      }
    | undefined;
};

/**
 * What a test expects of a round.
 *
 * @example
 * ```ts
 * const expected: RoundExpectation = { roundStatus: "final", placements: { "R-01": { status: "placed", level: 1 } } };
 * ```
 */
export type RoundExpectation = {
  /** final, or provisional while an applicant is pending, a tie is open or a decision is awaited. */
  roundStatus?: "final" | "provisional" | undefined;
  /** Placements by record id: each field given is compared. */
  placements?:
    | {
        [key: string]: {
          /** The placement's status. */
          status?: "placed" | "proposed" | "provisional" | "notPlaced" | "notApplied" | "refused" | "notQualified" | "pendingReview" | "vetoed" | "ineligible" | undefined;
          /** The level placed (or proposed) at. */
          level?: number | null | undefined;
          /** The grade after the round's quota. */
          grade?: string | null | undefined;
          /** The rank where a quota decided. */
          rank?: number | null | undefined;
          /** The category (applied for, or the record's). */
          category?: string | null | undefined;
          /** The reward of the place (null when none). */
          reward?:
            /** An amount with its unit. */
            | {
                /** The amount. */
                value: number;
                /** Its unit. */
                unit: string;
              }
            | null
            | undefined;
        };
      }
    | undefined;
  /** How many are placed. */
  placedCount?: number | undefined;
  /** How many are proposed, awaiting the committee. */
  proposedCount?: number | undefined;
  /** How many records applied. */
  applicants?: number | undefined;
  /** Quota lines that must be among the round's. */
  quotas?:
    | {
        /** The level (level 1), the round, or a bucket (a category, a department, all). */
        key: string;
        /** Its places (null: no limit). */
        quota?: number | null | undefined;
        /** Places given (final). */
        placed?: number | undefined;
        /** Places proposed, awaiting the committee. */
        proposed?: number | undefined;
        /** Places held by ties. */
        provisional?: number | undefined;
        /** Places given to nobody. */
        empty?: number | null | undefined;
      }[]
    | undefined;
  /** What the round is waiting for. */
  outstanding?:
    | {
        /** The applicants still pending review (as a set). */
        pending?: string[] | undefined;
        /** The candidates the committee has still to decide on (as a set). */
        decisions?: string[] | undefined;
      }
    | undefined;
  /** The 公示 list, in order (compared line by line, the fields given). */
  awardees?:
    | {
        /** The record. */
        recordId: string;
        /** The level. */
        level?: number | null | undefined;
        /** The grade. */
        grade?: string | null | undefined;
        /** The category. */
        category?: string | null | undefined;
        /** The reward. */
        reward?:
          /** An amount with its unit. */
          | {
              /** The amount. */
              value: number;
              /** Its unit. */
              unit: string;
            }
          | null
          | undefined;
        /** placed, or proposed awaiting the committee. */
        status?: "placed" | "proposed" | undefined;
      }[]
    | undefined;
  /** The round's ties, compared as a whole ([] for none). */
  ties?:
    | {
        /** Where the tie is. */
        key: string;
        /** How many places. */
        places: number;
        /** The tied candidates named (as a set). */
        candidates: string[];
      }[]
    | undefined;
  /** The round must fail with an issue of this code and path. */
  error?:
    | {
        /** The issue code. */
        code: string;
        /** The path. */
        path: (string | number)[];
      }
    | undefined;
};

/**
 * What a test expects of one record's evaluation.
 *
 * @example
 * ```ts
 * const expected: RecordExpectation = { status: "qualified", category: "staff", level: 2, conditions: { "staff.1.3": "fail" } };
 * ```
 */
export type RecordExpectation = {
  /** The overall status: level awards qualified / notQualified / pendingReview / refused / notApplied; scored awards scored / vetoed / ineligible / pendingReview / refused / notApplied. */
  status?: "qualified" | "notQualified" | "pendingReview" | "refused" | "notApplied" | "scored" | "vetoed" | "ineligible" | undefined;
  /** For a record that did not apply (status notApplied): what it would come to if it applied. */
  ifApplied?:
    | {
        /** What the record would come to if it applied. */
        status: "qualified" | "notQualified" | "pendingReview" | "scored" | "vetoed" | "ineligible";
        /** The category it would reach (level awards). */
        category?: string | null | undefined;
        /** The level it would reach (level awards). */
        level?: number | null | undefined;
      }
    | undefined;
  /** The category of the level reached (null unless qualified). */
  category?: string | null | undefined;
  /** The level reached (null unless qualified). */
  level?: number | null | undefined;
  /** The reward (null when none). */
  reward?:
    /** An amount with its unit. */
    | {
        /** The amount. */
        value: number;
        /** Its unit. */
        unit: string;
      }
    | null
    | undefined;
  /** Every category's level statuses, e.g. { "staff": { "1": "fail", "2": "pass", "3": "pass" } }: compared whole. */
  levels?: { [key: string]: { [key: string]: "pass" | "fail" | "unknown" } } | undefined;
  /** Condition nodes by id and their status, e.g. { "staff.1.3": "fail" }. */
  conditions?: { [key: string]: "pass" | "fail" | "unknown" } | undefined;
  /** The ids of the conditions that refuse the application: compared as a set ([] for none). */
  refusal?: string[] | undefined;
  /** Inputs that must be listed as still missing (each one; others may be listed too). */
  missingFacts?: string[] | undefined;
  /** Clauses (e.g. "000 §四(二)1(3)") a reason that decides the result must cite: a decisive condition, a veto that holds, a grade step taken. */
  cites?: string[] | undefined;
  /** The score grades are read from. */
  score?: number | null | undefined;
  /** The rubric's total. */
  rubricTotal?: number | null | undefined;
  /** Rubric section subtotals by section id. */
  sections?: { [key: string]: number | null } | undefined;
  /** Bonus points before their cap. */
  bonusBeforeCap?: number | null | undefined;
  /** Bonus points after their cap. */
  bonusAfterCap?: number | null | undefined;
  /** The weighted composite. */
  composite?: number | null | undefined;
  /** The grade (a band's id; null for none). */
  grade?: string | null | undefined;
  /** Vetoes by id and their status (pass: the veto holds). */
  vetoes?: { [key: string]: "pass" | "fail" | "unknown" } | undefined;
  /** Grade steps that must be among the result's. */
  gradeSteps?:
    | {
        /** The step's kind. */
        kind: "band" | "cap" | "forced" | "noBand" | "veto";
        /** The band's grade, the cap's or forced grade's id. */
        id: string;
        /** pass, fail or unknown. */
        status: "pass" | "fail" | "unknown";
      }[]
    | undefined;
  /** The prize (null when none). */
  prize?:
    /** An amount with its unit. */
    | {
        /** The amount. */
        value: number;
        /** Its unit. */
        unit: string;
      }
    | null
    | undefined;
  /** Consequences by id and whether they apply (pass). */
  consequences?: { [key: string]: "pass" | "fail" | "unknown" } | undefined;
  /** Gap analysis: for the levels named, what would have to change. */
  gaps?:
    | {
        /** The category. */
        category: string;
        /** A level not reached. */
        level: number;
        /** The smallest sets of condition ids that would have to change, one of which is enough (compared as sets). */
        options: string[][];
        /** For conditions blocked by a dated record: the first date it leaves the window, by condition id (compared whole). */
        clearsOn?: { [key: string]: string } | undefined;
      }[]
    | undefined;
  /** A pay test: the formulas' values by name (each one given). */
  values?: { [key: string]: number } | undefined;
  /** The evaluation must fail listing every one of these issues (code and path). */
  errors?:
    | {
        /** The issue code. */
        code: string;
        /** The path. */
        path: (string | number)[];
      }[]
    | undefined;
  /** The evaluation must fail with an issue of this code and path. */
  error?:
    | {
        /** The issue code expected (invalid_record, invalid_score, outside_audience…). */
        code: string;
        /** The path. */
        path: (string | number)[];
      }
    | undefined;
};
