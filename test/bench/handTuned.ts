/**
 * The 000 rules written by hand for speed: the benchmark's limit for verdicts. Windows resolved
 * once (an evaluation on 2026-11-26, round 2026), flat reads with literal keys, no allocation per
 * call: the answer is packed into one number (see `unpack`). Three-valued: 0 fail, 1 pass, 2
 * unknown. It computes what `evaluateVerdicts` does for 000: every category's levels (the shared
 * requirements and the audience included), the admission checks of an application, and the
 * decision; a record's `knownAbsent` is read as the dated and yearly facts read it (a list not
 * given counts as empty when every year its window touches is listed; an appraisal year listed is
 * not counted; a 2025 target listed is one not set, so nothing was exceeded).
 */
type T = 0 | 1 | 2;
type Rec = Record<string, any>;

const AS_OF = "2026-11-26";
const AFTER_THREE = "2023-11-26"; // 近三年: strictly after
const AFTER_TWO = "2024-11-26"; // 近两年
const YEAR_FROM = "2025-01-01"; // 上一年度
const YEAR_TO = "2025-12-31";
const AFTER_ONE = "2025-11-26"; // 在上年度内 (staff level 3 (5)): the year up to the evaluation date

const RANK: Record<string, number> = { incompetent: 0, basicallyCompetent: 1, competent: 2, qualified: 2, good: 3, excellent: 4 };
const SCOPE: Record<string, number> = { tradeOrUnit: 0, department: 0, logistics: 1, school: 2, city: 3, province: 4, national: 5 };

const and2 = (a: T, b: T): T => (a === 0 || b === 0 ? 0 : a === 2 || b === 2 ? 2 : 1);
const or2 = (a: T, b: T): T => (a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0);
const attest = (attestations: Rec | undefined, key: string): T => {
  if (attestations === undefined) return 2;
  const value = attestations[key];
  return value === "met" ? 1 : value === "notMet" ? 0 : 2;
};

/** Record keys of the years a window may touch. */
const YEAR_KEYS = ["2021", "2022", "2023", "2024", "2025", "2026"];

/** Whether `knownAbsent` lists every year from `from` to `to` (a window's years) for a field: a list not given is then empty. */
function absentThrough(absent: Rec | undefined, field: string, from: number, to: number): boolean {
  const years = absent === undefined ? undefined : (absent[field] as string[] | undefined);
  if (years === undefined) return false;
  for (let year = from; year <= to; year += 1) if (!years.includes(YEAR_KEYS[year - 2021] as string)) return false;
  return true;
}

/** No item of a dated list in (after, AS_OF]; the list not given: unknown, unless `knownAbsent` covers `fromYear`–2026 (`fromYear` 0: a window without a start, never covered). */
function noneAfter(list: Rec[] | undefined, after: string, absent: Rec | undefined, field: string, fromYear: number): T {
  if (list === undefined) return fromYear !== 0 && absentThrough(absent, field, fromYear, 2026) ? 1 : 2;
  for (let index = 0; index < list.length; index += 1) {
    const date = list[index]!.date as string;
    if (date > after && date <= AS_OF) return 0;
  }
  return 1;
}

/** The appraisal pattern over 2023–2025: at least `minTimes` 优秀 (the 2025 one among them when `latest`), every other at least `others`. */
function appraisal(ratings: Rec | undefined, absentYears: string[] | undefined, startYear: number, minTimes: number, others: number, latest: boolean): T {
  let hits = 0;
  let unknown = 0;
  let latestState = 0; // 0 not counted, 1 excellent, 2 other rating, 3 unknown
  for (let year = 2023; year <= 2025; year += 1) {
    const key = year === 2023 ? "2023" : year === 2024 ? "2024" : "2025";
    const rating = ratings === undefined ? undefined : (ratings[key] as string | undefined);
    if (rating === undefined) {
      if (absentYears !== undefined && absentYears.includes(key)) continue;
      if (year >= startYear) {
        unknown += 1;
        if (year === 2025) latestState = 3;
      }
      continue;
    }
    const rank = RANK[rating] as number;
    if (rank >= 4) hits += 1;
    else if (rank < others) return 0;
    if (year === 2025) latestState = rank >= 4 ? 1 : 2;
  }
  if (latest && (latestState === 0 || latestState === 2)) return 0;
  if (hits + unknown < minTimes) return 0;
  if (unknown > 0) return 2;
  return hits >= minTimes ? 1 : 0;
}

