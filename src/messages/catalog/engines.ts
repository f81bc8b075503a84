import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/**
 * What is said of a condition tree that cannot be written for json-rules-engine: a path it does not
 * take, an "at least" too large to spell out.
 *
 * @example
 * ```ts
 * ENGINE_MESSAGES["export.tooLarge"].en({ max: 10000 }); // "the tree would be written as more than 10000 json-rules-engine conditions"
 * ```
 */
export const ENGINE_MESSAGES = {
  "export.notPlainPath": defineMessage<{ path: string }>({
    en: (p) => `path ${JSON.stringify(p.path)} is not a plain path: only $.name and [index] steps (like $.target or $.items[0]) are passed to json-rules-engine`,
    zh: (p) => `路径 ${codeSpan(p.path)} 不是简单路径：只有 \`$.名称\` 和 \`[序号]\` 形式的步骤（如 \`$.target\`、\`$.items[0]\`）能交给 \`json-rules-engine\``,
  }),
  "export.atLeastTooLarge": defineMessage<{ atLeast: number; count: number; max: number }>({
    en: (p) =>
      `at least ${p.atLeast} of ${p.count} would be written as more than ${p.max} json-rules-engine conditions (every group of ${p.atLeast}); json-rules-engine has no "at least" to keep it small`,
    zh: (p) => `“${p.count} 项中至少满足 ${p.atLeast} 项”要写成超过 ${p.max} 个 \`json-rules-engine\` 条件（每 ${p.atLeast} 项一组）；\`json-rules-engine\` 没有“至少”可用来缩小它`,
  }),
  "export.tooLarge": defineMessage<{ max: number }>({
    en: (p) => `the tree would be written as more than ${p.max} json-rules-engine conditions`,
    zh: (p) => `该条件树要写成超过 ${p.max} 个 \`json-rules-engine\` 条件`,
  }),
} as const;
