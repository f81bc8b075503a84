import { raise } from "../../messages/issueOf.js";
import { FALSE, TRUE } from "../context.js";
import { defineOperator } from "./types.js";

interface RoundWindowArg {
  from: string;
  to: string;
}

/**
 * A date falls within one of the award's calendar windows (by name, e.g.
 * `"applicationWindow"`) in the round's year, both ends included.
 *
 * @example
 * ```json
 * { "fact": "applicationDate", "operator": "withinRoundWindow", "value": "applicationWindow" }
 * ```
 */
export const withinRoundWindow = defineOperator<RoundWindowArg>({
  doc: {
    meaning: { zh: "日期落在本轮日程的该时段内（两端都含）", en: "the date falls within the award calendar's window of the round's year, both ends included" },
    value: { zh: "日程时段名：applicationWindow", en: "a calendar window's name: applicationWindow" },
    suits: ["date"],
    example: { fact: "applicationDate", operator: "withinRoundWindow", value: "applicationWindow" },
  },
  prepare: (value, scope) => {
    const windows: Record<string, RoundWindowArg> = scope.award?.calendar ? { applicationWindow: scope.award.calendar.applicationWindow } : {};
    const window = typeof value === "string" && Object.hasOwn(windows, value) ? windows[value] : undefined;
    if (window === undefined) raise("bad_value", ["value"], "operator.unknownCalendarWindow", { window: value, windows: Object.keys(windows) }, { ruleId: scope.ruleId });
    return { from: window.from, to: window.to };
  },
  test: (fact, arg, ctx) => (typeof fact === "string" && fact >= `${ctx.roundYear}-${arg.from}` && fact <= `${ctx.roundYear}-${arg.to}` ? TRUE : FALSE),
  summary: (_fact, arg, language) => (language === "zh" ? `（受理期 ${arg.from} 至 ${arg.to}）` : ` (window ${arg.from} to ${arg.to})`),
});
