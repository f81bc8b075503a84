import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/** The review pages' fixed phrases (no values in them), in Chinese; the English is the phrase as written. */
const PHRASES_ZH: Readonly<Record<string, string>> = {
  none: "无",
  everyone: "全体人员",
  "not stated": "未规定",
  "after the round": "评选之后",
  "none: the award has no calendar (no application window is checked)": "无：该奖项没有日程（不检查申报时间）",
  "who competes: everyone given to the round (default)": "参评人员：交给本轮评选的全部人员（默认）",
  "who competes: applicants only (a record without an application for the award does not compete)": "参评人员：仅限申报者（未申报该奖项的记录不参评）",
  "who competes: everyone put forward by their unit": "参评人员：各单位推荐的全部人员",
  "the committee: breaks ties at a cut only (default)": "评审委员会：仅在名额线上出现并列时裁定（默认）",
  "quota: none (no limit)": "名额：无（不限）",
  "reward: none": "奖励：无",
  "round quota: none (the levels' quotas only)": "本轮名额：无（仅各等级名额）",
  "allocation: default — ranked by committee rank; ties are left to the committee; a full level's qualifier is placed at a lower level they pass":
    "名额分配：默认——按评审委员会排名排序；并列由评审委员会裁定；某一等级名额已满时，符合者安排到其符合的较低等级",
  "application limit: default, 1 a person a round": "申报限额：默认，每人每轮 1 项",
  "applications per department: the number the deployment sets each year (cohort option departmentLimits)": "每个部门的申报数：由每年的部署规定（评选选项 `departmentLimits`）",
  "(not defined by the award)": "（该奖项未定义）",
  "(not a window of this rulebook)": "（本规则文件没有这个时间范围）",
  "(the rule file gives no Chinese)": "（规则文件未给出中文说明）",
  "any score": "任意分数",
};

/** The Chinese of the things a page names: `level award`, `quota`… (the English is the word as written). */
const THINGS_ZH: Readonly<Record<string, string>> = {
  "level award": "分级奖项",
  category: "类别",
  "pay rule": "计酬规则",
  measure: "计量项",
  flag: "是否项",
  team: "班组",
  department: "部门",
  serviceUnit: "服务单位",
  quota: "名额",
  reward: "奖励",
  "round quota": "本轮名额",
  allocation: "名额分配",
  "application limit": "申报限额",
  "nominees per unit": "每个单位推荐人数",
  prize: "奖金",
  "applications per candidate": "每名候选人申报数",
};

const PHRASE_KEYS = Object.keys(PHRASES_ZH);

/** A list of items as Chinese reads it. */
const joinZh = (items: readonly string[]): string => items.join("、");

const WINDOW_EN = (p: WindowParams): string => {
  switch (p.kind) {
    case "yearsUpToAsOf":
      return `the ${p.years === 1 ? "year" : `${p.years} years`} up to the as-of date`;
    case "calendarYearsBeforeRound":
      return p.years === 1 ? "the calendar year before the round's year" : `the ${p.years} calendar years before the round's year`;
    case "untilAsOf":
      return "everything dated on or before the as-of date";
    case "calendarYearOfAsOf":
      return "the calendar year of the as-of date";
    case "academicYear":
      return `the school year containing the as-of date, starting on ${p.startsOn}`;
    case "fixedDates":
      return `${p.from} to ${p.to}, both included`;
  }
  return p.kind;
};

const WINDOW_ZH = (p: WindowParams): string => {
  switch (p.kind) {
    case "yearsUpToAsOf":
      return `截至评审日的 ${p.years} 年`;
    case "calendarYearsBeforeRound":
      return p.years === 1 ? "本轮年度的前一个自然年" : `本轮年度之前的 ${p.years} 个自然年`;
    case "untilAsOf":
      return "评审日及以前的全部记录";
    case "calendarYearOfAsOf":
      return "评审日所在的自然年";
    case "academicYear":
      return `评审日所在的学年，自 ${p.startsOn} 起`;
    case "fixedDates":
      return `${p.from} 至 ${p.to}，含首尾两日`;
  }
  return p.kind;
};

/** What a window's wording needs: its kind (in a code span) and its extent; dates come as code spans. */
type WindowParams = {
  kind: string;
  kindCode: string;
  years: number;
  startsOn: string;
  from: string;
  to: string;
};

