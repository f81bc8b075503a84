import { z } from "zod";
import { RULE_FILE_BOUNDS } from "./bounds.js";
import { named } from "./named.js";
import { BilingualTextSchema, IsoDateSchema } from "./primitives.js";
import { cited } from "./quantity.js";
import { patternError } from "./checkMessages.js";

const Id = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+$/, patternError(/^[A-Za-z0-9_.-]+$/))
  .describe("An id: letters, digits, '.', '_' and '-'.");
const label = BilingualTextSchema.describe("What it is called, in Chinese and English.");

/**
 * What a holder receives besides the reward or prize (a plaque, a title, a recommendation), in the
 * document's words.
 *
 * @example
 * ```ts
 * BenefitSchema.parse({ id: "plaque", label: { zh: "标牌", en: "plaque" }, effect: { zh: "授予“示范岗”标牌", en: "a model-post plaque" },
 *   source: { document: "000", clause: "§六(三)" } });
 * ```
 */
export const BenefitSchema = z
  .strictObject({ id: Id, label, effect: BilingualTextSchema.describe("What the holder receives, in the document's words."), ...cited })
  .describe("What a holder receives besides the reward or prize.");
named(BenefitSchema, "Benefit");

/**
 * A time limit the document sets: a duration (appeal within 7 days) or a date, with a time of day
 * where the document gives one (materials by 17:00 on 30 Dec 2017).
 *
 * @example
 * ```ts
 * DeadlineSchema.parse({ id: "materials", label: { zh: "报送材料", en: "materials due" }, date: "2017-12-30", time: "17:00",
 *   source: { document: "003", clause: "§五(三)" } });
 * ```
 */
export const DeadlineSchema = z
  .union([
    z
      .strictObject({
        id: Id,
        label,
        value: z.number().positive().max(RULE_FILE_BOUNDS.duration).describe("The time allowed (above 0, at most 3,650)."),
        unit: z.string().min(1).describe("Its unit."),
        ...cited,
      })
      .describe("A time allowed (within N days)."),
    z
      .strictObject({
        id: Id,
        label,
        date: IsoDateSchema.describe("The last day."),
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, patternError(/^([01]\d|2[0-3]):[0-5]\d$/))
          .describe("The time of day on that day, HH:MM, where the document gives one.")
          .optional(),
        ...cited,
      })
      .describe("A date (and time) by which something is due."),
  ])
  .describe("A time limit.");
named(DeadlineSchema, "Deadline");

/**
 * How often an appraisal, evaluation or pay rule is held (篇2 三1: each year; 篇11 第二条: each school
 * year; 篇13 五: each semester), as the document says.
 *
 * @example
 * ```ts
 * ScheduleSchema.parse({ every: "schoolYear", source: { document: "004", clause: "篇11 第二条" } });
 * ```
 */
export const ScheduleSchema = z
  .strictObject({
    every: z.enum(["year", "schoolYear", "semester", "once"]).describe("year 每年, schoolYear 每学年, semester 每学期, once 一次."),
    ...cited,
  })
  .describe("How often it is held.");
named(ScheduleSchema, "Schedule");