/**
 * The 000 verdicts of one record, packed: bits 0–17 the nine level statuses (category 0–2 party,
 * staff, management; level 1–3; two bits each), bits 18–19 the status (0 not qualified, 1
 * qualified, 2 pending review, 3 refused), bits 20–23 the category (0–2, 3 none) and level (1–3, 0 none).
 */
export function handTuned000(record: Rec): number {
  const att = record.attestations as Rec | undefined;
  const start = record.logisticsStartDate as string | undefined;
  const startYear = start === undefined ? 0 : (start.charCodeAt(0) - 48) * 1000 + (start.charCodeAt(1) - 48) * 100 + (start.charCodeAt(2) - 48) * 10 + (start.charCodeAt(3) - 48);
  const ratings = record.annualAppraisals as Rec | undefined;
  const absent = record.knownAbsent as Rec | undefined;
  const absentRatings = absent === undefined ? undefined : (absent.annualAppraisals as string[] | undefined);
  let tenure: T = 2;
  if (start !== undefined) {
    const years = 2026 - startYear - ("11-26" < start.slice(5) ? 1 : 0);
    tenure = years >= 1 ? 1 : 0;
  }
  const requirements = and2(attest(att, "requirements.conduct"), tenure);
  const member = record.partyMember as boolean | undefined;
  const role = record.role as string | undefined;
  const party: T = member === undefined ? 2 : member ? 1 : 0;
  const staff: T = member === undefined ? 2 : member ? 0 : 1;
  const management: T = role === undefined ? 2 : role === "manager" || role === "teamLeader" ? 1 : 0;

  // honours: party honours in 3 years; individual titles in 2025 and in 2 years (scope school or above)
  const honours = record.honours as Rec[] | undefined;
  let partyHonour: T = 2;
  let title2025: T = 2;
  let titleTwo: T = 2;
  if (honours === undefined) {
    // not given: none, where knownAbsent covers the window's years
    if (absentThrough(absent, "honours", 2023, 2026)) partyHonour = 0;
    if (absentThrough(absent, "honours", 2025, 2025)) title2025 = 0;
    if (absentThrough(absent, "honours", 2024, 2026)) titleTwo = 0;
  } else {
    partyHonour = 0;
    title2025 = 0;
    titleTwo = 0;
    for (let index = 0; index < honours.length; index += 1) {
      const honour = honours[index]!;
      if ((SCOPE[honour.scope] as number) < 2) continue;
      const date = honour.date as string;
      const kind = honour.kind as string;
      if (kind === "individualAdvanced") {
        if (date >= YEAR_FROM && date <= YEAR_TO) title2025 = 1;
        if (date > AFTER_TWO && date <= AS_OF) titleTwo = 1;
      } else if ((kind === "advancedPartyWorker" || kind === "outstandingPartyMember") && date > AFTER_THREE && date <= AS_OF) partyHonour = 1;
    }
  }
  // prizes in 3 years: the best place by organiser, higher tiers and the own unit
  const prizes = record.competitionPrizes as Rec[] | undefined;
  let bestUp = 99;
  let bestUnit = 99;
  if (prizes !== undefined) {
    for (let index = 0; index < prizes.length; index += 1) {
      const prize = prizes[index]!;
      const date = prize.date as string;
      if (!(date > AFTER_THREE && date <= AS_OF)) continue;
      const tier = prize.organiserTier as string;
      const place = prize.place as number;
      if (tier === "tradeOrUnit" || tier === "department") bestUnit = place < bestUnit ? place : bestUnit;
      else bestUp = place < bestUp ? place : bestUp;
    }
  }
  const prizesOpen = prizes === undefined && !absentThrough(absent, "competitionPrizes", 2023, 2026);
  const prize21: T = prizesOpen ? 2 : bestUp <= 2 || bestUnit <= 1 ? 1 : 0;
  const prize32: T = prizesOpen ? 2 : bestUp <= 3 || bestUnit <= 2 ? 1 : 0;
  const prizeUnit3: T = prizesOpen ? 2 : bestUnit <= 3 ? 1 : 0;

  const complaints = record.complaints as Rec[] | undefined;
  const complaintsThree = noneAfter(complaints, AFTER_THREE, absent, "complaints", 2023);
  const complaintsTwo = noneAfter(complaints, AFTER_TWO, absent, "complaints", 2024);
  const misconduct = noneAfter(record.misconductRecords, "0000", absent, "misconductRecords", 0);
  const incidents = record.liabilityIncidents as Rec[] | undefined;
  let incidentsThree: T = 2;
  let incidentsTwo: T = 2;
  let incidents2025: T = 2;
  if (incidents === undefined) {
    if (absentThrough(absent, "liabilityIncidents", 2023, 2026)) incidentsThree = 1;
    if (absentThrough(absent, "liabilityIncidents", 2024, 2026)) incidentsTwo = 1;
    if (absentThrough(absent, "liabilityIncidents", 2025, 2026)) incidents2025 = 1;
  } else {
    incidentsThree = 1;
    incidentsTwo = 1;
    incidents2025 = 1;
    for (let index = 0; index < incidents.length; index += 1) {
      const date = incidents[index]!.date as string;
      if (date > AFTER_THREE && date <= AS_OF) incidentsThree = 0;
      if (date > AFTER_TWO && date <= AS_OF) incidentsTwo = 0;
      if (date > AFTER_ONE && date <= AS_OF) incidents2025 = 0;
    }
  }
  const team = record.teamLiabilityIncidents as Rec[] | undefined;
  let major: T = 2;
  if (team === undefined) {
    if (absentThrough(absent, "teamLiabilityIncidents", 2023, 2026)) major = 1;
  } else {
    major = 1;
    for (let index = 0; index < team.length; index += 1) {
      const entry = team[index]!;
      if (entry.major === true && entry.date > AFTER_THREE && entry.date <= AS_OF) major = 0;
    }
  }
  const collectiveList = record.collectiveTitles as Rec[] | undefined;
  let collective: T = 2;
  if (collectiveList === undefined) {
    if (absentThrough(absent, "collectiveTitles", 2025, 2025)) collective = 0;
  } else {
    collective = 0;
    for (let index = 0; index < collectiveList.length; index += 1) {
      const date = collectiveList[index]!.date as string;
      if (date >= YEAR_FROM && date <= YEAR_TO) collective = 1;
    }
  }
  const target = record.economicTargets?.["2025"] as Rec | undefined;
  const excess = target === undefined ? undefined : Math.round(((target.actual - target.target) / target.target) * 1e10) / 1e10;
  // no target given: none set when knownAbsent lists 2025 (nothing exceeded), else unknown
  const targetOpen = excess === undefined && !absentThrough(absent, "economicTargets", 2025, 2025);
  const economic20: T = targetOpen ? 2 : excess !== undefined && excess >= 0.2 ? 1 : 0;
  const economic10: T = targetOpen ? 2 : excess !== undefined && excess >= 0.1 ? 1 : 0;
  const economic5: T = targetOpen ? 2 : excess !== undefined && excess >= 0.05 ? 1 : 0;
  const title = record.professionalTitle as string | undefined;
  const senior: T = title === undefined ? 2 : title === "intermediate" || title === "associateSenior" || title === "senior" ? 1 : 0;

  let p1: T = 0,
    p2: T = 0,
    p3: T = 0,
    s1: T = 0,
    s2: T = 0,
    s3: T = 0,
    m1: T = 0,
    m2: T = 0,
    m3: T = 0;
  // party
  let g = and2(requirements, party);
  if (g !== 0) {
    const common = and2(complaintsThree, misconduct);
    p1 = and2(
      g,
      and2(
        and2(and2(attest(att, "party.1.1"), attest(att, "party.1.2")), and2(attest(att, "party.1.3"), common)),
        or2(or2(partyHonour, title2025), appraisal(ratings, absentRatings, startYear, 2, 2, false)),
      ),
    );
    p2 = and2(
      g,
      and2(
        and2(and2(attest(att, "party.2.1"), attest(att, "party.2.2")), and2(attest(att, "party.2.3"), common)),
        and2(title2025, appraisal(ratings, absentRatings, startYear, 1, 2, true)),
      ),
    );
    p3 = and2(
      g,
      and2(
        and2(and2(attest(att, "party.3.1"), attest(att, "party.3.2")), and2(attest(att, "party.3.3"), common)),
        or2(title2025, appraisal(ratings, absentRatings, startYear, 1, 2, false)),
      ),
    );
  }
  // staff
  g = and2(requirements, staff);
  if (g !== 0) {
    const one = or2(
      or2(or2(prize21, attest(att, "staff.1.6.2")), or2(and2(senior, attest(att, "staff.1.6.3.2")), title2025)),
      appraisal(ratings, absentRatings, startYear, 2, 3, false),
    );
    s1 = and2(g, and2(and2(and2(attest(att, "staff.1.1"), attest(att, "staff.1.2")), and2(attest(att, "staff.1.4"), and2(complaintsThree, incidentsThree))), one));
    const two = or2(or2(prize32, attest(att, "staff.2.6.2")), or2(title2025, appraisal(ratings, absentRatings, startYear, 1, 3, true)));
    s2 = and2(g, and2(and2(and2(attest(att, "staff.2.1"), attest(att, "staff.2.2")), and2(attest(att, "staff.2.4"), and2(complaintsTwo, incidentsTwo))), two));
    const three = or2(or2(prizeUnit3, titleTwo), appraisal(ratings, absentRatings, startYear, 1, 3, false));
    s3 = and2(g, and2(and2(and2(attest(att, "staff.3.1"), attest(att, "staff.3.2")), and2(attest(att, "staff.3.4"), and2(complaintsTwo, incidents2025))), three));
  }
  // management
  g = and2(requirements, management);
  if (g !== 0) {
    const common = and2(misconduct, major);
    m1 = and2(
      g,
      and2(
        and2(and2(attest(att, "management.1.1"), attest(att, "management.1.2")), and2(and2(attest(att, "management.1.3"), attest(att, "management.1.4")), common)),
        or2(or2(collective, economic20), or2(title2025, appraisal(ratings, absentRatings, startYear, 2, 3, false))),
      ),
    );
    m2 = and2(
      g,
      and2(
        and2(and2(attest(att, "management.2.1"), attest(att, "management.2.2")), and2(and2(attest(att, "management.2.3"), attest(att, "management.2.4")), common)),
        or2(or2(collective, economic10), or2(title2025, appraisal(ratings, absentRatings, startYear, 1, 3, true))),
      ),
    );
    m3 = and2(
      g,
      and2(
        and2(and2(attest(att, "management.3.1"), attest(att, "management.3.2")), and2(and2(attest(att, "management.3.3"), attest(att, "management.3.4")), common)),
        or2(or2(collective, economic5), or2(titleTwo, appraisal(ratings, absentRatings, startYear, 1, 3, false))),
      ),
    );
  }

  // the decision (000 §三, §四, §六(七)): the highest level passed, the first category on a tie
  let status = 0;
  let bestCategory = 3;
  let bestLevel = 0;
  let pending = false;
  const application = record.application as Rec | undefined;
  let judged = 7; // which categories are judged: bit 0 party, 1 staff, 2 management
  if (application === undefined) {
    judged = (party !== 0 ? 1 : 0) | (staff !== 0 ? 2 : 0) | (management !== 0 ? 4 : 0);
  } else {
    const date = application.date as string;
    const inWindow: T = date >= "2026-11-20" && date <= "2026-11-25" ? 1 : 0;
    const revoked = record.revokedInPreviousRound as boolean | undefined;
    const admission = and2(inWindow, revoked === undefined ? 2 : revoked ? 0 : 1);
    const category = application.category as string;
    const applied = category === "party" ? 0 : category === "staff" ? 1 : 2;
    const audience = applied === 0 ? party : applied === 1 ? staff : management;
    if (admission === 0 || audience === 0) status = 3;
    judged = status === 3 ? 0 : 1 << applied;
    if (admission === 2) pending = true; // resolved below: pending unless nothing could pass
  }
  // levels in order 1, 2, 3 across the judged categories: the first pass wins
  for (let level = 1; level <= 3 && bestLevel === 0; level += 1) {
    for (let category = 0; category < 3; category += 1) {
      if ((judged & (1 << category)) === 0) continue;
      const verdict =
        category === 0 ? (level === 1 ? p1 : level === 2 ? p2 : p3) : category === 1 ? (level === 1 ? s1 : level === 2 ? s2 : s3) : level === 1 ? m1 : level === 2 ? m2 : m3;
      if (verdict === 1) {
        bestLevel = level;
        bestCategory = category;
        break;
      }
    }
  }
  let open = false;
  if ((judged & 1) !== 0 && (p1 === 2 || p2 === 2 || p3 === 2)) open = true;
  if ((judged & 2) !== 0 && (s1 === 2 || s2 === 2 || s3 === 2)) open = true;
  if ((judged & 4) !== 0 && (m1 === 2 || m2 === 2 || m3 === 2)) open = true;
  if (status !== 3) {
    status = bestLevel > 0 ? 1 : open ? 2 : 0;
    if (pending && status !== 0) status = 2;
  }
  if (status !== 1) {
    bestLevel = 0;
    bestCategory = 3;
  }
  const packed = p1 | (p2 << 2) | (p3 << 4) | (s1 << 6) | (s2 << 8) | (s3 << 10) | (m1 << 12) | (m2 << 14) | (m3 << 16);
  // 000 §五(一): without an application the record does not compete (the decision is what it would come to)
  return packed | (status << 18) | (bestCategory << 20) | (bestLevel << 22) | (application === undefined ? 1 << 24 : 0);
}

