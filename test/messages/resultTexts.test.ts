import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateCohort, renderMessage, reviewHolders, type MessageId } from "../../src/index.js";
import { fixtureJson, from } from "../support/templates.js";

type Text = { zh: string; en: string; messageId?: MessageId; params?: Record<string, unknown> };

/** Every text object (`zh` and `en` strings) a result holds, at any depth. */
function texts(value: unknown, found: Text[] = [], seen = new Set<object>()): Text[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return found;
  seen.add(value);
  const object = value as Record<string, unknown>;
  if (typeof object.zh === "string" && typeof object.en === "string") found.push(object as Text);
  for (const child of Object.values(object)) texts(child, found, seen);
  return found;
}

/** The texts of a result that say their message: each renders, from its params alone, to its own words. */
function rendered(result: unknown): MessageId[] {
  const ids: MessageId[] = [];
  for (const text of texts(JSON.parse(JSON.stringify(result)))) {
    if (text.messageId === undefined) continue;
    expect(renderMessage(text.messageId, text.params as never, "zh"), text.messageId).toBe(text.zh);
    expect(renderMessage(text.messageId, text.params as never, "en"), text.messageId).toBe(text.en);
    ids.push(text.messageId);
  }
  return ids;
}

const rulebook = bundledRulebook();

describe("the reasons and notes of results carry their message id and params", () => {
  test("an evaluation's summary: pending names the facts it waits for (000 management, the 2025 economic targets missing)", () => {
    const fixture = fixtureJson("000/management-economic-2025-missing.json");
    const result = evaluate(rulebook, fixture.input, { asOf: fixture.asOf });
    expect(result.summary.messageId).toBe("outcome.pending");
    expect((result.summary.params as { missing: string[] }).missing).toEqual(result.missingFacts);
    expect(rendered(result)).toContain("outcome.pending");
  });

  test("a round: the places, the committee's approval and the quota lines are each worded from the catalog", () => {
    const records = [1, 2, 3, 4].map((n) => from("000/staff-l1-two-excellent-others-good.json", `R-${n}`, { committeeRank: { "model-post": n } }));
    const round = evaluateCohort(rulebook, records, { asOf: "2026-11-26", committee: { date: "2026-11-28", approveProposals: true } });
    const ids = new Set(rendered({ placements: round.placements, quotas: round.quotas, ties: round.ties, notes: round.notes }));
    // four level-1 staff qualifiers, ranked 1 to 4 by the committee, every one approved as proposed
    expect(ids).toContain("place.atLevel");
    expect(ids).toContain("committee.approved");
    const ledger = reviewHolders(rulebook, { round, reviews: [{ recordId: round.awardees[0]!.recordId, date: "2027-05-28", outcome: "failed" }], asOf: "2027-06-01" });
    const ledgerIds = new Set(rendered(ledger));
    expect(ledgerIds).toContain("holder.revoked");
    expect(ledgerIds).toContain("holder.vacancy");
  });
});
