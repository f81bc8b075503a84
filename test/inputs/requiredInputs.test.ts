import { describe, expect, test } from "vitest";
import { inputSkeleton } from "../../src/inputs/inputSkeleton.js";
import { AwardRulesError, bundledRulebook, evaluate, loadRulebook, requiredInputs, safeEvaluate, safeRequiredInputs } from "../../src/index.js";

const rulebook = bundledRulebook();

describe("requiredInputs: what an award reads, and who reads it", () => {
  test("000 staff level 1: the facts and attestations §三 and §四(二)1 read, each with the conditions reading it", () => {
    const inputs = requiredInputs(rulebook, { award: "model-post", category: "staff", level: 1 });
    const keys = inputs.map((input) => input.key);
    // §三(一): conduct attested, a full year in logistics; §三(三): non-party staff; §四(二)1(1)(2)(4) attested,
    // (3) complaints, (5) incidents, (6) one of ①–⑤.
    for (const key of [
      "attestations.requirements.conduct",
      "logisticsStartDate",
      "partyMember",
      "attestations.staff.1.1",
      "attestations.staff.1.2",
      "attestations.staff.1.4",
      "complaints",
      "liabilityIncidents",
      "competitionPrizes",
      "attestations.staff.1.6.2",
      "professionalTitle",
      "attestations.staff.1.6.3.2",
      "honours",
      "annualAppraisals",
      "application",
      "revokedInPreviousRound",
    ]) {
      expect(keys, key).toContain(key);
    }
    expect(keys).not.toContain("attestations.staff.2.1");
    expect(keys).not.toContain("teamLiabilityIncidents");
    const complaints = inputs.find((input) => input.key === "complaints")!;
    expect(complaints.readBy).toEqual([expect.objectContaining({ id: "staff.1.3", clause: "000 §四(二)1(3)", as: "condition" })]);
    expect(complaints.label).toEqual({ zh: "被投诉记录", en: "complaints on record" });
    const honours = inputs.find((input) => input.key === "honours")!;
    expect(honours.readBy.map((reader) => [reader.id, reader.as])).toEqual([["staff.1.6.4", "option"]]);
    expect(inputs.find((input) => input.key === "professionalTitle")?.values).toEqual(["none", "junior", "intermediate", "associateSenior", "senior"]);
    expect(inputs.find((input) => input.key === "attestations.staff.1.1")?.label.zh).toContain("恪守职业道德");
  });

  test("the whole award lists every category's attestations; a scored award lists its scores", () => {
    const all = requiredInputs(rulebook, { award: "model-post" }).map((input) => input.key);
    expect(all).toEqual(
      expect.arrayContaining(["attestations.party.1.1", "attestations.staff.3.4", "attestations.management.2.3", "economicTargets", "teamLiabilityIncidents", "collectiveTitles"]),
    );
    const appraisal = requiredInputs(bundledRulebook("logistics-plans-004"), { award: "staff-appraisal" }).map((input) => input.key);
    expect(appraisal).toEqual(
      expect.arrayContaining(["employmentType", "scores.staff-appraisal.items.total", "leave", "sanctions", "criminalPenalties", "attestations.cap.integrity.when"]),
    );
  });

  test("unknown award, category or level: typed errors naming what there is", () => {
    const issue = (options: Parameters<typeof requiredInputs>[1]) => {
      const result = safeRequiredInputs(rulebook, options);
      return result.success ? undefined : result.error.issues[0];
    };
    expect(issue({ award: "nope" })).toMatchObject({ code: "unknown_award", path: ["award"] });
    expect(issue({ award: "nope" })?.message).toContain("model-post");
    expect(issue({ award: "model-post", category: "chefs" })).toMatchObject({ code: "unknown_category", path: ["category"] });
    expect(issue({ award: "model-post", category: "staff", level: 7 })).toMatchObject({ code: "invalid_option", path: ["level"] });
  });

  test("the skeleton holds every input, with placeholders naming what goes there", () => {
    const skeleton = inputSkeleton(requiredInputs(rulebook, { award: "model-post", category: "staff", level: 1 }));
    expect(skeleton).toMatchObject({
      id: "<record id>",
      logisticsStartDate: "<YYYY-MM-DD>",
      partyMember: "<true | false>",
      attestations: { "staff.1.1": "<met | notMet | notGiven>" },
      complaints: [{ date: "<YYYY-MM-DD>", verified: "<true | false>" }],
      liabilityIncidents: [{ kind: "<safety | quality | foodSafety>" }],
    });
  });
});

describe("an attestation key no condition reads is an error naming the nearest valid keys", () => {
  test("a made-up key (staff.9.9)", () => {
    const result = safeEvaluate(rulebook, { id: "A-1", attestations: { "staff.9.9": "met" } }, { asOf: "2026-11-26" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([expect.objectContaining({ code: "unknown_attestation", path: ["attestations", "staff.9.9"] })]);
    expect(result.error.issues[0]?.message).toMatch(/nearest: staff\.\d\.\d/);
  });

  test("every key the fixtures use is read by a condition (a valid record still evaluates)", () => {
    expect(() => evaluate(rulebook, { id: "A-2", attestations: { "staff.1.1": "met", "requirements.conduct": "notGiven" } }, { asOf: "2026-11-26" })).not.toThrow();
  });
});

describe("a value a rule names must be one the record can hold", () => {
  const edited = (change: (json: any) => void) => {
    const json = structuredClone(rulebook.rulebook) as any;
    change(json);
    try {
      loadRulebook(json);
    } catch (error) {
      return (error as AwardRulesError).issues[0];
    }
    return undefined;
  };
  const staff1 = (json: any) => json.awards[0].categories.find((category: any) => category.id === "staff").levels[0].conditions;

  test("a where value that no item holds (kind fooSafety), naming the field's values", () => {
    const issue = edited((json) => void (staff1(json).all.find((node: any) => node.id === "staff.1.5").params.where.kind.in = ["safety", "fooSafety"]));
    expect(issue).toMatchObject({ code: "bad_value", ruleId: "staff.1.5" });
    expect(issue?.message).toContain('"fooSafety" is not a value of kind on liabilityIncidents (its values: "safety", "quality", "foodSafety")');
  });

  test("a where field the items do not have, naming the fields", () => {
    const issue = edited((json) => void (staff1(json).all.find((node: any) => node.id === "staff.1.5").params.where = { sort: "safety" }));
    expect(issue?.message).toContain('the items of liabilityIncidents have no field "sort"');
    expect(issue?.message).toContain("date, summary, kind, major, negligentWithLoss");
  });

  test("a scale that leaves out a rating records may hold (合格): an error at load naming the scale and its values", () => {
    const issue = edited((json) => void (json.scales.rating.values = json.scales.rating.values.filter((entry: any) => entry.value !== "qualified")));
    expect(issue?.message).toContain('scale rating does not rank "qualified", which annual appraisals may hold');
  });

  test("an appraisal rating not on its scale names the scale's values", () => {
    const issue = edited((json) => {
      const node = (function find(tree: any): any {
        if (tree.id === "staff.1.6.5") return tree;
        for (const child of [...(tree.all ?? []), ...(tree.any ?? [])]) {
          const found = find(child);
          if (found) return found;
        }
        return undefined;
      })(staff1(json));
      node.value.rating = "outstanding";
    });
    expect(issue?.message).toContain(
      'rating "outstanding" is not on scale rating (its values: "incompetent", "basicallyCompetent", "competent", "qualified", "good", "excellent")',
    );
  });
});
