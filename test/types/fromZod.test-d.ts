import { expectTypeOf, test } from "vitest";
import type { z } from "zod";
import { fromZod, type AwardRulesError } from "../../src/index.js";
import { CandidateRecordSchema } from "../../src/schema/index.js";

test("fromZod takes a zod error, though the main entry's types do not name zod", () => {
  expectTypeOf<z.ZodError>().toExtend<Parameters<typeof fromZod>[0]>();
  const parsed = CandidateRecordSchema.safeParse({ id: 7 });
  if (!parsed.success) expectTypeOf(fromZod(parsed.error, "invalid_record", ["records", 3])).toEqualTypeOf<AwardRulesError>();
  // @ts-expect-error an error without issues is not one
  fromZod(new Error("no issues"), "invalid_record");
});
