import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { TraceNode } from "../../src/evaluate/types.js";
import { FIX_SETS_KEPT, fixSets } from "../../src/gaps/fixSets.js";

const base = { label: { zh: "", en: "" }, source: { document: "", clause: "" }, citation: "", facts: [], reason: { zh: "", en: "" }, missing: [] } as unknown as Omit<
  TraceNode,
  "id" | "kind" | "status" | "children"
>;
const leaf = (id: string, status: TraceNode["status"]): TraceNode => ({ ...base, id, kind: "leaf", status, children: [] });
const node = (id: string, kind: TraceNode["kind"], status: TraceNode["status"], children: TraceNode[], atLeast?: number): TraceNode => ({
  ...base,
  id,
  kind,
  status,
  children,
  atLeast,
});

/** The reference: every combination of enough children listed (exponential; small trees only). */
function reference(tree: TraceNode): string[][] {
  const key = (set: TraceNode[]): string =>
    set
      .map((entry) => entry.id)
      .sort()
      .join("|");
  const smallest = (sets: TraceNode[][]): TraceNode[][] => {
    const unique = [...new Map(sets.map((set) => [key(set), set])).values()].sort((a, b) => a.length - b.length || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const kept: TraceNode[][] = [];
    for (const set of unique) {
      const ids = new Set(set.map((entry) => entry.id));
      if (!kept.some((other) => other.every((entry) => ids.has(entry.id)))) kept.push(set);
    }
    return kept;
  };
  const product = (choices: TraceNode[][][]): TraceNode[][] =>
    choices.reduce<TraceNode[][]>((sets, options) => smallest(sets.flatMap((set) => options.map((option) => [...set, ...option]))), [[]]);
  const combinations = <T>(items: T[], size: number): T[][] => {
    if (size === 0) return [[]];
    if (items.length < size) return [];
    const [first, ...rest] = items as [T, ...T[]];
    return [...combinations(rest, size - 1).map((tail) => [first, ...tail]), ...combinations(rest, size)];
  };
  const sets = (current: TraceNode): TraceNode[][] => {
    if (current.status === "pass") return [[]];
    if (current.children.length === 0 || current.kind === "not") return [[current]];
    if (current.kind === "all") return product(current.children.filter((child) => child.status !== "pass").map(sets));
    if (current.kind === "any") return smallest(current.children.flatMap(sets));
    const passed = current.children.filter((child) => child.status === "pass").length;
    const open = current.children.filter((child) => child.status !== "pass");
    return smallest(combinations(open, Math.max((current.atLeast ?? 1) - passed, 0)).flatMap((group) => product(group.map(sets))));
  };
  return sets(tree).map((set) => set.map((entry) => entry.id).sort());
}

/** A random trace: statuses consistent with the kinds (three-valued). */
function tree(depth: number, path: string): fc.Arbitrary<TraceNode> {
  const leaves = fc.constantFrom<TraceNode["status"]>("pass", "fail", "unknown").map((status) => leaf(path, status));
  if (depth === 0) return leaves;
  return fc.oneof(
    leaves,
    fc.integer({ min: 1, max: 5 }).chain((count) =>
      fc
        .tuple(
          fc.constantFrom<TraceNode["kind"]>("all", "any", "atLeast"),
          fc.integer({ min: 1, max: count }),
          fc.tuple(...Array.from({ length: count }, (_, index) => tree(depth - 1, `${path}.${index}`))),
        )
        .map(([kind, atLeast, children]) => {
          const passing = children.filter((child) => child.status === "pass").length;
          const needed = kind === "all" ? children.length : kind === "any" ? 1 : atLeast;
          return node(path, kind, passing >= needed ? "pass" : "fail", children, kind === "atLeast" ? atLeast : undefined);
        }),
    ),
  );
}

describe("fix sets", () => {
  test("on random small trees: the sets of the exhaustive listing, the smallest first, at most the kept number", () => {
    fc.assert(
      fc.property(tree(3, "t"), (trace) => {
        const all = reference(trace);
        const found = fixSets(trace);
        const ids = found.sets.map((set) => set.map((entry) => entry.id).sort());
        expect(ids.length).toBe(Math.min(all.length, FIX_SETS_KEPT));
        for (const set of ids) expect(all).toContainEqual(set);
        expect(ids.map((set) => set.length)).toEqual(all.slice(0, ids.length).map((set) => set.length));
        expect(found.partial).toBe(all.length > FIX_SETS_KEPT);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  test("at least 13 of 27 failing (20 million combinations): answered in well under a second, partial", () => {
    const children = Array.from({ length: 27 }, (_, index) =>
      index % 3 === 0 ? node(`a.${index}`, "all", "fail", [leaf(`a.${index}.0`, "fail"), leaf(`a.${index}.1`, "unknown")]) : leaf(`a.${index}`, "fail"),
    );
    const started = performance.now();
    const found = fixSets(node("a", "atLeast", "fail", children, 13));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found.partial).toBe(true);
    expect(found.sets).toHaveLength(FIX_SETS_KEPT);
    // the cheapest: 13 single leaves (18 of the 27 children are one leaf)
    for (const set of found.sets) expect(set).toHaveLength(13);
  });

  test("at least 9 to 13 of 20 to 27: every one answers within a second in all", () => {
    const started = performance.now();
    for (let size = 20; size <= 27; size += 1) {
      for (let needed = 9; needed <= 13; needed += 1) {
        const found = fixSets(
          node(
            "b",
            "atLeast",
            "unknown",
            Array.from({ length: size }, (_, index) => leaf(`b.${index}`, index % 2 === 0 ? "unknown" : "fail")),
            needed,
          ),
        );
        expect(found.sets[0]).toHaveLength(needed);
      }
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("an at least over thousands of children: the one cheapest choice, said to be partial", () => {
    const children = Array.from({ length: 5000 }, (_, index) =>
      index < 10 ? node(`c.${index}`, "all", "fail", [leaf(`c.${index}.0`, "fail"), leaf(`c.${index}.1`, "fail")]) : leaf(`c.${index}`, "fail"),
    );
    const started = performance.now();
    const found = fixSets(node("c", "atLeast", "fail", children, 2500));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found).toMatchObject({ partial: true, sets: [expect.any(Array)] });
    expect(found.sets[0]).toHaveLength(2500);
    expect(found.sets[0]!.some((entry) => entry.id.startsWith("c.0."))).toBe(false);
  });

  test("needing more than are open: no set, not partial", () => {
    expect(fixSets(node("d", "atLeast", "fail", [leaf("d.0", "fail"), leaf("d.1", "pass")], 3))).toEqual({ sets: [], partial: false });
  });
});

describe("fix sets of large trees", () => {
  test("all of 10,000 failing leaves and 500 pairs of alternatives: within seconds", () => {
    const children = [
      ...Array.from({ length: 10_000 }, (_, index) => leaf(`e.${index}`, "fail")),
      ...Array.from({ length: 500 }, (_, index) => node(`e.any${index}`, "any", "fail", [leaf(`e.any${index}.0`, "fail"), leaf(`e.any${index}.1`, "unknown")])),
    ];
    const started = performance.now();
    const found = fixSets(node("e", "all", "fail", children));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(found.partial).toBe(true);
    expect(found.sets[0]).toHaveLength(10_500);
  });
});

describe("analyzeGaps on a rule file with at least 13 of 27", () => {
  test("answers in well under a second, says the answer is partial, in words too", async () => {
    const { readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const join = path.join.bind(path);
    const { analyzeGaps, evaluate, loadRulebook } = await import("../../src/index.js");
    const json = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8"));
    const level = json.awards[0].categories[0].levels[0];
    const source = { document: "000", clause: "§四(一)1" };
    level.conditions = {
      id: "party.1",
      label: { zh: "十三项", en: "thirteen of" },
      source,
      atLeast: 13,
      of: Array.from({ length: 27 }, (_, index) => ({
        id: `party.1.${index + 1}`,
        label: { zh: `第${index + 1}项`, en: `item ${index + 1}` },
        source,
        fact: "attestation",
        params: { item: `party.1.${index + 1}` },
        operator: "equal",
        value: "met",
      })),
    };
    const rulebook = loadRulebook(json);
    const attestations = Object.fromEntries(Array.from({ length: 27 }, (_, index) => [`party.1.${index + 1}`, index < 5 ? "met" : "notMet"]));
    const result = evaluate(rulebook, { id: "P-1", partyMember: true, attestations } as Record<string, unknown>, { asOf: "2026-11-26" });
    const started = performance.now();
    const gap = analyzeGaps(result, rulebook).find((entry) => entry.category === "party" && entry.level === 1)!;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(gap.partial).toBe(true);
    expect(gap.options).toHaveLength(FIX_SETS_KEPT);
    const party1 = gap.options.map((option) => option.filter((step) => /^party\.1\.\d+$/.test(step.id)));
    for (const steps of party1) expect(steps).toHaveLength(8); // 13 needed, 5 met
    expect(gap.words.en).toContain("more combinations exist");
  });
});
