import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const Status = z.enum(["pass", "fail", "unknown"]);

/** A scored-award fixture: input, date, deployment and the outcome worked out from the document, or the error expected. */
export const ScoredFixtureSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().min(1),
    asOf: z.string(),
    rulebook: z.string(),
    award: z.string(),
    deployment: z.strictObject({ bonusMaxima: z.record(z.string(), z.number()).optional() }).optional(),
    input: z.record(z.string(), z.unknown()),
    expected: z
      .strictObject({
        status: z.enum(["scored", "vetoed", "ineligible", "pendingReview"]),
        score: z.number().nullable().optional(),
        rubricTotal: z.number().nullable().optional(),
        sections: z.record(z.string(), z.number().nullable()).optional(),
        bonusBeforeCap: z.number().nullable().optional(),
        bonusAfterCap: z.number().nullable().optional(),
        composite: z.number().nullable().optional(),
        grade: z.string().nullable().optional(),
        vetoes: z.record(z.string(), Status).optional(),
        gradeSteps: z.array(z.strictObject({ kind: z.enum(["band", "cap", "forced", "noBand"]), id: z.string(), status: Status })).optional(),
        prize: z.strictObject({ value: z.number(), unit: z.string() }).nullable().optional(),
        missingFacts: z.array(z.string()).optional(),
      })
      .optional(),
    expectedError: z.strictObject({ code: z.string(), path: z.array(z.union([z.string(), z.number()])) }).optional(),
  })
  .refine((fixture) => (fixture.expected === undefined) !== (fixture.expectedError === undefined), {
    message: "a fixture has expected or expectedError, not both",
  });

export type ScoredFixture = z.infer<typeof ScoredFixtureSchema> & { file: string };

/** Every scored fixture under fixtures/<document>/, checked against ScoredFixtureSchema. */
export function loadScoredFixtures(documents: string[]): ScoredFixture[] {
  return documents.flatMap((document) => {
    const dir = join(import.meta.dirname, "..", "..", "fixtures", document);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => ({ ...ScoredFixtureSchema.parse(JSON.parse(readFileSync(join(dir, file), "utf8"))), file: `${document}/${file}` }));
  });
}
