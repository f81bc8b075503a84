import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKED_RULE_FILE, compileChecked } from "../../src/load/checkedSource.js";
import { loadRulebook } from "../../src/load/loadRulebook.js";
import { evaluate } from "../../src/evaluate/evaluate.js";
import { validateRulebookInput } from "../../src/validate/rulebookInput.js";

const rules = join(import.meta.dirname, "..", "..", "rules");
const ruleFiles = readdirSync(rules).filter((name) => /^\d{3}-.*\.json$/.test(name));

// what the build (tsup.config.ts) embeds for a bundled rule file: its checked form as JSON text
const embedded = (text: string) => {
  const checked = validateRulebookInput(text);
  if (!checked.success) throw new Error(checked.issues[0]?.message);
  return { [CHECKED_RULE_FILE]: JSON.stringify(checked.data) };
};

describe("compileChecked: a bundled rule file the build already checked", () => {
  it.each(ruleFiles)("%s compiles to the rulebook loadRulebook makes of the file as written", (name) => {
    const text = readFileSync(join(rules, name), "utf8");
    const fromBuild = compileChecked(embedded(text));
    const fromFile = loadRulebook(text);
    expect(fromBuild).toBeDefined();
    expect(fromBuild!.rulebook).toStrictEqual(fromFile.rulebook);
    expect(fromBuild!.revision).toStrictEqual(fromFile.revision);
  });

  it("evaluates a record as the rulebook loaded from the file does", () => {
    const text = readFileSync(join(rules, "000-model-post.json"), "utf8");
    const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "000", "staff-complaint-two-and-half-years.json"), "utf8"));
    const [record, options] = [fixture.input, { asOf: fixture.asOf }];
    expect(JSON.parse(JSON.stringify(evaluate(compileChecked(embedded(text))!, record, options)))).toStrictEqual(
      JSON.parse(JSON.stringify(evaluate(loadRulebook(text), record, options))),
    );
  });

  it("leaves anything else to loadRulebook, which checks it: a rule file as written, a key with no text", () => {
    const ruleFile = JSON.parse(readFileSync(join(rules, "001-service-model-post.json"), "utf8"));
    expect(compileChecked(ruleFile)).toBeUndefined();
    expect(compileChecked({ [CHECKED_RULE_FILE]: 42 })).toBeUndefined();
    expect(compileChecked(null)).toBeUndefined();
    expect(compileChecked("{}")).toBeUndefined();
    // and loadRulebook refuses the key: no rule file can pass for a checked one
    expect(() => loadRulebook({ ...ruleFile, [CHECKED_RULE_FILE]: "{}" })).toThrow(/award-rules:checked-rule-file/);
  });
});
