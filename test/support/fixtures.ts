import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { EvaluationResult, TraceNode } from "../../src/index.js";

const Status = z.enum(["pass", "fail", "unknown"]);

/** A scenario fixture: input, as-of date and the outcome worked out from the document. */
export const FixtureSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  asOf: z.string(),
  award: z.string(),
  fullyKnown: z.boolean().optional(),
  input: z.record(z.string(), z.unknown()),
  expected: z.strictObject({
    status: z.enum(["qualified", "notQualified", "pendingReview", "refused"]),
    category: z.string().nullable(),
    level: z.number().int().nullable(),
    levels: z.record(z.string(), z.record(z.string(), Status)),
    nodes: z.record(z.string(), Status),
    refusal: z.array(z.string()).optional(),
    missingFacts: z.array(z.string()).optional(),
  }),
});

export type Fixture = z.infer<typeof FixtureSchema> & { file: string };

/** Every fixture of a folder under fixtures/, checked against FixtureSchema. */
export function loadFixtures(folder: string): Fixture[] {
  const dir = join(import.meta.dirname, "..", "..", "fixtures", folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ ...FixtureSchema.parse(JSON.parse(readFileSync(join(dir, file), "utf8"))), file }));
}

/** Every trace node of a result, by id. */
export function nodesById(result: EvaluationResult): Map<string, TraceNode> {
  const found = new Map<string, TraceNode>();
  const walk = (node: TraceNode): void => {
    found.set(node.id, node);
    node.children.forEach(walk);
  };
  if (result.application) walk(result.application.admission);
  walk(result.requirements);
  for (const category of result.categories) {
    walk(category.audience);
    for (const level of category.levels) walk(level.conditions);
  }
  for (const excluded of result.excludedCategories) walk(excluded.audience);
  return found;
}
