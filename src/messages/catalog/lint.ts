import { codeList, codeSpan } from "../../text/codeSpan.js";
import { defineMessage, type JsonParam } from "../../text/defineMessage.js";
import { jsonText, valueZh } from "./words.js";

/** A leaf of a contradiction: its id, fact, operator and value, and whether it must not hold. */
type Leaf = { id: string; fact: string; operator: string; value: JsonParam; negated: boolean };

/** Leaves no record meets together (two), or one that admits no value. */
type Contradiction = { at: string; leaves: Leaf[] };

/** The tree a finding is in: a level of a category, or a condition of some role. */
type Subject = { role: string; root: string; level?: number; category?: string };

/** Why a lower level asks more than the level above it, as data (see `checkLevelOrder`). */
type Stricter =
  | { kind: "all"; count: number; higher: string; asks: number | null }
  | { kind: "atLeast"; atLeast: number; higher: string; asks: number }
  | { kind: "threshold"; operator: string; value: number; higher: string; has: number }
  | { kind: "window"; operator: string; window: string; years: number | null; higher: string; higherWindow: string; higherYears: number | null }
  | { kind: "minTimes"; times: number; rating: string; higher: string; asks: number }
  | { kind: "othersAtLeast"; rating: string; higher: string; asks: string };

const leafEn = (leaf: Leaf): string => `${leaf.negated ? "not " : ""}${leaf.id} (${leaf.fact} ${leaf.operator} ${JSON.stringify(leaf.value)})`;
const contradictionEn = (leaves: Leaf[]): string => (leaves.length === 1 ? `${leafEn(leaves[0] as Leaf)} admits no value` : leaves.map(leafEn).join(" contradicts "));
const subjectEn = (p: Subject): string => (p.role === "level" ? `level ${p.level} of category ${p.category} (${p.root})` : `${p.role} ${p.root}`);
const years = (count: number | null): string => (count === null ? "Infinity" : String(count));

/** Why a lower level is stricter, in English. */
function stricterEn(why: Stricter): string {
  switch (why.kind) {
    case "all":
      return `all of its ${why.count} items, where ${why.higher} asks ${why.asks === null ? "any one" : `at least ${why.asks}`}`;
    case "atLeast":
      return `at least ${why.atLeast} of its items, where ${why.higher} asks ${why.asks}`;
    case "threshold":
      return `${why.operator} ${why.value}, where ${why.higher} has ${why.has}`;
    case "window":
      return `${why.operator} over window ${why.window} (${years(why.years)} years), where ${why.higher} counts over ${why.higherWindow} (${years(why.higherYears)} years)`;
    case "minTimes":
      return `${why.times} × ${why.rating}, where ${why.higher} asks ${why.asks}`;
    default:
      return `every other rating at least ${why.rating}, where ${why.higher} asks ${why.asks}`;
  }
}

/** "… is used again": an id and where it was first. */
const usedAgain = (what: string, zh: string) =>
  defineMessage<{ id: string; first: string }>({ en: (p) => `${what} id ${p.id} is used again (first at ${p.first})`, zh: (p) => `${zh}编号 ${codeSpan(p.id)} 重复使用` });

/** The Chinese name of a list a rulebook declares. */
const DECLARED_ZH = { measure: "数据项", flag: "情况项" } as const;

/**
 * What `lintRulebook` says of a rule file: unknown names, ids used twice, citations that do not
 * cite, conditions no record can meet, a lower level stricter than the one above it.
 *
 * @example
 * ```ts
 * LINT_MESSAGES["lint.unknownFact"].zh({ fact: "serviceYears" }); // "引用了未定义的事实 `serviceYears`"
 * ```
 */
