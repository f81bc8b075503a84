import type { JsonValue, BilingualText } from "../../schema/rulebookTypes.js";
import type { EvaluationContext } from "../context.js";
import type { CompiledParams } from "../params.js";

/** A language for reasons and explanations. */
export type Language = "zh" | "en";

/** Labels a fact needs to describe what it read: windows and scale values. */
export interface FactLabels {
  /** The label of a named window. */
  window(name: string): BilingualText;
  /** The label of a value of a named scale. */
  scaleValue(scale: string, value: string): BilingualText;
  /** The label and unit of a measure or flag the rulebook declares; undefined when it declares none. */
  entry(field: "measures" | "flags", item: string): { label: BilingualText; unit?: string } | undefined;
}

/** What a fact accepts in `params`. */
export interface FactParamsSpec {
  /** `dated` windows filter dated events; `years` windows pick calendar years. */
  window?: "dated" | "years";
  /** A `where` item filter. */
  where?: boolean;
  /** An `item` key (required when true). */
  item?: boolean;
}

/** What a fact gives: a list of dated items, a number, yes/no, a text, a date, or an appraisal window. */
export type FactValueKind = "list" | "number" | "boolean" | "text" | "date" | "appraisals";

/**
 * A fact the rules may name: what it is (label), which record fields it reads, what it gives, how
 * to read it from a record, which missing inputs make it unknown, and how to say in words what was
 * read.
 */
export interface FactDefinition {
  /** What the fact is, in Chinese and English. */
  label: BilingualText;
  /** The record fields it reads (`attestations`, `complaints`, …). */
  inputs: readonly string[];
  /** What it gives. */
  gives: FactValueKind;
  /** The values it can give, where they are a closed list (a role, a title…). */
  values?: readonly string[];
  /** An example leaf reading it, for the generated reference. */
  example: Record<string, JsonValue>;
  params: FactParamsSpec;
  /** The value, or `undefined` when the record does not give it (an unknown fact). */
  read(ctx: EvaluationContext, params: CompiledParams): unknown;
  /** Names of the missing inputs, e.g. `annualAppraisals[2024]`, when the value is unknown or partial. */
  missing(ctx: EvaluationContext, params: CompiledParams, value: unknown): string[];
  /**
   * Where a leaf on this fact is unknown only when its value is not given, and then misses the same
   * inputs whatever the record and date: those names (what `missing` gives for an undefined value),
   * so they are made once a leaf rather than once a record.
   */
  missingWhenUnknown?(params: CompiledParams): string[];
  /** What was read, in words. */
  describe(value: unknown, params: CompiledParams, language: Language, labels: FactLabels): string;
}

/** Words for "not given". */
export const NOT_GIVEN: BilingualText = { zh: "未提供", en: "not given" };
