import { describe, expect, test } from "vitest";
import { AwardRulesError, parseCandidate, safeParseCandidate, type Issue } from "../../src/index.js";
import { inTimeZone } from "../support/timeZone.js";

type Path = (string | number)[];

function issuesOf(input: unknown): Issue[] {
  const result = safeParseCandidate(input);
  if (result.success) throw new Error(`accepted: ${JSON.stringify(input)}`);
  expect(result.error).toBeInstanceOf(AwardRulesError);
  expect(result.error.issues.every((issue) => issue.code === "invalid_record")).toBe(true);
  return result.error.issues;
}
const paths = (input: unknown): Path[] => issuesOf(input).map((issue) => issue.path);

const prize = (fields: Record<string, unknown>) => ({ competitionPrizes: [{ organiserTier: "school", place: 1, date: "2025-05-01", ...fields }] });
const target = (target: unknown, actual: unknown) => ({ economicTargets: { 2025: { target, actual } } });

describe("bad records are refused, each problem at its path", () => {
  test.each([
    ["id is a number", { id: 7 }, ["id"]],
    ["id is empty", { id: "" }, ["id"]],
    ["partyMember as text", { partyMember: "yes" }, ["partyMember"]],
    ["partyMember 'true' is not coerced", { partyMember: "true" }, ["partyMember"]],
    ["revokedInPreviousRound 0 is not coerced", { revokedInPreviousRound: 0 }, ["revokedInPreviousRound"]],
    ["role not in the list", { role: "boss" }, ["role"]],
    ["rating not on the scale", { annualAppraisals: { 2024: "great" } }, ["annualAppraisals", "2024"]],
    ["year key of 2 digits", { annualAppraisals: { 25: "good" } }, ["annualAppraisals", "25"]],
    ["year key of 5 digits", { annualAppraisals: { "02025": "good" } }, ["annualAppraisals", "02025"]],
    ["year key out of range", { economicTargets: { 1899: { target: 1, actual: 1 } } }, ["economicTargets", "1899"]],
    ["honours not a list", { honours: { date: "2025-01-01" } }, ["honours"]],
    ["honour scope unknown", { honours: [{ kind: "other", scope: "galaxy", date: "2025-01-01" }] }, ["honours", 0, "scope"]],
    ["incident without major", { liabilityIncidents: [{ date: "2025-01-01", kind: "safety" }] }, ["liabilityIncidents", 0, "major"]],
    ["attestation value unknown", { attestations: { "party.1.1": "yes" } }, ["attestations", "party.1.1"]],
    ["application without date", { application: { category: "party" } }, ["application", "date"]],
    ["economic target zero", target(0, 10), ["economicTargets", "2025", "target"]],
    ["economic target negative", target(-5, 10), ["economicTargets", "2025", "target"]],
    ["economic target NaN", target(Number.NaN, 10), ["economicTargets", "2025", "target"]],
    ["economic target infinite", target(Number.POSITIVE_INFINITY, 10), ["economicTargets", "2025", "target"]],
    ["economic actual negative", target(10, -1), ["economicTargets", "2025", "actual"]],
    ["prize place 0", prize({ place: 0 }), ["competitionPrizes", 0, "place"]],
    ["prize place 1.5", prize({ place: 1.5 }), ["competitionPrizes", 0, "place"]],
    ["prize place NaN", prize({ place: Number.NaN }), ["competitionPrizes", 0, "place"]],
  ] as [string, Record<string, unknown>, Path][])("%s", (_name, fields, path) => {
    expect(paths({ id: "R-1", ...fields })).toEqual([path]);
  });

  test.each([
    ["2025-02-30", "no 30 Feb"],
    ["2023-02-29", "2023 is not a leap year"],
    ["2025-13-01", "no month 13"],
    ["2025-00-10", "no month 0"],
    ["2025-04-31", "April has 30 days"],
    ["2025-2-3", "not zero-padded"],
    ["2025/02/03", "wrong separator"],
    ["2025-02-03T00:00", "a time is not a date"],
    ["", "empty"],
  ])("date %j is refused (%s)", (date) => {
    const issues = issuesOf({ id: "R-1", logisticsStartDate: date });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path.join(".") === "logisticsStartDate")).toBe(true);
  });

  test("a Date object is not coerced", () => {
    expect(paths({ id: "R-1", logisticsStartDate: new Date("2025-01-01") })).toEqual([["logisticsStartDate"]]);
  });
});

