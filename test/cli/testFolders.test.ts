import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { AwardRulesError } from "../../src/index.js";
import { readTestCases } from "../../src/cli/testFiles.js";

const SCHEMA = "../../rules/schema/policy-test.schema.json";
/** A round test naming `recordsFile`, in a fresh folder (with a secret file beside that folder). */
function folderWith(recordsFile: string): { folder: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), "award-rules-tests-"));
  writeFileSync(join(root, "secret.ndjson"), "root:x:0:0:root:/root:/bin/bash\n");
  const folder = join(root, "tests");
  mkdirSync(join(folder, "data"), { recursive: true });
  writeFileSync(join(folder, "data", "round.ndjson"), `${JSON.stringify({ id: "R-1" })}\n`);
  const file = join(folder, "round.json");
  writeFileSync(file, JSON.stringify({ $schema: SCHEMA, name: "a round", rulebook: "model-post-000", asOf: "2026-11-26", recordsFile, expected: {} }));
  return { folder, file };
}
const refusal = (call: () => unknown): AwardRulesError => {
  try {
    call();
  } catch (error) {
    if (error instanceof AwardRulesError) return error;
    throw error;
  }
  throw new Error("no error");
};

describe("a test's recordsFile stays in the test's folder (issue 22, finding 6)", () => {
  test("a file in the folder or below is read", () => {
    const { file } = folderWith("data/round.ndjson");
    expect(readTestCases([file])[0]!.records).toEqual([{ id: "R-1" }]);
  });

  for (const outside of ["../secret.ndjson", "/etc/passwd", "data/../../secret.ndjson"]) {
    test(`${outside} is refused, naming the test and never quoting the file`, () => {
      const { file } = folderWith(outside);
      const error = refusal(() => readTestCases([file]));
      expect(error.issues[0]).toMatchObject({ code: "invalid_test", path: [file, "recordsFile"], messageId: "file.outsideTestFolder" });
      expect(error.message).not.toContain("root:x");
    });
  }

  test("a symlink in the folder that leads outside it is refused too", () => {
    const { folder, file } = folderWith("link.ndjson");
    symlinkSync(join(folder, "..", "secret.ndjson"), join(folder, "link.ndjson"));
    expect(refusal(() => readTestCases([file])).issues[0]!.messageId).toBe("file.outsideTestFolder");
  });
});

describe("folders of tests with links (issue 22, finding 7)", () => {
  test("a symlink loop is followed once, and a dangling link is a typed error naming it", () => {
    const { folder, file } = folderWith("data/round.ndjson");
    symlinkSync(folder, join(folder, "loop"));
    expect(readTestCases([folder]).map((entry) => entry.file)).toEqual([file]);
    symlinkSync(join(folder, "nowhere"), join(folder, "dangling.json"));
    expect(refusal(() => readTestCases([folder])).issues[0]).toMatchObject({ path: [join(folder, "dangling.json")], messageId: "file.missing" });
  });
});
