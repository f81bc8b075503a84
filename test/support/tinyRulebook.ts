import { bundledRulebook, loadRulebook, type Condition, type CompiledRulebook } from "../../src/index.js";

/** A node's label and citation, made from its id. */
export const cite = (id: string) => ({ label: { zh: id, en: id }, source: { document: "000", clause: `§test(${id})` } });

/** An attestation leaf: `item` met. */
export const attestationLeaf = (id: string, item = id): Condition => ({ id, ...cite(id), fact: "attestation", params: { item }, operator: "equal", value: "met" });

const quantity = { value: 1, unit: "u", source: { document: "000", clause: "§六(二)" } };

/**
 * The smallest rulebook the schema accepts around one condition tree: one award, one category
 * with one level whose conditions are `tree`; its requirements and audience are the attestations
 * `req` and `aud`; the 000 windows.
 */
export function tinyRulebook(tree: Condition, options: { generateCode?: boolean } = {}): CompiledRulebook {
  return loadRulebook(tinyRulebookJson(tree), options);
}

/** The rule file `tinyRulebook` loads, as JSON. */
export function tinyRulebookJson(tree: Condition): unknown {
  const bundled = bundledRulebook().rulebook;
  return {
    id: "tiny",
    title: { zh: "测试", en: "test" },
    document: { id: "000", title: "test", file: "none" },
    version: "test",
    scales: {},
    windows: bundled.windows,
    awards: [
      {
        id: "tiny-award",
        ...cite("award"),
        levels: [{ level: 1, label: { zh: "一级", en: "level 1" }, quota: quantity, reward: quantity }],
        roundQuota: quantity,
        allocation: { ranking: [{ by: "recordId" }], whenLevelFull: "leaveOut", source: quantity.source },
        applicationsPerPersonPerRound: quantity,
        calendar: bundled.awards[0]!.calendar,
        admission: { id: "adm", ...cite("adm"), fact: "revokedInPreviousRound", operator: "equal", value: false },
        requirements: attestationLeaf("req"),
        categories: [{ id: "cat", ...cite("cat"), audience: attestationLeaf("aud"), levels: [{ level: 1, conditions: tree }] }],
      },
    ],
  };
}
