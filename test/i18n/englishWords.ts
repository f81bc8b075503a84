/**
 * The English words (runs of 2 or more ASCII letters) in a Chinese text that are not allowed:
 * allowed are the words of `allowed` (what the input itself holds: record ids and values, the rule
 * file's own Chinese text, file names…), and anything in backticks — a value a person must type,
 * offered by an error (`excellent`) or a list of valid ids.
 */
export function englishWords(text: string, allowed: Iterable<string> = []): string[] {
  const words = new Set<string>();
  for (const source of allowed) for (const word of source.match(/[A-Za-z]{2,}/g) ?? []) words.add(word);
  const found = text.replace(/`[^`\n]*`/g, "").match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(found.filter((word) => !words.has(word)))];
}
