import { z } from "zod";
import { cited } from "./quantity.js";

/**
 * How a round's places are given out: the ranking (by a score, by a committee's rank, then the
 * record id as a deterministic tie-break) and what happens to a qualifier whose level is full —
 * placed at the highest lower level they also qualify for that has room, or left out.
 *
 * @example
 * ```ts
 * AllocationSchema.parse({
 *   ranking: [{ by: "committeeRank" }, { by: "id" }],
 *   whenLevelFull: "placeAtLowerLevel",
 *   source: { document: "000", clause: "§六(二)" },
 * });
 * ```
 */
export const AllocationSchema = z.strictObject({
  ranking: z
    .array(z.strictObject({ by: z.enum(["score", "committeeRank", "id"]) }))
    .min(1)
    .refine((keys) => keys.at(-1)?.by === "id", { message: "the ranking ends with id, a deterministic tie-break" }),
  whenLevelFull: z.enum(["placeAtLowerLevel", "leaveOut"]).default("placeAtLowerLevel"),
  ...cited,
});

/** An allocation setting. */
export type Allocation = z.infer<typeof AllocationSchema>;
