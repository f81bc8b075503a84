import { inputSkeleton } from "../../inputs/inputSkeleton.js";
import { requiredInputs } from "../../inputs/requiredInputs.js";
import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { AwardRulesError } from "../../errors/AwardRulesError.js";
import { raise } from "../../messages/issueOf.js";
import { messageText } from "../../messages/registry.js";
import { unknownCategoryIssue } from "../../evaluate/unknownAward.js";
import type { CliArgs } from "../args.js";
import { rulebookOf } from "./batch.js";
import type { CliOutcome } from "../outcome.js";
import type { CliIo } from "../io.js";
import { templateListSheets, templateSheets } from "../../sheets/template.js";
import { writeXlsx } from "../../sheets/xlsxWrite.js";
import { writeCsv } from "../../sheets/csv.js";

/**
 * `award-rules inputs [--rulebook ID | --rules FILE] [--award ID] [--category ID] [--level N]
 * [--skeleton]`: every fact and attestation the award reads, as a table (key, what it is, what it
 * holds, which conditions read it), or with `--skeleton` as a JSON record to fill in.
 *
 * @example
 * ```ts
 * inputsCommand(parseArgs(["inputs", "--category", "staff", "--level", "1", "--lang", "en"]), defaultCliIo);
 * ```
 */
export function inputsCommand(args: CliArgs, io: CliIo): CliOutcome {
  const rulebook = rulebookOf(args);
  const award = args.award ?? rulebook.awards[0]?.award.id ?? rulebook.scoredAwards[0]?.award.id ?? "";
  checkScoredChoice(rulebook, award, args);
  const inputs = requiredInputs(rulebook, {
    award,
    ...(args.category ? { category: args.category } : {}),
    ...(args.level !== undefined ? { level: args.level } : {}),
  });
  if (args.template !== undefined) return writeTemplate(args.template, rulebook, award, args, io);
  if (args.skeleton) {
    const categories = [...(rulebook.awards.find((entry) => entry.award.id === award)?.award.categories ?? []).map((category) => category.id)];
    const skeleton = inputSkeleton(inputs, { language: args.language, categories: args.category ? [args.category] : categories });
    return { code: 0, stdout: `${JSON.stringify(skeleton, null, 2)}\n`, stderr: "" };
  }
  if (args.format === "json") return { code: 0, stdout: `${JSON.stringify(inputs, null, 2)}\n`, stderr: "" };
  const language = args.language;
  const zh = language === "zh";
  const lines = inputs.map((input) => {
    const readers = input.readBy
      .map((reader) => `${zh ? `\`${reader.id}\`` : reader.id} (${reader.clause})${reader.as === "option" ? (zh ? "［其一］" : " [one of]") : ""}`)
      .join(zh ? "；" : "; ");
    return zh ? [`\`${input.key}\``, input.label.zh, typedInCode(input.type.zh), readers].join("\t") : [input.key, input.label.en, input.type.en, readers].join("\t");
  });
  const header = language === "zh" ? "输入项\t名称\t取值\t读取它的条件" : "input\tname\tvalues\tread by";
  return { code: 0, stdout: `${[header, ...lines].join("\n")}\n`, stderr: "" };
}

/**
 * Writes the template of `--template FILE` (`.xlsx`: the records sheet with drop-down lists, a sheet
 * per list and the legend 说明; `.csv`: the records sheet's header, UTF-8 with a byte-order mark,
 * and beside it one file per list, `FILE` with the list's name before `.csv`: `t.被投诉记录.csv`). The yearly columns
 * are the three years before the year of `--as-of` (this year by default).
 */
function writeTemplate(file: string, rulebook: CompiledRulebook, award: string, args: CliArgs, io: CliIo): CliOutcome {
  const year = Number((args.asOf ?? new Date().toISOString()).slice(0, 4));
  const years = [year - 3, year - 2, year - 1].map(String);
  const sheets = templateSheets(rulebook, { award, ...(args.category ? { category: args.category } : {}), years, language: args.language });
  const header = sheets[0]?.rows[0] ?? [];
  const wrote = `${messageText("words.wroteTemplate", { file, columns: header.length }, args.language)}\n`;
  if (/\.xlsx$/i.test(file)) io.writeFile(file, writeXlsx(sheets));
  else if (/\.csv$/i.test(file)) {
    io.writeFile(file, writeCsv([header as string[]], true));
    const lists = templateListSheets(rulebook, { award, ...(args.category ? { category: args.category } : {}), years, language: args.language });
    const files = lists.map((list) => file.replace(/\.csv$/i, `.${list.name}.csv`));
    lists.forEach((list, index) => io.writeFile(files[index] as string, writeCsv([list.rows[0] as string[]], true)));
    if (files.length > 0) return { code: 0, stdout: `${wrote}${messageText("words.wroteListFiles", { files }, args.language)}\n`, stderr: "" };
  } else raise("invalid_option", ["--template"], "sheet.outFormat", { file, allowed: [".xlsx", ".csv"] });
  return { code: 0, stdout: wrote, stderr: "" };
}
/** In a Chinese table, what a person types (values, field names: `met`, `date`) in code spans. */
const typedInCode = (text: string): string => text.replace(/[A-Za-z][\w.-]*\??/g, (word) => `\`${word}\``);

/** A scored award has categories (where quotas are per category) but no levels: `--category` must name one of them, `--level` does not apply. */
function checkScoredChoice(rulebook: CompiledRulebook, awardId: string, args: CliArgs): void {
  const scored = rulebook.scoredAwards.find((entry) => entry.award.id === awardId)?.award;
  if (scored === undefined) return;
  const categories = (scored.categories ?? []).map((category) => category.id);
  if (args.category !== undefined && !categories.includes(args.category)) {
    throw new AwardRulesError([unknownCategoryIssue({ ...scored, categories: scored.categories ?? [] }, args.category)]);
  }
  if (args.level !== undefined) {
    raise("invalid_option", ["level"], "cli.scoredNoLevels", { award: awardId });
  }
}
