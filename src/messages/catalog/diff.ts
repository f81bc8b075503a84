import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

type Change = "added" | "removed" | "changed";
type NodeStatus = "pass" | "fail" | "unknown";
type Outcome = "qualified" | "notQualified" | "pendingReview" | "refused" | "notApplied";
type PlacementStatus = "placed" | "proposed" | "provisional" | "notPlaced" | "notApplied" | "refused" | "notQualified" | "pendingReview" | "vetoed" | "ineligible";
type Kind = "gained" | "lost" | "moved" | "provisional" | "other";

const CHANGE_ZH: Record<Change, string> = { added: "新增", removed: "删除", changed: "修改" };
const NODE_ZH: Record<NodeStatus, string> = { pass: "符合", fail: "不符合", unknown: "待定" };
const OUTCOME_ZH: Record<Outcome, string> = { qualified: "符合条件", notQualified: "不符合条件", pendingReview: "待审核", refused: "不予受理", notApplied: "未申报" };
const PLACEMENT_ZH: Record<PlacementStatus, string> = {
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
const KIND_ZH: Record<Kind, string> = { gained: "新入选", lost: "落选", moved: "等级变动", provisional: "暂定状态变动", other: "其他变动" };
const FIELD_ZH: Readonly<Record<string, string>> = {
  "quota.value": "名额",
  "reward.value": "奖励",
  value: "取值",
  operator: "比较方式",
  fact: "事实",
  "params.window": "时间范围",
  kind: "组合方式",
  children: "子条件",
  atLeast: "至少满足项数",
  years: "年数",
};
const FIELD_EN: Readonly<Record<string, string>> = { "quota.value": "quota", "reward.value": "reward" };
const STATUS_ZH = { final: "已确定", provisional: "暂定" } as const;
const ordinal = (position: number): string => {
  const tens = position % 100;
  return `${position}${tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][position % 10] ?? "th")}`;
};
const joined = (parts: string[], separator: string): string => parts.filter((part) => part !== "").join(separator);

/**
 * What `diff` says: the changed rule items with their values old → new, who moves and why (a deleted
 * condition as deleted), each person by name and id, the round's moves and each quota line with why
 * its places are empty.
 *
 * @example
 * ```ts
 * DIFF_MESSAGES["diff.value"].zh({ field: "名额", before: "3", after: "4" }); // "名额 3→4"
 * ```
 */
export const DIFF_MESSAGES = {
  "diff.header": defineMessage<{ file: string; items: string[] }>({
    en: (p) => `${p.file}: ${p.items.length} changed rule item(s): ${p.items.join(", ") || "none"}`,
    zh: (p) => `${p.file}：${p.items.length} 项规则有改动${p.items.length > 0 ? "：" : ""}${p.items.join("；")}`,
  }),
  "diff.item": defineMessage<{ change: Change; name: string; citation: string; values: string[] }>({
    en: (p) => `${p.change} ${p.name} (${p.citation})${p.values.length > 0 ? ` [${p.values.join(", ")}]` : ""}`,
    zh: (p) => `${CHANGE_ZH[p.change]}“${p.name}”（${p.citation}）${p.values.length > 0 ? `：${p.values.join("，")}` : ""}`,
  }),
  "diff.field": defineMessage<{ field: string }>({ en: (p) => FIELD_EN[p.field] ?? p.field, zh: (p) => FIELD_ZH[p.field] ?? `字段 ${codeSpan(p.field)}` }),
  "diff.value": defineMessage<{ field: string; before: string; after: string }>({
    en: (p) => `${p.field} ${p.before} → ${p.after}`,
    zh: (p) => `${p.field} ${p.before}→${p.after}`,
  }),
  "diff.absent": defineMessage({ en: () => "none", zh: () => "无" }),
  "diff.moved": defineMessage<{ moved: number; unchanged: number }>({
    en: (p) => `  ${p.moved} moved, ${p.unchanged} unchanged`,
    zh: (p) => `  ${p.moved} 人结论改变，${p.unchanged} 人不变`,
  }),
  "diff.person": defineMessage<{ id: string; name: string }>({ en: (p) => `${p.name} (${p.id})`, zh: (p) => `${p.name}（${p.id}）` }),
  "diff.outcome": defineMessage<{ status: Outcome; category?: string; level?: string }>({
    en: (p) => joined([p.status, p.category ?? "", p.level ?? ""], " "),
    zh: (p) => joined([OUTCOME_ZH[p.status], p.category ?? "", p.level ?? ""], " "),
  }),
  "diff.cause": defineMessage<{ name: string; change: Change; before?: NodeStatus; after?: NodeStatus }>({
    en: (p) => `${p.name} ${p.before ?? (p.change === "added" ? "added" : "-")}→${p.after ?? (p.change === "removed" ? "deleted" : "-")}`,
    zh: (p) =>
      `“${p.name}”${p.before === undefined ? (p.change === "added" ? "新增" : "未判定") : NODE_ZH[p.before]}→${p.after === undefined ? (p.change === "removed" ? "已删除" : "未判定") : NODE_ZH[p.after]}`,
  }),
  "diff.outcomeChange": defineMessage<{ person: string; before: string; after: string; causes: string[] }>({
    en: (p) => `  ${p.person}: ${p.before} → ${p.after}; because ${p.causes.join(", ") || "—"}`,
    zh: (p) => `  ${p.person}：${p.before} → ${p.after}；原因：${p.causes.join("；") || "—"}`,
  }),
  "diff.count": defineMessage<{ level: string; before: number; after: number }>({
    en: (p) => `  ${p.level}: ${p.before} → ${p.after}`,
    zh: (p) => `  ${p.level}：${p.before} 人 → ${p.after} 人`,
  }),
  "diff.round": defineMessage<{ changes: number; placedBefore: number; placedAfter: number; statusBefore: "final" | "provisional"; statusAfter: "final" | "provisional" }>({
    en: (p) => `  round: ${p.changes} placement(s) change; placed ${p.placedBefore} → ${p.placedAfter}; ${p.statusBefore} → ${p.statusAfter}`,
    zh: (p) => `  本轮：${p.changes} 人名次改变；入选 ${p.placedBefore} → ${p.placedAfter} 人；${STATUS_ZH[p.statusBefore]} → ${STATUS_ZH[p.statusAfter]}`,
  }),
  "diff.placement": defineMessage<{ status: PlacementStatus; level?: string; grade?: string }>({
    en: (p) => joined([p.status, p.level ?? "", p.grade ?? ""], " "),
    zh: (p) => joined([PLACEMENT_ZH[p.status], p.level ?? "", p.grade ?? ""], " "),
  }),
  "diff.roundCause": defineMessage<{ name: string; citation: string }>({ en: (p) => `${p.name} (${p.citation})`, zh: (p) => `“${p.name}”（${p.citation}）` }),
  "diff.placementChange": defineMessage<{ person: string; kind: Kind; before: string; after: string; causes: string[] }>({
    en: (p) => `  ${p.person}: ${p.kind}: ${p.before} → ${p.after}; because ${p.causes.join(", ") || "—"}`,
    zh: (p) => `  ${p.person}：${KIND_ZH[p.kind]}：${p.before} → ${p.after}；原因：${p.causes.join("；") || "—"}`,
  }),
  "diff.quotaLine": defineMessage<{ held: number; quota?: number; last?: string; rank?: number; of?: number; cutScore?: string; note?: string }>({
    en: (p) =>
      `${p.held} of ${p.quota ?? "∞"}${p.last === undefined ? "" : `, last placed ${p.last} (${ordinal(p.rank ?? 0)} of ${p.of})`}${p.cutScore === undefined ? "" : `, ${p.cutScore}`}${p.note === undefined ? "" : ` (${p.note})`}`,
    zh: (p) =>
      `${p.held}/${p.quota ?? "不限"}${p.last === undefined ? "" : `，最后入选 ${p.last}（第 ${p.rank} 名，共 ${p.of} 名）`}${p.cutScore === undefined ? "" : `，末位 ${p.cutScore} 分`}${p.note === undefined ? "" : `（${p.note}）`}`,
  }),
  "diff.noLine": defineMessage({ en: () => "—", zh: () => "无此名额" }),
  "diff.cut": defineMessage<{ key: string; before: string; after: string }>({
    en: (p) => `  ${p.key}: ${p.before} → ${p.after}`,
    zh: (p) => `  ${p.key}：${p.before} → ${p.after}`,
  }),
} as const;
