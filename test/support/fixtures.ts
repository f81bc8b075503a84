import { join } from "node:path";
import { readTestCases } from "../../src/cli/testFiles.js";
import { resultTrees, type EvaluationResult, type PolicyTest, type RecordExpectation, type TraceNode } from "../../src/index.js";
import { parsePolicyTest } from "../../src/policyTests/index.js";

/** A bundled fixture: a policy test of one record, with its file under fixtures/. */
export type Fixture = PolicyTest & { file: string; input: Record<string, unknown>; expected: RecordExpectation };

const root = join(import.meta.dirname, "..", "..", "fixtures");

/** Every one-record policy test in a folder under fixtures/ (e.g. "000"), checked against its schema. */
export function loadFixtures(folder: string): Fixture[] {
  return readTestCases([join(root, folder)])
    .map((entry) => ({ ...parsePolicyTest(entry.test), file: entry.file!.slice(root.length + folder.length + 2) }))
    .filter((test): test is Fixture => test.input !== undefined);
}

/** Every trace node of a result, by id. */
export function nodesById(result: EvaluationResult): Map<string, TraceNode> {
  const found = new Map<string, TraceNode>();
  const walk = (node: TraceNode): void => {
    found.set(node.id, node);
    node.children.forEach(walk);
  };
  resultTrees(result).forEach(walk);
  return found;
}
