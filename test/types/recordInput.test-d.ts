import { expectTypeOf, test } from "vitest";
import type { CandidateRecordInput } from "../../src/index.js";

// that it holds what the schema's input type holds, and no more, is checked in schemaTypes.test-d.ts
test("a misspelt or mistyped field is a compile error", () => {
  // @ts-expect-error partyMembr is not a field (did you mean partyMember?)
  const misspelt: CandidateRecordInput = { id: "T-1", partyMembr: true };
  // @ts-expect-error partyMember is yes/no, not text
  const mistyped: CandidateRecordInput = { id: "T-1", partyMember: "yes" };
  // @ts-expect-error id is text
  const numberId: CandidateRecordInput = { id: 7 };
  expectTypeOf([misspelt, mistyped, numberId]).toBeArray();
});

test("undefined is allowed on every optional field (not given), null on none", () => {
  const notGiven: CandidateRecordInput = { id: "T-1", professionalTitle: undefined, complaints: [{ date: "2025-01-02", verified: undefined }] };
  // @ts-expect-error null is not "not given": leave the field out
  const nullTitle: CandidateRecordInput = { id: "T-1", professionalTitle: null };
  expectTypeOf([notGiven, nullTitle]).toBeArray();
});
