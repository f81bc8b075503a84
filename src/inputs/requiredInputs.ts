import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { FACTS } from "../compile/facts/index.js";
import { AwardRulesError, type SafeResult } from "../errors/AwardRulesError.js";
import { toSafe } from "../messages/issueOf.js";
import type { Condition, BilingualText } from "../schema/rulebookTypes.js";
import { RECORD_FIELDS } from "../schema/recordFields.js";
import { describeField } from "../schema/describeField.js";
import { checkKnownKeys, checkText, readOptions } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import { describeValue } from "../text/describeValue.js";
import { unknownAnyAwardIssue, unknownCategoryIssue } from "../evaluate/unknownAward.js";
import { raise } from "../messages/issueOf.js";

/** A condition that reads an input: its id, clause and label, where it sits, and whether it is one option of a "satisfy one of". */
export interface InputReader {
  id: string;
  clause: string;
  label: BilingualText;
  /** `option`: one option of a "satisfy one of" (or of "at least k of"); `condition`: it must hold itself. */
  as: "condition" | "option";
  /** The tree it belongs to (admission, requirements, a category's audience or level…). */
  where: BilingualText;
}

/** One input an award reads: its key in the record, labels, what it holds, and the conditions that read it. */
export interface RequiredInput {
  /** Its place in the record: `complaints`, `attestations.staff.1.1`, `scores.staff-appraisal.items.total`… */
  key: string;
  kind: "field" | "attestation" | "measure" | "flag" | "score";
  label: BilingualText;
  /** What it holds: allowed values, or its type. */
  type: BilingualText;
  values?: string[];
  readBy: InputReader[];
}

/**
 * What to list: the award, and optionally one category and one level of it.
 *
 * @example
 * ```ts
 * const options: InputsOptions = { award: "model-post", category: "staff", level: 1 };
 * ```
 */
export interface InputsOptions {
  award: string;
  category?: string;
  level?: number;
}

interface Tree {
  root: Condition;
  where: BilingualText;
}

function trees(compiled: CompiledRulebook, options: InputsOptions): Tree[] {
  const level = compiled.awards.find((entry) => entry.award.id === options.award);
  const scored = compiled.scoredAwards.find((entry) => entry.award.id === options.award);
  if (level === undefined && scored === undefined) {
    throw new AwardRulesError([unknownAnyAwardIssue(compiled, options.award)]);
  }
  const out: Tree[] = [];
  if (level !== undefined) {
    const { award } = level;
    const categories = award.categories.filter((category) => options.category === undefined || category.id === options.category);
    if (categories.length === 0) {
      throw new AwardRulesError([unknownCategoryIssue(award, options.category)]);
    }
    if (award.admission) out.push({ root: award.admission, where: { zh: "申报受理", en: "admission" } });
    if (award.requirements) out.push({ root: award.requirements, where: { zh: "申报要求", en: "requirements" } });
    for (const category of categories) {
      if (category.audience) out.push({ root: category.audience, where: { zh: `${category.label.zh}申报对象`, en: `who may apply for ${category.label.en}` } });
      const levels = category.levels.filter((entry) => options.level === undefined || entry.level === options.level);
      if (options.level !== undefined && levels.length === 0) {
        raise("invalid_option", ["level"], "award.noLevel", { category: category.id, categoryZh: category.label.zh, got: describeValue(options.level) });
      }
      for (const entry of levels) {
        const label = award.levels.find((defined) => defined.level === entry.level)?.label ?? { zh: `${entry.level}级`, en: `level ${entry.level}` };
        out.push({ root: entry.conditions, where: { zh: `${category.label.zh}${label.zh}`, en: `${label.en}, ${category.label.en}` } });
      }
    }
    return out;
  }
  const award = scored!.award;
  if (award.audience) out.push({ root: award.audience, where: { zh: "适用对象", en: "who the award covers" } });
  if (award.eligibility) out.push({ root: award.eligibility, where: { zh: "参评条件", en: "eligibility" } });
  for (const veto of award.vetoes) out.push({ root: veto, where: { zh: "一票否决", en: "veto" } });
  for (const cap of award.gradeCaps) out.push({ root: cap.when, where: { zh: `等次上限：${cap.label.zh}`, en: `grade cap: ${cap.label.en}` } });
  for (const forced of award.forcedGrades) out.push({ root: forced.when, where: { zh: `确定等次：${forced.label.zh}`, en: `forced grade: ${forced.label.en}` } });
  for (const consequence of award.consequences)
    if (consequence.when) out.push({ root: consequence.when, where: { zh: `后果：${consequence.label.zh}`, en: `consequence: ${consequence.label.en}` } });
  return out;
}

function children(node: Condition): Condition[] {
  return [...(node.all ?? []), ...(node.any ?? []), ...(node.of ?? []), ...(node.not ? [node.not] : [])];
}

/**
 * Every input an award reads from a record — every fact and every attestation, for the whole award
 * or one category and level — with its key in the record, labels in Chinese and English, its type
 * or allowed values, and the conditions that read it (id and clause), each said to be a plain
 * condition or one option of a "satisfy one of". For a scored award, the scores it takes too.
 *
 * @example
 * ```ts
 * requiredInputs(bundledRulebook(), { award: "model-post", category: "staff", level: 1 })
 *   .map((input) => input.key); // ["application", "revokedInPreviousRound", "attestations.requirements.conduct", …]
 * ```
 */
