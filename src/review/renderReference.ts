import rulebookSchema from "../../rules/schema/rulebook.schema.json" with { type: "json" };
import { FACTS } from "../compile/facts/index.js";
import { OPERATORS } from "../compile/operators/index.js";
import { describeField, itemFields, itemFieldValues } from "../schema/describeField.js";
import { RECORD_FIELDS } from "../schema/recordFields.js";
import { embeddedJson } from "../util/embedded.js";
import { stableJson } from "../text/stableJson.js";

const HEADER = "<!-- Generated from the code (FACTS, OPERATORS and the JSON Schemas) by renderReference; do not edit: UPDATE_REFERENCE=1 npx vitest run test/review -->";
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const json = (value: unknown): string => `\`${stableJson(value).replace(/`/g, "'")}\``;

function factsPage(): string {
  const rows = Object.entries(FACTS).map(([name, fact]) => {
    const params = [
      fact.params.window === "dated" ? "window (any kind)" : fact.params.window === "years" ? "window (calendarYearsBeforeRound, required)" : "",
      fact.params.where ? "where" : "",
      fact.params.item ? "item (required)" : "",
    ].filter((part) => part !== "");
    const operators = Object.entries(OPERATORS)
      .filter(([, operator]) => operator.doc.suits.includes(fact.gives))
      .map(([operator]) => `\`${operator}\``);
    const values = fact.values ? fact.values.map((value) => `\`${value}\``).join(", ") : "";
    return `| \`${name}\` | ${cell(fact.label.zh)} | ${cell(fact.label.en)} | ${fact.inputs.map((input) => `\`${input}\``).join(", ")} | ${fact.gives}${values ? `: ${values}` : ""} | ${params.join("; ") || "—"} | ${operators.join(", ")} | ${json(fact.example)} |`;
  });
  return [
    HEADER,
    "# Facts 事实",
    "",
    "What a condition leaf may read from a record (`fact`). A fact a record does not give is *unknown*, never a silent no; an empty list is a known none; `knownAbsent` says a list or a yearly map had nothing in a year.",
    "条件叶节点可读取的事实（`fact`）。记录未提供的事实为“未知”，绝不当作“否”；空列表表示确知为无；`knownAbsent` 说明某一年度确无记录。",
    "",
    "| fact | 名称 | name | reads (record fields) | gives | params | operators | example |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

function operatorsPage(): string {
  const rows = Object.entries(OPERATORS).map(
    ([name, operator]) =>
      `| \`${name}\` | ${cell(operator.doc.meaning.zh)} | ${cell(operator.doc.meaning.en)} | ${cell(operator.doc.value.en)} | ${operator.doc.suits.join(", ")} | ${json(operator.doc.example)} |`,
  );
  return [
    HEADER,
    "# Operators 运算符",
    "",
    "How a leaf compares its fact with its `value`: json-rules-engine's built-ins with the same meaning, plus the counts, the appraisal pattern and the round's calendar. Every operator is three-valued: an unknown fact gives unknown.",
    "叶节点如何将事实与 `value` 比较：与 json-rules-engine 内置运算符同义，另有计数、考核等级模式和本轮日程。未知的事实结果为“未知”。",
    "",
    "| operator | 含义 | meaning | value | for facts giving | example |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

function windowsPage(): string {
  const defs = (embeddedJson(rulebookSchema) as { $defs: Record<string, { anyOf?: unknown[]; oneOf?: unknown[] }> }).$defs;
  const kinds = (defs.Window?.oneOf ?? defs.Window?.anyOf ?? []) as { description?: string; properties: Record<string, { const?: string; description?: string }> }[];
  const rows = kinds.map((kind) => {
    const own = Object.entries(kind.properties).filter(([key]) => !["kind", "label", "source", "interpretation"].includes(key));
    return `| \`${kind.properties.kind?.const ?? "?"}\` | ${cell(kind.properties.kind?.description ?? "")} | ${cell(kind.description ?? "")} | ${own.map(([key, value]) => `\`${key}\`: ${cell(value.description ?? "")}`).join("; ") || "—"} |`;
  });
  return [
    HEADER,
    "# Windows 时间窗口",
    "",
    "A rule file names its windows under `windows` (e.g. `threeYears`); a leaf reads a dated list or a yearly fact through one (`params.window`). Each window is made concrete for the evaluation date (as-of date); its year is the round's year.",
    "规则文件在 `windows` 中定义时间窗口（如 `threeYears`），叶节点通过 `params.window` 引用。窗口按评审日计算，评审日所在年份即本轮年份。",
    "",
    "| kind | what | dates | its fields |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

function filtersPage(): string {
  const lists = Object.entries(FACTS)
    .filter(([, fact]) => fact.params.where === true)
    .map(([name, fact]) => ({ name, list: fact.inputs[0] as string }));
  const rows = lists.flatMap(({ name, list }) =>
    (itemFields(list) ?? [])
      .filter((field) => field !== "summary" && field !== "date")
      .map((field) => {
        const values = itemFieldValues(list, field);
        return `| \`${name}\` | \`${field}\` | ${values ? values.map((value) => `\`${String(value)}\``).join(", ") : "a number or text"} |`;
      }),
  );
  return [
    HEADER,
    "# Filters 筛选条件 (`params.where`)",
    "",
    "A leaf on a dated list counts only the items in its window that pass its `where` filter. Each field of the filter is one of:",
    "",
    '- a value: the item\'s field equals it (`"kind": "safety"`, `"major": true`);',
    '- `{ "in": [...] }`: the field is one of the values;',
    '- `{ "atLeast": x, "scale": "name" }` or `{ "atMost": x, "scale": "name" }`: the field\'s rank on the rulebook\'s scale is at least (at most) x\'s — `scope` atLeast `school` is 校级以上;',
    '- `{ "atLeast": n }` or `{ "atMost": n }` without a scale: a number at least (at most) n.',
    "",
    "An item whose filtered field is not given leaves the leaf unknown (unless the others already decide it). A field or a value an item cannot hold is refused when the rule file is loaded, naming the allowed ones.",
    "",
    "筛选条件中的每个字段取一个值、`{in}` 列表，或带等级表（scale）的 `{atLeast}` / `{atMost}`。条目缺少被筛选的字段时结果为“未知”。规则文件中写了条目没有的字段或值，载入时即报错并列出可用的字段或值。",
    "",
    "| fact | field | values |",
    "|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

function recordPage(): string {
  const rows = Object.entries(RECORD_FIELDS).map(([field, label]) => {
    const { type } = describeField(field);
    return `| \`${field}\` | ${cell(label.zh)} | ${cell(label.en)} | ${cell(type.en)} |`;
  });
  return [
    HEADER,
    "# The record 候选记录",
    "",
    "Every field a candidate record may carry (`rules/schema/candidate.schema.json` is its JSON Schema). Only `id` is required: a field not given is unknown.",
    "候选记录可包含的字段。只有 `id` 必填；未提供的字段为“未知”。",
    "",
    "| field | 字段 | name | holds |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

/**
 * The reference of the rule-file vocabulary, generated from the code: every fact (what it reads,
 * what it gives, its params, the operators that suit it, an example), every operator, every window
 * kind, every filter field with its allowed values, and the record's fields — one Markdown page
 * each, by file name, plus an index.
 *
 * @example
 * ```ts
 * for (const [name, text] of Object.entries(renderReference())) writeFileSync(`docs/reference/${name}`, text);
 * ```
 */
export function renderReference(): Record<string, string> {
  const pages: Record<string, string> = {
    "facts.md": factsPage(),
    "operators.md": operatorsPage(),
    "windows.md": windowsPage(),
    "filters.md": filtersPage(),
    "record.md": recordPage(),
  };
  pages["README.md"] = [
    HEADER,
    "# Reference 参考",
    "",
    "- [Facts 事实](facts.md): what a leaf may read.",
    "- [Operators 运算符](operators.md): how it compares.",
    "- [Windows 时间窗口](windows.md): the periods the documents speak in.",
    "- [Filters 筛选条件](filters.md): which items of a list count.",
    "- [The record 候选记录](record.md): every field of a candidate record.",
    "",
    "The rule-file format itself is in [the authoring guide](../authoring.md) ([中文](../authoring.zh.md)); every property of `rules/schema/rulebook.schema.json` carries its description, so an editor shows it on hover.",
    "",
  ].join("\n");
  return pages;
}
