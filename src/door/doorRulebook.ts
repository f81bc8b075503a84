import { AwardRulesError } from "../errors/AwardRulesError.js";
import { RULEBOOK_LIMITS } from "../validate/limits.js";
import type { Rulebook } from "../schema/rulebookTypes.js";
import { validateInput } from "../validate/validators.js";
import type { DoorPath } from "./door.js";

/**
 * The door for a rule file given as data (the review pages, the lint's siblings, the diff of
 * items): read once and checked against the rulebook schema, as `loadRulebook` checks it, with
 * its defaults filled in. A file that does not fit is an `invalid_rulebook` error, its paths
 * under `prefix` when a function takes two.
 *
 * @example
 * ```ts
 * const rulebook = checkRulebookJson(json); // or throws invalid_rulebook at the first misfit
 * ```
 */
export function checkRulebookJson(value: unknown, prefix: DoorPath = []): Rulebook {
  const parsed = validateInput<Rulebook>("rulebook", value, RULEBOOK_LIMITS, "invalid_rulebook", prefix);
  if (!parsed.success) throw new AwardRulesError(parsed.issues);
  return parsed.data;
}
