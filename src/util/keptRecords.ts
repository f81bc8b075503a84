import type { CandidateRecord } from "../schema/candidate.js";

/** A record's attestations as evaluation reads them: keys and values only, no prototype. */
export type AttestationView = Readonly<Record<string, string>>;

/** What is remembered of a kept (parsed, frozen) record. */
export interface KeptRecord {
  /** A private, unfrozen copy of its attestations without a prototype (never handed out). */
  readonly attestations: AttestationView | undefined;
  /** The compiled rulebook that last found its keyed entries valid. */
  checkedBy: object | undefined;
}

const kept = new WeakMap<object, KeptRecord>();

/**
 * Remembers a record that `parseCandidate` keeps (checked, frozen): later evaluations skip its
 * check. Its attestations are copied once into an unfrozen table without a prototype, because
 * engines read a frozen object of many keys slowly (each has a shape of its own).
 *
 * @example
 * ```ts
 * keepRecord(Object.freeze(record));
 * keptOf(record)?.checkedBy; // undefined until a rulebook checks it
 * ```
 */
export function keepRecord(record: CandidateRecord): void {
  const attestations = record.attestations;
  kept.set(record, { attestations: attestations === undefined ? undefined : attestationTable(attestations), checkedBy: undefined });
}

/**
 * A copy of attestations as a table without a prototype: engines give all such tables one shape,
 * so reading a key costs the same whatever keys a record has.
 *
 * @example
 * ```ts
 * attestationTable({ "staff.1.1": "met" })["staff.1.1"]; // "met"
 * ```
 */
export function attestationTable(attestations: Readonly<Record<string, string>>): Record<string, string> {
  const table = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(attestations)) table[key] = attestations[key] as string;
  return table;
}

/**
 * What is remembered of a kept record; `undefined` for anything else.
 *
 * @example
 * ```ts
 * keptOf(parseCandidate({ id: "T-1" })) !== undefined; // true
 * keptOf({ id: "T-1" }); // undefined
 * ```
 */
export function keptOf(value: unknown): KeptRecord | undefined {
  return typeof value === "object" && value !== null ? kept.get(value) : undefined;
}

/**
 * The attestations an evaluation reads: a kept record's copy, else the record's own (a private
 * copy the evaluation made, or read from JSON text).
 *
 * @example
 * ```ts
 * attestationsOf(parseCandidate({ id: "T-1", attestations: { "staff.1.1": "met" } }))?.["staff.1.1"]; // "met"
 * ```
 */
export function attestationsOf(record: CandidateRecord): AttestationView | undefined {
  return record.attestations === undefined ? undefined : (kept.get(record)?.attestations ?? record.attestations);
}
