import type { CandidateRecord } from "../schema/recordTypes.js";
import { RECORD_FIELDS } from "../schema/recordFields.js";
import { functionFrom } from "./codeGeneration.js";

/** A record's attestations as evaluation reads them: keys and values only, no prototype. */
export type AttestationView = Readonly<Record<string, string>>;

/**
 * A record as evaluation reads it: every field of the record schema present, in one order (those
 * the record lacks are `undefined`), so every view has one shape and each read is a plain one;
 * its attestations as given, or as a table of their own (see `keepRecord`).
 */
export type RecordView = Readonly<Omit<CandidateRecord, "attestations">> & { readonly attestations: AttestationView | undefined };

/** What is remembered of a kept (parsed, frozen) record. */
export interface KeptRecord {
  /** Its view, attestations copied into a table (never handed out). */
  readonly view: RecordView;
  /** The compiled rulebook that last found its keyed entries valid. */
  checkedBy: object | undefined;
}

const kept = new WeakMap<object, KeptRecord>();

type MakeView = (record: CandidateRecord, attestations: AttestationView | undefined) => RecordView;
let makeView: MakeView | undefined;

/** Makes the view maker once: an object literal of every field, written out (one shape), else a loop. */
function viewMaker(): MakeView {
  // every field of the record schema (RECORD_FIELDS is kept equal to it by a test), in one order
  const fields = Object.keys(RECORD_FIELDS);
  let made: MakeView | undefined;
  try {
    const entries = fields.map((field) => (field === "attestations" ? '"attestations": a' : `${JSON.stringify(field)}: r[${JSON.stringify(field)}]`));
    // undefined where code generation is off or forbidden (a strict CSP): the loop below instead
    made = functionFrom(["r", "a"], `return { ${entries.join(", ")} };`) as MakeView | undefined;
  } catch {
    made = undefined;
  }
  return (
    made ??
    ((record, attestations) => {
      const view: Record<string, unknown> = {};
      for (const field of fields) view[field] = field === "attestations" ? attestations : (record as Record<string, unknown>)[field];
      return view as RecordView;
    })
  );
}

/**
 * Remembers a record that `parseCandidate` keeps (checked, frozen): later evaluations skip its
 * check and read its view. Its attestations are copied once into an unfrozen table without a
 * prototype, because engines read a frozen object of many keys slowly (each has a shape of its own).
 *
 * @example
 * ```ts
 * keepRecord(Object.freeze(record));
 * keptOf(record)?.checkedBy; // undefined until a rulebook checks it
 * ```
 */
export function keepRecord(record: CandidateRecord): void {
  const attestations = record.attestations === undefined ? undefined : attestationTable(record.attestations);
  kept.set(record, { view: (makeView ??= viewMaker())(record, attestations), checkedBy: undefined });
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