export const LINT_MESSAGES = {
  "lint.unknownFact": defineMessage<{ fact: string }>({ en: (p) => `unknown fact ${JSON.stringify(p.fact)}`, zh: (p) => `引用了未定义的事实 ${codeSpan(p.fact)}` }),
  "lint.unknownOperator": defineMessage<{ operator: string }>({
    en: (p) => `unknown operator ${JSON.stringify(p.operator)}`,
    zh: (p) => `使用了未定义的比较方式 ${codeSpan(p.operator)}`,
  }),
  "lint.unknownWindow": defineMessage<{ window?: JsonParam; defined: string[] }>({
    en: (p) => `unknown window ${jsonText(p.window)} (the rulebook defines ${p.defined.join(", ") || "none"})`,
    zh: (p) => `引用了未定义的时间范围 ${valueZh(p.window)}（规则中定义的：${codeList(p.defined, "无")}）`,
  }),
  "lint.unknownScale": defineMessage<{ scale?: JsonParam }>({ en: (p) => `unknown scale ${jsonText(p.scale)}`, zh: (p) => `引用了未定义的等级量表 ${valueZh(p.scale)}` }),
  "lint.undeclared": defineMessage<{ fact: "measure" | "flag"; item?: JsonParam }>({
    en: (p) => `${p.fact} ${jsonText(p.item)} is not declared in the rulebook's ${p.fact}s`,
    zh: (p) => `${DECLARED_ZH[p.fact]} ${valueZh(p.item)} 未在规则的${DECLARED_ZH[p.fact]}中声明`,
  }),
  "lint.conditionIdAgain": usedAgain("condition", "条件"),
  "lint.awardIdAgain": usedAgain("award", "奖项"),
  "lint.categoryTwice": defineMessage<{ award: string; id: string }>({
    en: (p) => `award ${p.award} has category ${p.id} twice`,
    zh: (p) => `类别编号 ${codeSpan(p.id)} 在同一奖项中出现两次`,
  }),
  "lint.levelTwice": defineMessage<{ owner: "award" | "category"; id: string; level: number }>({
    en: (p) => (p.owner === "award" ? `award ${p.id} defines level ${p.level} twice` : `category ${p.id} has level ${p.level} twice`),
    zh: (p) => `第 ${p.level} 级定义了两次`,
  }),
  "lint.noClause": defineMessage<{ who: string }>({ en: (p) => `${p.who} cites no clause`, zh: () => "未注明条款" }),
  "lint.otherDocument": defineMessage<{ who: string; cited: string; own: string }>({
    en: (p) => `${p.who} cites document ${p.cited}; this rulebook encodes document ${p.own}`,
    zh: (p) => `引用了文件 ${p.cited}，而本规则编码的是文件 ${p.own}`,
  }),
  "lint.cannotHold": defineMessage<{ subject: Subject; contradictions: Contradiction[] }>({
    en: (p) =>
      `${subjectEn(p.subject)} can never ${p.subject.role === "level" ? "be reached" : "hold"}: ${
        p.contradictions.map((entry) => `within ${entry.at}, ${contradictionEn(entry.leaves)}`).join("; ") || "no branch can hold"
      }`,
    zh: (p) => (p.subject.role === "level" ? "任何记录都无法达到此等级：其中有永远不能同时成立的条件" : "此条件永远不能成立"),
  }),
  "lint.deadBranch": defineMessage<{ at: string; subject: Subject; leaves: Leaf[] }>({
    en: (p) => `${p.at} in ${subjectEn(p.subject)} can never hold: ${contradictionEn(p.leaves)}; the tree still can through other branches`,
    zh: () => "此分支永远不能成立（整个条件仍可经其他分支成立）",
  }),
  "lint.lowerLevelStricter": defineMessage<{ lower: number; higher: number; category: string; id: string; why: Stricter }>({
    en: (p) =>
      `level ${p.lower} of category ${p.category} is stricter than level ${p.higher} at ${p.id}: ${p.id} asks ${stricterEn(p.why)}; a record can meet level ${p.higher} there and fail level ${p.lower}`,
    zh: (p) => `第 ${p.lower} 级在此处的要求比第 ${p.higher} 级更严：符合第 ${p.higher} 级的记录可能不符合第 ${p.lower} 级`,
  }),
  "lint.printed": defineMessage<{ text: { zh: string; en: string }; citation: string }>({
    en: (p) => `${p.text.en} (${p.citation})`,
    zh: (p) => `${p.text.zh}（${p.citation}）`,
  }),
  "lint.internal": defineMessage<{ text: string }>({ en: (p) => p.text, zh: (p) => `规则无法编译（${p.text}）` }),
} as const;
