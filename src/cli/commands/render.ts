import { join, resolve, sep } from "node:path";
import { renderReviewIndex } from "../../review/renderReviewIndex.js";
import { renderReviewPage, reviewPagePath } from "../../review/renderReviewPage.js";
import { RULEBOOK_LIMITS } from "../../validate/limits.js";
import type { Rulebook } from "../../schema/rulebookTypes.js";
import { validateInput } from "../../validate/validators.js";
import { AwardRulesError } from "../../errors/AwardRulesError.js";
import { raise } from "../../messages/issueOf.js";
import { messageText } from "../../messages/registry.js";
import type { CliArgs } from "../args.js";
import { readJson, ruleFiles, withFile, type CliIo } from "../io.js";
import type { CliOutcome } from "../outcome.js";

/**
 * `award-rules render <rules> [--out docs/rules] [--lang zh|en]`: writes one review page per rule
 * file and the index (English unless `--lang` is given), and lists what it wrote.
 *
 * @example
 * ```ts
 * renderCommand(parseArgs(["render", "rules", "--out", "docs/rules"]), io);
 * ```
 */
export function renderCommand(args: CliArgs, io: CliIo): CliOutcome {
  const path = args.positionals[0];
  if (path === undefined) return { code: 2, stdout: "", stderr: "render needs a rules folder or file\n" };
  const out = args.out ?? "docs/rules";
  checkOutFolder(out);
  const files = ruleFiles(path).map((file) => {
    const parsed = withFile(file, "invalid_rulebook", () => validateInput<Rulebook>("rulebook", readJson(file, "invalid_rulebook"), RULEBOOK_LIMITS, "invalid_rulebook", [file]));
    if (!parsed.success) throw new AwardRulesError(parsed.issues);
    return { file, rulebook: parsed.data };
  });
  // the pages, and what was written, are English unless --lang is given (the pages are committed in English under docs/rules)
  const language = args.languageGiven ? args.language : "en";
  const written: string[] = [];
  for (const { rulebook } of files) {
    const target = join(out, reviewPagePath(rulebook).split("/").at(-1) as string);
    io.writeFile(target, renderReviewPage(rulebook, { language }));
    written.push(target);
  }
  const index = join(out, "README.md");
  io.writeFile(index, renderReviewIndex(files, { language }));
  written.push(index);
  return { code: 0, stdout: `${written.map((file) => messageText("review.wrote", { file }, language)).join("\n")}\n`, stderr: "" };
}

/** Folders `--out` may not write under: the kernel's and the devices'. */
const SYSTEM_FOLDERS = ["/proc", "/sys", "/dev"];

/** Refuses an `--out` folder under /proc, /sys or /dev. */
function checkOutFolder(out: string): void {
  const full = resolve(out);
  const under = SYSTEM_FOLDERS.find((folder) => full === folder || full.startsWith(`${folder}${sep}`));
  if (under !== undefined) {
    raise("invalid_option", ["--out"], "file.underSystemFolder", { out, under });
  }
}
