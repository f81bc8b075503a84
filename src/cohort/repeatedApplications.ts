import { said } from "../messages/said.js";
import type { Persons } from "./persons.js";
import type { RoundPlan } from "./roundPlan.js";
import type { EvaluatedStatus, RoundTable } from "./table.js";
import type { Wording } from "./wording.js";

const STANDING: Readonly<Record<EvaluatedStatus, number>> = { contender: 0, pendingReview: 1, notQualified: 2, ineligible: 2, vetoed: 2, refused: 3, notApplied: 4 };

/**
 * The order in which one person's applications are taken (000 §三(二): one a round): the earlier
 * date, then the category, then the better outcome (qualified first, the higher level, the higher
 * score, the better committee rank), then their words and record ids, so the order of the input
 * never decides.
 *
 * @example
 * ```ts
 * rows.sort(applicationOrder(table)); // the one that stands first
 * ```
 */
export function applicationOrder(table: RoundTable): (a: number, b: number) => number {
  const key = (row: number): (number | string)[] => [
    table.appliedAt(row) ?? "9999-99-99",
    table.categoryAt(row) ?? "",
    STANDING[table.statusAt(row)],
    table.passingAt(row)[0] ?? 99,
    -(table.scoreAt(row) ?? Number.NEGATIVE_INFINITY),
    table.rankAt(row) ?? Number.POSITIVE_INFINITY,
    JSON.stringify(table.notesAt(row)),
  ];
  return (a, b) => {
    const keyA = key(a);
    const keyB = key(b);
    for (let index = 0; index < keyA.length; index += 1) {
      const x = keyA[index] as number | string;
      const y = keyB[index] as number | string;
      if (x !== y) return x < y ? -1 : 1;
    }
    return table.idPool.compare(a, b);
  };
}

/**
 * Refuses the applications a person makes beyond those the award allows a round (000 §三(二): one;
 * 002 §五2(2): 一人一报): each person's records are taken in `applicationOrder`, the first stand,
 * the others are refused with the clause.
 *
 * @example
 * ```ts
 * settleRepeatedApplications(table, persons, plan, wording);
 * ```
 */
export function settleRepeatedApplications(table: RoundTable, persons: Persons, plan: RoundPlan, wording: Wording): void {
  const order = applicationOrder(table);
  const citation = plan.perPerson.source === undefined ? null : `${plan.perPerson.source.document} ${plan.perPerson.source.clause}`;
  const allowed = plan.perPerson.value;
  for (const rows of persons.repeated.values()) {
    // records that did not apply for this award are not applications
    const applications = rows.filter((row) => table.statusAt(row) !== "notApplied");
    if (applications.length <= allowed) continue;
    const sorted = [...applications].sort(order);
    const kept = sorted.slice(0, allowed).map((row) => table.idAt(row));
    for (const row of sorted.slice(allowed)) {
      table.settle(row, "refused", said("round.repeatApplication", { allowed, kept, citation }), (words, note) => wording.plus(words, note));
    }
  }
}
