/**
 * The 000 rules written by hand, three-valued (0 fail, 1 pass, 2 unknown), for the benchmark's
 * baseline and as an independent oracle: same verdicts as the rulebook, no rule file, no trees.
 * Dates are fixed for an evaluation on 2026-11-26 (round 2026).
 */
type T = 0 | 1 | 2;
const F: T = 0;
const P: T = 1;
const U: T = 2;
type Rec = Record<string, any>;

const AS_OF = "2026-11-26";
const THREE = "2023-11-26"; // strictly after
const TWO = "2024-11-26";
const inYears = (date: string, after: string) => date > after && date <= AS_OF;
const in2025 = (date: string) => date >= "2025-01-01" && date <= "2025-12-31";
const LAST_YEAR = "2025-11-26"; // 在上年度内 (staff level 3 (5)): the year up to the evaluation date

function and(...values: T[]): T {
  let result: T = P;
  for (const value of values) {
    if (value === F) return F;
    if (value === U) result = U;
  }
  return result;
}
function or(...values: T[]): T {
  let result: T = F;
  for (const value of values) {
    if (value === P) return P;
    if (value === U) result = U;
  }
  return result;
}
const attest = (record: Rec, id: string): T => {
  const value = record.attestations?.[id];
  return value === "met" ? P : value === "notMet" ? F : U;
};
const none = (list: any[] | undefined, test: (item: any) => boolean): T => (list === undefined ? U : list.some(test) ? F : P);
const some = (list: any[] | undefined, test: (item: any) => boolean): T => (list === undefined ? U : list.some(test) ? P : F);

const RANK: Record<string, number> = { incompetent: 0, basicallyCompetent: 1, competent: 2, qualified: 2, good: 3, excellent: 4 };
const SCOPE: Record<string, number> = { tradeOrUnit: 0, department: 0, logistics: 1, school: 2, city: 3, province: 4, national: 5 };

function appraisal(record: Rec, minTimes: number, others: number, latest: boolean): T {
  const startYear = record.logisticsStartDate === undefined ? undefined : Number(record.logisticsStartDate.slice(0, 4));
  let hits = 0;
  let unknown = 0;
  let latestOk: T = F;
  for (const year of [2023, 2024, 2025]) {
    const rating = record.annualAppraisals?.[String(year)];
    if (rating === undefined) {
      if (startYear === undefined || year >= startYear) {
        unknown += 1;
        if (year === 2025) latestOk = U;
      }
      continue;
    }
    const rank = RANK[rating] as number;
    if (rank >= 4) hits += 1;
    else if (rank < others) return F;
    if (year === 2025) latestOk = rank >= 4 ? P : F;
  }
  if (latest && latestOk === F) return F;
  if (hits + unknown < minTimes) return F;
  if (unknown > 0) return U;
  return hits >= minTimes ? P : F;
}

const title = (record: Rec, when: (date: string) => boolean): T =>
  some(record.honours, (honour) => honour.kind === "individualAdvanced" && SCOPE[honour.scope]! >= 2 && when(honour.date));
const prize = (record: Rec, tiers: string[], place: number): T =>
  some(record.competitionPrizes, (entry) => tiers.includes(entry.organiserTier) && entry.place <= place && inYears(entry.date, THREE));
const UP = ["logistics", "school", "city", "province", "national"];
const UNIT = ["tradeOrUnit", "department"];

function party(record: Rec): T[] {
  const complaints = none(record.complaints, (entry) => inYears(entry.date, THREE));
  const misconduct = none(record.misconductRecords, (entry) => entry.date <= AS_OF);
  const common = (level: number) => and(attest(record, `party.${level}.1`), attest(record, `party.${level}.2`), attest(record, `party.${level}.3`), complaints, misconduct);
  const partyHonour = some(record.honours, (h) => (h.kind === "advancedPartyWorker" || h.kind === "outstandingPartyMember") && SCOPE[h.scope]! >= 2 && inYears(h.date, THREE));
  return [
    and(common(1), or(partyHonour, title(record, in2025), appraisal(record, 2, 2, false))),
    and(common(2), and(title(record, in2025), appraisal(record, 1, 2, true))),
    and(common(3), or(title(record, in2025), appraisal(record, 1, 2, false))),
  ];
}

