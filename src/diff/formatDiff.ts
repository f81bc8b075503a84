import type { Language } from "../compile/facts/types.js";
import { labelIndex } from "../evaluate/missingLabels.js";
import { OUTCOME_WORDS } from "../evaluate/words.js";
import type { BilingualText } from "../schema/primitives.js";
import type { Rulebook } from "../schema/rulebook.js";
import type { PlacementOutcome, RoundDiff } from "./diffRound.js";
import type { Outcome, RulebookDiff } from "./diffRulebooks.js";

/** Rule items by the ids a diff names them with: conditions, levels (`model-post.level-1`), round settings, windows, scales. */
export type DiffLabels = ReadonlyMap<string, BilingualText>;

const SETTINGS: Readonly<Record<string, BilingualText>> = {
  roundQuota: { zh: "每轮名额", en: "round quota" },
  allocation: { zh: "名额分配方式", en: "allocation" },
  applicationsPerPersonPerRound: { zh: "每人每轮申报次数", en: "applications per person per round" },
  calendar: { zh: "申报时间", en: "calendar" },
};

/**
 * The labels of every rule item two rulebooks hold, by the ids `changedItems` uses, for `formatDiff`.
 *
 * @example
 * ```ts
 * diffLabels(before.rulebook, after.rulebook).get("model-post.level-1")?.zh; // "优质服务示范岗 一级示范岗"
 * ```
 */
export function diffLabels(before: Rulebook, after: Rulebook): DiffLabels {
  const labels = new Map<string, BilingualText>();
  for (const rulebook of [after, before]) {
    labelIndex(rulebook, labels);
    for (const award of rulebook.awards) {
      for (const level of award.levels) {
        if (!labels.has(`${award.id}.level-${level.level}`))
          labels.set(`${award.id}.level-${level.level}`, { zh: `${award.label.zh} ${level.label.zh}`, en: `${award.label.en}, ${level.label.en}` });
        if (!labels.has(`level:${award.id}:${level.level}`)) labels.set(`level:${award.id}:${level.level}`, level.label);
      }
      for (const [key, words] of Object.entries(SETTINGS)) labels.set(`${award.id}.${key}`, { zh: `${award.label.zh} ${words.zh}`, en: `${award.label.en}, ${words.en}` });
    }
    for (const [name, window] of Object.entries(rulebook.windows)) labels.set(`window:${name}`, window.label);
    for (const name of Object.keys(rulebook.scales)) labels.set(`scale:${name}`, { zh: `等级量表“${name}”`, en: `scale ${name}` });
  }
  return labels;
}

const CHANGE_ZH = { added: "新增", removed: "删除", changed: "修改" } as const;
const PLACEMENT_ZH: Readonly<Record<string, string>> = {
  placed: "入选",
  proposed: "拟定",
  notPlaced: "未入选",
  provisional: "暂定",
  notApplied: "未申报",
  refused: "不予受理",
  notQualified: "不符合条件",
  pendingReview: "待审核",
  vetoed: "一票否决",
  ineligible: "不具备参评资格",
};

/** The places a quota line holds: given, or proposed awaiting the committee. */
const held = (quota: { placed: number; proposed?: number }): number => quota.placed + (quota.proposed ?? 0);
const KIND_ZH = { gained: "新入选", lost: "落选", moved: "等级变动", provisional: "暂定状态变动", other: "其他变动" } as const;
const NODE_ZH = { pass: "符合", fail: "不符合", unknown: "待定" } as const;

/** A cut key (`level 1`, `<unit> limit`, a grade bucket) and a cut (`last placed Q-03 (3rd of 5)`) in Chinese. */
function keyZh(key: string, levelName: (level: number) => string): string {
  const level = /^level (\d+)$/.exec(key);
  if (level) return levelName(Number(level[1]));
  if (key === "round") return "本轮合计";
  const limit = /^(.*) limit$/.exec(key);
  return limit ? `${limit[1]} 限额` : key;
}
function cutZh(cut: string): string {
  const last = /^last placed (.*) \((\d+)\w* of (\d+)\)$/.exec(cut);
  return last ? `最后入选 ${last[1]}（第 ${last[2]} 名，共 ${last[3]} 名）` : cut;
}

/**
 * One rulebook's diff in words, in Chinese or English: the changed rule items (by label in
 * Chinese, by id in English), who moves and because of which items, the counts per level, and,
 * with a round, who gains or loses a place and each cut.
 *
 * @example
 * ```ts
 * formatDiff("000-model-post.json", diff, "zh", diffLabels(before.rulebook, after.rulebook)).join("\n");
 * ```
 */
