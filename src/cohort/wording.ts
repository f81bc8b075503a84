import type { ResultText } from "../messages/said.js";
import type { Words } from "./table.js";

/** How many distinct wordings a round keeps shared (beyond them each is its own). */
const KEPT = 10_000;

/**
 * A round's shared words: the same sentence, list of sentences or list of names given to many
 * candidates is one object, so a round of a million candidates worded alike keeps a handful. Each
 * kind is looked up by its content; past 10,000 distinct ones, new ones are not remembered.
 *
 * @example
 * ```ts
 * const wording = new Wording();
 * wording.text({ zh: "待审核", en: "pending" }) === wording.text({ zh: "待审核", en: "pending" }); // true
 * ```
 */
export class Wording {
  /** The shared sentences, by their Chinese (the key is the sentence's own string: no copy). */
  private readonly texts = new Map<string, ResultText[]>();
  /** A number for each shared sentence, so a list is keyed by short numbers, not its words. */
  private readonly numbers = new Map<ResultText, number>();
  private readonly lists = new Map<string, Words>();
  private readonly names = new Map<string, readonly string[]>();

  /** The shared copy of a sentence. */
  text(text: ResultText): ResultText {
    const same = this.texts.get(text.zh);
    const found = same?.find((entry) => entry.en === text.en);
    if (found !== undefined) return found;
    // a text of the catalog keeps its message id and params (frozen by `said`)
    const frozen: ResultText = Object.freeze(
      text.messageId === undefined ? { zh: text.zh, en: text.en } : { zh: text.zh, en: text.en, messageId: text.messageId, params: text.params ?? {} },
    );
    if (this.numbers.size < KEPT) {
      if (same === undefined) this.texts.set(frozen.zh, [frozen]);
      else same.push(frozen);
      this.numbers.set(frozen, this.numbers.size);
    }
    return frozen;
  }

  /** The shared copy of a list of sentences. */
  list(texts: readonly ResultText[]): Words {
    if (texts.length === 0) return NONE;
    const shared = texts.map((text) => this.text(text));
    let key = "";
    for (const text of shared) {
      const number = this.numbers.get(text);
      // a sentence past the kept ones makes a list of its own
      if (number === undefined) return Object.freeze(shared);
      key += `${number},`;
    }
    const found = this.lists.get(key);
    if (found !== undefined) return found;
    const frozen = Object.freeze(shared);
    if (this.lists.size < KEPT) this.lists.set(key, frozen);
    return frozen;
  }

  /** A list of sentences one longer. */
  plus(words: Words, text: ResultText): Words {
    return this.list([...words, text]);
  }

  /** The shared copy of a list of names (missing inputs). */
  nameList(names: readonly string[]): readonly string[] {
    if (names.length === 0) return NO_NAMES;
    const key = names.join("\u0000");
    const found = this.names.get(key);
    if (found !== undefined) return found;
    const frozen = Object.freeze([...names]);
    if (this.names.size < KEPT) this.names.set(key, frozen);
    return frozen;
  }
}

const NONE: Words = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);
