import { describe, expect, test } from "vitest";
import { AwardRulesError } from "../../src/errors/AwardRulesError.js";
import { IdPool } from "../../src/cohort/idPool.js";
import { Persons } from "../../src/cohort/persons.js";

function persons(records: { id: string; personId?: string }[]): Persons {
  const pool = new IdPool();
  const result = new Persons(pool);
  for (const record of records) result.add(pool.push(record.id), record.id, record.personId);
  return result;
}

describe("Persons", () => {
  test("a record id given twice is a duplicate_record error naming both positions", () => {
    const error = (() => {
      try {
        persons([{ id: "R-1" }, { id: "R-2" }, { id: "R-1" }]);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AwardRulesError);
    const issue = (error as AwardRulesError).issues[0]!;
    expect(issue.code).toBe("duplicate_record");
    expect(issue.path).toEqual(["id"]);
    expect(issue.message).toContain("at records 0 and 2");
    expect(issue.zh).toContain("第 0 条和第 2 条");
  });

  test("one person's records are gathered by personId, or by a personId naming another record's id", () => {
    const found = persons([{ id: "A" }, { id: "B", personId: "P" }, { id: "C", personId: "P" }, { id: "D", personId: "A" }, { id: "E" }]);
    expect(new Map(found.repeated)).toEqual(
      new Map([
        ["P", [1, 2]],
        ["A", [0, 3]],
      ]),
    );
    expect(found.rowOf("E")).toBe(4);
    expect(found.rowOf("Z")).toBe(-1);
  });
});
