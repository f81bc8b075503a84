import { z } from "zod";
import { named } from "./named.js";
import { BilingualTextSchema } from "./primitives.js";
import { cited } from "./quantity.js";

/**
 * What happens to holders after a round (000 §五(三), §六(六)–(八); 002 §五2(5)): when they are
 * reviewed, what a failed review does (the title revoked; barred from the next round or not), and
 * whether a place left empty — by a holder who leaves the post or whose title is revoked — is filled
 * again.
 *
 * @example
 * ```ts
 * AfterRoundSchema.parse({
 *   reviews: { due: "calendar", source: { document: "000", clause: "§五(三)" } },
 *   onFailedReview: { revoke: true, barFromNextRound: true, source: { document: "000", clause: "§六(七)" } },
 *   vacancies: { refill: false, source: { document: "000", clause: "§六(八)" } },
 *   source: { document: "000", clause: "§六" },
 * });
 * ```
 */
export const AfterRoundSchema = z
  .strictObject({
    reviews: z
      .strictObject({
        due: z
          .enum(["calendar", "eachSemester", "irregular"])
          .describe(
            "calendar: on the days in the award's calendar (halfYearReviewsDue); eachSemester: once a semester, on days the document does not give; irregular: re-checks at no set time (不定期复查).",
          ),
        ...cited,
      })
      .describe("When holders are reviewed."),
    onFailedReview: z
      .strictObject({
        revoke: z.boolean().describe("A failed review revokes the title."),
        barFromNextRound: z.boolean().describe("A holder whose title is revoked may not apply in the next round."),
        ...cited,
      })
      .describe("What a failed review does."),
    onPassedReview: z
      .strictObject({ effect: BilingualTextSchema.describe("What a passed review brings, in the document's words."), ...cited })
      .describe("What a passed review brings (000 §六(五): priority recommendation).")
      .optional(),
    onProblemsFound: z
      .strictObject({ effect: BilingualTextSchema.describe("What follows when a review finds problems, in the document's words."), ...cited })
      .describe("What a review that finds problems short of failing brings (002 §五2(5): 督促整改, the title kept). Default: such a review outcome is refused.")
      .optional(),
    vacancies: z
      .strictObject({ refill: z.boolean().describe("Whether a place left empty is given to someone else."), ...cited })
      .describe("A place left empty by a holder who leaves the post or whose title is revoked."),
    ...cited,
  })
  .describe("What happens to holders after the round: reviews, revocation, bars, vacancies.");
named(AfterRoundSchema, "AfterRound");
