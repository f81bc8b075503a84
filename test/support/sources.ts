import type { Source } from "../../src/index.js";

/** Every `source` (document + clause) in a value, wherever it sits. */
export function sources(value: unknown, into: Source[] = []): Source[] {
  if (Array.isArray(value)) value.forEach((item) => sources(item, into));
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.document === "string" && typeof record.clause === "string") into.push(record as unknown as Source);
    for (const child of Object.values(record)) sources(child, into);
  }
  return into;
}