describe("unknown keys are refused, not dropped: one issue per key, at the key, naming it in keys", () => {
  test.each([
    [{ id: "R-1", nickname: "x" }, [], "nickname"],
    [{ id: "R-1", honours: [{ kind: "other", scope: "school", date: "2025-01-01", extra: 1 }] }, ["honours", 0], "extra"],
    [{ id: "R-1", economicTargets: { 2025: { target: 1, actual: 1, note: "" } } }, ["economicTargets", "2025"], "note"],
    [{ id: "R-1", application: { category: "party", date: "2025-11-21", by: "me" } }, ["application"], "by"],
  ] as [Record<string, unknown>, Path, string][])("%j", (input, path, key) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([...path, key]);
    expect(issues[0]?.keys).toEqual([key]);
    expect(issues[0]?.message).toContain(key);
  });
});

test("several problems are reported together, each with its path", () => {
  const input = { id: 7, partyMember: "yes", logisticsStartDate: "2025-02-30", ...prize({ place: 0 }), ...target(-1, 5) };
  expect(paths(input).map((path) => path.join("."))).toEqual(
    expect.arrayContaining(["id", "partyMember", "logisticsStartDate", "competitionPrizes.0.place", "economicTargets.2025.target"]),
  );
  expect(paths(input)).toHaveLength(5);
  let thrown: unknown;
  try {
    parseCandidate(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AwardRulesError);
  expect((thrown as AwardRulesError).issues).toHaveLength(5);
  expect((thrown as Error).message).toContain("partyMember");
});

const valid = {
  id: "T-001",
  name: "张三",
  logisticsStartDate: "2024-02-29",
  partyMember: true,
  role: "teamLeader",
  annualAppraisals: { 2023: "excellent", 2024: "qualified", 2025: "good" },
  honours: [{ kind: "individualAdvanced", scope: "school", date: "2025-06-01", title: "先进个人" }],
  complaints: [],
  liabilityIncidents: [{ date: "2025-03-02", kind: "safety", major: false }],
  teamLiabilityIncidents: [],
  competitionPrizes: [{ organiserTier: "tradeOrUnit", place: 1, date: "2024-10-10" }],
  professionalTitle: "intermediate",
  economicTargets: { 2025: { target: 100, actual: 0 } },
  collectiveTitles: [{ date: "2025-12-01" }],
  misconductRecords: [],
  revokedInPreviousRound: false,
  attestations: { "requirements.conduct": "met", "party.1.1": "notGiven" },
  application: { category: "management", date: "2026-11-20" },
};

describe("a valid record", () => {
  test("is returned with equal data, and the (deep-frozen) input is left as it was", () => {
    const before = structuredClone(valid);
    const deepFreeze = <T>(value: T): T => {
      if (value !== null && typeof value === "object") Object.values(Object.freeze(value)).forEach(deepFreeze);
      return value;
    };
    const input = deepFreeze(structuredClone(valid));
    expect(parseCandidate(input)).toEqual(before);
    expect(input).toEqual(before);
  });

  test("parsing the returned record again gives it back unchanged", () => {
    const parsed = parseCandidate(structuredClone(valid));
    expect(parseCandidate(parsed)).toBe(parsed);
  });

  test("safeParseCandidate returns { success: true, data }", () => {
    expect(safeParseCandidate(structuredClone(valid))).toEqual({ success: true, data: valid });
  });

  test("only id is required: a record of unknowns is valid", () => {
    expect(parseCandidate({ id: "X" })).toEqual({ id: "X" });
  });
});

describe("safeParseCandidate", () => {
  test("returns { success: false, error } instead of throwing", () => {
    const result = safeParseCandidate({ id: "" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toEqual([expect.objectContaining({ code: "invalid_record", path: ["id"] })]);
  });

  test.each([null, undefined, "T-1", 42, []])("non-object input %j → invalid_record", (input) => {
    expect(issuesOf(input).length).toBeGreaterThan(0);
  });
});

describe("dates do not depend on the process time zone", () => {
  test("switching process.env.TZ takes effect here (control for the cases below)", () => {
    expect(inTimeZone("Asia/Shanghai", () => new Date(2025, 0, 1).getTimezoneOffset())).toBe(-480);
    expect(inTimeZone("Pacific/Pago_Pago", () => new Date(2025, 0, 1).getTimezoneOffset())).toBe(660);
  });

  // Regression: a check via parseISO(text).toISOString() refused every date east of UTC (Asia/Shanghai).
  test.each(["UTC", "Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago"])("in %s real dates pass and unreal ones fail", (zone) => {
    inTimeZone(zone, () => {
      for (const date of ["2025-03-01", "2024-02-29", "2000-02-29", "2025-12-31", "2026-01-01"]) {
        expect(safeParseCandidate({ id: "X", logisticsStartDate: date }).success, date).toBe(true);
      }
      for (const date of ["2025-02-29", "1900-02-29", "2025-06-31"]) {
        expect(safeParseCandidate({ id: "X", logisticsStartDate: date }).success, date).toBe(false);
      }
    });
  });
});

describe("a record as JSON text", () => {
  test("parseCandidateJson parses and checks it, frozen and remembered; evaluations take the text itself", async () => {
    const { parseCandidateJson, evaluateVerdicts, bundledRulebook } = await import("../../src/index.js");
    const record = parseCandidateJson('{"id":"T-1","partyMember":true}');
    expect(record).toEqual({ id: "T-1", partyMember: true });
    expect(Object.isFrozen(record)).toBe(true);
    const text = '{"id":"T-2","partyMember":false,"role":"staff"}';
    expect(evaluateVerdicts(bundledRulebook(), text, { asOf: "2026-11-26" })).toEqual(evaluateVerdicts(bundledRulebook(), JSON.parse(text), { asOf: "2026-11-26" }));
  });

  test("text that is not JSON, not text, too long or with a bad field is an invalid_record error", async () => {
    const { safeParseCandidateJson } = await import("../../src/index.js");
    const issues = (input: unknown) => {
      const outcome = safeParseCandidateJson(input);
      return outcome.success ? [] : outcome.error.issues.map((issue) => [issue.code, issue.path.join("."), issue.message.slice(0, 20)]);
    };
    expect(issues("{ not json")).toEqual([["invalid_record", "", "not JSON: line 1, co"]]);
    // "{ not json": the n at index 2 is where a property name should start: line 1, column 3
    const notJson = safeParseCandidateJson("{ not json");
    expect(notJson.success ? "" : notJson.error.issues[0]?.message).toMatch(/^not JSON: line 1, column 3: /);
    expect(issues(42)).toEqual([["invalid_record", "", "expected JSON text, "]]);
    expect(issues('{"id":"A","partyMember":"yes"}')).toEqual([["invalid_record", "partyMember", "Invalid input: expec"]]);
    expect(issues('{"id":"A","attestations":{"__proto__":"met"}}')).toEqual([["invalid_record", "attestations.__proto__", "key __proto__ is not"]]);
    expect(issues(`{"id":"${"x".repeat(10_000_001)}"}`)[0]?.[2]).toBe("a record of 10000010");
  });
});
