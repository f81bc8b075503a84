// Generated from the zod schemas of src/schema/ (z.toJSONSchema, both sides) by test/schema/types.test.ts; do not edit.
// Regenerate: UPDATE_TYPES=1 npx vitest run test/schema/types.test.ts (or npm run schema)

/**
 * A rule file as `loadRulebook` holds it (`compiled.rulebook`): one policy document as data, every default filled in (no scored awards is `scoredAwards: []`). What a rule file may contain is `RulebookInput`.
 *
 * @example
 * ```ts
 * const value: Rulebook = bundledRulebook().rulebook;
 * value.scoredAwards; // [] for document 000: the default filled in
 * ```
 */
export type Rulebook = {
  /** The JSON Schema this file follows, for editors: ./schema/rulebook.schema.json. */
  $schema?: string | undefined;
  /** The rulebook's id (lower case, digits, '-'); tests name it. */
  id: string;
  /** The document's title. */
  title: BilingualText;
  /** The document this file encodes. */
  document: {
    /** The document's number (000–004); every source in the file cites it. */
    id: string;
    /** The document's title, as printed. */
    title: string;
    /** Where the document's text is kept. */
    file?: string | undefined;
    /** A note on the document. */
    note?: string | undefined;
  };
  /** Which revision of the policy this file encodes, as its document names it: the document's number and date of issue where it prints them (e.g. 后集委发〔2010〕15号 2010-09-15). Every result reports it, so a stored result says which revision it came from. */
  version: string;
  /** The first day the policy applies (ISO date), as the document says or as its reading notes explain; absent when the document gives none (the notes say so). Evaluating as of an earlier day adds a note to the result. */
  effectiveFrom?: string | undefined;
  /** The last day the policy applies (ISO date), when the document or a later one sets it; absent while it has no end. Evaluating as of a later day adds a note to the result. */
  effectiveTo?: string | undefined;
  /** Ordered scales by name (rating, scope, …). */
  scales: { [key: string]: Scale };
  /** Time windows by name (threeYears, previousYear, …). */
  windows: { [key: string]: Window };
  /** Counts and figures a candidate may carry in `measures`, declared with unit and source. */
  measures?:
    | {
        [key: string]: {
          /** What it is called, in Chinese and English. */
          label: BilingualText;
          /** Its unit. */
          unit: string;
          /** The smallest value a record may carry (e.g. 0 for a share); within ±1,000,000,000. */
          min?: number | undefined;
          /** The largest value a record may carry (e.g. 1 for a share); within ±1,000,000,000. */
          max?: number | undefined;
          /** Whole numbers only (a count). */
          integer?: boolean | undefined;
          /** Where a rule item comes from: document and clause. */
          source: Source;
          /** The reading taken where the text is ambiguous, with its reason and the alternative. */
          interpretation?: Interpretation | undefined;
        };
      }
    | undefined;
  /** Yes/no facts a candidate may carry in `flags`, declared with source. */
  flags?:
    | {
        [key: string]: {
          /** What it is called, in Chinese and English. */
          label: BilingualText;
          /** Where a rule item comes from: document and clause. */
          source: Source;
          /** The reading taken where the text is ambiguous, with its reason and the alternative. */
          interpretation?: Interpretation | undefined;
        };
      }
    | undefined;
  /** Organisations named by the document (departments and their teams). */
  organisations?:
    | {
        /** The organisation's id. */
        id: string;
        /** What it is called, in Chinese and English. */
        label: BilingualText;
        /** What it is. */
        kind: "department" | "team" | "serviceUnit" | "school";
        /** Its teams. */
        teams?:
          | {
              /** The team's id. */
              id: string;
              /** What it is called, in Chinese and English. */
              label: BilingualText;
            }[]
          | undefined;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
  /** Awards decided by conditions, in categories and levels (000). */
  awards: Award[];
  /** Awards and appraisals decided by scores: rubrics, weights, bands, vetoes, caps (001–004). */
  scoredAwards: ScoredAward[];
  /** Pay rules said as data: inputs, constants with units, formulas (004 篇1, 篇11, 篇13). */
  payRules: PayRule[];
  /** Time limits the document sets for the whole activity (plans, materials). */
  deadlines: Deadline[];
  /** Cited notes on what is not encoded, and why. */
  notes?:
    | {
        /** What it is called, in Chinese and English. */
        text: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
};

/**
 * A rule file as it may be written: one policy document as data. What has a default may be left out (`scales`, `windows`, `awards`, `scoredAwards`, `payRules`, `deadlines`). `loadRulebook` checks one and gives a compiled rulebook whose `rulebook` is a `Rulebook`; the bundled rule files fit this type (test/schema/ruleFileTypes.test.ts).
 *
 * @example
 * ```ts
 * const ruleFile: RulebookInput = {
 *   id: "tiny-000", title: { zh: "示例", en: "example" }, version: "1", document: { id: "000", title: "示例办法" },
 *   windows: { threeYears: { kind: "yearsUpToAsOf", years: 3, label: { zh: "近三年", en: "the last 3 years" }, source: { document: "000", clause: "§四(一)1(4)" } } },
 * };
 * loadRulebook(ruleFile).rulebook.payRules; // []
 * ```
 */
export type RulebookInput = {
  /** The JSON Schema this file follows, for editors: ./schema/rulebook.schema.json. */
  $schema?: string | undefined;
  /**
   * The rulebook's id (lower case, digits, '-'); tests name it.
   *
   * Must be matching `^[a-z0-9-]+$`.
   */
  id: string;
  /** The document's title. */
  title: BilingualText;
  /** The document this file encodes. */
  document: {
    /**
     * The document's number (000–004); every source in the file cites it.
     *
     * Must be matching `^\d{3}$`.
     */
    id: string;
    /**
     * The document's title, as printed.
     *
     * Must be non-empty.
     */
    title: string;
    /**
     * Where the document's text is kept.
     *
     * Must be non-empty.
     */
    file?: string | undefined;
    /** A note on the document. */
    note?: string | undefined;
  };
  /**
   * Which revision of the policy this file encodes, as its document names it: the document's number and date of issue where it prints them (e.g. 后集委发〔2010〕15号 2010-09-15). Every result reports it, so a stored result says which revision it came from.
   *
   * Must be non-empty, at most 200 characters.
   */
  version: string;
  /**
   * The first day the policy applies (ISO date), as the document says or as its reading notes explain; absent when the document gives none (the notes say so). Evaluating as of an earlier day adds a note to the result.
   *
   * Must be matching `^\d{4}-\d{2}-\d{2}$`.
   */
  effectiveFrom?: string | undefined;
  /**
   * The last day the policy applies (ISO date), when the document or a later one sets it; absent while it has no end. Evaluating as of a later day adds a note to the result.
   *
   * Must be matching `^\d{4}-\d{2}-\d{2}$`.
   */
  effectiveTo?: string | undefined;
  /** Ordered scales by name (rating, scope, …). */
  scales?: { [key: string]: Scale } | undefined;
  /** Time windows by name (threeYears, previousYear, …). */
  windows?: { [key: string]: Window } | undefined;
  /** Counts and figures a candidate may carry in `measures`, declared with unit and source. */
  measures?:
    | {
        [key: string]: {
          /** What it is called, in Chinese and English. */
          label: BilingualText;
          /**
           * Its unit.
           *
           * Must be non-empty.
           */
          unit: string;
          /**
           * The smallest value a record may carry (e.g. 0 for a share); within ±1,000,000,000.
           *
           * Must be at least -1000000000, at most 1000000000.
           */
          min?: number | undefined;
          /**
           * The largest value a record may carry (e.g. 1 for a share); within ±1,000,000,000.
           *
           * Must be at least -1000000000, at most 1000000000.
           */
          max?: number | undefined;
          /** Whole numbers only (a count). */
          integer?: boolean | undefined;
          /** Where a rule item comes from: document and clause. */
          source: Source;
          /** The reading taken where the text is ambiguous, with its reason and the alternative. */
          interpretation?: Interpretation | undefined;
        };
      }
    | undefined;
  /** Yes/no facts a candidate may carry in `flags`, declared with source. */
  flags?:
    | {
        [key: string]: {
          /** What it is called, in Chinese and English. */
          label: BilingualText;
          /** Where a rule item comes from: document and clause. */
          source: Source;
          /** The reading taken where the text is ambiguous, with its reason and the alternative. */
          interpretation?: Interpretation | undefined;
        };
      }
    | undefined;
  /** Organisations named by the document (departments and their teams). */
  organisations?:
    | {
        /**
         * The organisation's id.
         *
         * Must be non-empty.
         */
        id: string;
        /** What it is called, in Chinese and English. */
        label: BilingualText;
        /** What it is. */
        kind: "department" | "team" | "serviceUnit" | "school";
        /** Its teams. */
        teams?:
          | {
              /**
               * The team's id.
               *
               * Must be non-empty.
               */
              id: string;
              /** What it is called, in Chinese and English. */
              label: BilingualText;
            }[]
          | undefined;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
  /** Awards decided by conditions, in categories and levels (000). */
  awards?: AwardInput[] | undefined;
  /** Awards and appraisals decided by scores: rubrics, weights, bands, vetoes, caps (001–004). */
  scoredAwards?: ScoredAwardInput[] | undefined;
  /** Pay rules said as data: inputs, constants with units, formulas (004 篇1, 篇11, 篇13). */
  payRules?: PayRuleInput[] | undefined;
  /** Time limits the document sets for the whole activity (plans, materials). */
  deadlines?: Deadline[] | undefined;
  /** Cited notes on what is not encoded, and why. */
  notes?:
    | {
        /** What it is called, in Chinese and English. */
        text: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
};

/**
 * A text in Chinese and English.
 *
 * @example
 * ```ts
 * const title: BilingualText = { zh: "一级示范岗", en: "level-1 model post" };
 * ```
 */
export type BilingualText = {
  /** In Chinese: the document's own words where there are some. */
  zh: string;
  /** In English: the same, translated. */
  en: string;
};

/**
 * An ordered scale of values (ratings, scopes, sanctions).
 *
 * @example
 * ```ts
 * const scale: Scale = { values: [{ value: "competent", rank: 2, label: { zh: "称职", en: "competent" } }], source: { document: "000", clause: "§四(一)1(4)" } };
 * ```
 */
export type Scale = {
  /** The values, each with its rank. */
  values: {
    /** The value as records write it (e.g. excellent). */
    value: string;
    /** Its rank (−1,000 to 1,000): higher is better; equal ranks are equal. */
    rank: number;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
  }[];
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * Where a rule item comes from: document and clause.
 *
 * @example
 * ```ts
 * const source: Source = { document: "000", clause: "§四(一)1(6)③" };
 * ```
 */
export type Source = {
  /** The source document's number (000–004). */
  document: string;
  /** The clause, in the document's own numbering, e.g. §四(一)1(6)③ or 篇11 第四条. */
  clause: string;
  /** The clause's words, copied from the document (…… marks a cut). */
  quote?: string | undefined;
};

/**
 * The reading taken where the text is ambiguous, with its reason and the alternative.
 *
 * @example
 * ```ts
 * const reading: Interpretation = { reading: "一次 is read as at least once", reason: "…" };
 * ```
 */
export type Interpretation = {
  /** The reading taken. */
  reading: string;
  /** Why this reading. */
  reason: string;
  /** The other reading, and how to switch to it in this file. */
  alternative?: string | undefined;
  /** The same in Chinese, shown to a reader who asks for Chinese (读者选择中文时显示). */
  zh?:
    | {
        /** 所取的理解。 */
        reading: string;
        /** 理由。 */
        reason: string;
        /** 另一种理解，以及在本文件中如何改用它。 */
        alternative?: string | undefined;
      }
    | undefined;
};

/**
 * A time window, by kind.
 *
 * @example
 * ```ts
 * const window: Window = { kind: "yearsUpToAsOf", years: 3, label: { zh: "近三年", en: "the last 3 years" }, source: { document: "000", clause: "§四(一)1(4)" } };
 * ```
 */
export type Window =
  /** Dated events after the as-of date minus N years, up to and including the as-of date. */
  | {
      /** The N years up to the as-of date (近N年, for dated events). */
      kind: "yearsUpToAsOf";
      /** N, in years. */
      years: number;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** The N calendar years before the year of the as-of date; appraisal and target facts need this kind. */
  | {
      /** The N calendar years before the round's year (上一年度: N = 1). */
      kind: "calendarYearsBeforeRound";
      /** N, in calendar years. */
      years: number;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** Everything dated on or before the as-of date. */
  | {
      /** Everything dated up to the as-of date. */
      kind: "untilAsOf";
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** 1 Jan to 31 Dec of the as-of date's year. */
  | {
      /** The as-of date's calendar year (本年度). */
      kind: "calendarYearOfAsOf";
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** The school year containing the as-of date. */
  | {
      /** The school year (学年) containing the as-of date. */
      kind: "academicYear";
      /** The day the school year starts, MM-DD (e.g. 09-01). */
      startsOn: string;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** A fixed period, both ends included. */
  | {
      /** A period the document dates itself. */
      kind: "fixedDates";
      /** First day, included. */
      from: string;
      /** Last day, included. */
      to: string;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    };

/** A day of the year written MM-DD (02-29 allowed; 02-30 is not). */
export type MonthDay = string;

/**
 * An award decided by conditions, in categories and levels.
 *
 * As parsed: every default filled in. `AwardInput` is what may be written.
 *
 * @example
 * ```ts
 * const value: Award = bundledRulebook().rulebook.awards[0];
 * ```
 */
export type Award = {
  /** The award's id (lower case, digits, '-'). */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
  /** The award's levels, each with its label, quota and reward. */
  levels: {
    /** The level's number (1 to 100): 1 is the highest. */
    level: number;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** At most this many holders of the level a round. Default: no limit. */
    quota?: Quantity | undefined;
    /** The reward a holder of the level receives. Default: none. */
    reward?: Quantity | undefined;
  }[];
  /** At most this many holders a round, all levels together. Default: no limit beyond the levels' quotas. */
  roundQuota?: Quantity | undefined;
  /** How a round's places are given out when qualifiers outnumber them. */
  allocation?: Allocation | undefined;
  /** Applications a person may make in one round. Default: 1. */
  applicationsPerPersonPerRound?: Quantity | undefined;
  /** Each department's applications are limited to a number the deployment sets each year (000 §五(一)). */
  applicationsPerDepartment?:
    | {
        /** The number is set each year by the deployment (cohort option departmentLimits). */
        setBy: "deployment";
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** Who competes in a round. Default: everyone given to the round. */
  candidacy?: Candidacy | undefined;
  /** A decision the document leaves to a committee. Default: none — the conditions, quotas and ranking decide. */
  committee?: Committee | undefined;
  /** A round's calendar, as days of the year. */
  calendar?: RoundCalendar | undefined;
  /** Checks on an application (dates, bars). Default: none. */
  admission?: Condition | undefined;
  /** Requirements every category shares. Default: none. */
  requirements?: Condition | undefined;
  /** The award's categories. */
  categories: Category[];
  /** What a holder receives besides the reward (a plaque). */
  benefits: Benefit[];
  /** Time limits the document sets. */
  deadlines: Deadline[];
  /** What happens to holders after the round: reviews, revocation, bars, vacancies. */
  afterRound?: AfterRound | undefined;
  /** Cited notes on what is not encoded, and why. */
  notes?:
    | {
        /** What it is called, in Chinese and English. */
        text: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
};

/**
 * An award decided by conditions, in categories and levels.
 *
 * As it may be written: a field with a default may be left out. Parsing gives a `Award`.
 *
 * @example
 * ```ts
 * const award: AwardInput = {
 *   id: "model-post", label: { zh: "示范岗", en: "model post" }, source: { document: "000", clause: "§四(一)1(4)" },
 *   levels: [{ level: 1, label: { zh: "一级", en: "level 1" } }],
 *   categories: [{ id: "staff", label: { zh: "员工", en: "staff" }, source: { document: "000", clause: "§四(一)1(4)" }, levels: [{ level: 1, conditions: { id: "party.1.4", label: { zh: "近三年内无被投诉记录", en: "no complaint in the last 3 years" }, source: { document: "000", clause: "§四(一)1(4)" }, fact: "complaints", params: { window: "threeYears" }, operator: "countAtMost", value: 0 } }] }],
 * };
 * ```
 */
export type AwardInput = {
  /**
   * The award's id (lower case, digits, '-').
   *
   * Must be matching `^[a-z0-9-]+$`.
   */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
  /**
   * The award's levels, each with its label, quota and reward.
   *
   * Must be at least 1 item.
   */
  levels: {
    /**
     * The level's number (1 to 100): 1 is the highest.
     *
     * Must be a whole number, at least 1, at most 100.
     */
    level: number;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** At most this many holders of the level a round. Default: no limit. */
    quota?: Quantity | undefined;
    /** The reward a holder of the level receives. Default: none. */
    reward?: Quantity | undefined;
  }[];
  /** At most this many holders a round, all levels together. Default: no limit beyond the levels' quotas. */
  roundQuota?: Quantity | undefined;
  /** How a round's places are given out when qualifiers outnumber them. */
  allocation?: AllocationInput | undefined;
  /** Applications a person may make in one round. Default: 1. */
  applicationsPerPersonPerRound?: Quantity | undefined;
  /** Each department's applications are limited to a number the deployment sets each year (000 §五(一)). */
  applicationsPerDepartment?:
    | {
        /** The number is set each year by the deployment (cohort option departmentLimits). */
        setBy: "deployment";
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** Who competes in a round. Default: everyone given to the round. */
  candidacy?: Candidacy | undefined;
  /** A decision the document leaves to a committee. Default: none — the conditions, quotas and ranking decide. */
  committee?: Committee | undefined;
  /** A round's calendar, as days of the year. */
  calendar?: RoundCalendar | undefined;
  /** Checks on an application (dates, bars). Default: none. */
  admission?: Condition | undefined;
  /** Requirements every category shares. Default: none. */
  requirements?: Condition | undefined;
  /**
   * The award's categories.
   *
   * Must be at least 1 item.
   */
  categories: Category[];
  /** What a holder receives besides the reward (a plaque). */
  benefits?: Benefit[] | undefined;
  /** Time limits the document sets. */
  deadlines?: Deadline[] | undefined;
  /** What happens to holders after the round: reviews, revocation, bars, vacancies. */
  afterRound?: AfterRound | undefined;
  /** Cited notes on what is not encoded, and why. */
  notes?:
    | {
        /** What it is called, in Chinese and English. */
        text: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
};

/** A number with its unit and source. */
export type Quantity = {
  /** The number (0 to 1,000,000,000). */
  value: number;
  /** Its unit, e.g. persons, CNY per person. */
  unit: string;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * How a round's places are given out when qualifiers outnumber them.
 *
 * As parsed: every default filled in. `AllocationInput` is what may be written.
 *
 * @example
 * ```ts
 * const value: Allocation | undefined = bundledRulebook().rulebook.awards[0].allocation;
 * ```
 */
export type Allocation = {
  /** The ranking keys, in order. */
  ranking: RankKey[];
  /** What happens to a qualifier whose level is full: placeAtLowerLevel (default) or leaveOut. */
  whenLevelFull: "placeAtLowerLevel" | "leaveOut";
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * How a round's places are given out when qualifiers outnumber them.
 *
 * As it may be written: a field with a default may be left out. Parsing gives a `Allocation`.
 */
export type AllocationInput = {
  /**
   * The ranking keys, in order.
   *
   * Must be at least 1 item, at most 3 items.
   */
  ranking: RankKey[];
  /** What happens to a qualifier whose level is full: placeAtLowerLevel (default) or leaveOut. */
  whenLevelFull?: "placeAtLowerLevel" | "leaveOut" | undefined;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/** A ranking key. */
export type RankKey = {
  /** score: highest first; committeeRank: the committee's rank, 1 first; recordId: text order of record ids (only when the policy says so). */
  by: "score" | "committeeRank" | "recordId";
};

/**
 * Who competes in a round: applicants only, or everyone put forward; and the organisations that take part.
 *
 * @example
 * ```ts
 * const value: Candidacy | undefined = bundledRulebook().rulebook.awards[0].candidacy;
 * ```
 */
export type Candidacy = {
  /** application: only records with an application for the award compete; nomination: every record given to the round was put forward and competes. */
  by: "application" | "nomination";
  /** The organisations that take part: a record outside them is refused with this clause. */
  participants?:
    | {
        /** The kind of organisation the document lists as taking part. */
        kind: "department" | "team" | "serviceUnit";
        /** The record field that must name one of them: the record's own id (an organisation as candidate), its department or its team. */
        field: "id" | "department" | "team";
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * A decision the document leaves to a committee: the round proposes, the committee decides.
 *
 * @example
 * ```ts
 * const value: Committee | undefined = bundledRulebook().rulebook.awards[0].committee;
 * ```
 */
export type Committee = {
  /** approval: the committee approves (or not) each place the round proposes; selection: the committee selects among the eligible the round ranks. */
  decides: "approval" | "selection";
  /** Who decides, in the document's words (活动领导小组, 集团工会…). */
  body: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * A round's calendar, as days of the year.
 *
 * @example
 * ```ts
 * const calendar: RoundCalendar = { applicationWindow: { from: "11-01", to: "11-30", source: { document: "000", clause: "§四(一)1(4)" } } };
 * ```
 */
export type RoundCalendar = {
  /** When applications are accepted, both days included (the withinRoundWindow operator reads it). */
  applicationWindow: {
    /** First day applications are accepted. */
    from: string;
    /** Last day applications are accepted. */
    to: string;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  };
  /** The day by which holders are reviewed and published. */
  reviewAndPublicationBy?:
    | {
        /** A day of the year written MM-DD (02-29 allowed; 02-30 is not). */
        day: string;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** How long the title is held. */
  demonstrationPeriod?:
    | {
        /** First day, in the round's year. */
        from: string;
        /** Last day. */
        to: string;
        /** Years after the round's year in which the period ends. */
        toYearOffset: number;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** When holders' periodic reviews are due. */
  halfYearReviewsDue?:
    | {
        /** The days reviews are due. */
        dates: {
          /** A day of the year written MM-DD (02-29 allowed; 02-30 is not). */
          day: string;
          /** Years after the round's year (0: the same year). */
          yearOffset: number;
        }[];
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
};

/**
 * A condition: all / any / not / atLeast+of, or a leaf fact + operator + value; each node cited.
 *
 * @example
 * ```ts
 * const leaf: Condition = { id: "party.1.4", label: { zh: "近三年内无被投诉记录", en: "no complaint in the last 3 years" }, source: { document: "000", clause: "§四(一)1(4)" }, fact: "complaints", params: { window: "threeYears" }, operator: "countAtMost", value: 0 };
 * const tree: Condition = { id: "party.1", label: { zh: "一级条件", en: "level-1 conditions" }, source: { document: "000", clause: "§四(一)1(4)" }, all: [leaf] };
 * ```
 */
export type Condition = {
  /** A stable id, unique in the rulebook (e.g. party.1.4). Reasons, gaps, diffs and attestation keys name it. */
  id: string;
  /** What the clause says, in its own words (zh) and in English (en). */
  label: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
  /** Every condition here must hold (and). */
  all?: Condition[] | undefined;
  /** At least one condition here must hold (or; 满足其一). */
  any?: Condition[] | undefined;
  /** This condition must not hold. */
  not?: Condition | undefined;
  /** With `of`: at least this many of the conditions in `of` must hold. */
  atLeast?: number | undefined;
  /** With `atLeast`: the conditions counted. */
  of?: Condition[] | undefined;
  /** A leaf's fact: what it reads from the record (see docs/reference/facts.md). */
  fact?: string | undefined;
  /** A leaf's operator: how the fact is compared with `value` (see docs/reference/operators.md). */
  operator?: string | undefined;
  /** A leaf's value: what the fact is compared with. */
  value?: JsonValue | undefined;
  /** A json-rules-engine path into the fact's value ($.name, $[0]); only for facts that give an object. */
  path?: string | undefined;
  /** A leaf's params: `window` (a window's name), `where` (a filter on a list's items), `item` (an attestation key, a measure or a flag). */
  params?: { [key: string]: JsonValue } | undefined;
};

/**
 * A JSON value: text, number, true/false, null, a list or an object.
 *
 * @example
 * ```ts
 * const value: JsonValue = { rating: "excellent", minTimes: 2 };
 * ```
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A category of an award. */
export type Category = {
  /** The category's id (lower case, digits, '-'); an application names it. */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
  /** Who may apply for this category. Default: everyone. */
  audience?: Condition | undefined;
  /** The category's levels with their conditions. */
  levels: CategoryLevel[];
};

/** One level of a category. */
export type CategoryLevel = {
  /** The level's number (1 to 100): 1 is the highest; the award's `levels` define it. */
  level: number;
  /** What the level asks: every condition of this tree must hold. */
  conditions: Condition;
};

/**
 * What a holder receives besides the reward or prize.
 *
 * @example
 * ```ts
 * const value: Benefit[] = bundledRulebook().rulebook.awards[0].benefits;
 * ```
 */
export type Benefit = {
  /** An id: letters, digits, '.', '_' and '-'. */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** What the holder receives, in the document's words. */
  effect: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * A time limit.
 *
 * @example
 * ```ts
 * const value: Deadline[] = bundledRulebook().rulebook.deadlines;
 * ```
 */
export type Deadline =
  /** A time allowed (within N days). */
  | {
      /** An id: letters, digits, '.', '_' and '-'. */
      id: string;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** The time allowed (above 0, at most 3,650). */
      value: number;
      /** Its unit. */
      unit: string;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** A date (and time) by which something is due. */
  | {
      /** An id: letters, digits, '.', '_' and '-'. */
      id: string;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** The last day. */
      date: string;
      /** The time of day on that day, HH:MM, where the document gives one. */
      time?: string | undefined;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    };

/**
 * What happens to holders after the round: reviews, revocation, bars, vacancies.
 *
 * @example
 * ```ts
 * const value: AfterRound | undefined = bundledRulebook().rulebook.awards[0].afterRound;
 * ```
 */
export type AfterRound = {
  /** When holders are reviewed. */
  reviews: {
    /** calendar: on the days in the award's calendar (halfYearReviewsDue); eachSemester: once a semester, on days the document does not give; irregular: re-checks at no set time (不定期复查). */
    due: "calendar" | "eachSemester" | "irregular";
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  };
  /** What a failed review does. */
  onFailedReview: {
    /** A failed review revokes the title. */
    revoke: boolean;
    /** A holder whose title is revoked may not apply in the next round. */
    barFromNextRound: boolean;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  };
  /** What a passed review brings (000 §六(五): priority recommendation). */
  onPassedReview?:
    | {
        /** What a passed review brings, in the document's words. */
        effect: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** What a review that finds problems short of failing brings (002 §五2(5): 督促整改, the title kept). Default: such a review outcome is refused. */
  onProblemsFound?:
    | {
        /** What follows when a review finds problems, in the document's words. */
        effect: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** A place left empty by a holder who leaves the post or whose title is revoked. */
  vacancies: {
    /** Whether a place left empty is given to someone else. */
    refill: boolean;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  };
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * An award or appraisal decided by scores.
 *
 * As parsed: every default filled in. `ScoredAwardInput` is what may be written.
 *
 * @example
 * ```ts
 * const value: ScoredAward = bundledRulebook("logistics-plans-004").rulebook.scoredAwards[0];
 * ```
 */
export type ScoredAward = {
  /** The award's id (lower case, digits, '-'). */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
  /** Who is scored: a person or an organisation. */
  candidateKind: "person" | "team" | "department" | "school" | "serviceUnit";
  /** Who the rule covers (e.g. an employment type); a record outside it is refused with this clause. Default: everyone. */
  audience?: Condition | undefined;
  /** Categories, where quotas are per category. */
  categories?:
    | {
        /** An id: letters, digits, '.', '_' and '-'. */
        id: string;
        /** What it is called, in Chinese and English. */
        label: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
  /** The conditions to take part; failing them: ineligible. */
  eligibility?: Condition | undefined;
  /** One-vote vetoes (一票否决): any that holds disqualifies whatever the score. */
  vetoes: Condition[];
  /** The grade a vetoed candidate gets, where the document gives one. Default: no grade. */
  whenVetoed?:
    | {
        /** The grade a vetoed candidate gets (one of the bands). */
        grade: string;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** A rubric of sections and items with their maximum points. */
  rubric?: Rubric | undefined;
  /** Bonus points, added to the rubric's total. */
  bonuses: Bonus[];
  /** A weighted score: each component scaled to 100 and weighted. */
  composite?:
    | {
        /** The components. */
        components: {
          /** An id: letters, digits, '.', '_' and '-'. */
          id: string;
          /** What it is called, in Chinese and English. */
          label: BilingualText;
          /** Its weight; the weights add up to 1. */
          weight: number;
          /** Its full score (above 0, at most 100,000). */
          max: number;
          /** Where a rule item comes from: document and clause. */
          source: Source;
          /** The reading taken where the text is ambiguous, with its reason and the alternative. */
          interpretation?: Interpretation | undefined;
        }[];
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** Grade bands. */
  grades?: Grades | undefined;
  /** What bars a grade (不能确定为优秀). */
  gradeCaps: {
    /** An id: letters, digits, '.', '_' and '-'. */
    id: string;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** When this holds… */
    when: Condition;
    /** …the grade is at most this one. */
    highestGrade: string;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  }[];
  /** What sets a grade whatever the score (明确为不合格). */
  forcedGrades: {
    /** An id: letters, digits, '.', '_' and '-'. */
    id: string;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** When this holds… */
    when: Condition;
    /** …the grade is this one. */
    grade: string;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  }[];
  /** What grades or conditions lead to (bonus paid or stopped…). */
  consequences: Consequence[];
  /** A place limit. */
  quota?: Quota | undefined;
  /** How a round's places are given out when qualifiers outnumber them. */
  allocation?: Allocation | undefined;
  /** Candidates a unit may put forward. */
  nomineesPerUnit?: Quantity | undefined;
  /** The prize of a placed candidate. */
  prize?: Quantity | undefined;
  /** Applications a candidate may make in one round. Default: 1. */
  applicationsPerPersonPerRound?: Quantity | undefined;
  /** Who competes in a round. Default: everyone given to the round, from any organisation. */
  candidacy?: Candidacy | undefined;
  /** A decision the document leaves to a committee. Default: none — the ranking and quota decide. */
  committee?: Committee | undefined;
  /** How often it is held. */
  schedule?: Schedule | undefined;
  /** Time limits the document sets (appeal within one week; materials by a date). */
  deadlines: Deadline[];
  /** What a placed candidate receives besides the prize (a title, a plaque). */
  benefits: Benefit[];
  /** What happens to holders after the round: reviews, revocation, bars, vacancies. */
  afterRound?: AfterRound | undefined;
  /** Cited notes on what is not encoded, and why. */
  notes?:
    | {
        /** What it is called, in Chinese and English. */
        text: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
};

/**
 * An award or appraisal decided by scores.
 *
 * As it may be written: a field with a default may be left out. Parsing gives a `ScoredAward`.
 */
export type ScoredAwardInput = {
  /**
   * The award's id (lower case, digits, '-').
   *
   * Must be matching `^[a-z0-9-]+$`.
   */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
  /** Who is scored: a person or an organisation. */
  candidateKind: "person" | "team" | "department" | "school" | "serviceUnit";
  /** Who the rule covers (e.g. an employment type); a record outside it is refused with this clause. Default: everyone. */
  audience?: Condition | undefined;
  /** Categories, where quotas are per category. */
  categories?:
    | {
        /**
         * An id: letters, digits, '.', '_' and '-'.
         *
         * Must be matching `^[A-Za-z0-9_.-]+$`.
         */
        id: string;
        /** What it is called, in Chinese and English. */
        label: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
  /** The conditions to take part; failing them: ineligible. */
  eligibility?: Condition | undefined;
  /** One-vote vetoes (一票否决): any that holds disqualifies whatever the score. */
  vetoes?: Condition[] | undefined;
  /** The grade a vetoed candidate gets, where the document gives one. Default: no grade. */
  whenVetoed?:
    | {
        /**
         * The grade a vetoed candidate gets (one of the bands).
         *
         * Must be matching `^[A-Za-z0-9_.-]+$`.
         */
        grade: string;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** A rubric of sections and items with their maximum points. */
  rubric?: Rubric | undefined;
  /** Bonus points, added to the rubric's total. */
  bonuses?: Bonus[] | undefined;
  /** A weighted score: each component scaled to 100 and weighted. */
  composite?:
    | {
        /**
         * The components.
         *
         * Must be at least 1 item.
         */
        components: {
          /**
           * An id: letters, digits, '.', '_' and '-'.
           *
           * Must be matching `^[A-Za-z0-9_.-]+$`.
           */
          id: string;
          /** What it is called, in Chinese and English. */
          label: BilingualText;
          /**
           * Its weight; the weights add up to 1.
           *
           * Must be more than 0, at most 1.
           */
          weight: number;
          /**
           * Its full score (above 0, at most 100,000).
           *
           * Must be more than 0, at most 100000.
           */
          max: number;
          /** Where a rule item comes from: document and clause. */
          source: Source;
          /** The reading taken where the text is ambiguous, with its reason and the alternative. */
          interpretation?: Interpretation | undefined;
        }[];
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }
    | undefined;
  /** Grade bands. */
  grades?: GradesInput | undefined;
  /** What bars a grade (不能确定为优秀). */
  gradeCaps?:
    | {
        /**
         * An id: letters, digits, '.', '_' and '-'.
         *
         * Must be matching `^[A-Za-z0-9_.-]+$`.
         */
        id: string;
        /** What it is called, in Chinese and English. */
        label: BilingualText;
        /** When this holds… */
        when: Condition;
        /**
         * …the grade is at most this one.
         *
         * Must be matching `^[A-Za-z0-9_.-]+$`.
         */
        highestGrade: string;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
  /** What sets a grade whatever the score (明确为不合格). */
  forcedGrades?:
    | {
        /**
         * An id: letters, digits, '.', '_' and '-'.
         *
         * Must be matching `^[A-Za-z0-9_.-]+$`.
         */
        id: string;
        /** What it is called, in Chinese and English. */
        label: BilingualText;
        /** When this holds… */
        when: Condition;
        /**
         * …the grade is this one.
         *
         * Must be matching `^[A-Za-z0-9_.-]+$`.
         */
        grade: string;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
  /** What grades or conditions lead to (bonus paid or stopped…). */
  consequences?: Consequence[] | undefined;
  /** A place limit. */
  quota?: Quota | undefined;
  /** How a round's places are given out when qualifiers outnumber them. */
  allocation?: AllocationInput | undefined;
  /** Candidates a unit may put forward. */
  nomineesPerUnit?: Quantity | undefined;
  /** The prize of a placed candidate. */
  prize?: Quantity | undefined;
  /** Applications a candidate may make in one round. Default: 1. */
  applicationsPerPersonPerRound?: Quantity | undefined;
  /** Who competes in a round. Default: everyone given to the round, from any organisation. */
  candidacy?: Candidacy | undefined;
  /** A decision the document leaves to a committee. Default: none — the ranking and quota decide. */
  committee?: Committee | undefined;
  /** How often it is held. */
  schedule?: Schedule | undefined;
  /** Time limits the document sets (appeal within one week; materials by a date). */
  deadlines?: Deadline[] | undefined;
  /** What a placed candidate receives besides the prize (a title, a plaque). */
  benefits?: Benefit[] | undefined;
  /** What happens to holders after the round: reviews, revocation, bars, vacancies. */
  afterRound?: AfterRound | undefined;
  /** Cited notes on what is not encoded, and why. */
  notes?:
    | {
        /** What it is called, in Chinese and English. */
        text: BilingualText;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
};

/** A rubric of sections and items with their maximum points. */
export type Rubric = {
  /** The rubric's sections. */
  sections: {
    /** An id: letters, digits, '.', '_' and '-'. */
    id: string;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** The section's points as the document prints them (kept even where the items add up to more or less); at most 100,000. */
    printedMax?: number | undefined;
    /** The section's items. */
    items: {
      /** An id: letters, digits, '.', '_' and '-'. */
      id: string;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** The item's maximum points (0 to 100,000). */
      max: number;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    }[];
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  }[];
  /** The total as printed (0 to 100,000). */
  printedTotal?: number | undefined;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * Bonus points.
 *
 * @example
 * ```ts
 * const value: Bonus[] = bundledRulebook("logistics-plans-004").rulebook.scoredAwards[0].bonuses;
 * ```
 */
export type Bonus =
  /** A bonus per matching item, capped. */
  | {
      /** Points per matching item of a dated list. */
      kind: "perUnit";
      /** An id: letters, digits, '.', '_' and '-'. */
      id: string;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** The dated list counted (a fact). */
      fact: string;
      /** window and where, as on a condition leaf. */
      params?: { [key: string]: JsonValue } | undefined;
      /** Points per item (above 0, at most 100,000). */
      pointsPerUnit: number;
      /** The most points the bonus gives (0 to 100,000). */
      cap: number;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** A bonus item whose maximum the document leaves to the deployment. */
  | {
      /** Points the deployment sets. */
      kind: "deploymentSet";
      /** An id: letters, digits, '.', '_' and '-'. */
      id: string;
      /** What it is called, in Chinese and English. */
      label: BilingualText;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    };

/**
 * Grade bands.
 *
 * As parsed: every default filled in. `GradesInput` is what may be written.
 */
export type Grades = {
  /** The bands, best grade first. */
  bands: {
    /** An id: letters, digits, '.', '_' and '-'. */
    grade: string;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** The lower bound; none: no lower bound. */
    min?:
      | {
          /** The bound (−100,000 to 100,000). */
          value: number;
          /** Whether a score equal to the bound is in the band. */
          inclusive: boolean;
        }
      | undefined;
    /** The upper bound; none: no upper bound. */
    max?:
      | {
          /** The bound (−100,000 to 100,000). */
          value: number;
          /** Whether a score equal to the bound is in the band. */
          inclusive: boolean;
        }
      | undefined;
    /** The band as the document prints it. */
    printed: string;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  }[];
  /** How a score is rounded before the bands are read: none (59.5 is below 60), or halfUpToWhole (59.5 counts as 60). Default: none. */
  scoreRounding: "none" | "halfUpToWhole";
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * Grade bands.
 *
 * As it may be written: a field with a default may be left out. Parsing gives a `Grades`.
 */
export type GradesInput = {
  /**
   * The bands, best grade first.
   *
   * Must be at least 1 item.
   */
  bands: {
    /**
     * An id: letters, digits, '.', '_' and '-'.
     *
     * Must be matching `^[A-Za-z0-9_.-]+$`.
     */
    grade: string;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** The lower bound; none: no lower bound. */
    min?:
      | {
          /**
           * The bound (−100,000 to 100,000).
           *
           * Must be at least -100000, at most 100000.
           */
          value: number;
          /** Whether a score equal to the bound is in the band. */
          inclusive: boolean;
        }
      | undefined;
    /** The upper bound; none: no upper bound. */
    max?:
      | {
          /**
           * The bound (−100,000 to 100,000).
           *
           * Must be at least -100000, at most 100000.
           */
          value: number;
          /** Whether a score equal to the bound is in the band. */
          inclusive: boolean;
        }
      | undefined;
    /**
     * The band as the document prints it.
     *
     * Must be non-empty.
     */
    printed: string;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  }[];
  /** How a score is rounded before the bands are read: none (59.5 is below 60), or halfUpToWhole (59.5 counts as 60). Default: none. */
  scoreRounding?: "none" | "halfUpToWhole" | undefined;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/** A consequence of a grade or a condition. */
export type Consequence = {
  /** An id: letters, digits, '.', '_' and '-'. */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** It follows from these grades. */
  grades?: string[] | undefined;
  /** It follows when this condition holds. */
  when?: Condition | undefined;
  /** What follows, in the document's words. */
  effect: BilingualText;
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * A place limit.
 *
 * @example
 * ```ts
 * const value: Quota | undefined = bundledRulebook("logistics-plans-004").rulebook.scoredAwards[0].quota;
 * ```
 */
export type Quota =
  /** A number of places. */
  | {
      /** A number of places. */
      kind: "count";
      /** The number of places (0 to 1,000,000). */
      value: number;
      /** Its unit. */
      unit: string;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** Places per category. */
  | {
      /** A number of places per category. */
      kind: "perCategory";
      /** The places of each category. */
      counts: {
        /** An id: letters, digits, '.', '_' and '-'. */
        category: string;
        /** Places in the category (0 to 1,000,000). */
        value: number;
      }[];
      /** Its unit. */
      unit: string;
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    } /** A share of a headcount, rounded by a named rule. */
  | {
      /** A share of a headcount. */
      kind: "share";
      /** The share, e.g. 0.12 for 12%. */
      share: number;
      /** Of whom. */
      of: BilingualText;
      /** Counted per department (each department's headcount). */
      per?: "department" | undefined;
      /** How a fraction of a person is rounded: floor, ceil or roundHalfUp. */
      rounding: "floor" | "ceil" | "roundHalfUp";
      /** Where a rule item comes from: document and clause. */
      source: Source;
      /** The reading taken where the text is ambiguous, with its reason and the alternative. */
      interpretation?: Interpretation | undefined;
    };

/**
 * How often it is held.
 *
 * @example
 * ```ts
 * const value: Schedule | undefined = bundledRulebook("logistics-plans-004").rulebook.scoredAwards[0].schedule;
 * ```
 */
export type Schedule = {
  /** year 每年, schoolYear 每学年, semester 每学期, once 一次. */
  every: "year" | "schoolYear" | "semester" | "once";
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * A pay rule.
 *
 * As parsed: every default filled in. `PayRuleInput` is what may be written.
 *
 * @example
 * ```ts
 * const value: PayRule = bundledRulebook("logistics-plans-004").rulebook.payRules[0];
 * ```
 */
export type PayRule = {
  /** An id: letters, digits, '.', '_' and '-'. */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** Who the rule covers; a record outside it is refused with this clause. */
  audience?: Condition | undefined;
  /** How often it is held. */
  schedule?: Schedule | undefined;
  /** The inputs. */
  inputs: PayInput[];
  /** Constants with units and sources. */
  constants: {
    /** An id: letters, digits, '.', '_' and '-'. */
    name: string;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** The constant's value. */
    value: number;
    /** Its unit. */
    unit: string;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  }[];
  /** The formulas, in order. */
  formulas: {
    /** An id: letters, digits, '.', '_' and '-'. */
    name: string;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /** Its unit. */
    unit: string;
    /** How it is computed. */
    expression: Expression;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  }[];
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * A pay rule.
 *
 * As it may be written: a field with a default may be left out. Parsing gives a `PayRule`.
 */
export type PayRuleInput = {
  /**
   * An id: letters, digits, '.', '_' and '-'.
   *
   * Must be matching `^[A-Za-z0-9_.-]+$`.
   */
  id: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** Who the rule covers; a record outside it is refused with this clause. */
  audience?: Condition | undefined;
  /** How often it is held. */
  schedule?: Schedule | undefined;
  /** The inputs. */
  inputs: PayInput[];
  /** Constants with units and sources. */
  constants?:
    | {
        /**
         * An id: letters, digits, '.', '_' and '-'.
         *
         * Must be matching `^[A-Za-z0-9_.-]+$`.
         */
        name: string;
        /** What it is called, in Chinese and English. */
        label: BilingualText;
        /** The constant's value. */
        value: number;
        /**
         * Its unit.
         *
         * Must be non-empty.
         */
        unit: string;
        /** Where a rule item comes from: document and clause. */
        source: Source;
        /** The reading taken where the text is ambiguous, with its reason and the alternative. */
        interpretation?: Interpretation | undefined;
      }[]
    | undefined;
  /**
   * The formulas, in order.
   *
   * Must be at least 1 item.
   */
  formulas: {
    /**
     * An id: letters, digits, '.', '_' and '-'.
     *
     * Must be matching `^[A-Za-z0-9_.-]+$`.
     */
    name: string;
    /** What it is called, in Chinese and English. */
    label: BilingualText;
    /**
     * Its unit.
     *
     * Must be non-empty.
     */
    unit: string;
    /** How it is computed. */
    expression: Expression;
    /** Where a rule item comes from: document and clause. */
    source: Source;
    /** The reading taken where the text is ambiguous, with its reason and the alternative. */
    interpretation?: Interpretation | undefined;
  }[];
  /** Where a rule item comes from: document and clause. */
  source: Source;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/** An input of a pay rule. */
export type PayInput = {
  /** An id: letters, digits, '.', '_' and '-'. */
  name: string;
  /** What it is called, in Chinese and English. */
  label: BilingualText;
  /** Its unit. */
  unit: string;
  /** A list of numbers, one per event (e.g. each fault's deduction), added up with op sum. */
  list?: boolean | undefined;
  /** Whole numbers only. */
  integer?: boolean | undefined;
  /** The smallest value allowed (each entry, for a list). */
  min?: number | string | undefined;
  /** The largest value allowed (each entry, for a list). */
  max?: number | string | undefined;
  /** Where a rule item comes from: document and clause. */
  source?: Source | undefined;
  /** The reading taken where the text is ambiguous, with its reason and the alternative. */
  interpretation?: Interpretation | undefined;
};

/**
 * An expression: a number, the name of an input, constant or earlier formula, or { op, args }.
 *
 * @example
 * ```ts
 * const reward: Expression = { op: "sub", args: [{ op: "add", args: ["outstanding", "post"] }, "deductions"] };
 * ```
 */
export type Expression =
  | number
  | string
  | {
      /** add, sub (first minus the rest), mul, div (first divided by the rest), or sum (adds up one list input). */
      op: "add" | "sub" | "mul" | "div" | "sum";
      /** The operands: numbers, names, or expressions. */
      args: Expression[];
    };
