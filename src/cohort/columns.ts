/**
 * Growable columns for the settled candidates of a round: numbers in typed arrays, repeated values
 * as codes into a table of the distinct ones, so a candidate costs a few bytes a column.
 */

const START = 1024;

/** Numbers or null (kept as NaN); the array is made only when a first number arrives. */
export class NumberColumn {
  private data: Float64Array | null = null;
  private length = 0;

  /** Appends a value. */
  push(value: number | null): void {
    if (value !== null && this.data === null) this.data = new Float64Array(Math.max(START, this.length * 2)).fill(Number.NaN);
    if (this.data !== null) {
      if (this.length === this.data.length) {
        const grown = new Float64Array(this.data.length * 2).fill(Number.NaN);
        grown.set(this.data);
        this.data = grown;
      }
      this.data[this.length] = value ?? Number.NaN;
    }
    this.length += 1;
  }

  /** The value at a position. */
  get(at: number): number | null {
    const value = this.data === null || at >= this.data.length ? Number.NaN : (this.data[at] as number);
    return Number.isNaN(value) ? null : value;
  }

  /** How many values it holds. */
  get size(): number {
    return this.length;
  }
}

/** Whole numbers from 0 to 2³¹ − 1, in the narrowest typed array that holds them (1, 2, then 4 bytes each). */
export class IndexColumn {
  private data: Uint8Array | Uint16Array | Int32Array = new Uint8Array(START);
  private length = 0;

  /** Appends a value. */
  push(value: number): void {
    if (value > 0xff && this.data instanceof Uint8Array) this.widen(new Uint16Array(this.data.length));
    if (value > 0xffff && !(this.data instanceof Int32Array)) this.widen(new Int32Array(this.data.length));
    if (this.length === this.data.length) {
      const grown = new (this.data.constructor as new (size: number) => typeof this.data)(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  /** The value at a position. */
  get(at: number): number {
    return this.data[at] as number;
  }

  /** Replaces the value at a position (one already pushed). */
  set(at: number, value: number): void {
    if (value > 0xff && this.data instanceof Uint8Array) this.widen(new Uint16Array(this.data.length));
    if (value > 0xffff && !(this.data instanceof Int32Array)) this.widen(new Int32Array(this.data.length));
    this.data[at] = value;
  }

  /** How many values it holds. */
  get size(): number {
    return this.length;
  }

  private widen(wider: Uint16Array | Int32Array): void {
    wider.set(this.data);
    this.data = wider;
  }
}

/** Values from a small set (dates, categories, statuses), kept as codes into a table of the distinct ones. */
export class CodeColumn<T> {
  private readonly codes = new IndexColumn();
  private readonly values: T[] = [];
  private readonly codeOf = new Map<T, number>();

  /** Appends a value. */
  push(value: T): void {
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.codeOf.set(value, code);
    }
    this.codes.push(code);
  }

  /** The value at a position. */
  get(at: number): T {
    return this.values[this.codes.get(at)] as T;
  }

  /** The code of the value at a position (equal values, equal codes). */
  codeAt(at: number): number {
    return this.codes.get(at);
  }

  /** Replaces the value at a position (one already pushed). */
  set(at: number, value: T): void {
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.codeOf.set(value, code);
    }
    this.codes.set(at, code);
  }
}