export function requiredInputs(compiled: CompiledRulebook, options: InputsOptions): RequiredInput[] {
  checkCompiled(compiled);
  options = readOptions(options, "options", { required: true }) as unknown as InputsOptions;
  checkKnownKeys(options, ["award", "category", "level"], []);
  checkText(options.award, ["award"]);
  checkText(options.category, ["category"], { optional: true });
  const inputs = new Map<string, RequiredInput>();
  const add = (key: string, make: () => Omit<RequiredInput, "key" | "readBy">, reader: InputReader | undefined): void => {
    let input = inputs.get(key);
    if (input === undefined) inputs.set(key, (input = { key, ...make(), readBy: [] }));
    if (reader && !input.readBy.some((entry) => entry.id === reader.id)) input.readBy.push(reader);
  };
  const visit = (node: Condition, tree: Tree, option: boolean): void => {
    const kids = children(node);
    if (kids.length > 0) {
      for (const child of kids) visit(child, tree, option || node.any !== undefined || node.of !== undefined);
      return;
    }
    const definition = node.fact !== undefined && Object.hasOwn(FACTS, node.fact) ? FACTS[node.fact] : undefined;
    if (definition === undefined) return;
    const reader: InputReader = { id: node.id, clause: `${node.source.document} ${node.source.clause}`, label: node.label, as: option ? "option" : "condition", where: tree.where };
    const item = typeof node.params?.item === "string" ? node.params.item : undefined;
    if (node.fact === "attestation" && item !== undefined) {
      add(
        `attestations.${item}`,
        () => ({
          kind: "attestation",
          label: node.label,
          type: { zh: "met（符合）| notMet（不符合）| notGiven（未提供）", en: "met | notMet | notGiven" },
          values: ["met", "notMet", "notGiven"],
        }),
        reader,
      );
      return;
    }
    if ((node.fact === "measure" || node.fact === "flag") && item !== undefined) {
      add(`${node.fact}s.${item}`, () => declaredInput(compiled, node.fact as "measure" | "flag", item), reader);
      return;
    }
    for (const field of definition.inputs) {
      if (field === "knownAbsent") continue;
      add(
        field,
        () => {
          const { type, values } = describeField(field);
          return { kind: "field", label: RECORD_FIELDS[field] ?? { zh: field, en: field }, type, ...(values ? { values } : {}) };
        },
        reader,
      );
    }
  };
  for (const tree of trees(compiled, options)) visit(tree.root, tree, false);
  addScores(compiled, options.award, add);
  return [...inputs.values()];
}

/** A measure or a flag the rulebook declares: its label and the type of its value. */
function declaredInput(compiled: CompiledRulebook, kind: "measure" | "flag", item: string): Omit<RequiredInput, "key" | "readBy"> {
  if (kind === "measure") {
    const declared = compiled.rulebook.measures?.[item];
    const unit = declared?.unit ?? "";
    return { kind, label: declared?.label ?? { zh: item, en: item }, type: { zh: `数值（${unit}）`, en: `a number (${unit})` } };
  }
  return { kind, label: compiled.rulebook.flags?.[item]?.label ?? { zh: item, en: item }, type: { zh: "true（是）| false（否）", en: "true | false" } };
}

function addScores(
  compiled: CompiledRulebook,
  awardId: string,
  add: (key: string, make: () => Omit<RequiredInput, "key" | "readBy">, reader: InputReader | undefined) => void,
): void {
  const scored = compiled.scoredAwards.find((entry) => entry.award.id === awardId)?.award;
  if (scored === undefined) return;
  for (const bonus of scored.bonuses) {
    const reader: InputReader = {
      id: bonus.id,
      clause: `${bonus.source.document} ${bonus.source.clause}`,
      label: bonus.label,
      as: "condition",
      where: { zh: "附加分", en: "bonus" },
    };
    if (bonus.kind === "deploymentSet") {
      add(
        `scores.${awardId}.items.${bonus.id}`,
        () => ({ kind: "score", label: bonus.label, type: { zh: "分数，上限由实施单位确定", en: "points, up to the maximum the deployment sets" } }),
        reader,
      );
      continue;
    }
    for (const field of FACTS[bonus.fact]?.inputs ?? []) {
      if (field === "knownAbsent") continue;
      add(
        field,
        () => {
          const { type, values } = describeField(field);
          return { kind: "field", label: RECORD_FIELDS[field] ?? { zh: field, en: field }, type, ...(values ? { values } : {}) };
        },
        reader,
      );
    }
  }
  for (const section of scored.rubric?.sections ?? []) {
    for (const item of section.items) {
      add(`scores.${awardId}.items.${item.id}`, () => ({ kind: "score", label: item.label, type: { zh: `分数，0 至 ${item.max}`, en: `points, 0 to ${item.max}` } }), undefined);
    }
  }
  for (const component of scored.composite?.components ?? []) {
    add(
      `scores.${awardId}.components.${component.id}`,
      () => ({ kind: "score", label: component.label, type: { zh: `分数，0 至 ${component.max}`, en: `a score, 0 to ${component.max}` } }),
      undefined,
    );
  }
}

/**
 * `requiredInputs` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const inputs = safeRequiredInputs(bundledRulebook(), { award: "model-post" });
 * ```
 */
export function safeRequiredInputs(compiled: CompiledRulebook, options: InputsOptions): SafeResult<RequiredInput[]> {
  return toSafe(() => requiredInputs(compiled, options));
}
