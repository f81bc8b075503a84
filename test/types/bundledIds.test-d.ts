import { expectTypeOf, test } from "vitest";
import {
  bundledRulebook,
  evaluate,
  evaluateCohort,
  evaluateScored,
  evaluateVerdicts,
  loadRulebook,
  parseCandidate,
  type BundledRulebookIds,
  type CandidateRecord,
  type CandidateRecordInput,
  type CompiledRulebook,
  type RecordFor,
} from "../../src/index.js";

const asOf = "2026-11-26";

test("a bundled rulebook is typed by the ids its rule file names; a wrong id is a compile error", () => {
  expectTypeOf(bundledRulebook()).toEqualTypeOf<CompiledRulebook<BundledRulebookIds["model-post-000"]>>();
  expectTypeOf(bundledRulebook("logistics-plans-004")).toEqualTypeOf<CompiledRulebook<BundledRulebookIds["logistics-plans-004"]>>();
  expectTypeOf<BundledRulebookIds["model-post-000"]["category"]>().toEqualTypeOf<"management" | "party" | "staff">();
  expectTypeOf<BundledRulebookIds["model-post-000"]["level"]>().toEqualTypeOf<1 | 2 | 3>();
  // @ts-expect-error model-post-00 is not a bundled rulebook's id
  bundledRulebook("model-post-00");
  // an id known only at run time is a string: checked when called
  const fromConfig: string = "model-post-000";
  expectTypeOf(bundledRulebook(fromConfig)).toEqualTypeOf<CompiledRulebook>();
});

test("a record given with a bundled rulebook names its categories, awards and attestation keys", () => {
  const rulebook = bundledRulebook();
  evaluate(rulebook, { id: "T-1", application: { category: "staff", date: "2026-11-23" }, attestations: { "staff.1.1": "met" } }, { asOf });
  // @ts-expect-error staf is not a category of model-post-000
  evaluate(rulebook, { id: "T-1", application: { category: "staf", date: "2026-11-23" } }, { asOf });
  // @ts-expect-error staff.9.9 is not an attestation key a condition of model-post-000 reads
  evaluateVerdicts(rulebook, { id: "T-1", attestations: { "staff.9.9": "met" } }, { asOf });
  // @ts-expect-error model-posts is not an award of model-post-000
  evaluate(rulebook, { id: "T-1" }, { asOf, award: "model-posts" });
  // @ts-expect-error staf is not a category (a round's records too)
  evaluateCohort(rulebook, [{ id: "T-1", application: { category: "staf", date: "2026-11-23" } }], { asOf });
  // @ts-expect-error service-sta is not a scored award of logistics-plans-004
  evaluateScored(bundledRulebook("logistics-plans-004"), { id: "S-1" }, { asOf, award: "service-sta" });
  // a record typed for the rulebook is taken as it is
  const typed: RecordFor<BundledRulebookIds["model-post-000"]> = { id: "T-2", role: "staff" };
  expectTypeOf(evaluate(rulebook, typed, { asOf }).awardId).toBeString();
});

test("a misspelt or mistyped record field is a compile error (the README's first mistakes)", () => {
  const rulebook = bundledRulebook();
  // @ts-expect-error id is text and partyMembr is not a field
  evaluate(rulebook, { id: 7, partyMembr: "yes" }, { asOf });
  // @ts-expect-error role is one of manager, teamLeader, staff
  evaluate(rulebook, { id: "T-1", role: "boss" }, { asOf });
  // @ts-expect-error null is not "not given"
  evaluate(rulebook, { id: "T-1", professionalTitle: null }, { asOf });
  evaluate(rulebook, { id: "T-1", professionalTitle: undefined }, { asOf });
});

test("a record typed with string ids (a database row mapped to CandidateRecordInput) is checked at run time", () => {
  const rulebook = bundledRulebook();
  const row = { id: "T-1" } as CandidateRecordInput;
  const kept = { id: "T-1" } as CandidateRecord;
  evaluate(rulebook, row, { asOf });
  evaluateVerdicts(rulebook, kept, { asOf });
  evaluateCohort(rulebook, [row, kept], { asOf });
  evaluateScored(bundledRulebook("logistics-plans-004"), row, { asOf, award: "staff-appraisal" });
  const extra = { ...row, partyMembr: true };
  // @ts-expect-error a field no record has is still a compile error
  evaluate(rulebook, extra, { asOf });
});

test("untyped data takes the run-time path: unknown, parsed JSON, JSON text, a parsed record", () => {
  const rulebook = bundledRulebook();
  const fromOutside: unknown = JSON.parse('{"id":"T-1"}');
  const row: Record<string, unknown> = { id: "T-1", partyMembr: "checked at run time" };
  evaluate(rulebook, fromOutside, { asOf });
  evaluateVerdicts(rulebook, row, { asOf });
  evaluate(rulebook, '{"id":"T-1"}', { asOf });
  evaluateCohort(rulebook, [fromOutside, row], { asOf });
  const parsed = parseCandidate(fromOutside);
  evaluate(rulebook, parsed, { asOf });
  evaluateScored(bundledRulebook("logistics-plans-004"), parsed, { asOf, award: "staff-appraisal" });
  // a rulebook loaded at run time names strings: any category compiles, and is checked when evaluated
  const loaded = loadRulebook(fromOutside);
  evaluate(loaded, { id: "T-1", application: { category: "anything", date: "2026-11-23" } }, { asOf, award: "any-award" });
});
