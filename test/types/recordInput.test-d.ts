import { expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type { CandidateRecordInput } from "../../src/index.js";
import type { CandidateRecordSchema } from "../../src/schema/candidate.js";

type ZodInput = z.input<typeof CandidateRecordSchema>;
type Writable<T> = T extends readonly (infer Item)[] ? Writable<Item>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

test("the generated record type and the zod schema's input type hold the same records", () => {
  // every record the schema's type holds is a CandidateRecordInput, and the other way round (lists read-only aside)
  expectTypeOf<ZodInput>().toExtend<CandidateRecordInput>();
  expectTypeOf<Writable<CandidateRecordInput>>().toExtend<ZodInput>();
});

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
