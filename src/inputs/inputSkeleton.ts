import { describeField, itemFields, itemFieldValues } from "../schema/describeField.js";
import type { RequiredInput } from "./requiredInputs.js";
import { checkShape } from "../door/shape.js";
import { REQUIRED_INPUTS } from "../door/resultShapes.js";

const placeholder = (input: { values?: string[] | undefined; type: { en: string } }): string => `<${input.values ? input.values.join(" | ") : input.type.en}>`;

function fieldPlaceholder(field: string): unknown {
  const { type, values } = describeField(field);
  if (type.en.startsWith("a list of")) {
    const fields = itemFields(field) ?? ["date"];
    const itemPlaceholder = (name: string): string => {
      if (name === "date") return "<YYYY-MM-DD>";
      const allowed = itemFieldValues(field, name);
      return allowed ? `<${allowed.map(String).join(" | ")}>` : `<${name}>`;
    };
    return [Object.fromEntries(fields.filter((name) => name !== "summary").map((name) => [name, itemPlaceholder(name)]))];
  }
  if (type.en.startsWith("by year")) return { "<YYYY>": `<${type.en.replace('by year ("2025"): ', "")}>` };
  if (field === "application") return { category: "<a category id>", date: "<YYYY-MM-DD>" };
  if (type.en === "a date YYYY-MM-DD") return "<YYYY-MM-DD>";
  return placeholder({ values, type });
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let current = target;
  for (const step of path.slice(0, -1)) {
    const next = current[step];
    current = (next !== null && typeof next === "object" ? next : (current[step] = {})) as Record<string, unknown>;
  }
  current[path.at(-1) as string] = value;
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
export function inputSkeleton(inputs: RequiredInput[]): Record<string, unknown> {
  inputs = checkShape(inputs, REQUIRED_INPUTS, ["inputs"]) as RequiredInput[];
  const skeleton: Record<string, unknown> = { id: "<record id>" };
  for (const input of inputs) {
    if (input.kind === "field") skeleton[input.key] = fieldPlaceholder(input.key);
    else if (input.kind === "attestation") setPath(skeleton, ["attestations", input.key.slice("attestations.".length)], placeholder(input));
    else if (input.kind === "measure" || input.kind === "flag") setPath(skeleton, [`${input.kind}s`, input.key.slice(input.kind.length + 2)], placeholder(input));
    else {
      const [, award, part, id] = /^scores\.([^.]+)\.(items|components)\.(.+)$/.exec(input.key) ?? [];
      if (award && part && id) setPath(skeleton, ["scores", award, part, id], `<${input.type.en}>`);
    }
  }
  return skeleton;
}
