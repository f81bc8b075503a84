/** Where an index's values find their ids: whether a value's id is a given one, and its hash. */
export interface IdSource {
  /** Whether the id a stored value belongs to is `id`. */
  equals(value: number, id: string): boolean;
  /** `hashOfId` of the id a stored value belongs to. */
  hash(value: number): number;
}

/**
 * Record id → a number (a settled candidate's column index, or a contender's slot), for a round's
 * one-application-per-person check: an open-addressing table of 4-byte slots rather than a `Map`
 * entry per candidate. The ids themselves are not copied; the source compares them where they are kept.
 *
 * @example
 * ```ts
 * const index = new IdIndex({ equals: (value, id) => ids[value] === id, hash: (value) => hashOfId(ids[value]!) });
 * index.set("R-1", 0);
 * index.get("R-1"); // 0
 * ```
 */
export class IdIndex {
  private slots = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  constructor(private readonly source: IdSource) {}

  /** The value stored for an id, or -1. */
  get(id: string): number {
    const mask = this.slots.length - 1;
    for (let at = hashOfId(id) & mask; ; at = (at + 1) & mask) {
      const value = this.slots[at] as number;
      if (value === -1) return -1;
      if (this.source.equals(value, id)) return value;
    }
  }

  /** Stores a value (≥ 0) for an id, replacing the one it had. */
  set(id: string, value: number): void {
    if ((this.used + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let at = hashOfId(id) & mask; ; at = (at + 1) & mask) {
      const held = this.slots[at] as number;
      if (held === -1) {
        this.slots[at] = value;
        this.used += 1;
        return;
      }
      if (this.source.equals(held, id)) {
        this.slots[at] = value;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    // the values are distinct ids already: each goes to the first free slot from its hash
    for (const value of old) {
      if (value === -1) continue;
      let at = this.source.hash(value) & mask;
      while (this.slots[at] !== -1) at = (at + 1) & mask;
      this.slots[at] = value;
    }
  }
}

/**
 * FNV-1a over an id's UTF-16 code units.
 *
 * @example
 * ```ts
 * hashOfId("R-1") === hashOfId("R-1"); // true
 * ```
 */
export function hashOfId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
