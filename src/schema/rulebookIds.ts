import type { CandidateRecord, CandidateRecordInput } from "./recordTypes.js";

/**
 * The ids a rulebook names, as types: its awards (level and scored), categories, levels,
 * attestation keys, measures and flags. A rulebook loaded at run time names `string`s (and
 * `number`s); a bundled rulebook names its own, as literal types (`BundledRulebookIds`), so
 * that a misspelt category or attestation key is a compile error.
 *
 * @example
 * ```ts
 * type Tiny = { award: "model-post"; scoredAward: never; category: "staff"; level: 1 | 2; attestation: "staff.1.1"; measure: never; flag: never };
 * const ids: RulebookIds = {} as Tiny;
 * ```
 */
export interface RulebookIds {
  /** A level award's id (`awards[].id`). */
  award: string;
  /** A scored award's id (`scoredAwards[].id`). */
  scoredAward: string;
  /** A category id of any of its awards. */
  category: string;
  /** A level number of any of its awards. */
  level: number;
  /** An attestation key a condition reads. */
  attestation: string;
  /** A measure it declares (`measures`). */
  measure: string;
  /** A flag it declares (`flags`). */
  flag: string;
}

/** An attestation: met 符合, notMet 不符合, notGiven 未提供 (the same as not given). */
type Attestation = "met" | "notMet" | "notGiven";

/** A map keyed by some ids, each key optional (`undefined`: not given). */
type KeyedBy<Key extends string, Value> = { readonly [key in Key]?: Value | undefined };

/**
 * A record as given with a rulebook whose ids are `Ids`: `CandidateRecordInput` with the keys
 * and values that name the rulebook's ids typed by them (`application.award` and `.category`,
 * `attestations`, `scores`, `committeeRank`, `measures`, `flags`). With a bundled rulebook a
 * misspelt category or attestation key is a compile error; with a rulebook loaded at run time
 * they are `string`s, checked when the record is evaluated.
 *
 * @example
 * ```ts
 * const record: RecordFor<BundledRulebookIds["model-post-000"]> = { id: "T-1", application: { category: "staff", date: "2026-11-23" } };
 * ```
 */
export type RecordFor<Ids extends RulebookIds = RulebookIds> = {
  [Field in keyof CandidateRecordInput]: Field extends keyof IdFields<Ids> ? IdFields<Ids>[Field] : CandidateRecordInput[Field];
};

/** The fields of a record whose keys or values are a rulebook's ids. */
interface IdFields<Ids extends RulebookIds> {
  application?:
    (Omit<NonNullable<CandidateRecordInput["application"]>, "award" | "category"> & { award?: Ids["award"] | undefined; category?: Ids["category"] | undefined }) | undefined;
  attestations?: KeyedBy<Ids["attestation"], Attestation> | undefined;
  scores?: KeyedBy<Ids["scoredAward"], NonNullable<CandidateRecordInput["scores"]>[string]> | undefined;
  committeeRank?: KeyedBy<Ids["award"] | Ids["scoredAward"], number> | undefined;
  measures?: KeyedBy<Ids["measure"], number> | undefined;
  flags?: KeyedBy<Ids["flag"], boolean> | undefined;
}

/** The mark of a record `parseCandidate` checked (a type only: no value holds it). */
declare const parsed: unique symbol;

/**
 * A record `parseCandidate` or `parseCandidateJson` checked and kept: every function that
 * takes a record takes it with any rulebook (its ids are checked against the rulebook when it
 * is evaluated). This is the way in for records whose type is not known (`unknown`, JSON).
 *
 * @example
 * ```ts
 * const record: ParsedRecord = parseCandidate(JSON.parse(text));
 * evaluate(bundledRulebook(), record, { asOf: "2026-11-26" });
 * ```
 */
export type ParsedRecord = CandidateRecord & { readonly [parsed]: true };

/**
 * What a function that reads records takes, typed, with a rulebook whose ids are `Ids`: a record
 * literal or value whose ids are the rulebook's (`RecordFor<Ids>`). Records typed with `string`
 * ids (`WideRecord`), records `parseCandidate` checked and untyped data (`Untyped`) are taken too,
 * by the functions' other signatures.
 *
 * @example
 * ```ts
 * const given: RecordInput<RulebookIds> = { id: "T-1" };
 * ```
 */
export type RecordInput<Ids extends RulebookIds = RulebookIds> = RecordFor<Ids>;

/**
 * A value whose type names no fields: `unknown`, `any`, a map of any keys
 * (`Record<string, unknown>`), such as parsed JSON, or JSON text (a `string`). Functions that take
 * a record take such a value too and check it at run time; a value whose type names fields must
 * fit `RecordFor` instead, so a misspelt field is a compile error.
 *
 * @example
 * ```ts
 * const fromJson: Untyped<Record<string, unknown>> = JSON.parse("{}") as Record<string, unknown>;
 * ```
 */
export type Untyped<T> = unknown extends T ? T : T extends string ? T : string extends keyof T ? T : never;

/** Whether ids of a record's type fit a rulebook's: wide (`string`) ids are checked at run time, literal ones must be the rulebook's. */
type Fits<Given, Allowed> = [Given] extends [never] ? true : string extends Given ? true : [Given] extends [Allowed] ? true : false;

/** The keys of one of a record's maps (never where it has none). */
type KeysOf<T, Field extends string> = T extends { readonly [key in Field]?: infer Map } ? keyof NonNullable<Map> & string : never;

/** The type of a field of a record's application (never where it has none). */
type ApplicationField<T, Field extends string> = T extends { readonly application?: infer Given }
  ? NonNullable<Given> extends { readonly [key in Field]?: infer Value }
    ? NonNullable<Value>
    : never
  : never;

/**
 * A record whose type is a record's (`CandidateRecordInput`, `CandidateRecord`, `ParsedRecord`)
 * with ids typed `string`, such as a variable filled from a database or a record `parseCandidate`
 * checked: taken with any rulebook, its ids checked
 * at run time. Ids its type names as literals must still be the rulebook's, and it may have no
 * field a record lacks; otherwise the type is `never`.
 *
 * @example
 * ```ts
 * declare const row: CandidateRecordInput;
 * const taken: WideRecord<CandidateRecordInput, RulebookIds> = row;
 * ```
 */
export type WideRecord<T, Ids extends RulebookIds> = [Exclude<keyof T, keyof CandidateRecordInput | symbol>] extends [never]
  ? [
      Fits<ApplicationField<T, "category">, Ids["category"]>,
      Fits<ApplicationField<T, "award">, Ids["award"] | Ids["scoredAward"]>,
      Fits<KeysOf<T, "attestations">, Ids["attestation"]>,
      Fits<KeysOf<T, "scores">, Ids["scoredAward"]>,
      Fits<KeysOf<T, "committeeRank">, Ids["award"] | Ids["scoredAward"]>,
      Fits<KeysOf<T, "measures">, Ids["measure"]>,
      Fits<KeysOf<T, "flags">, Ids["flag"]>,
    ] extends true[]
    ? T
    : never
  : never;
