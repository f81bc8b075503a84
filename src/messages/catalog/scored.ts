import { defineMessage } from "../../text/defineMessage.js";
import type { Pair } from "./words.js";

/** What follows a scored result: the effects that apply, then those not yet known. */
type Follows = { effects: Pair[]; open: Pair[] };
const followsZh = (p: Follows): string[] => [...p.effects.map((effect) => effect.zh), ...(p.open.length > 0 ? [`尚未确定：${p.open.map((label) => label.zh).join("、")}`] : [])];
const followsEn = (p: Follows): string[] => [
  ...p.effects.map((effect) => effect.en),
  ...(p.open.length > 0 ? [`not yet known: ${p.open.map((label) => label.en).join(", ")}`] : []),
];
/** A score as read against the bands: rounded first where the rule file says so. */
const shown = (p: { score: number; read: number }, rounded: (read: number) => string): string => (p.read === p.score ? `${p.score}` : `${p.score}${rounded(p.read)}`);

/**
 * What is said of a scored evaluation: its summary (vetoed, refused, not eligible, the score and
 * grade and what follows), the grade bands, bonuses and consequences.
 *
 * @example
 * ```ts
 * SCORED_MESSAGES["grade.noBand"].zh({ score: 59 }); // "得分 59 不在任何等次范围内，不定等次"
 * ```
 */
export const SCORED_MESSAGES = {
  "scored.vetoed": defineMessage<{ vetoes: { label: Pair; citation: string }[] }>({
    en: (p) => `Vetoed: ${p.vetoes.map((veto) => `${veto.label.en} (${veto.citation})`).join("; ")}`,
    zh: (p) => `触发一票否决：${p.vetoes.map((veto) => `${veto.label.zh} (${veto.citation})`).join("；")}`,
  }),
  "scored.refused": defineMessage<{ reasons: Pair[] }>({
    en: (p) => `Refused: ${p.reasons.map((reason) => reason.en).join("; ")}`,
    zh: (p) => `不予受理：${p.reasons.map((reason) => reason.zh).join("；")}`,
  }),
  "scored.ineligible": defineMessage<{ award: Pair }>({ en: (p) => `Not eligible for ${p.award.en}.`, zh: (p) => `不符合${p.award.zh}参评条件。` }),
  "scored.score": defineMessage<{ award: Pair; score: number | null; rubric: number | null; bonus: number | null; grade: Pair | null; missingWords: Pair | null } & Follows>({
    en: (p) =>
      `${p.award.en}: score ${p.score ?? "?"}${p.rubric === null ? "" : ` (rubric ${p.rubric} + bonus ${p.bonus ?? "?"})`}${p.grade ? `; grade: ${p.grade.en}` : ""}${
        p.missingWords ? `; pending, still missing ${p.missingWords.en}` : ""
      }${followsEn(p)
        .map((text) => `; ${text}`)
        .join("")}.`,
    zh: (p) =>
      `${p.award.zh}：得分 ${p.score ?? "?"}${p.rubric === null ? "" : `（细则 ${p.rubric} + 附加 ${p.bonus ?? "?"}）`}${p.grade ? `；等次：${p.grade.zh}` : ""}${
        p.missingWords ? `；待定，尚缺${p.missingWords.zh}` : ""
      }${followsZh(p)
        .map((text) => `；${text}`)
        .join("")}。`,
  }),
  "scored.pendingUnscored": defineMessage<{ award: Pair; missingWords: Pair }>({
    en: (p) => `${p.award.en}: pending; pending, still missing ${p.missingWords.en}.`,
    zh: (p) => `${p.award.zh}：待定；待定，尚缺${p.missingWords.zh}。`,
  }),
  "scored.eligibleUnscored": defineMessage<{ award: Pair }>({
    en: (p) => `${p.award.en}: eligible; competes for the places.`,
    zh: (p) => `${p.award.zh}：符合参评条件，参与名额评定。`,
  }),
  "scored.followsUnscored": defineMessage<{ award: Pair; grade: Pair | null } & Follows>({
    en: (p) => `${p.award.en}: ${[...(p.grade ? [`grade: ${p.grade.en}`] : []), ...followsEn(p)].join("; ")}.`,
    zh: (p) => `${p.award.zh}：${[...(p.grade ? [`等次：${p.grade.zh}`] : []), ...followsZh(p)].join("；")}。`,
  }),
  "grade.band": defineMessage<{ score: number; read: number; printed: string; label: Pair; holds: boolean; citation: string }>({
    en: (p) => `score ${shown(p, (read) => ` (rounded to ${read})`)} is ${p.holds ? "" : "not "}in “${p.printed}”: ${p.label.en} ${p.holds ? "✓" : "✗"} (${p.citation})`,
    zh: (p) => `得分 ${shown(p, (read) => `（取整为 ${read}）`)}${p.holds ? "" : "不"}属“${p.printed}”：${p.label.zh} ${p.holds ? "✓" : "✗"} (${p.citation})`,
  }),
  "grade.noBand": defineMessage<{ score: number }>({ en: (p) => `score ${p.score} falls in no band: no grade`, zh: (p) => `得分 ${p.score} 不在任何等次范围内，不定等次` }),
  "grade.setTo": defineMessage<{ reason: Pair; grade: Pair }>({ en: (p) => `${p.reason.en} → grade set to ${p.grade.en}`, zh: (p) => `${p.reason.zh} → 等次定为${p.grade.zh}` }),
  "grade.vetoed": defineMessage<{ vetoes: string[]; grade: Pair; citation: string }>({
    en: (p) => `vetoed (${p.vetoes.join(", ")}): no other grade; graded ${p.grade.en} (${p.citation})`,
    zh: (p) => `一票否决（${p.vetoes.join("、")}）：不能评为其他等次，定为${p.grade.zh} (${p.citation})`,
  }),
  "bonus.deploymentSet": defineMessage<{ label: Pair; points: number | null; citation: string }>({
    en: (p) => `${p.label.en}: ${p.points === null ? "none awarded" : `${p.points} point(s) (points set by the deployment)`} (${p.citation})`,
    zh: (p) => `${p.label.zh}：${p.points === null ? "未加分" : `${p.points} 分（分值由实施单位确定）`} (${p.citation})`,
  }),
  "bonus.perUnit": defineMessage<{ label: Pair; read: Pair; pointsPerUnit: number; beforeCap: number | null; cap: number; afterCap: number | null; citation: string }>({
    en: (p) => `${p.label.en}: ${p.read.en}; ${p.pointsPerUnit} point(s) each = ${p.beforeCap ?? "?"}, capped at ${p.cap}: ${p.afterCap ?? "?"} (${p.citation})`,
    zh: (p) => `${p.label.zh}：${p.read.zh}，每件 ${p.pointsPerUnit} 分，计 ${p.beforeCap ?? "?"} 分，封顶 ${p.cap} 分，得 ${p.afterCap ?? "?"} 分 (${p.citation})`,
  }),
  "consequence.byGrade": defineMessage<{ label: Pair; grades: Pair[]; effect: Pair; status: "pass" | "fail" | "unknown"; citation: string }>({
    en: (p) => `${p.label.en}: when the grade is ${p.grades.map((grade) => grade.en).join(" or ")}, ${p.effect.en} ${MARKS[p.status]} (${p.citation})`,
    zh: (p) => `${p.label.zh}：等次为${p.grades.map((grade) => grade.zh).join("或")}时${p.effect.zh} ${MARKS[p.status]} (${p.citation})`,
  }),
} as const;

const MARKS = { pass: "✓", fail: "✗", unknown: "?" } as const;
