import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { expect, test } from "vitest";
import { bundledRulebook, bundledRulebookIds } from "../../src/index.js";

const typePath = join(import.meta.dirname, "..", "..", "src", "load", "bundledIds.ts");

/** A union of literal types (`never` for none), sorted so the file does not move with the rule files' order. */
const union = (values: Iterable<string | number>): string => {
  const sorted = [...new Set(values)].sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b))));
  return sorted.length === 0 ? "never" : sorted.map((value) => JSON.stringify(value)).join(" | ");
};

/** The generated file: every bundled rulebook's ids, read from the compiled rule files. */
function bundledIdsSource(): string {
  const entries = bundledRulebookIds().map((id) => {
    const compiled = bundledRulebook(id);
    const awards = compiled.awards.map((award) => award.award);
    const ids = {
      award: union(awards.map((award) => award.id)),
      scoredAward: union(compiled.scoredAwards.map((award) => award.award.id)),
      category: union(awards.flatMap((award) => award.categories.map((category) => category.id))),
      level: union(awards.flatMap((award) => award.levels.map((level) => level.level))),
      attestation: union(compiled.attestationKeys),
      measure: union(Object.keys(compiled.rulebook.measures ?? {})),
      flag: union(Object.keys(compiled.rulebook.flags ?? {})),
    };
    const fields = Object.entries(ids).map(([key, value]) => `${key}: ${value};`);
    return `/** ${compiled.rulebook.title.zh} (${compiled.rulebook.title.en}) */\n${JSON.stringify(id)}: {\n${fields.join("\n")}\n};`;
  });
  return `// Generated from the bundled rule files (rules/*.json) by test/load/bundledIds.test.ts; do not edit.
// Regenerate: UPDATE_TYPES=1 npx vitest run test/load/bundledIds.test.ts

/**
 * The ids each bundled rulebook names, as literal types, by the rulebook's id: what
 * \`bundledRulebook(id)\` returns is typed by them, so a misspelt award, category, level or
 * attestation key is a compile error.
 *
 * @example
 * \`\`\`ts
 * type Categories = BundledRulebookIds["model-post-000"]["category"]; // "management" | "party" | "staff"
 * \`\`\`
 */
export interface BundledRulebookIds {
${entries.join("\n")}
}

/**
 * The id of a bundled rulebook.
 *
 * @example
 * \`\`\`ts
 * const id: BundledRulebookId = "model-post-000";
 * \`\`\`
 */
export type BundledRulebookId = keyof BundledRulebookIds;
`;
}

test("src/load/bundledIds.ts names every bundled rulebook's ids (UPDATE_TYPES=1 rewrites it)", async () => {
  const text = await format(bundledIdsSource(), { ...(await resolveConfig(typePath)), filepath: typePath });
  if (process.env.UPDATE_TYPES === "1") writeFileSync(typePath, text);
  expect(readFileSync(typePath, "utf8")).toBe(text);
});