export function formatDiff(file: string, diff: RulebookDiff, language: Language, labels: DiffLabels = new Map()): string[] {
  if (language === "en") return formatEnglish(file, diff);
  const name = (id: string): string => labels.get(id)?.zh ?? id;
  const levelName = (number: number): string => labels.get(`level:${diff.awardId}:${number}`)?.zh ?? `第 ${number} 级`;
  const level = (category: string | null, number: number | null): string =>
    [category === null ? null : name(category), number === null ? null : levelName(number)].filter((part) => part !== null).join(" ");
  const say = (outcome: Outcome): string => [OUTCOME_WORDS[outcome.status].zh, level(outcome.category, outcome.level)].filter((part) => part !== "").join(" ");
  const lines = [
    `${file}：${diff.changedItems.length} 项规则有改动${diff.changedItems.length > 0 ? "：" : ""}${diff.changedItems.map((item) => `${CHANGE_ZH[item.change]}“${name(item.id)}”（${item.citation}）`).join("；")}`,
    `  ${diff.changes.length} 人结论改变，${diff.unchanged} 人不变`,
  ];
  for (const change of diff.changes) {
    const causes =
      change.causes.map((cause) => `“${name(cause.id)}”${cause.before === null ? "" : NODE_ZH[cause.before]}→${cause.after === null ? "" : NODE_ZH[cause.after]}`).join("；") ||
      "—";
    lines.push(`  ${change.recordId}：${say(change.before)} → ${say(change.after)}；原因：${causes}`);
  }
  for (const count of diff.counts.filter((entry) => entry.before !== entry.after)) lines.push(`  ${level(count.category, count.level)}：${count.before} 人 → ${count.after} 人`);
  if (diff.round) lines.push(...roundZh(diff.round, name, levelName));
  return lines;
}

function roundZh(round: RoundDiff, name: (id: string) => string, levelName: (level: number) => string): string[] {
  const status = { final: "已确定", provisional: "暂定" } as const;
  const say = (outcome: PlacementOutcome): string =>
    [PLACEMENT_ZH[outcome.status] ?? outcome.status, outcome.level === null ? null : levelName(outcome.level), outcome.grade === null ? null : name(outcome.grade)]
      .filter((part) => part !== null)
      .join(" ");
  const lines = [
    `  本轮：${round.changes.length} 人名次改变；入选 ${round.placed.before} → ${round.placed.after} 人；${status[round.status.before]} → ${status[round.status.after]}`,
  ];
  for (const change of round.changes) {
    lines.push(
      `  ${change.recordId}：${KIND_ZH[change.kind]}：${say(change.before)} → ${say(change.after)}；原因：${change.causes.map((cause) => `“${name(cause.id)}”（${cause.citation}）`).join("；") || "—"}`,
    );
  }
  for (const cut of round.cuts) {
    const show = (quota: RoundDiff["cuts"][number]["before"]): string =>
      quota === null ? "—" : `${held(quota)}/${quota.quota ?? "不限"}${quota.cut ? `，${cutZh(quota.cut)}` : ""}`;
    lines.push(`  ${keyZh(cut.key, levelName)}：${show(cut.before)} → ${show(cut.after)}`);
  }
  return lines;
}

function formatEnglish(file: string, diff: RulebookDiff): string[] {
  const lines = [
    `${file}: ${diff.changedItems.length} changed rule item(s): ${diff.changedItems.map((item) => `${item.change} ${item.id} (${item.citation})`).join(", ") || "none"}`,
    `  ${diff.changes.length} moved, ${diff.unchanged} unchanged`,
  ];
  for (const change of diff.changes) {
    const say = (outcome: Outcome): string => [outcome.status, outcome.category, outcome.level].filter((part) => part !== null).join(" ");
    lines.push(
      `  ${change.recordId}: ${say(change.before)} → ${say(change.after)}; because ${change.causes.map((cause) => `${cause.id} ${cause.before ?? "-"}→${cause.after ?? "-"}`).join(", ")}`,
    );
  }
  for (const count of diff.counts.filter((entry) => entry.before !== entry.after)) lines.push(`  ${count.category} level ${count.level}: ${count.before} → ${count.after}`);
  if (diff.round) {
    const round = diff.round;
    const say = (outcome: PlacementOutcome): string =>
      [outcome.status, outcome.level === null ? null : `level ${outcome.level}`, outcome.grade].filter((part) => part !== null).join(" ");
    lines.push(`  round: ${round.changes.length} placement(s) change; placed ${round.placed.before} → ${round.placed.after}; ${round.status.before} → ${round.status.after}`);
    for (const change of round.changes) {
      lines.push(
        `  ${change.recordId}: ${change.kind}: ${say(change.before)} → ${say(change.after)}; because ${change.causes.map((cause) => `${cause.id} (${cause.citation})`).join(", ") || "—"}`,
      );
    }
    for (const cut of round.cuts) {
      const show = (quota: RoundDiff["cuts"][number]["before"]): string => (quota === null ? "—" : `${held(quota)} of ${quota.quota ?? "∞"}${quota.cut ? `, ${quota.cut}` : ""}`);
      lines.push(`  ${cut.key}: ${show(cut.before)} → ${show(cut.after)}`);
    }
  }
  return lines;
}
