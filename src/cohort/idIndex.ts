/**
 * Record id → a number (a settled candidate's column index, or a contender's slot), for a round's
 * one-application-per-person check: an open-addressing table of 4-byte slots rather than a `Map`
 * entry per candidate. The ids themselves are not copied; `idAt` reads them where they are kept.
 *
 * @example
 * ```ts
 * const index = new IdIndex((value) => ids[value] as string);
 * index.set("R-1", 0);
 * index.get("R-1"); // 0
 * ```
 */
export class IdIndex {
  private slots = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  /** `idAt(value)`: the id a stored value belongs to. */
  constructor(private readonly idAt: (value: number) => string) {}

  /** The value stored for an id, or -1. */
  get(id: string): number {
    const mask = this.slots.length - 1;
    for (let at = hashOf(id) & mask; ; at = (at + 1) & mask) {
      const value = this.slots[at] as number;
      if (value === -1) return -1;
      if (this.idAt(value) === id) return value;
    }
  }

  /** Stores a value (≥ 0) for an id, replacing the one it had. */
  set(id: string, value: number): void {
    if ((this.used + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let at = hashOf(id) & mask; ; at = (at + 1) & mask) {
      const held = this.slots[at] as number;
      if (held === -1) {
        this.slots[at] = value;
        this.used += 1;
        return;
      }
      if (this.idAt(held) === id) {
        this.slots[at] = value;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.used = 0;
    for (const value of old) if (value !== -1) this.set(this.idAt(value), value);
  }
}

/** FNV-1a over the id's UTF-16 code units. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
