import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { expect, test } from "vitest";
import { typeFromJsonSchema } from "../support/typeFromJsonSchema.js";

const schemaPath = join(import.meta.dirname, "..", "..", "rules", "schema", "candidate.schema.json");
const typePath = join(import.meta.dirname, "..", "..", "src", "schema", "recordInput.ts");

const HEADER = `// Generated from rules/schema/candidate.schema.json by test/schema/recordInput.test.ts; do not edit.
// Regenerate: UPDATE_TYPES=1 npx vitest run test/schema/recordInput.test.ts
`;

const COMMENT = [
  "A candidate record as a caller gives it to `evaluate`, `evaluateVerdicts`, `evaluateCohort` and the other functions that read records: every field of the candidate JSON Schema, each with its description. Every field but `id` is optional; a field that is not given (left out, or `undefined`) is an unknown fact, never a silent no. `null` is not a value of any field: leave a field out when it is not known.",
  '@example\n```ts\nconst record: CandidateRecordInput = { id: "T-001", partyMember: true, role: "staff", professionalTitle: undefined };\n```',
];

test("src/schema/recordInput.ts is the type of the emitted candidate JSON Schema (UPDATE_TYPES=1 rewrites it)", async () => {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
  const source = HEADER + typeFromJsonSchema(schema, "CandidateRecordInput", COMMENT, { LiabilityIncident: '{ date: "2025-03-02", kind: "safety", major: false }' });
  const text = await format(source, { ...(await resolveConfig(typePath)), filepath: typePath });
  if (process.env.UPDATE_TYPES === "1") writeFileSync(typePath, text);
  expect(readFileSync(typePath, "utf8")).toBe(text);
});
