import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { format, resolveConfig } from "prettier";
import { expect, test } from "vitest";
import { z } from "zod";
import { CandidateRecordSchema } from "../../src/schema/candidate.js";
import { PolicyTestSchema, RecordExpectationSchema, RoundExpectationSchema } from "../../src/schema/policyTest.js";
import { RulebookSchema } from "../../src/schema/rulebook.js";
import { typeFiles, type TypeFile, type TypeRoot } from "../support/typeFiles.js";
import { TYPE_NOTES } from "../support/typeNotes.js";

const root = join(import.meta.dirname, "..", "..");

const HEADER = `// Generated from the zod schemas of src/schema/ (z.toJSONSchema, both sides) by test/schema/types.test.ts; do not edit.
// Regenerate: UPDATE_TYPES=1 npx vitest run test/schema/types.test.ts (or npm run schema)
`;

/** A root schema, both sides (zod refuses what JSON Schema cannot say, so nothing is written as a guess). */
const rootOf = (name: string, schema: z.ZodType): TypeRoot => ({ name, input: z.toJSONSchema(schema, { io: "input" }), output: z.toJSONSchema(schema, { io: "output" }) });

const fileOf = (name: string, roots: TypeRoot[], readonlyInput = false): TypeFile => ({
  path: join(root, "src", "schema", `${name}.ts`),
  module: `./${name}.js`,
  header: HEADER,
  roots,
  readonlyInput,
});

/**
 * The generated files, in order: a definition is written in the first file that reaches it. A record
 * is given by a caller's code, which may hold it read-only, so its input type takes read-only lists;
 * rule files and policy tests are data read from JSON, and their input types are zod's.
 */
const FILES = [
  fileOf("recordTypes", [rootOf("CandidateRecord", CandidateRecordSchema)], true),
  fileOf("rulebookTypes", [rootOf("Rulebook", RulebookSchema)]),
  fileOf("policyTestTypes", [rootOf("PolicyTest", PolicyTestSchema), rootOf("RecordExpectation", RecordExpectationSchema), rootOf("RoundExpectation", RoundExpectationSchema)]),
];

test.each(FILES.map((file) => relative(root, file.path)))("%s is the plain TypeScript of the zod schemas (UPDATE_TYPES=1 or npm run schema rewrites it)", async (name) => {
  const path = join(root, name);
  const text = await format(typeFiles(FILES, TYPE_NOTES).get(path)!, { ...(await resolveConfig(path)), filepath: path });
  // `npm run schema` (UPDATE_SCHEMA=1) rewrites them with the JSON Schemas
  if (process.env.UPDATE_TYPES === "1" || process.env.UPDATE_SCHEMA === "1") writeFileSync(path, text);
  expect(readFileSync(path, "utf8")).toBe(text);
});

test("every generated type is held to its schema by test/types/schemaTypes.test-d.ts (it imports each one, and uses what it imports)", () => {
  const typeTest = readFileSync(join(root, "test", "types", "schemaTypes.test-d.ts"), "utf8");
  const imported = new Set(
    [...typeTest.matchAll(/import type \{([^}]*)\} from "\.\.\/\.\.\/src\/schema\/\w+Types\.js"/g)].flatMap(([, names]) => names!.split(",").map((name) => name.trim())),
  );
  const declared = FILES.flatMap((file) => [...readFileSync(file.path, "utf8").matchAll(/^export type (\w+)/gm)].map(([, name]) => name!));
  expect(declared.filter((name) => !imported.has(name))).toEqual([]);
});
