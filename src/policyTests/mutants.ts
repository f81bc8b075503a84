import type { Condition, BilingualText, Source, Rulebook } from "../schema/rulebookTypes.js";
import { checkRulebookJson } from "../door/doorRulebook.js";
import { stableJson } from "../text/stableJson.js";
import { refuse } from "../door/door.js";
import { changedZh, dayMovedZh, namedZh, operatorZh } from "./mutantWords.js";

/** One careless edit of a rule file: where, what it does, the clause it touches, and how to make and undo it. */
export interface Mutant {
  /** Where in the rule file, e.g. `awards.0.levels.0.quota.value`. */
  path: string;
  /** The rule item it touches (a condition's id, a window's name, a level…). */
  item: string;
  /** What the rule file calls that item (a condition's, window's, level's or component's label). */
  label: BilingualText;
  /** The edit: in English by keys and numbers (the equivalents file matches it), in Chinese in words naming the label and clause. */
  description: BilingualText;
  clause: string;
  /** Makes the edit in the rule file's JSON. */
  apply(): void;
  /** Takes the edit back. */
  undo(): void;
}

type Json = Record<string, unknown>;
/** A rule item a mutant touches: its id and its label. */
type Named = { readonly id: string; readonly label: BilingualText };

/** One step of a number: 1 for whole numbers, one unit of the last decimal place otherwise (0.12 → 0.01). */
function stepOf(value: number): number {
  if (Number.isInteger(value)) return 1;
  const decimals = (String(value).split(".")[1] ?? "").length;
  return 10 ** -decimals;
}

const round = (value: number): number => Math.round(value * 1e9) / 1e9;
const cite = (source: Source | undefined): string => (source === undefined ? "" : `${source.document} ${source.clause}`);

function shiftDay(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return moved.toISOString().slice(0, 10);
}

function shiftMonthDay(monthDay: string, days: number): string {
  return shiftDay(`2001-${monthDay}`, days).slice(5);
}

/**
 * Builds the careless edits a rule file could suffer, over one rulebook object (edited in place by
 * `apply`, restored by `undo`): every number one step up and down (thresholds, counts, window
 * lengths and dates, quotas, rewards, maxima, weights moved between two components, band edges,
 * pay constants), inclusive ↔ exclusive (operators and band bounds), `all` ↔ `any`, "at least k"
 * one up and down, and each option of an `any` removed.
 *
 * @example
 * ```ts
 * const mutants = mutantsOf(structuredClone(bundledRulebook().rulebook));
 * mutants.length; // hundreds
 * ```
 */
