import type { Language } from "../compile/facts/types.js";
import { OPERATORS } from "../compile/operators/index.js";
import { labelIndex } from "../evaluate/missingLabels.js";
import { messageText } from "../messages/registry.js";
import type { JsonValue, BilingualText, Rulebook } from "../schema/rulebookTypes.js";
import { codeSpan } from "../text/codeSpan.js";
import { stableJson } from "../text/stableJson.js";
import type { ChangedValue } from "./changedValues.js";
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

/** The places a quota line holds: given, or proposed awaiting the committee. */
const held = (quota: { placed: number; proposed?: number }): number => quota.placed + (quota.proposed ?? 0);
const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** How one diff is worded: in a language, with names for ids (in Chinese; English names items by id). */
class Wording {
  constructor(
    readonly language: Language,
    readonly labels: DiffLabels,
    readonly awardId: string,
  ) {}

  name(id: string): string {
    return this.language === "zh" ? (this.labels.get(id)?.zh ?? id) : id;
  }
  level(number: number): string {
    return this.language === "zh" ? (this.labels.get(`level:${this.awardId}:${number}`)?.zh ?? `第 ${number} 级`) : `level ${number}`;
  }
  /** A person by name and id; by id alone when the record gives no name. */
  person(id: string, name: string | null): string {
    return name === null ? id : messageText("diff.person", { id, name }, this.language);
  }

  /** A value of a rule item in words: an operator by its meaning, children by their names, a list or object as written. */
  value(field: string, value: JsonValue | null): string {
    if (value === null) return messageText("diff.absent", {}, this.language);
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (field === "operator" && typeof value === "string" && OPERATORS[value]) return OPERATORS[value].doc.meaning[this.language];
    if (field === "children" && Array.isArray(value))
      return value.map((id) => (this.language === "zh" ? `“${this.name(String(id))}”` : String(id))).join(this.language === "zh" ? "、" : ", ");
    const text = typeof value === "string" ? value : stableJson(value);
    return this.language === "zh" ? codeSpan(text) : text;
  }
  changedValue(change: ChangedValue): string {
    const field = messageText("diff.field", { field: change.field }, this.language);
    return messageText("diff.value", { field, before: this.value(change.field, change.before), after: this.value(change.field, change.after) }, this.language);
  }

  outcome(outcome: Outcome): string {
    const category = outcome.category === null ? undefined : this.name(outcome.category);
    const level = outcome.level === null ? undefined : this.language === "zh" ? this.level(outcome.level) : String(outcome.level);
    return messageText("diff.outcome", { status: outcome.status, category, level }, this.language);
  }
  placement(outcome: PlacementOutcome): string {
    const grade = outcome.grade === null ? undefined : this.name(outcome.grade);
    return messageText("diff.placement", { status: outcome.status, level: outcome.level === null ? undefined : this.level(outcome.level), grade }, this.language);
  }

  /** A quota line: places held of the quota, where the cut fell, and why places are empty. */
  quotaLine(quota: RoundDiff["cuts"][number]["before"]): string {
    if (quota === null) return messageText("diff.noLine", {}, this.language);
    const last = quota.cut === null ? null : /^last placed (.*) \((\d+)\w* of (\d+)\)$/.exec(quota.cut);
    const cut = last ? { last: last[1] as string, rank: Number(last[2]), of: Number(last[3]) } : quota.cut === null ? {} : { cutScore: quota.cut };
    return messageText("diff.quotaLine", { held: held(quota), quota: given(quota.quota), ...cut, note: quota.note?.[this.language] }, this.language);
  }
}

/**
 * One rulebook's diff in words, in Chinese or English (through the message catalog): the changed
 * rule items with each changed value old → new (by label in Chinese, by id in English), who moves —
 * by name and id — and because of which items (a deleted condition said deleted), the counts per
 * level, and, with a round, who gains or loses a place and each quota line, with why its places are
 * empty.
 *
 * @example
 * ```ts
 * formatDiff("000-model-post.json", diff, "zh", diffLabels(before.rulebook, after.rulebook)).join("\n");
 * ```
 */
export function formatDiff(file: string, diff: RulebookDiff, language: Language, labels: DiffLabels = new Map()): string[] {
  const say = new Wording(language, labels, diff.awardId);
  const items = diff.changedItems.map((item) =>
    messageText("diff.item", { change: item.change, name: say.name(item.id), citation: item.citation, values: item.values.map((value) => say.changedValue(value)) }, language),
  );
  const lines = [messageText("diff.header", { file, items }, language), messageText("diff.moved", { moved: diff.changes.length, unchanged: diff.unchanged }, language)];
  for (const change of diff.changes) {
    const causes = change.causes.map((cause) =>
      messageText("diff.cause", { name: say.name(cause.id), change: cause.change, before: given(cause.before), after: given(cause.after) }, language),
    );
    const person = say.person(change.recordId, change.name);
    lines.push(messageText("diff.outcomeChange", { person, before: say.outcome(change.before), after: say.outcome(change.after), causes }, language));
  }
  for (const count of diff.counts.filter((entry) => entry.before !== entry.after)) {
    const level = language === "zh" ? `${say.name(count.category)} ${say.level(count.level)}` : `${count.category} level ${count.level}`;
    lines.push(messageText("diff.count", { level, before: count.before, after: count.after }, language));
  }
  if (diff.round) lines.push(...roundLines(diff.round, say));
  return lines;
}

function roundLines(round: RoundDiff, say: Wording): string[] {
  const { language } = say;
  const lines = [
    messageText(
      "diff.round",
      { changes: round.changes.length, placedBefore: round.placed.before, placedAfter: round.placed.after, statusBefore: round.status.before, statusAfter: round.status.after },
      language,
    ),
  ];
  for (const change of round.changes) {
    const causes = change.causes.map((cause) => messageText("diff.roundCause", { name: say.name(cause.id), citation: cause.citation }, language));
    const person = say.person(change.recordId, change.name);
    lines.push(messageText("diff.placementChange", { person, kind: change.kind, before: say.placement(change.before), after: say.placement(change.after), causes }, language));
  }
  for (const cut of round.cuts) {
    const line = cut.after ?? cut.before;
    const key = language === "zh" ? (line?.label.zh ?? cut.key) : cut.key;
    lines.push(messageText("diff.cut", { key, before: say.quotaLine(cut.before), after: say.quotaLine(cut.after) }, language));
  }
  return lines;
}