const STATUSES = ["notQualified", "qualified", "pendingReview", "refused"] as const;
const CATEGORIES = ["party", "staff", "management"] as const;
const WORDS = ["fail", "pass", "unknown"] as const;

/**
 * `handTuned000`'s number in `evaluateVerdicts`' shape.
 *
 * @example
 * ```ts
 * unpack(handTuned000(record)); // { status: "qualified", category: "staff", level: 2, levels: { party: [...], … } }
 * ```
 */
export function unpack(packed: number): {
  status: string;
  category: string | null;
  level: number | null;
  levels: Record<string, string[]>;
  ifApplied?: { status: string; category: string | null; level: number | null };
} {
  const levels: Record<string, string[]> = {};
  CATEGORIES.forEach((category, index) => {
    levels[category] = [0, 1, 2].map((level) => WORDS[(packed >> ((index * 3 + level) * 2)) & 3] as string);
  });
  const category = (packed >> 20) & 3;
  const level = (packed >> 22) & 3;
  const decision = { status: STATUSES[(packed >> 18) & 3] as string, category: category === 3 ? null : (CATEGORIES[category] as string), level: level === 0 ? null : level };
  if ((packed >> 24) & 1) return { status: "notApplied", category: null, level: null, levels, ifApplied: decision };
  return { ...decision, levels };
}
