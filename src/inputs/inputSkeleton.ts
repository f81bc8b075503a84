import { ownObject, setOwnKey } from "../door/ownKey.js";
import { checkKnownKeys, checkText, readList, readOptions, type DoorPath } from "../door/door.js";
import { describeField, itemFields, itemFieldValues } from "../schema/describeField.js";
import type { RequiredInput } from "./requiredInputs.js";
import { checkShape } from "../door/shape.js";
import { REQUIRED_INPUTS } from "../door/resultShapes.js";

/** How a skeleton is written: its placeholders' language, and the categories an application may name. */
export interface SkeletonOptions {
  language?: "zh" | "en";
  categories?: readonly string[];
}

type Words = "zh" | "en";

/** The options, read once through the door: a language, and category ids as a list of text. */
function readSkeletonOptions(given: unknown): SkeletonOptions {
  const read = readOptions(given);
  checkKnownKeys(read, ["language", "categories"], ["options"]);
  const language = checkText<Words>(read.language, ["options", "language"], { optional: true, allowed: ["zh", "en"] });
  const categories =
    read.categories === undefined
      ? undefined
      : readList(read.categories, ["options", "categories"]).map((entry, index) => checkText(entry, ["options", "categories", index]) as string);
  return { ...(language !== undefined ? { language } : {}), ...(categories !== undefined ? { categories } : {}) };
}
/** In Chinese, what a person types (a unit or a field the rule file names) in a code span. */
const typed = (text: string, language: Words): string => (language === "zh" ? text.replace(/[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*)*/g, (words) => `\`${words}\``) : text);
const placeholder = (input: { values?: string[] | undefined; type: { en: string; zh: string } }, language: Words): string =>
  `<${input.values ? input.values.join(" | ") : typed(input.type[language], language)}>`;

/** The Chinese names of the fields of a list's items, for placeholders. */
const ITEM_ZH: Readonly<Record<string, string>> = {
  place: "地点",
  name: "名称",
  level: "级别",
  kind: "类型",
  rank: "名次",
  title: "称号",
  scope: "范围",
  prize: "奖次",
  days: "天数",
  category: "类别",
  type: "类型",
  workingDays: "工作日数",
};

function fieldPlaceholder(field: string, language: Words, categories: readonly string[] | undefined): unknown {
  const date = language === "zh" ? "<年-月-日 YYYY-MM-DD>" : "<YYYY-MM-DD>";
  const { type, values } = describeField(field);
  if (type.en.startsWith("a list of")) {
    const fields = itemFields(field) ?? ["date"];
    const itemPlaceholder = (name: string): string => {
      if (name === "date") return date;
      const allowed = itemFieldValues(field, name);
      return allowed ? `<${allowed.map(String).join(" | ")}>` : `<${language === "zh" ? (ITEM_ZH[name] ?? typed(name, language)) : name}>`;
    };
    return [Object.fromEntries(fields.filter((name) => name !== "summary").map((name) => [name, itemPlaceholder(name)]))];
  }
  if (type.en.startsWith("by year"))
    return {
      [language === "zh" ? "<年份 YYYY>" : "<YYYY>"]: `<${language === "zh" ? typed(type.zh.replace(/^按年[^：]*：/, ""), language) : type.en.replace('by year ("2025"): ', "")}>`,
    };
  if (field === "application") {
    const category =
      categories && categories.length === 1
        ? categories[0]
        : categories && categories.length > 1
          ? `<${categories.join(" | ")}>`
          : language === "zh"
            ? "<类别编号>"
            : "<a category id>";
    return { category, date };
  }
  if (type.en === "a date YYYY-MM-DD") return date;
  return placeholder({ values, type }, language);
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown, at: DoorPath): void {
  let current = target;
  for (const step of path.slice(0, -1)) current = ownObject(current, step, at);
  setOwnKey(current, path.at(-1) as string, value, at);
}

/**
 * A record to fill in for the inputs an award reads: every field and attestation key present, each
 * holding a placeholder that names what goes there (`<met | notMet | notGiven>`, `<YYYY-MM-DD>`,
 * a list with one example item). It is not a valid record until filled; a field left out is an
 * unknown fact, an empty list a known "none".
 *
 * @example
 * ```ts
 * inputSkeleton(requiredInputs(bundledRulebook(), { award: "model-post", category: "staff", level: 1 }));
 * // { id: "<record id>", logisticsStartDate: "<a date YYYY-MM-DD>", attestations: { "staff.1.1": "<met | notMet | notGiven>", … }, … }
 * ```
 */
export function inputSkeleton(inputs: RequiredInput[], given: SkeletonOptions = {}): Record<string, unknown> {
  inputs = checkShape(inputs, REQUIRED_INPUTS, ["inputs"]) as RequiredInput[];
  const options = readSkeletonOptions(given);
  const language: Words = options.language === "zh" ? "zh" : "en";
  const zh = language === "zh";
  const skeleton: Record<string, unknown> = { id: zh ? "<记录编号>" : "<record id>", name: zh ? "<姓名或名称>" : "<name>" };
  const role = describeField("role");
  if (inputs.some((input) => input.key === "role") || options.categories !== undefined) skeleton.role = placeholder({ values: role.values, type: role.type }, language);
  for (const [index, input] of inputs.entries()) {
    const at: DoorPath = ["inputs", index, "key"];
    if (input.kind === "field") setOwnKey(skeleton, input.key, fieldPlaceholder(input.key, language, options.categories), at);
    else if (input.kind === "attestation") setPath(skeleton, ["attestations", input.key.slice("attestations.".length)], placeholder(input, language), at);
    else if (input.kind === "measure" || input.kind === "flag") setPath(skeleton, [`${input.kind}s`, input.key.slice(input.kind.length + 2)], placeholder(input, language), at);
    else {
      const [, award, part, id] = /^scores\.([^.]+)\.(items|components)\.(.+)$/.exec(input.key) ?? [];
      if (award && part && id) setPath(skeleton, ["scores", award, part, id], `<${typed(input.type[language], language)}>`, at);
    }
  }
  return skeleton;
}