const OPERATORS: Readonly<Record<string, readonly [string, string]>> = {
  in: ["is one of", "为下列之一："],
  notIn: ["is none of", "不为下列任何一个："],
  contains: ["contains", "包含"],
  doesNotContain: ["does not contain", "不包含"],
  countAtLeast: ["count ≥", "条数 ≥"],
  countAtMost: ["count ≤", "条数 ≤"],
};

const RANK_KEYS: Readonly<Record<string, readonly [string, string]>> = {
  score: ["score (highest first)", "得分（从高到低）"],
  committeeRank: ["committee rank", "评审委员会排名"],
  recordId: ["record id", "记录编号"],
};

const ROUNDING: Readonly<Record<string, readonly [string, string]>> = {
  floor: ["rounded down", "向下取整"],
  ceil: ["rounded up", "向上取整"],
  roundHalfUp: ["rounded half up", "四舍五入"],
};

const REVIEWS_DUE: Readonly<Record<string, readonly [string, string]>> = {
  calendar: ["on the calendar's review dates", "按日程规定的复查日期"],
  eachSemester: ["once a semester", "每学期一次"],
  irregular: ["at no set time (irregular re-checks)", "不定期（不定期抽查）"],
};

const ofYearEn = (offset: number): string => (offset === 0 ? "of the round's year" : `of the round's year + ${offset}`);
const ofYearZh = (day: string, offset: number): string => (offset === 0 ? `本轮年度的 ${day}` : `本轮年度后第 ${offset} 年的 ${day}`);

/** Labels and ids come to these messages already written (code spans, labels in the page's language). */
type Named = { id: string; label: string };

/**
 * The words of a review page's clauses (`award-rules render`): conditions, windows, deadlines,
 * quotas, the citation's quote and reading, levels, rubrics and pay rules. Ids, labels and values
 * come in already written in the page's language.
 *
 * @example
 * ```ts
 * REVIEW_PAGE_MESSAGES["page.quote"].zh({ quote: "示范岗" }); // "原文：“示范岗”"
 * ```
 */
