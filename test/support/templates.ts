import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..", "fixtures");

/** A fixture's input under a new id, with extra fields (committee rank, department, …). */
export function from(file: string, id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const fixture = JSON.parse(readFileSync(join(root, file), "utf8")) as { input: Record<string, unknown> };
  return { ...structuredClone(fixture.input), id, ...extra };
}

/** A fixture's whole JSON. */
export function fixtureJson(file: string): { input: Record<string, unknown>; expected: Record<string, any>; asOf: string } {
  return JSON.parse(readFileSync(join(root, file), "utf8"));
}
