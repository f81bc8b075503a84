/** A seeded generator of synthetic 000 candidate records covering every path, unknown facts included. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RATINGS = ["excellent", "excellent", "good", "good", "competent", "qualified", "basicallyCompetent", "incompetent"];
const SCOPES = ["department", "logistics", "school", "city", "province", "national"];
const TIERS = ["tradeOrUnit", "department", "logistics", "school", "city", "province", "national"];
const KINDS = ["individualAdvanced", "individualAdvanced", "advancedPartyWorker", "outstandingPartyMember", "other"];
const TITLES = ["none", "junior", "intermediate", "associateSenior", "senior"];

function attestationIds(): string[] {
  const ids = ["requirements.conduct", "staff.1.6.2", "staff.1.6.3.2", "staff.2.6.2"];
  for (const level of [1, 2, 3]) {
    ids.push(`party.${level}.1`, `party.${level}.2`, `party.${level}.3`, `staff.${level}.1`, `staff.${level}.2`, `staff.${level}.4`);
    ids.push(`management.${level}.1`, `management.${level}.2`, `management.${level}.3`, `management.${level}.4`);
  }
  return ids;
}
const ATTESTATIONS = attestationIds();

/**
 * The `index`-th record of a seeded stream: each field present or absent, dates around the
 * windows' edges (2022–2026), ratings, honours, prizes, incidents and attestations drawn so that
 * every level is passed, failed and left unknown by some records.
 */
export function syntheticRecord(random: () => number, index: number): Record<string, unknown> {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const maybe = (probability: number) => random() < probability;
  const date = (from: number, to: number): string => {
    const year = from + Math.floor(random() * (to - from + 1));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return text > "2026-11-26" ? "2026-11-26" : text;
  };
  const list = <T>(probabilityGiven: number, max: number, make: () => T): T[] | undefined =>
    maybe(probabilityGiven) ? Array.from({ length: Math.floor(random() * (max + 1)) }, make) : undefined;
  const record: Record<string, unknown> = { id: `G-${index}` };
  if (maybe(0.97)) record.logisticsStartDate = maybe(0.1) ? date(2025, 2026) : date(2000, 2024);
  if (maybe(0.97)) record.partyMember = maybe(0.4);
  if (maybe(0.97)) record.role = pick(["staff", "staff", "manager", "teamLeader"]);
  if (maybe(0.95)) {
    const ratings: Record<string, string> = {};
    for (const year of [2023, 2024, 2025]) if (maybe(0.95)) ratings[String(year)] = pick(RATINGS);
    record.annualAppraisals = ratings;
  }
  const honours = list(0.95, 2, () => ({ kind: pick(KINDS), scope: pick(SCOPES), date: date(2022, 2026) }));
  if (honours) record.honours = honours;
  const complaints = list(0.95, 1, () => ({ date: date(2022, 2026), verified: maybe(0.5) }));
  if (complaints) record.complaints = maybe(0.6) ? [] : complaints;
  const incidents = list(0.95, 1, () => ({ date: date(2022, 2026), kind: pick(["safety", "quality", "foodSafety"]), major: maybe(0.3) }));
  if (incidents) record.liabilityIncidents = maybe(0.6) ? [] : incidents;
  const team = list(0.95, 1, () => ({ date: date(2022, 2026), kind: pick(["safety", "quality", "foodSafety"]), major: maybe(0.4) }));
  if (team) record.teamLiabilityIncidents = maybe(0.5) ? [] : team;
  const prizes = list(0.95, 2, () => ({ organiserTier: pick(TIERS), place: 1 + Math.floor(random() * 4), date: date(2022, 2026) }));
  if (prizes) record.competitionPrizes = prizes;
  if (maybe(0.95)) record.professionalTitle = pick(TITLES);
  if (maybe(0.9)) record.economicTargets = { "2025": { target: 100, actual: 95 + Math.floor(random() * 30) } };
  const collective = list(0.95, 1, () => ({ date: date(2023, 2026) }));
  if (collective) record.collectiveTitles = collective;
  const misconduct = list(0.95, 1, () => ({ date: date(2015, 2026) }));
  if (misconduct) record.misconductRecords = maybe(0.8) ? [] : misconduct;
  const attestations: Record<string, string> = {};
  for (const id of ATTESTATIONS) {
    const roll = random();
    if (roll < 0.85) attestations[id] = "met";
    else if (roll < 0.95) attestations[id] = "notMet";
  }
  record.attestations = attestations;
  // the application path: half apply, to any category (some outside their audience), mostly in the window
  if (maybe(0.5)) {
    const day = maybe(0.9) ? 20 + Math.floor(random() * 6) : pick([18, 19, 26, 27]);
    record.application = { category: pick(["party", "staff", "management"]), date: `2026-11-${day}` };
    if (maybe(0.9)) record.revokedInPreviousRound = maybe(0.05);
  }
  if (maybe(0.6)) record.committeeRank = { "model-post": 1 + Math.floor(random() * 50) };
  return record;
}

