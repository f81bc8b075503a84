import { hashOfId } from "./idIndex.js";

const START = 1 << 12;
/** Beyond this many bytes an id is kept as a string (offsets are 4-byte numbers). */
const MAX_BYTES = 2 ** 31 - 1;

/**
 * The record ids of a round, one after another in one byte buffer (an id whose every UTF-16 code
 * unit is below 256, as ids mostly are) rather than one string object each: about 4 bytes plus
 * its length an id, against some 40 as a string in an array. Other ids are kept as strings. An id
 * is read back as a string only when asked for (`textAt`); lookups and the sort by id compare the
 * bytes where they are.
 *
 * @example
 * ```ts
 * const pool = new IdPool();
 * const row = pool.push("R-1");
 * pool.equals(row, "R-1"); // true
 * pool.textAt(row); // "R-1"
 * ```
 */
export class IdPool {
  private bytes = new Uint8Array(START);
  private used = 0;
  /** Per row, where its bytes end (they start where the row before ends). */
  private ends = new Int32Array(START);
  private count = 0;
  /** Ids not kept as bytes, by row. */
  private readonly wide = new Map<number, string>();

  /** How many ids it holds. */
  get size(): number {
    return this.count;
  }

  /** Appends an id; gives its row. */
  push(id: string): number {
    const row = this.count;
    if (row === this.ends.length) this.ends = grown(this.ends, new Int32Array(row * 2));
    if (isNarrow(id) && this.used + id.length <= MAX_BYTES) {
      while (this.used + id.length > this.bytes.length) this.bytes = grown(this.bytes, new Uint8Array(Math.min(MAX_BYTES, this.bytes.length * 2)));
      for (let index = 0; index < id.length; index += 1) this.bytes[this.used + index] = id.charCodeAt(index);
      this.used += id.length;
    } else this.wide.set(row, id);
    this.ends[row] = this.used;
    this.count = row + 1;
    return row;
  }

  /** The id of a row, as a string. */
  textAt(row: number): string {
    const text = this.wide.get(row);
    if (text !== undefined) return text;
    let out = "";
    for (let at = this.startOf(row), end = this.ends[row] as number; at < end; at += 1) out += String.fromCharCode(this.bytes[at] as number);
    return out;
  }

  /** Whether a row holds this id. */
  equals(row: number, id: string): boolean {
    const text = this.wide.get(row);
    if (text !== undefined) return text === id;
    const start = this.startOf(row);
    if ((this.ends[row] as number) - start !== id.length) return false;
    for (let index = 0; index < id.length; index += 1) if (this.bytes[start + index] !== id.charCodeAt(index)) return false;
    return true;
  }

  /** Two rows' ids in the order of JavaScript's string comparison (UTF-16 code units): negative, 0 or positive. */
  compare(a: number, b: number): number {
    if (this.wide.size > 0 && (this.wide.has(a) || this.wide.has(b))) return compareText(this.textAt(a), this.textAt(b));
    const startA = this.startOf(a);
    const startB = this.startOf(b);
    const lengthA = (this.ends[a] as number) - startA;
    const lengthB = (this.ends[b] as number) - startB;
    const shorter = Math.min(lengthA, lengthB);
    for (let index = 0; index < shorter; index += 1) {
      const diff = (this.bytes[startA + index] as number) - (this.bytes[startB + index] as number);
      if (diff !== 0) return diff;
    }
    return lengthA - lengthB;
  }

  /** A row's id against a string, in JavaScript's string order: negative, 0 or positive. */
  compareText(row: number, id: string): number {
    const text = this.wide.get(row);
    if (text !== undefined) return compareText(text, id);
    const start = this.startOf(row);
    const length = (this.ends[row] as number) - start;
    const shorter = Math.min(length, id.length);
    for (let index = 0; index < shorter; index += 1) {
      const diff = (this.bytes[start + index] as number) - id.charCodeAt(index);
      if (diff !== 0) return diff;
    }
    return length - id.length;
  }

  /** The hash of a row's id: `hashOfId` of its text, read from the bytes. */
  hash(row: number): number {
    const text = this.wide.get(row);
    if (text !== undefined) return hashOfId(text);
    let hash = 0x811c9dc5;
    for (let at = this.startOf(row), end = this.ends[row] as number; at < end; at += 1) hash = Math.imul(hash ^ (this.bytes[at] as number), 0x01000193);
    return hash >>> 0;
  }

  private startOf(row: number): number {
    return row === 0 ? 0 : (this.ends[row - 1] as number);
  }
}

function isNarrow(id: string): boolean {
  for (let index = 0; index < id.length; index += 1) if (id.charCodeAt(index) > 0xff) return false;
  return true;
}

function grown<T extends Uint8Array | Int32Array>(old: T, wider: T): T {
  wider.set(old);
  return wider;
}

const compareText = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);
