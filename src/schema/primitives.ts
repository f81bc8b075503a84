import { z } from "zod";
import { named } from "./named.js";
import { isRealDate } from "./checks.js";
import { patternError, refinementError } from "./checkMessages.js";

/**
 * A calendar date written `YYYY-MM-DD` that exists in the calendar (2025-02-30 is refused).
 *
 * @example
 * ```ts
 * IsoDateSchema.parse("2026-11-23"); // "2026-11-23"
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, patternError(/^\d{4}-\d{2}-\d{2}$/))
  .refine(isRealDate, refinementError("format.realDate"))
  .describe("A calendar date written YYYY-MM-DD.");
named(IsoDateSchema, "IsoDate");

/**
 * A four-digit year used as an object key (`"2025"`).
 *
 * @example
 * ```ts
 * YearKeySchema.parse("2025"); // "2025"
 * ```
 */
export const YearKeySchema = z
  .string()
  .regex(/^(19|20|21)\d{2}$/, patternError(/^(19|20|21)\d{2}$/))
  .describe('A year written with four digits, e.g. "2025".');
named(YearKeySchema, "YearKey");

/**
 * A text in Chinese (the policy's own words) and English.
 *
 * @example
 * ```ts
 * BilingualTextSchema.parse({ zh: "一级示范岗", en: "level-1 model post" });
 * ```
 */
export const BilingualTextSchema = z
  .strictObject({
    zh: z.string().min(1).describe("In Chinese: the document's own words where there are some."),
    en: z.string().min(1).describe("In English: the same, translated."),
  })
  .describe("A text in Chinese and English.");
named(BilingualTextSchema, "BilingualText");

/**
 * Where a rule item comes from: the document's number in `shared/seeds` and its clause.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ document: "000", clause: "§四(一)1(6)③" });
 * ```
 */
export const SourceSchema = z
  .strictObject({
    document: z
      .string()
      .regex(/^\d{3}$/, patternError(/^\d{3}$/))
      .describe("The source document's number (000–004)."),
    clause: z.string().min(1).describe("The clause, in the document's own numbering, e.g. §四(一)1(6)③ or 篇11 第四条."),
    quote: z.string().min(1).describe("The clause's words, copied from the document (…… marks a cut).").optional(),
  })
  .describe("Where a rule item comes from: document and clause.");
named(SourceSchema, "Source");

/**
 * The reading taken where a clause is ambiguous, with the reason and, where one exists,
 * the alternative reading a deployment may switch to.
 *
 * @example
 * ```ts
 * InterpretationSchema.parse({ reading: "一次 is read as at least once", reason: "…" });
 * ```
 */
export const InterpretationSchema = z
  .strictObject({
    reading: z.string().min(1).describe("The reading taken."),
    reason: z.string().min(1).describe("Why this reading."),
    alternative: z.string().min(1).describe("The other reading, and how to switch to it in this file.").optional(),
    zh: z
      .strictObject({
        reading: z.string().min(1).describe("所取的理解。"),
        reason: z.string().min(1).describe("理由。"),
        alternative: z.string().min(1).describe("另一种理解，以及在本文件中如何改用它。").optional(),
      })
      .describe("The same in Chinese, shown to a reader who asks for Chinese (读者选择中文时显示).")
      .optional(),
  })
  .describe("The reading taken where the text is ambiguous, with its reason and the alternative.");
named(InterpretationSchema, "Interpretation");
