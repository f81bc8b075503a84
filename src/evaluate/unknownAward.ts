import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { Issue } from "../errors/AwardRulesError.js";
import { describeValue } from "../text/describeValue.js";
import { nearest } from "../text/nearest.js";

/** Ids as a list a person can copy: `a` (label), in the language asked. */
function idList(entries: { id: string; label: { zh: string; en: string } }[], language: "zh" | "en"): string {
  if (entries.length === 0) return language === "zh" ? "无" : "none";
  return entries.map((entry) => (language === "zh" ? `\`${entry.id}\`（${entry.label.zh}）` : `${entry.id} (${entry.label.en})`)).join(language === "zh" ? "、" : ", ");
}

/**
 * The `unknown_award` issue for an award id a rulebook lacks (or for no id, when the rulebook has
 * no award of the kind asked), in both languages: the valid ids with their names, the nearest
 * first, and, when the id names an award of the other kind, which function evaluates it.
 *
 * @example
 * ```ts
 * unknownAwardIssue(compiled, "modelpost", "level").message;
 * // 'no award "modelpost" in rulebook model-post-000; did you mean model-post? (level awards: model-post (…))'
 * ```
 */
export function unknownAwardIssue(compiled: CompiledRulebook, given: unknown, kind: "level" | "scored"): Issue {
  const level = compiled.awards.map((entry) => ({ id: entry.award.id, label: entry.award.label }));
  const scored = compiled.scoredAwards.map((entry) => ({ id: entry.award.id, label: entry.award.label }));
  const wanted = kind === "level" ? level : scored;
  const other = kind === "level" ? scored : level;
  const rulebook = compiled.rulebook.id;
  const title = compiled.rulebook.title.zh;
  const near =
    typeof given === "string" && wanted.length > 0
      ? nearest(
          given,
          wanted.map((entry) => entry.id),
          1,
        )[0]
      : undefined;
  const otherKind = typeof given === "string" && other.some((entry) => entry.id === given);
  const kindEn = kind === "level" ? "level award" : "scored award";
  const kindZh = kind === "level" ? "分等级奖项" : "评分类奖项";
  const what =
    given === undefined
      ? { en: `rulebook ${rulebook} has no ${kindEn}`, zh: `《${title}》中没有${kindZh}` }
      : { en: `no ${kindEn} ${describeValue(given)} in rulebook ${rulebook}`, zh: `《${title}》中没有${kindZh}“${String(given)}”` };
  const instead = otherKind
    ? {
        en: `; ${String(given)} is a ${kind === "level" ? "scored" : "level"} award: evaluate it with ${kind === "level" ? "evaluateScored" : "evaluate"}`,
        zh: `；“${String(given)}”是${kind === "level" ? "评分类" : "分等级"}奖项，应换用相应的评定方式`,
      }
    : near !== undefined
      ? { en: `; did you mean ${near}?`, zh: `；是否要填 \`${near}\`？` }
      : { en: "", zh: "" };
  const otherEn = kind === "level" ? "scored award" : "level award";
  const otherZh = kind === "level" ? "评分类奖项" : "分等级奖项";
  const others =
    other.length > 0 && (wanted.length === 0 || otherKind)
      ? { en: `; its ${otherEn}s: ${idList(other, "en")}`, zh: `；其中的${otherZh}：${idList(other, "zh")}` }
      : { en: "", zh: "" };
  return {
    code: "unknown_award",
    path: ["award"],
    message: `${what.en}${instead.en} (${kindEn}s: ${idList(wanted, "en")}${others.en})`,
    zh: `${what.zh}${instead.zh}（可用的${kindZh}：${idList(wanted, "zh")}${others.zh}）`,
  };
}

/**
 * In Chinese, for an award id a rulebook lacks where either kind would do (a round, a list of
 * inputs): the rulebook's name, the nearest id, and every award with its name.
 *
 * @example
 * ```ts
 * unknownAnyAwardZh(compiled, "best-sweeper"); // "《…》中没有奖项“best-sweeper”；是否要填 `excellent-cleaner`？（可用的奖项：`excellent-cleaner`（优秀保洁员））"
 * ```
 */
export function unknownAnyAwardZh(compiled: CompiledRulebook, given: unknown): string {
  const awards = [...compiled.awards, ...compiled.scoredAwards].map((entry) => ({ id: entry.award.id, label: entry.award.label }));
  const near =
    typeof given === "string" && awards.length > 0
      ? nearest(
          given,
          awards.map((entry) => entry.id),
          1,
        )[0]
      : undefined;
  const what = given === undefined ? `《${compiled.rulebook.title.zh}》中没有奖项` : `《${compiled.rulebook.title.zh}》中没有奖项“${String(given)}”`;
  return `${what}${near === undefined ? "" : `；是否要填 \`${near}\`？`}（可用的奖项：${idList(awards, "zh")}）`;
}
