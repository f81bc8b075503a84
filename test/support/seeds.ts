import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The source documents (`../shared/seeds` beside the repository). They are on the project's own
 * machines and CI, not in a user's clone: checks that need them are skipped, and say so, when the
 * folder is absent. CI sets `REQUIRE_SEEDS=1`, which turns a missing folder into a failure.
 */
export const SEEDS_DIR = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");

/** Whether the source documents are beside the repository. */
export const seedsPresent = existsSync(SEEDS_DIR);

/** The words a skipped check's title carries when the documents are absent. */
export const SKIPPED_WITHOUT_SEEDS = seedsPresent ? "" : " (skipped: the source documents ../shared/seeds are not beside this clone)";

if (!seedsPresent && process.env.REQUIRE_SEEDS === "1") {
  throw new Error(`REQUIRE_SEEDS=1 but the source documents are not at ${SEEDS_DIR}`);
}

const squash = (text: string): string => text.replace(/\s+/g, "");

/** A document's text with all white space removed (the readable copy where there is one). */
export function seedText(document: string): string {
  const files = readdirSync(SEEDS_DIR).filter((file) => file.startsWith(`${document}_`));
  const file = files.find((name) => name.endsWith(".readable.txt")) ?? files[0];
  if (file === undefined) throw new Error(`no seed document ${document} in ${SEEDS_DIR}`);
  return squash(readFileSync(join(SEEDS_DIR, file), "utf8"));
}

/** Every part of a quote (ellipses mark cuts), with white space removed. */
export function quoteParts(quote: string): string[] {
  return quote.split("……").map(squash);
}