/**
 * The `index`-th 004 篇11 staff appraisal of a seeded stream (private staff, a score out of 100,
 * leave, sanctions and incidents now and then, the integrity attestation mostly given).
 */
export function syntheticAppraisal(random: () => number, index: number): Record<string, unknown> {
  const maybe = (probability: number) => random() < probability;
  const day = (): string => `2024-0${1 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  const record: Record<string, unknown> = {
    id: `A-${index}`,
    kind: "person",
    employmentType: maybe(0.97) ? "privatelyEmployed" : "contract",
    scores: { "staff-appraisal": { items: { total: 40 + Math.floor(random() * 61) } } },
    liabilityIncidents: maybe(0.05) ? [{ date: day(), kind: "safety", major: false, negligentWithLoss: maybe(0.5) }] : [],
    leave: maybe(0.3) ? [{ date: day(), kind: maybe(0.8) ? "sick" : maybe(0.8) ? "personal" : "absentWithoutLeave", workingDays: 1 + Math.floor(random() * 12) }] : [],
    sanctions: maybe(0.03) ? [{ date: day(), kind: maybe(0.5) ? "warning" : "demerit", lifted: maybe(0.3) }] : [],
    criminalPenalties: [],
  };
  if (maybe(0.95)) record.attestations = { "cap.integrity.when": maybe(0.95) ? "notMet" : "met" };
  if (maybe(0.5)) record.committeeRank = { "staff-appraisal": 1 + Math.floor(random() * 1000) };
  return record;
}

/** The `index`-th 004 篇14 service-star nominee of a seeded stream (one of the 27 units, three component scores). */
export function syntheticStar(random: () => number, index: number): Record<string, unknown> {
  const score = (): number => 60 + Math.floor(random() * 41);
  return {
    id: `S-${index}`,
    kind: "person",
    department: `unit-${String(1 + Math.floor(random() * 27)).padStart(2, "0")}`,
    scores: { "service-star": { components: { leadingGroup: score(), logisticsOffice: score(), teachersStudents: score() } } },
    ...(random() < 0.5 ? { committeeRank: { "service-star": 1 + Math.floor(random() * 500) } } : {}),
  };
}

const DATED_ABSENT = ["complaints", "liabilityIncidents", "teamLiabilityIncidents", "honours", "competitionPrizes", "collectiveTitles", "misconductRecords"];

/**
 * The record with `knownAbsent` added now and then: a dated list taken away and its years said to
 * have had nothing (all the windows' years, or some of them), or kept and its empty years listed;
 * appraisal years removed and said to have had none; the 2025 economic target removed and said not
 * to have been set. Every year listed is one the record gives nothing for, as the schema requires.
 */
export function withKnownAbsent(random: () => number, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  const absent: Record<string, string[]> = {};
  const years = (from: number): string[] => {
    const list: string[] = [];
    for (let year = from; year <= 2026; year += 1) if (random() < 0.9) list.push(String(year));
    return list;
  };
  for (const field of DATED_ABSENT) {
    if (random() >= 0.3) continue;
    const list = out[field] as { date: string }[] | undefined;
    if (list === undefined || random() < 0.7) {
      // the list not given: the years said to have had nothing decide the windows they cover
      delete out[field];
      const listed = years(2021 + Math.floor(random() * 5));
      if (listed.length > 0) absent[field] = listed;
    } else {
      const empty = ["2022", "2023", "2024", "2025", "2026"].filter((year) => !list.some((item) => item.date.startsWith(year)) && random() < 0.7);
      if (empty.length > 0) absent[field] = empty;
    }
  }
  if (random() < 0.35) {
    const ratings = { ...((out.annualAppraisals as Record<string, string> | undefined) ?? {}) };
    const listed = ["2023", "2024", "2025"].filter(() => random() < 0.5);
    for (const year of listed) delete ratings[year];
    if (out.annualAppraisals !== undefined) out.annualAppraisals = ratings;
    if (listed.length > 0) absent.annualAppraisals = listed;
  }
  if (random() < 0.35) {
    const targets = { ...((out.economicTargets as Record<string, unknown> | undefined) ?? {}) };
    if (random() < 0.7) {
      delete targets["2025"];
      absent.economicTargets = ["2025"];
    } else absent.economicTargets = ["2024"];
    if (out.economicTargets !== undefined) out.economicTargets = targets;
  }
  if (Object.keys(absent).length > 0) out.knownAbsent = absent;
  return out;
}

/** The benchmark's records: `syntheticRecord`, and for about one in three `withKnownAbsent` of it. */
export function benchRecord(random: () => number, index: number): Record<string, unknown> {
  const record = syntheticRecord(random, index);
  return random() < 0.35 ? withKnownAbsent(random, record) : record;
}