export function mutantsOf(rulebook: Rulebook): Mutant[] {
  // checked once as a rule file, with its defaults filled in (the mutants then edit the caller's own object)
  if (stableJson(checkRulebookJson(rulebook)) !== stableJson(rulebook)) {
    refuse(["rulebook"], "option.rulebookWithDefaults", {});
  }
  const mutants: Mutant[] = [];
  const set = (target: Json, key: string | number, value: unknown, path: string, item: Named, clause: string, description: BilingualText): void => {
    const before = (target as Record<string | number, unknown>)[key];
    mutants.push({
      path,
      item: item.id,
      label: item.label,
      clause,
      description,
      apply: () => void ((target as Record<string | number, unknown>)[key] = value),
      undo: () => void ((target as Record<string | number, unknown>)[key] = before),
    });
  };
  /** A number one step down and up; `whatZh` says it as the clause would (“名额 3”, “不少于 2”). */
  const numbers = (target: Json, key: string, path: string, item: Named, clause: string, what: string, whatZh: string): void => {
    const value = target[key];
    if (typeof value !== "number") return;
    const step = stepOf(value);
    for (const next of [round(value - step), round(value + step)]) {
      set(target, key, next, `${path}.${key}`, item, clause, { zh: changedZh(item.label, clause, `${whatZh} ${value}`, `${whatZh} ${next}`), en: `${what} ${value} → ${next}` });
    }
  };
  const ALL_ANY_ZH = { all: "全部满足", any: "满足其一" } as const;

  const condition = (node: Condition, path: string): void => {
    const clause = cite(node.source);
    const json = node as unknown as Json;
    if (node.all || node.any) {
      const [from, to] = node.all ? (["all", "any"] as const) : (["any", "all"] as const);
      const children = node[from] as Condition[];
      mutants.push({
        path,
        item: node.id,
        label: node.label,
        clause,
        description: { zh: changedZh(node.label, clause, ALL_ANY_ZH[from], ALL_ANY_ZH[to]), en: `${from} → ${to}` },
        apply: () => {
          delete json[from];
          json[to] = children;
        },
        undo: () => {
          delete json[to];
          json[from] = children;
        },
      });
      if (node.any && node.any.length > 1) {
        node.any.forEach((option, index) => {
          const without = children.filter((_, position) => position !== index);
          set(json, "any", without, `${path}.any`, node, clause, { zh: `删去${namedZh(node.label, clause)}的选项「${option.label.zh}」`, en: `option ${option.id} removed` });
        });
      }
    }
    if (node.atLeast !== undefined) numbers(json, "atLeast", path, node, clause, "atLeast", "至少满足的项数");
    const kids = [...(node.all ?? []), ...(node.any ?? []), ...(node.of ?? [])];
    const key = node.all ? "all" : node.any ? "any" : "of";
    kids.forEach((child, index) => condition(child, `${path}.${key}.${index}`));
    if (node.not) condition(node.not, `${path}.not`);
    if (node.fact === undefined) return;
    leafMutants(node, json, path, clause);
  };

  /** A leaf's edits: a strict bound made loose and back, its number one step either way, each filter bound moved. */
  const leafMutants = (node: Condition, json: Json, path: string, clause: string): void => {
    const flips: Record<string, string> = {
      greaterThanInclusive: "greaterThan",
      greaterThan: "greaterThanInclusive",
      lessThanInclusive: "lessThan",
      lessThan: "lessThanInclusive",
    };
    const flipped = node.operator === undefined ? undefined : flips[node.operator];
    const value = typeof node.value === "number" ? ` ${node.value}` : "";
    if (flipped)
      set(json, "operator", flipped, `${path}.operator`, node, clause, {
        zh: changedZh(node.label, clause, `${operatorZh(node.operator)}${value}`, `${operatorZh(flipped)}${value}`),
        en: `${node.operator} → ${flipped}`,
      });
    if (typeof node.value === "number") numbers(json, "value", path, node, clause, "value", operatorZh(node.operator) ?? "数值");
    if (node.operator === "appraisalPattern" && node.value !== null && typeof node.value === "object")
      numbers(node.value as Json, "minTimes", `${path}.value`, node, clause, "minTimes", "至少次数");
    const where = node.params?.where;
    if (where === null || typeof where !== "object" || Array.isArray(where)) return;
    for (const [field, test] of Object.entries(where)) {
      if (test !== null && typeof test === "object" && !Array.isArray(test)) whereMutants(test, field, node, `${path}.params.where.${field}`, clause);
    }
  };

  /** A filter's bounds: a number one step either way; a value on a scale, to its neighbours. */
  const whereMutants = (bound: Json, field: string, item: Named, path: string, clause: string): void => {
    for (const side of ["atLeast", "atMost"]) {
      const sideZh = `\`${field}\` ${side === "atLeast" ? "至少" : "至多"}`;
      if (typeof bound[side] === "number") numbers(bound, side, path, item, clause, `${field} ${side}`, sideZh);
      if (typeof bound[side] !== "string" || typeof bound.scale !== "string") continue;
      const entries = rulebook.scales[bound.scale]?.values ?? [];
      const scale = entries.map((entry) => entry.value);
      const at = scale.indexOf(bound[side]);
      const word = (value: string): string => entries.find((entry) => entry.value === value)?.label.zh ?? value;
      for (const next of [scale[at - 1], scale[at + 1]]) {
        if (next !== undefined && at >= 0)
          set(bound, side, next, `${path}.${side}`, item, clause, {
            zh: changedZh(item.label, clause, `${sideZh}${word(bound[side])}`, `${sideZh}${word(next)}`),
            en: `${field} ${side} ${String(bound[side])} → ${next}`,
          });
      }
    }
  };

  // A window no condition reads changes no outcome: its edits are not made.
  const read = new Set(
    JSON.stringify([rulebook.awards, rulebook.scoredAwards, rulebook.payRules])
      .match(/"window":"[^"]+"/g)
      ?.map((entry) => entry.slice(10, -1)) ?? [],
  );
  for (const [name, window] of Object.entries(rulebook.windows)) {
    if (!read.has(name)) continue;
    const json = window as unknown as Json;
    const clause = cite(window.source);
    const item = { id: `window:${name}`, label: window.label };
    if ("years" in window) numbers(json, "years", `windows.${name}`, item, clause, "years", "年数");
    for (const key of ["from", "to"]) {
      if (typeof json[key] !== "string") continue;
      for (const days of [-1, 1])
        set(json, key, shiftDay(json[key], days), `windows.${name}.${key}`, item, clause, {
          zh: dayMovedZh(window.label, clause, key === "from" ? "起始日" : "截止日", days),
          en: `${key} ${days > 0 ? "+" : "−"}1 day`,
        });
    }
  }
  rulebook.awards.forEach((award, a) => {
    const at = `awards.${a}`;
    const part = (id: string): Named => ({ id: `${award.id}.${id}`, label: award.label });
    award.levels.forEach((level, l) => {
      const item = { id: `${award.id}.level-${level.level}`, label: level.label };
      if (level.quota) numbers(level.quota, "value", `${at}.levels.${l}.quota`, item, cite(level.quota.source), `level ${level.level} quota`, "名额");
      if (level.reward) numbers(level.reward, "value", `${at}.levels.${l}.reward`, item, cite(level.reward.source), `level ${level.level} reward`, "奖励");
    });
    if (award.roundQuota) numbers(award.roundQuota, "value", `${at}.roundQuota`, part("roundQuota"), cite(award.roundQuota.source), "round quota", "每轮总名额");
    if (award.applicationsPerPersonPerRound) {
      const { source } = award.applicationsPerPersonPerRound;
      numbers(award.applicationsPerPersonPerRound, "value", `${at}.applicationsPerPersonPerRound`, part("applications"), cite(source), "applications per person", "每人每轮申报数");
    }
    const window = award.calendar?.applicationWindow as unknown as Json | undefined;
    for (const key of ["from", "to"]) {
      if (window === undefined) break;
      for (const days of [-1, 1]) {
        set(window, key, shiftMonthDay(window[key] as string, days), `${at}.calendar.applicationWindow.${key}`, part("calendar"), cite(award.calendar?.applicationWindow.source), {
          zh: dayMovedZh(award.label, cite(award.calendar?.applicationWindow.source), key === "from" ? "申报开始日" : "申报截止日", days),
          en: `application window ${key} ${days > 0 ? "+" : "−"}1 day`,
        });
      }
    }
    // each tree by its place in the rule file (the path a reader can follow), not by its id
    if (award.admission) condition(award.admission, `${at}.admission`);
    if (award.requirements) condition(award.requirements, `${at}.requirements`);
    award.categories.forEach((category, c) => {
      if (category.audience) condition(category.audience, `${at}.categories.${c}.audience`);
      category.levels.forEach((level, l) => condition(level.conditions, `${at}.categories.${c}.levels.${l}.conditions`));
    });
  });
  rulebook.scoredAwards.forEach((award, s) => {
    const at = `scoredAwards.${s}`;
    const part = (id: string, label: BilingualText = award.label): Named => ({ id: `${award.id}.${id}`, label });
    const trees: [Condition | undefined, string][] = [
      [award.audience, `${at}.audience`],
      [award.eligibility, `${at}.eligibility`],
      ...award.vetoes.map((veto, v): [Condition, string] => [veto, `${at}.vetoes.${v}`]),
      ...award.gradeCaps.map((cap, g): [Condition, string] => [cap.when, `${at}.gradeCaps.${g}.when`]),
      ...award.forcedGrades.map((forced, f): [Condition, string] => [forced.when, `${at}.forcedGrades.${f}.when`]),
      ...award.consequences.map((consequence, k): [Condition | undefined, string] => [consequence.when, `${at}.consequences.${k}.when`]),
    ];
    for (const [tree, path] of trees) if (tree) condition(tree, path);
    award.rubric?.sections.forEach((section, i) =>
      section.items.forEach((item, j) =>
        numbers(item, "max", `${at}.rubric.sections.${i}.items.${j}`, part(`item-${item.id}`, item.label), cite(item.source), `item ${item.id} max`, "满分"),
      ),
    );
    award.bonuses.forEach((bonus, b) => {
      if (bonus.kind !== "perUnit") return;
      numbers(bonus, "pointsPerUnit", `${at}.bonuses.${b}`, bonus, cite(bonus.source), "points per unit", "每项加分");
      numbers(bonus, "cap", `${at}.bonuses.${b}`, bonus, cite(bonus.source), "cap", "加分上限");
    });
    const components = award.composite?.components ?? [];
    components.forEach((component, i) => {
      numbers(component, "max", `${at}.composite.components.${i}`, part(component.id, component.label), cite(component.source), `${component.id} max`, "满分");
      const other = components[(i + 1) % components.length];
      if (other === undefined || other === component) return;
      const step = stepOf(component.weight);
      const [a, b] = [component, other];
      const [wa, wb] = [component.weight, other.weight];
      mutants.push({
        path: `${at}.composite.components.${i}.weight`,
        item: `${award.id}.${component.id}`,
        label: component.label,
        clause: cite(component.source),
        description: {
          zh: `将${namedZh(component.label, cite(component.source))}的权重加 ${step}、「${other.label.zh}」的权重减 ${step}`,
          en: `weight ${component.id} +${step}, ${other.id} −${step}`,
        },
        apply: () => {
          a.weight = round(wa + step);
          b.weight = round(wb - step);
        },
        undo: () => {
          a.weight = wa;
          b.weight = wb;
        },
      });
    });
    award.grades?.bands.forEach((band, i) => {
      for (const side of ["min", "max"] as const) {
        const bound = band[side] as unknown as Json | undefined;
        if (bound === undefined) continue;
        const path = `${at}.grades.bands.${i}.${side}`;
        const item = part(`band-${band.grade}`, band.label);
        const sideZh = side === "min" ? "分数下限" : "分数上限";
        numbers(bound, "value", path, item, cite(band.source), `${band.grade} ${side}`, sideZh);
        const inclusive = (yes: unknown): string => `${sideZh} ${String(bound.value)}（${yes === true ? "含" : "不含"}）`;
        set(bound, "inclusive", !bound.inclusive, `${path}.inclusive`, item, cite(band.source), {
          zh: changedZh(band.label, cite(band.source), inclusive(bound.inclusive), inclusive(!bound.inclusive)),
          en: `${band.grade} ${side} inclusive ↔ exclusive`,
        });
      }
    });
    const quota = award.quota as unknown as Json | undefined;
    if (quota && award.quota) {
      const clause = cite(award.quota.source);
      if (award.quota.kind === "count") numbers(quota, "value", `${at}.quota`, part("quota"), clause, "quota", "名额");
      if (award.quota.kind === "share") numbers(quota, "share", `${at}.quota`, part("quota"), clause, "share", "名额比例");
      if (award.quota.kind === "perCategory") {
        const categories = "categories" in award ? (award.categories as { id: string; label: BilingualText }[]) : [];
        award.quota.counts.forEach((count, i) => {
          const category = categories.find((entry) => entry.id === count.category)?.label.zh ?? `\`${count.category}\``;
          numbers(count, "value", `${at}.quota.counts.${i}`, part("quota"), clause, `${count.category} places`, `${category}名额`);
        });
      }
    }
    if (award.nomineesPerUnit)
      numbers(award.nomineesPerUnit, "value", `${at}.nomineesPerUnit`, part("nominees"), cite(award.nomineesPerUnit.source), "nominees per unit", "每单位推荐人数");
    if (award.prize) numbers(award.prize, "value", `${at}.prize`, part("prize"), cite(award.prize.source), "prize", "奖金");
  });
  rulebook.payRules.forEach((rule, p) => {
    rule.constants.forEach((constant, i) =>
      numbers(constant, "value", `payRules.${p}.constants.${i}`, { id: `${rule.id}.${constant.name}`, label: constant.label }, cite(constant.source), constant.name, "数值"),
    );
    if (rule.audience) condition(rule.audience, `payRules.${p}.audience`);
  });
  return mutants;
}
