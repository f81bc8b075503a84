import type { Message, MessageLanguage, MessageParams } from "../text/defineMessage.js";
import type { MessageId, ParamsOf } from "./catalog.js";
import { CORE_MESSAGES } from "./coreMessages.js";

/**
 * The messages the library words at run time, by id. It starts with the groups loading a rule file,
 * evaluating, explaining and the doors need; a module that words a message of another group (a
 * round's, the review pages', lint's, the CLI's…) registers that group itself when it loads
 * (`registerMessages`), so a bundle carries the groups of the functions it carries and no other.
 * `test/messages/registry.test.ts` checks that every module registers the groups it words.
 */
const table: Record<string, Message<MessageParams>> = { ...CORE_MESSAGES } as unknown as Record<string, Message<MessageParams>>;

/**
 * Adds groups of messages to those the library words at run time (see `table`).
 *
 * @example
 * ```ts
 * registerMessages(ROUND_MESSAGES, ROUND_NOTE_MESSAGES);
 * ```
 */
export function registerMessages(...groups: readonly object[]): void {
  for (const group of groups) {
    if (registered.has(group)) continue;
    Object.assign(table, group);
    registered.add(group);
  }
}

/** The groups registered so far (a public function registers its groups on every call; once is enough). */
const registered = new WeakSet<object>();

/**
 * Whether a message is registered (see `registerMessages`).
 *
 * @example
 * ```ts
 * isRegistered("input.tooDeep"); // true
 * ```
 */
export function isRegistered(id: string): boolean {
  return Object.hasOwn(table, id);
}

/**
 * The message of an id, with its params loosely typed (for an id read from data). A message of a
 * group no loaded module registered is a bug of the library, and says so.
 *
 * @example
 * ```ts
 * messageOf("input.tooDeep").zh({ max: 12 }); // "嵌套超过 12 层"
 * ```
 */
export function messageOf(id: MessageId): Message<MessageParams> {
  const message = Object.hasOwn(table, id) ? table[id] : undefined;
  if (message === undefined) throw new Error(`award-rules: the message ${JSON.stringify(id)} is worded by a module that did not register its group (a bug)`);
  return message;
}

/**
 * A registered message in one language, from its params.
 *
 * @example
 * ```ts
 * messageText("input.tooDeep", { max: 12 }, "zh"); // "嵌套超过 12 层"
 * ```
 */
export function messageText<I extends MessageId>(id: I, params: ParamsOf<I>, language: MessageLanguage): string {
  return String(messageOf(id)[language](params));
}