function staff(record: Rec): T[] {
  const complaints = (after: string) => none(record.complaints, (entry) => inYears(entry.date, after));
  const incidents = (test: (date: string) => boolean) => none(record.liabilityIncidents, (entry) => test(entry.date));
  const common = (level: number) => and(attest(record, `staff.${level}.1`), attest(record, `staff.${level}.2`), attest(record, `staff.${level}.4`));
  const title1 = record.professionalTitle === undefined ? U : ["intermediate", "associateSenior", "senior"].includes(record.professionalTitle) ? P : F;
  return [
    and(
      common(1),
      complaints(THREE),
      incidents((d) => inYears(d, THREE)),
      or(
        or(prize(record, UP, 2), prize(record, UNIT, 1)),
        attest(record, "staff.1.6.2"),
        and(title1, attest(record, "staff.1.6.3.2")),
        title(record, in2025),
        appraisal(record, 2, 3, false),
      ),
    ),
    and(
      common(2),
      complaints(TWO),
      incidents((d) => inYears(d, TWO)),
      or(or(prize(record, UP, 3), prize(record, UNIT, 2)), attest(record, "staff.2.6.2"), title(record, in2025), appraisal(record, 1, 3, true)),
    ),
    and(
      common(3),
      complaints(TWO),
      incidents((date) => inYears(date, LAST_YEAR)),
      or(
        prize(record, UNIT, 3),
        title(record, (d) => inYears(d, TWO)),
        appraisal(record, 1, 3, false),
      ),
    ),
  ];
}

function management(record: Rec): T[] {
  const misconduct = none(record.misconductRecords, (entry) => entry.date <= AS_OF);
  const major = none(record.teamLiabilityIncidents, (e) => e.major && inYears(e.date, THREE));
  const collective = some(record.collectiveTitles, (entry) => in2025(entry.date));
  const target = record.economicTargets?.["2025"];
  const excess = target === undefined ? undefined : Math.round(((target.actual - target.target) / target.target) * 1e10) / 1e10;
  const economic = (bound: number): T => (excess === undefined ? U : excess >= bound ? P : F);
  const common = (level: number) => and(...[1, 2, 3, 4].map((item) => attest(record, `management.${level}.${item}`)), misconduct, major);
  return [
    and(common(1), or(collective, economic(0.2), title(record, in2025), appraisal(record, 2, 3, false))),
    and(common(2), or(collective, economic(0.1), title(record, in2025), appraisal(record, 1, 3, true))),
    and(
      common(3),
      or(
        collective,
        economic(0.05),
        title(record, (d) => inYears(d, TWO)),
        appraisal(record, 1, 3, false),
      ),
    ),
  ];
}

/**
 * Every category's three level statuses, with the shared requirements and the audience, as
 * `evaluateVerdicts` reports them (categories whose audience fails get all-fail levels).
 */
export function handWritten000(record: Rec): Record<string, T[]> {
  const start = record.logisticsStartDate as string | undefined;
  const years = start === undefined ? undefined : Number(AS_OF.slice(0, 4)) - Number(start.slice(0, 4)) - (AS_OF.slice(5) < start.slice(5) ? 1 : 0);
  const requirements = and(attest(record, "requirements.conduct"), years === undefined ? U : years >= 1 ? P : F);
  const member = record.partyMember === undefined ? U : record.partyMember ? P : F;
  const nonMember = record.partyMember === undefined ? U : record.partyMember ? F : P;
  const manager = record.role === undefined ? U : record.role === "manager" || record.role === "teamLeader" ? P : F;
  const gate = (audience: T, levels: T[]) => levels.map((level) => and(requirements, audience, level));
  return { party: gate(member, party(record)), staff: gate(nonMember, staff(record)), management: gate(manager, management(record)) };
}
