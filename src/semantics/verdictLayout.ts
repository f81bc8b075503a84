/**
 * Where each verdict of an award sits in the array its generated code fills: admission, then the
 * shared requirements, then per category its audience and its levels, highest first. Code reads
 * the array through this layout, by name, never by counting.
 */
export interface VerdictLayout {
  /** The admission checks' verdict (true when the award has none, or no application is judged). */
  admission: number;
  /** The shared requirements' verdict (true when the award has none). */
  requirements: number;
  categories: readonly {
    id: string;
    /** The audience's verdict (true when the category has none). */
    audience: number;
    /** Per level, highest first: its number and where its verdict is. */
    levels: readonly { level: number; at: number }[];
  }[];
  /** How many verdicts there are. */
  size: number;
}

/**
 * The layout of an award's verdicts.
 *
 * @example
 * ```ts
 * const layout = verdictLayout({ categories: [{ id: "staff", levels: [{ level: 1 }, { level: 2 }] }] });
 * layout.categories[0]!.levels[1]!.at; // 4
 * ```
 */
export function verdictLayout(award: { categories: readonly { id: string; levels: readonly { level: number }[] }[] }): VerdictLayout {
  let at = 2;
  const categories = award.categories.map((category) => {
    const audience = at;
    at += 1;
    const levels = category.levels.map((level) => ({ level: level.level, at: at++ }));
    return { id: category.id, audience, levels };
  });
  return { admission: 0, requirements: 1, categories, size: at };
}
