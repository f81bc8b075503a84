import { z } from "zod";
import { named } from "./named.js";
import { cited } from "./quantity.js";

/**
 * A key a round ranks its contenders by: `score` (highest first), `committeeRank` (the committee's
 * rank, 1 first; a contender without one ranks after those with one), or `recordId` (text order of
 * the record ids — only when a rule file asks for it by name).
 *
 * @example
 * ```ts
 * RankKeySchema.parse({ by: "committeeRank" });
 * ```
 */
export const RankKeySchema = z
  .strictObject({
    by: z
      .enum(["score", "committeeRank", "recordId"])
      .describe("score: highest first; committeeRank: the committee's rank, 1 first; recordId: text order of record ids (only when the policy says so)."),
  })
  .describe("A ranking key.");
named(RankKeySchema, "RankKey");

/**
 * How a round's places are given out: the ranking, and what happens to a qualifier whose level is
 * full — placed at the highest lower level they also qualify for that has room, or left out.
 * Contenders the ranking cannot separate at a cut are not picked among: each is placed
 * "provisional — the committee decides", and the round is provisional until committee ranks are
 * given (unless the ranking ends with `recordId`).
 *
 * @example
 * ```ts
 * AllocationSchema.parse({
 *   ranking: [{ by: "committeeRank" }],
 *   whenLevelFull: "placeAtLowerLevel",
 *   source: { document: "000", clause: "§六(二)" },
 * });
 * ```
 */
export const AllocationSchema = z
  .strictObject({
    ranking: z.array(RankKeySchema).min(1).max(3).describe("The ranking keys, in order."),
    whenLevelFull: z
      .enum(["placeAtLowerLevel", "leaveOut"])
      .default("placeAtLowerLevel")
      .describe("What happens to a qualifier whose level is full: placeAtLowerLevel (default) or leaveOut."),
    ...cited,
  })
  .describe("How a round's places are given out when qualifiers outnumber them.");
named(AllocationSchema, "Allocation");
