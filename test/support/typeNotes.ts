import type { TypeNotes } from "./typeFiles.js";

const cited = 'source: { document: "000", clause: "§四(一)1(4)" }';
const label = (zh: string, en: string) => `label: { zh: "${zh}", en: "${en}" }`;
const window = `{ kind: "yearsUpToAsOf", years: 3, ${label("近三年", "the last 3 years")}, ${cited} }`;
const leaf = `{ id: "party.1.4", ${label("近三年内无被投诉记录", "no complaint in the last 3 years")}, ${cited}, fact: "complaints", params: { window: "threeYears" }, operator: "countAtMost", value: 0 }`;
/** A statement reading a part of a bundled rulebook, as loaded. */
const loaded = (name: string, path: string, rulebook = "") => `const value: ${name} = bundledRulebook(${rulebook}).rulebook${path};`;

/**
 * The comments and examples of the generated types (test/schema/types.test.ts), by the declaration's
 * name. Every example is type-checked by `npm run lint:examples`: an output type is shown read
 * from a loaded rulebook, an input type written out.
 *
 * @example
 * ```ts
 * typeFiles(FILES, TYPE_NOTES);
 * ```
 */
export const TYPE_NOTES: TypeNotes = {
  comments: {
    Rulebook: [
      "A rule file as `loadRulebook` holds it (`compiled.rulebook`): one policy document as data, every default filled in (no scored awards is `scoredAwards: []`). What a rule file may contain is `RulebookInput`.",
    ],
    RulebookInput: [
      "A rule file as it may be written: one policy document as data. What has a default may be left out (`scales`, `windows`, `awards`, `scoredAwards`, `payRules`, `deadlines`). `loadRulebook` checks one and gives a compiled rulebook whose `rulebook` is a `Rulebook`; the bundled rule files fit this type (test/schema/ruleFileTypes.test.ts).",
    ],
    CandidateRecord: [
      "A candidate record as the library holds it once checked (`parseCandidate`); what a caller gives is a `CandidateRecordInput`, the same fields with read-only lists allowed.",
    ],
    CandidateRecordInput: [
      "A candidate record as a caller gives it to `evaluate`, `evaluateVerdicts`, `evaluateCohort` and the other functions that read records: every field of the candidate JSON Schema, each with its description. Every field but `id` is optional; a field that is not given (left out, or `undefined`) is an unknown fact, never a silent no. `null` is not a value of any field: leave a field out when it is not known.",
    ],
  },
  examples: {
    Rulebook: `${loaded("Rulebook", "")}\nvalue.scoredAwards; // [] for document 000: the default filled in`,
    RulebookInput: `const ruleFile: RulebookInput = {\n  id: "tiny-000", title: { zh: "示例", en: "example" }, version: "1", document: { id: "000", title: "示例办法" },\n  windows: { threeYears: ${window} },\n};\nloadRulebook(ruleFile).rulebook.payRules; // []`,
    CandidateRecord: `const kept: CandidateRecord = parseCandidate({ id: "T-001", partyMember: true });`,
    CandidateRecordInput: `const record: CandidateRecordInput = { id: "T-001", partyMember: true, role: "staff", professionalTitle: undefined };`,
    LiabilityIncident: `const incident: LiabilityIncident = { date: "2025-03-02", kind: "safety", major: false };`,
    AwardScores: `const scores: AwardScores = { items: { total: 88 } };`,
    PolicyTest: `const policyTest: PolicyTest = {\n  name: "staff level 2", description: "…", rulebook: "model-post-000", award: "model-post", asOf: "2026-11-26",\n  input: { id: "T-1" }, expected: { status: "pendingReview" },\n};\nparsePolicyTest(policyTest);`,
    RecordExpectation: `const expected: RecordExpectation = { status: "qualified", category: "staff", level: 2, conditions: { "staff.1.3": "fail" } };`,
    RoundExpectation: `const expected: RoundExpectation = { roundStatus: "final", placements: { "R-01": { status: "placed", level: 1 } } };`,
    Award: loaded("Award", ".awards[0]"),
    AwardInput: `const award: AwardInput = {\n  id: "model-post", ${label("示范岗", "model post")}, ${cited},\n  levels: [{ level: 1, ${label("一级", "level 1")} }],\n  categories: [{ id: "staff", ${label("员工", "staff")}, ${cited}, levels: [{ level: 1, conditions: ${leaf} }] }],\n};`,
    Scale: `const scale: Scale = { values: [{ value: "competent", rank: 2, ${label("称职", "competent")} }], ${cited} };`,
    Window: `const window: Window = ${window};`,
    RoundCalendar: `const calendar: RoundCalendar = { applicationWindow: { from: "11-01", to: "11-30", ${cited} } };`,
    Condition: `const leaf: Condition = ${leaf};\nconst tree: Condition = { id: "party.1", ${label("一级条件", "level-1 conditions")}, ${cited}, all: [leaf] };`,
    JsonValue: `const value: JsonValue = { rating: "excellent", minTimes: 2 };`,
    ScoredAward: loaded("ScoredAward", ".scoredAwards[0]", '"logistics-plans-004"'),
    Bonus: loaded("Bonus[]", ".scoredAwards[0].bonuses", '"logistics-plans-004"'),
    Quota: loaded("Quota | undefined", ".scoredAwards[0].quota", '"logistics-plans-004"'),
    PayRule: loaded("PayRule", ".payRules[0]", '"logistics-plans-004"'),
    Expression: `const reward: Expression = { op: "sub", args: [{ op: "add", args: ["outstanding", "post"] }, "deductions"] };`,
    AfterRound: loaded("AfterRound | undefined", ".awards[0].afterRound"),
    Benefit: loaded("Benefit[]", ".awards[0].benefits"),
    Deadline: loaded("Deadline[]", ".deadlines"),
    Schedule: loaded("Schedule | undefined", ".scoredAwards[0].schedule", '"logistics-plans-004"'),
    Allocation: loaded("Allocation | undefined", ".awards[0].allocation"),
    Candidacy: loaded("Candidacy | undefined", ".awards[0].candidacy"),
    Committee: loaded("Committee | undefined", ".awards[0].committee"),
    BilingualText: `const title: BilingualText = { zh: "一级示范岗", en: "level-1 model post" };`,
    Source: `const source: Source = { document: "000", clause: "§四(一)1(6)③" };`,
    Interpretation: `const reading: Interpretation = { reading: "一次 is read as at least once", reason: "…" };`,
    IsoDate: `const asOf: IsoDate = "2026-11-26";`,
    AppraisalRating: `const rating: AppraisalRating = "excellent";`,
    Scope: `const scope: Scope = "school";`,
    CandidateKind: `const kind: CandidateKind = "team";`,
    EmploymentType: `const employment: EmploymentType = "establishment";`,
  },
  inputAliases: ["LiabilityIncident"],
};
