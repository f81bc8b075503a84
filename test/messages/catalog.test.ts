/// <reference types="vite/client" />
import { describe, expect, test } from "vitest";
import { catalog, isMessageId, type MessageId } from "../../src/messages/catalog.js";
import { renderMessage } from "../../src/messages/issueOf.js";
import { CHECK_MESSAGES } from "../../src/schema/checkMessages.js";
import { defineMessage, type Message, type MessageParams } from "../../src/text/defineMessage.js";
import { englishWords } from "../i18n/englishWords.js";
import { DIFF_SAMPLES } from "./samples/diff.js";
import { EVALUATION_SAMPLES } from "./samples/evaluation.js";
import { INPUT_SAMPLES } from "./samples/inputs.js";
import { REASON_SAMPLES } from "./samples/reasons.js";
import { RULE_SAMPLES } from "./samples/rules.js";
import { SHEET_SAMPLES } from "./samples/sheets.js";
import type { Samples } from "./samples/types.js";

// every id has samples: TypeScript refuses this object if one is missing or has params of the wrong type
const SAMPLES: Samples = { ...INPUT_SAMPLES, ...RULE_SAMPLES, ...EVALUATION_SAMPLES, ...DIFF_SAMPLES, ...SHEET_SAMPLES, ...REASON_SAMPLES };
const ids = Object.keys(catalog()) as MessageId[];

/** Every string a value holds, keys included (the params' own words may stand in a Chinese message). */
const strings = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, child]) => [key, ...strings(child)]);
  return [];
};

/** Every group of messages the catalog gathers: each `…_MESSAGES` export of `catalog/`, and the schemas' own. */
const groups: Record<string, object> = { CHECK_MESSAGES };
for (const [file, module] of Object.entries(import.meta.glob("../../src/messages/catalog/*.ts", { eager: true }))) {
  for (const [name, value] of Object.entries(module as Record<string, unknown>)) if (name.endsWith("_MESSAGES")) groups[`${file} ${name}`] = value as object;
}

describe("the message catalog", () => {
  test("every id has a message in each language and samples to render it with; no group takes another's id", () => {
    expect(ids.length).toBeGreaterThan(200);
    expect(Object.keys(SAMPLES).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const message = catalog()[id] as Message<MessageParams>;
      expect(typeof message.en, id).toBe("function");
      expect(typeof message.zh, id).toBe("function");
      expect(isMessageId(id)).toBe(true);
    }
    const grouped = Object.values(groups).flatMap((group) => Object.keys(group));
    expect(grouped.length).toBe(ids.length);
    expect(new Set(grouped).size).toBe(ids.length);
  });

  test.each(ids.map((id) => [id] as const))("%s: English and Chinese for every sample, the Chinese with no English word outside code and params", (id) => {
    for (const params of SAMPLES[id] as MessageParams[]) {
      const en = renderMessage(id, params as never, "en");
      const zh = renderMessage(id, params as never, "zh");
      expect(en.trim(), `${id} en`).not.toBe("");
      expect(zh, `${id} zh`).toMatch(/[\u4e00-\u9fff]/);
      expect(englishWords(zh, strings(params)), `${id}: ${zh}`).toEqual([]);
      expect(en).toBe((catalog()[id] as Message<MessageParams>).en(params));
    }
  });

  test("ids are not message ids unless the catalog has them: no prototype keys, no other values", () => {
    for (const id of ["toString", "__proto__", "constructor", "schema", "", 5, null, undefined, { id: "input.tooDeep" }]) expect(isMessageId(id)).toBe(false);
  });

  test("TypeScript refuses a message that lacks a language", () => {
    // @ts-expect-error: a message needs its Chinese
    const englishOnly = defineMessage<{ name: string }>({ en: (p) => p.name });
    // @ts-expect-error: and its English
    const chineseOnly = defineMessage<{ name: string }>({ zh: (p) => p.name });
    expect([englishOnly, chineseOnly]).toHaveLength(2);
  });
});
