import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A clause of a source document, classed by what it does (fixtures/clauses.json). */
export interface ClauseEntry {
  document: string;
  clause: string;
  /** Which part of the clause, where one clause holds a rule and a procedure. */
  part?: string;
  quote: string;
  /** RULE: decides an outcome, so some rule item must cite it; PROCEDURE / AIM: decides none. */
  class: "RULE" | "PROCEDURE" | "AIM";
  reason: string;
  heading?: boolean;
}

/** A citation as it sits in a rule file: its document, its clause string, and whether a note holds it. */
export interface Citation {
  document: string;
  clause: string;
  inNote: boolean;
  at: string;
}

const root = join(import.meta.dirname, "..", "..");

/** The clause inventory, read off the documents (fixtures/clauses.json). */
export const clauseInventory: ClauseEntry[] = JSON.parse(readFileSync(join(root, "fixtures", "clauses.json"), "utf8"));

/** Every citation of a rule file, with its JSON path; those under `notes` are marked. */
export function citations(value: unknown, at = "", inNote = false, into: Citation[] = []): Citation[] {
  if (Array.isArray(value)) value.forEach((item, index) => citations(item, `${at}[${index}]`, inNote, into));
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const source = child as { document?: unknown; clause?: unknown };
      if (key === "source" && typeof source?.document === "string" && typeof source.clause === "string") {
        into.push({ document: source.document, clause: source.clause, inNote, at });
      } else citations(child, `${at}.${key}`, inNote || key === "notes", into);
    }
  }
  return into;
}

const PREFIX = /^(篇\d+ |附\d+ |附件 考核细则 )/;

/**
 * The clauses one citation names: "附件1 服务质量高（30分）、§三3" names two; "篇14 序、二(一)" carries
 * its prefix ("篇14 二(一)"); in 003, "附1 三、1" is one clause whose number holds a 、.
 */
export function citedClauses(clause: string): string[] {
  const segments: string[] = [];
  for (const raw of clause.split("、")) {
    const segment = raw.trim();
    if (segments.length > 0 && /^\d+$/.test(segment)) segments[segments.length - 1] += `、${segment}`;
    else segments.push(segment);
  }
  const first = segments[0] ?? "";
  const prefix = PREFIX.exec(first)?.[1];
  return segments.map((segment, index) =>
    index === 0 || /^(§|附|篇)/.test(segment) ? segment : prefix !== undefined ? `${prefix}${segment}` : first.startsWith("§") ? `§${segment}` : segment,
  );
}

const BOUNDARY = new Set(["(", "（", " ", "、", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"]);

/** Whether `child` is a sub-clause of `parent` ("§四(一)1(6)②" of "§四(一)1(6)"; "§三1" of "§三"). */
export function isSubClause(child: string, parent: string): boolean {
  if (!child.startsWith(parent) || child === parent) return false;
  const next = child[parent.length] as string;
  return BOUNDARY.has(next) || (/\d/.test(next) && !/\d/.test(parent.at(-1) as string));
}
