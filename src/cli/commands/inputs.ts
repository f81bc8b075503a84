import { inputSkeleton } from "../../inputs/inputSkeleton.js";
import { requiredInputs } from "../../inputs/requiredInputs.js";
import { bundledRulebook } from "../../load/bundled.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import type { CliArgs } from "../args.js";
import { readJson } from "../io.js";
import type { CliOutcome } from "../run.js";

/**
 * `award-rules inputs [--rulebook ID | --rules FILE] [--award ID] [--category ID] [--level N]
 * [--skeleton]`: every fact and attestation the award reads, as a table (key, what it is, what it
 * holds, which conditions read it), or with `--skeleton` as a JSON record to fill in.
 *
 * @example
 * ```ts
 * inputsCommand(parseArgs(["inputs", "--category", "staff", "--level", "1", "--lang", "en"]));
 * ```
 */
export function inputsCommand(args: CliArgs): CliOutcome {
  const rulebook = args.rules === undefined ? bundledRulebook(args.rulebook) : loadRulebook(readJson(args.rules));
  const award = args.award ?? rulebook.awards[0]?.award.id ?? rulebook.scoredAwards[0]?.award.id ?? "";
  const inputs = requiredInputs(rulebook, {
    award,
    ...(args.category ? { category: args.category } : {}),
    ...(args.level !== undefined ? { level: args.level } : {}),
  });
  if (args.skeleton) return { code: 0, stdout: `${JSON.stringify(inputSkeleton(inputs), null, 2)}\n`, stderr: "" };
  if (args.format === "json") return { code: 0, stdout: `${JSON.stringify(inputs, null, 2)}\n`, stderr: "" };
  const language = args.language;
  const lines = inputs.map((input) => {
    const readers = input.readBy
      .map((reader) => `${reader.id} (${reader.clause})${reader.as === "option" ? (language === "zh" ? "［其一］" : " [one of]") : ""}`)
      .join(language === "zh" ? "；" : "; ");
    return [input.key, input.label[language], input.type[language], readers].join("\t");
  });
  const header = language === "zh" ? "输入项\t名称\t取值\t读取它的条件" : "input\tname\tvalues\tread by";
  return { code: 0, stdout: `${[header, ...lines].join("\n")}\n`, stderr: "" };
}
