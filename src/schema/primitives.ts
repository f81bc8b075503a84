import { z } from "zod";

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
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date written YYYY-MM-DD", abort: true })
  .refine(isRealDate, { message: "not a real calendar date" });

/** True when a `YYYY-MM-DD` string names a day that exists (month 1–12, day within the month). */
function isRealDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/** A date as `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A four-digit year used as an object key (`"2025"`).
 *
 * @example
 * ```ts
 * YearKeySchema.parse("2025"); // "2025"
 * ```
 */
export const YearKeySchema = z.string().regex(/^(19|20|21)\d{2}$/, {
  message: "expected a four-digit year between 1900 and 2199",
});

/**
 * A text in Chinese (the policy's own words) and English.
 *
 * @example
 * ```ts
 * BilingualTextSchema.parse({ zh: "一级示范岗", en: "level-1 model post" });
 * ```
 */
export const BilingualTextSchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});

/** A text in Chinese and English. */
export type BilingualText = z.infer<typeof BilingualTextSchema>;

/**
 * Where a rule item comes from: the document's number in `shared/seeds` and its clause.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ document: "000", clause: "§四(一)1(6)③" });
 * ```
 */
export const SourceSchema = z.strictObject({
  document: z.string().regex(/^\d{3}$/, { message: "expected a three-digit document number such as 000" }),
  clause: z.string().min(1),
  quote: z.string().min(1).optional(),
});

/** A citation: document and clause. */
export type Source = z.infer<typeof SourceSchema>;

/**
 * The reading taken where a clause is ambiguous, with the reason and, where one exists,
 * the alternative reading a deployment may switch to.
 *
 * @example
 * ```ts
 * InterpretationSchema.parse({ reading: "一次 is read as at least once", reason: "…" });
 * ```
 */
export const InterpretationSchema = z.strictObject({
  reading: z.string().min(1),
  reason: z.string().min(1),
  alternative: z.string().min(1).optional(),
});

/** An interpretation taken of an ambiguous clause. */
export type Interpretation = z.infer<typeof InterpretationSchema>;