export const REVIEW_PAGE_MESSAGES = {
  "page.phrase": defineMessage<{ phrase: string }>({ en: (p) => p.phrase, zh: (p) => (PHRASE_KEYS.includes(p.phrase) ? (PHRASES_ZH[p.phrase] as string) : p.phrase) }),
  "page.quote": defineMessage<{ quote: string }>({ en: (p) => `quote: “${p.quote}”`, zh: (p) => `原文：“${p.quote}”` }),
  "page.reading": defineMessage<{ text: string }>({ en: (p) => `reading: ${p.text}`, zh: (p) => `理解：${p.text}` }),
  "page.reason": defineMessage<{ text: string }>({ en: (p) => `reason: ${p.text}`, zh: (p) => `理由：${p.text}` }),
  "page.alternative": defineMessage<{ text: string }>({ en: (p) => `alternative: ${p.text}`, zh: (p) => `其他理解：${p.text}` }),
  "page.node": defineMessage<Named & { kind: "all" | "any" | "not" | "of"; atLeast: string }>({
    en: (p) => `${p.id} **${{ all: "all of", any: "any of", not: "not", of: `at least ${p.atLeast} of` }[p.kind]}**: ${p.label}`,
    zh: (p) => `${p.id} **${{ all: "全部满足", any: "满足其一", not: "不得", of: `至少满足 ${p.atLeast} 项` }[p.kind]}**：${p.label}`,
  }),
  "page.test": defineMessage<{ leaf: string }>({ en: (p) => `test: ${p.leaf}`, zh: (p) => `判断：${p.leaf}` }),
  "page.leaf": defineMessage<{ fact: string; test: string }>({ en: (p) => `${p.fact}: ${p.test}`, zh: (p) => `${p.fact}：${p.test}` }),
  "page.windowParam": defineMessage<{ name: string; label: string | undefined }>({
    en: (p) => `window ${p.name}${p.label === undefined ? " (not a window of this rulebook)" : ` (${p.label})`}`,
    zh: (p) => `时间范围 ${p.name}${p.label === undefined ? "（本规则文件没有这个时间范围）" : `（${p.label}）`}`,
  }),
  "page.itemParam": defineMessage<{ item: string }>({ en: (p) => `item ${p.item}`, zh: (p) => `条目 ${p.item}` }),
  "page.where": defineMessage<{ tests: string[] }>({ en: (p) => `where ${p.tests.join(" and ")}`, zh: (p) => `限于 ${p.tests.join("，且 ")}` }),
  "page.param": defineMessage<{ name: string; code: string; value: string }>({ en: (p) => `${p.name} = ${p.value}`, zh: (p) => `参数 ${p.code} = ${p.value}` }),
  "page.path": defineMessage<{ path: string }>({ en: (p) => `path ${p.path}`, zh: (p) => `路径 ${p.path}` }),
  "page.fieldOneOf": defineMessage<{ field: string; code: string; values: string }>({
    en: (p) => `${p.field} is one of ${p.values}`,
    zh: (p) => `字段 ${p.code} 为下列之一：${p.values}`,
  }),
  "page.fieldBound": defineMessage<{ field: string; code: string; atLeast: boolean; bound: string; scale: string | undefined }>({
    en: (p) => `${p.field} ${p.atLeast ? "at least" : "at most"} ${p.bound}${p.scale === undefined ? "" : ` on scale ${p.scale}`}`,
    zh: (p) => `字段 ${p.code} ${p.atLeast ? "不低于" : "不高于"} ${p.bound}${p.scale === undefined ? "" : `（量表 ${p.scale}）`}`,
  }),
  "page.fieldIs": defineMessage<{ field: string; code: string; equals: boolean; value: string }>({
    en: (p) => `${p.field}${p.equals ? " =" : ""} ${p.value}`,
    zh: (p) => `字段 ${p.code}${p.equals ? " =" : " 满足"} ${p.value}`,
  }),
  "page.operator": defineMessage<{ operator: string; values: string }>({
    en: (p) => `${OPERATORS[p.operator]?.[0] ?? p.operator} ${p.values}`,
    zh: (p) => `${OPERATORS[p.operator]?.[1] ?? p.operator} ${p.values}`,
  }),
  "page.withinRoundWindow": defineMessage<{ value: string; from: string | undefined; to: string | undefined }>({
    en: (p) => `within the round's ${p.value}${p.from === undefined ? "" : ` (${p.from} to ${p.to} of the round's year)`}`,
    zh: (p) => `在本轮的 ${p.value} 之内${p.from === undefined ? "" : `（本轮年度的 ${p.from} 至 ${p.to}）`}`,
  }),
  "page.appraisalPattern": defineMessage<{ minTimes: string; rating: string; latest: boolean; others: string; scale: string }>({
    en: (p) =>
      `at least ${p.minTimes} × ${p.rating} or better${p.latest ? ", including the window's latest year" : ""}; every other rating at least ${p.others} (scale ${p.scale})`,
    zh: (p) => `至少 ${p.minTimes} 次 ${p.rating} 或更好${p.latest ? "，且须包括时间范围内的最近一年" : ""}；其余各次评价不低于 ${p.others}（量表 ${p.scale}）`,
  }),
  "page.deadlineBy": defineMessage<{ date: string; time: string | undefined }>({
    en: (p) => `by ${p.time === undefined ? "" : `${p.time} on `}${p.date}`,
    zh: (p) => `${p.date}${p.time === undefined ? "" : ` ${p.time}`} 前`,
  }),
  "page.deadlineWithin": defineMessage<{ amount: string }>({ en: (p) => `within ${p.amount}`, zh: (p) => `${p.amount}内` }),
  "page.allocation": defineMessage<{ ranking: string[]; whenFull: string; lower: boolean }>({
    en: (p) =>
      `ranked by ${p.ranking.map((key) => RANK_KEYS[key]?.[0] ?? key).join(", then ")}; when a level is full (${p.whenFull}): ${p.lower ? "placed at the highest lower level they also qualify for that has room" : "left out"}`,
    zh: (p) =>
      `按${p.ranking.map((key) => RANK_KEYS[key]?.[1] ?? key).join("，其次按")}排序；某一等级名额已满时（${p.whenFull}）：${p.lower ? "安排到其同样符合且仍有名额的最高一个较低等级" : "不予安排"}`,
  }),
  "page.window": defineMessage<WindowParams>({ en: (p) => `${WINDOW_EN(p)} (${p.kindCode})`, zh: (p) => `${WINDOW_ZH(p)}（${p.kindCode}）` }),
  "page.share": defineMessage<{ percent: number; of: string; per: string | undefined; rounding: string; roundingCode: string }>({
    en: (p) => `${p.percent}% of ${p.of}${p.per === undefined ? "" : ` per ${p.per}`}, ${ROUNDING[p.rounding]?.[0] ?? p.rounding} (${p.roundingCode})`,
    zh: (p) => `${p.of}的 ${p.percent}%${p.per === undefined ? "" : `（按 ${p.per} 分别计算）`}，${ROUNDING[p.rounding]?.[1] ?? p.rounding}（${p.roundingCode}）`,
  }),
  "page.bounds": defineMessage<{ lower: string; upper: string }>({ en: (p) => `${p.lower}score${p.upper}`, zh: (p) => `${p.lower}得分${p.upper}` }),
  "page.applicationWindow": defineMessage<{ from: string; to: string }>({
    en: (p) => `application window: ${p.from} to ${p.to} of the round's year`,
    zh: (p) => `申报时间：本轮年度的 ${p.from} 至 ${p.to}`,
  }),
  "page.reviewBy": defineMessage<{ day: string }>({ en: (p) => `review and publication by ${p.day} of the round's year`, zh: (p) => `评审与公示：本轮年度的 ${p.day} 前完成` }),
  "page.demonstration": defineMessage<{ from: string; to: string; offset: number }>({
    en: (p) => `demonstration period: ${p.from} of the round's year to ${p.to} ${ofYearEn(p.offset)}`,
    zh: (p) => `示范期：本轮年度的 ${p.from} 至${ofYearZh(p.to, p.offset)}`,
  }),
  "page.halfYearReviews": defineMessage<{ dates: { day: string; offset: number }[] }>({
    en: (p) => `half-year reviews due: ${p.dates.map((date) => `${date.day} ${ofYearEn(date.offset)}`).join("; ")}`,
    zh: (p) => `半年复查日期：${p.dates.map((date) => ofYearZh(date.day, date.offset)).join("；")}`,
  }),
  "page.participants": defineMessage<{ field: string; kind: string }>({
    en: (p) => `participants: the record's ${p.field} names one of the rulebook's organisations of kind ${p.kind}; others are refused`,
    zh: (p) => `参评单位：记录的 ${p.field} 须为本规则文件中类型为 ${p.kind} 的单位之一；其他的不予受理`,
  }),
  "page.committee": defineMessage<{ body: string; approval: boolean }>({
    en: (p) =>
      `the committee (${p.body}) decides: ${p.approval ? "it approves each place the round proposes" : "it selects among the eligible the round proposes"}; the round is final once its decisions are given`,
    zh: (p) => `评审委员会（${p.body}）决定：${p.approval ? "逐一审批本轮提出的名额" : "从本轮提出的符合条件者中选定"}；作出决定后本轮评选即为最终结果`,
  }),
  "page.reviews": defineMessage<{ due: string }>({ en: (p) => `reviews: ${REVIEWS_DUE[p.due]?.[0] ?? p.due}`, zh: (p) => `复查：${REVIEWS_DUE[p.due]?.[1] ?? p.due}` }),
  "page.failedReview": defineMessage<{ revoke: boolean; bar: boolean }>({
    en: (p) => `a failed review: ${p.revoke ? "the title is revoked" : "the title is kept"}${p.bar ? "; barred from the next round" : ""}`,
    zh: (p) => `复查不合格：${p.revoke ? "撤销称号" : "保留称号"}${p.bar ? "；不得参加下一轮评选" : ""}`,
  }),
  "page.reviewEffect": defineMessage<{ passed: boolean; effect: string }>({
    en: (p) => `${p.passed ? "a passed review" : "a review that finds problems"}: ${p.effect}`,
    zh: (p) => `${p.passed ? "复查合格" : "复查发现问题"}：${p.effect}`,
  }),
  "page.vacancies": defineMessage<{ refill: boolean }>({
    en: (p) => `a place left empty ${p.refill ? "is filled again" : "is not filled again"}`,
    zh: (p) => `空出的名额${p.refill ? "予以递补" : "不再递补"}`,
  }),
  "page.named": defineMessage<{ what: string; id: string; label: string }>({
    en: (p) => `${p.what} ${p.id}${p.label === "" ? "" : ` ${p.label}`}`,
    zh: (p) => `${THINGS_ZH[p.what] ?? codeSpan(p.what)} ${p.id}${p.label === "" ? "" : ` ${p.label}`}`,
  }),
  "page.level": defineMessage<{ level: number; label: string }>({ en: (p) => `level ${p.level}: ${p.label}`, zh: (p) => `第 ${p.level} 级：${p.label}` }),
  "page.amountOf": defineMessage<{ what: string; amount: string }>({ en: (p) => `${p.what}: ${p.amount}`, zh: (p) => `${THINGS_ZH[p.what] ?? codeSpan(p.what)}：${p.amount}` }),
  "page.effect": defineMessage<Named & { effect: string }>({ en: (p) => `${p.id} ${p.label}: ${p.effect}`, zh: (p) => `${p.id} ${p.label}：${p.effect}` }),
  "page.deadline": defineMessage<Named & { text: string }>({ en: (p) => `deadline ${p.id} ${p.label}: ${p.text}`, zh: (p) => `时限 ${p.id} ${p.label}：${p.text}` }),
  "page.printedVersus": defineMessage<{ printed: number | undefined; computed: number }>({
    en: (p) =>
      p.printed === undefined
        ? `items add up to ${p.computed}`
        : p.printed === p.computed
          ? `printed ${p.printed}, items add up to ${p.computed}`
          : `printed ${p.printed}, but the items add up to ${p.computed} ⚠`,
    zh: (p) =>
      p.printed === undefined ? `各项合计 ${p.computed}` : p.printed === p.computed ? `原文 ${p.printed}，各项合计 ${p.computed}` : `原文 ${p.printed}，但各项合计 ${p.computed} ⚠`,
  }),
  "page.rubricItem": defineMessage<Named & { max: number }>({ en: (p) => `item ${p.id} ${p.label}: max ${p.max}`, zh: (p) => `评分项 ${p.id} ${p.label}：满分 ${p.max}` }),
  "page.rubricSection": defineMessage<Named & { text: string }>({ en: (p) => `section ${p.id} ${p.label}: ${p.text}`, zh: (p) => `部分 ${p.id} ${p.label}：${p.text}` }),
  "page.rubric": defineMessage<{ text: string }>({ en: (p) => `rubric: ${p.text}`, zh: (p) => `评分细则：${p.text}` }),
  "page.bonusSet": defineMessage<Named>({
    en: (p) => `bonus ${p.id} ${p.label}: points set by the deployment (the document prints none)`,
    zh: (p) => `加分项 ${p.id} ${p.label}：分值由部署规定（原文未写明）`,
  }),
  "page.bonusCounted": defineMessage<Named & { points: number; counted: string; cap: number }>({
    en: (p) => `bonus ${p.id} ${p.label}: +${p.points} per item of ${p.counted}, at most ${p.cap}`,
    zh: (p) => `加分项 ${p.id} ${p.label}：${p.counted} 每条加 ${p.points} 分，最多 ${p.cap} 分`,
  }),
  "page.grade": defineMessage<{ grade: string; label: string | undefined }>({
    en: (p) => `${p.grade} (${p.label ?? "not a band of this award"})`,
    zh: (p) => `${p.grade}（${p.label ?? "不是本奖项的等次"}）`,
  }),
  "page.scoredAward": defineMessage<{ id: string; kind: string }>({
    en: (p) => `scored award ${p.id}; candidates: ${p.kind}`,
    zh: (p) => `评分类奖项 ${p.id}；参评对象：${p.kind}`,
  }),
  "page.vetoed": defineMessage<{ grade: string }>({ en: (p) => `a vetoed candidate is graded ${p.grade}`, zh: (p) => `被一票否决者定为 ${p.grade}` }),
  "page.composite": defineMessage<{ total: number }>({ en: (p) => `weighted composite: weights add up to ${p.total}`, zh: (p) => `加权综合得分：权重合计 ${p.total}` }),
  "page.component": defineMessage<Named & { weight: number; max: number }>({
    en: (p) => `component ${p.id} ${p.label}: weight ${p.weight}, max ${p.max}`,
    zh: (p) => `组成部分 ${p.id} ${p.label}：权重 ${p.weight}，满分 ${p.max}`,
  }),
  "page.grades": defineMessage<{ rounded: boolean }>({
    en: (p) => `grade bands, highest first; the score is ${p.rounded ? "rounded half up to a whole point" : "read as it is (not rounded)"} before the bands are read`,
    zh: (p) => `等次分档，从高到低；对照分档前，得分${p.rounded ? "四舍五入到整数" : "按原值读取（不取整）"}`,
  }),
  "page.band": defineMessage<{ grade: string; bounds: string; printed: string }>({
    en: (p) => `${p.grade}: ${p.bounds}; printed “${p.printed}”`,
    zh: (p) => `${p.grade}：${p.bounds}；原文“${p.printed}”`,
  }),
  "page.cap": defineMessage<Named & { grade: string }>({
    en: (p) => `cap ${p.id} ${p.label}: at best ${p.grade} when`,
    zh: (p) => `等次上限 ${p.id} ${p.label}：最高定为 ${p.grade}，条件为`,
  }),
  "page.forced": defineMessage<Named & { grade: string }>({
    en: (p) => `forced ${p.id} ${p.label}: graded ${p.grade} when`,
    zh: (p) => `直接定等 ${p.id} ${p.label}：定为 ${p.grade}，条件为`,
  }),
  "page.quota": defineMessage<{ kind: string; text: string }>({ en: (p) => `quota (${p.kind}): ${p.text}`, zh: (p) => `名额（${p.kind}）：${p.text}` }),
  "page.every": defineMessage<{ what: string; every: string }>({
    en: (p) => `${p.what === "held" ? "held: " : ""}every ${p.every}`,
    zh: (p) => `${p.what === "held" ? "举办周期：" : ""}每${{ year: "年", semester: "学期", schoolYear: "学年", month: "月" }[p.every] ?? ` ${p.every}`}`,
  }),
  "page.consequence": defineMessage<Named & { effect: string; grades: string | undefined }>({
    en: (p) => `${p.id} ${p.label}: ${p.effect} ${p.grades === undefined ? "when" : `for ${p.grades}`}`,
    zh: (p) => `${p.id} ${p.label}：${p.effect}，${p.grades === undefined ? "条件为" : `适用于 ${p.grades}`}`,
  }),
  "page.inputRange": defineMessage<{ list: boolean; integer: boolean; min: string | undefined; max: string | undefined }>({
    en: (p) => {
      const parts = [
        p.list ? "a list, one number per event" : "",
        p.integer ? "whole numbers" : "",
        p.min === undefined ? "" : `at least ${p.min}`,
        p.max === undefined ? "" : `at most ${p.max}`,
      ];
      const shown = parts.filter((part) => part !== "");
      return shown.length > 0 ? `: ${shown.join(", ")}` : "";
    },
    zh: (p) => {
      const parts = [p.list ? "列表，每件事一个数" : "", p.integer ? "整数" : "", p.min === undefined ? "" : `不小于 ${p.min}`, p.max === undefined ? "" : `不大于 ${p.max}`];
      const shown = parts.filter((part) => part !== "");
      return shown.length > 0 ? `：${joinZh(shown)}` : "（任意数）";
    },
  }),
  "page.scale": defineMessage<{ name: string }>({ en: (p) => `scale ${p.name}, lowest first`, zh: (p) => `量表 ${p.name}，从低到高` }),
  "page.rank": defineMessage<{ rank: number; value: string; label: string }>({
    en: (p) => `rank ${p.rank}: ${p.value} ${p.label}`,
    zh: (p) => `第 ${p.rank} 档：${p.value} ${p.label}`,
  }),
  "page.windowItem": defineMessage<{ name: string; label: string; text: string }>({
    en: (p) => `window ${p.name} ${p.label}: ${p.text}`,
    zh: (p) => `时间范围 ${p.name} ${p.label}：${p.text}`,
  }),
} as const;
