import { readFileSync } from "node:fs";
import { join } from "node:path";

const rules = join(import.meta.dirname, "..", "..", "rules");
const raw = (file: string): any => JSON.parse(readFileSync(join(rules, file), "utf8"));

/** Lists of at most this many items, as the rule-file guard allows. */
const LIST = 10_000;

const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / LIST) }, (_, index) => items.slice(index * LIST, (index + 1) * LIST));

/**
 * Rule file 000 with `leaves` more conditions spread over the levels of its first category, in
 * `all`s of at most 10,000: attestations (a slot each) and, one in ten, a tenure threshold (one
 * slot shared by thousands of leaves, a hundred distinct values).
 */
export function largeLevelRuleFile(leaves: number): any {
  const json = raw("000-model-post.json");
  const category = json.awards[0].categories[0];
  const perLevel = Math.ceil(leaves / category.levels.length);
  category.levels.forEach((level: any, index: number) => {
    const id = level.conditions.id as string;
    const made = Array.from({ length: Math.min(perLevel, leaves - index * perLevel) }, (_, n) => {
      const leafId = `${id}.x${n}`;
      const base = { id: leafId, label: { zh: leafId, en: leafId }, source: { document: "000", clause: "§四(一)1" } };
      return n % 10 === 0
        ? { ...base, fact: "logisticsServiceYears", operator: "greaterThanInclusive", value: n % 100 }
        : { ...base, fact: "attestation", params: { item: leafId }, operator: "equal", value: "met" };
    });
    level.conditions.all.push(
      ...chunks(made).map((chunk, c) => ({ id: `${id}.x.${c}`, label: { zh: "x", en: "x" }, source: { document: "000", clause: "§四(一)1" }, all: chunk })),
    );
  });
  return json;
}

/** Rule file 004 with its first scored award's rubric given `items` items, in sections of at most 10,000. */
export function largeRubricRuleFile(items: number): any {
  const json = raw("004-logistics-plans.json");
  const award = json.scoredAwards[0];
  const source = award.rubric.sections[0].source;
  const made = Array.from({ length: items }, (_, n) => ({ id: `item${n}`, label: { zh: `第${n}项`, en: `item ${n}` }, max: 1, source }));
  award.rubric.sections = chunks(made).map((chunk, s) => ({ id: `section${s}`, label: { zh: `第${s}部分`, en: `section ${s}` }, source, items: chunk }));
  award.rubric.printedTotal = items;
  return json;
}
