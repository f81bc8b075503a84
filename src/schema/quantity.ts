import { z } from "zod";
import { RULE_FILE_BOUNDS } from "./bounds.js";
import { named } from "./named.js";
import { isRealMonthDay } from "./checks.js";
import { InterpretationSchema, SourceSchema } from "./primitives.js";
import { patternError, refinementError } from "./checkMessages.js";

/**
 * The citation fields every rule item carries: its source and, where the text is ambiguous, the reading taken.
 *
 * @example
 * ```ts
 * const ItemSchema = z.strictObject({ id: z.string(), ...cited });
 * ```
 */
export const cited = {
  source: SourceSchema,
  interpretation: InterpretationSchema.optional(),
};

/**
 * A day of the year written `MM-DD`.
 *
 * @example
 * ```ts
 * MonthDaySchema.parse("11-25");
 * ```
 */
export const MonthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, patternError(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))
  .refine(isRealMonthDay, refinementError("format.realMonthDay"))
  .describe("A day of the year written MM-DD (02-29 allowed; 02-30 is not).");
named(MonthDaySchema, "MonthDay");

/**
 * A quantity with its unit and citation (openfisca style): `{ value: 500, unit: "CNY per person" }`.
 *
 * @example
 * ```ts
 * QuantitySchema.parse({ value: 3, unit: "persons", source: { document: "000", clause: "§六(二)" } });
 * ```
 */
export const QuantitySchema = z
  .strictObject({
    value: z.number().nonnegative().max(RULE_FILE_BOUNDS.quantity).describe("The number (0 to 1,000,000,000)."),
    unit: z.string().min(1).describe("Its unit, e.g. persons, CNY per person."),
    ...cited,
  })
  .describe("A number with its unit and source.");
named(QuantitySchema, "Quantity");
