import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import type { CandidateRecord } from "../schema/candidate.js";
import { nearest } from "../util/nearest.js";

/**
 * Every attestation key of a record must be one a condition of the rulebook reads: a key nothing
 * reads (a typo, a key of another rulebook) would be dropped silently, so it is an
 * `unknown_attestation` error naming the key and the nearest valid ones.
 *
 * @example
 * ```ts
 * checkAttestations(bundledRulebook(), { id: "T-1", attestations: { "staff.9.9": "met" } });
 * // throws: unknown_attestation at attestations.staff.9.9 (nearest: staff.1.1, staff.2.1, staff.3.1)
 * ```
 */
export function checkAttestations(compiled: CompiledRulebook, record: CandidateRecord): void {
  const given = record.attestations;
  if (given === undefined) return;
  const issues: Issue[] = [];
  for (const key of Object.keys(given)) {
    if (compiled.attestationKeys.has(key)) continue;
    const offers = nearest(key, compiled.attestationKeys);
    issues.push({
      code: "unknown_attestation",
      path: ["attestations", key],
      message: `no condition of rulebook ${compiled.rulebook.id} reads the attestation ${JSON.stringify(key)}${offers.length > 0 ? ` (nearest: ${offers.join(", ")})` : " (it reads none)"}`,
    });
  }
  if (issues.length > 0) throw new AwardRulesError(issues);
}
