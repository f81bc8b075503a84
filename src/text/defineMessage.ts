/**
 * A message of the catalog (`src/messages/catalog.ts`) as data: an English and a Chinese renderer
 * of the same typed params. Kept in this low room so that the schemas, which must word their own
 * refinements for zod, define their messages the same way as every other room.
 */

/**
 * A value a message's params may hold: plain JSON, so that an issue stays data.
 *
 * @example
 * ```ts
 * const value: JsonParam = { allowed: ["zh", "en"], got: "fr" };
 * ```
 */
export type JsonParam = string | number | boolean | null | readonly JsonParam[] | { readonly [key: string]: JsonParam };

/**
 * The params a message is rendered from: names to JSON values (an absent optional param is left out).
 *
 * @example
 * ```ts
 * const params: MessageParams = { path: "options.full", got: "1" };
 * ```
 */
export type MessageParams = { readonly [key: string]: JsonParam | undefined };

/**
 * A language a message is rendered in.
 *
 * @example
 * ```ts
 * const language: MessageLanguage = "zh";
 * ```
 */
export type MessageLanguage = "zh" | "en";

/**
 * One message: how to say it in English and in Chinese, from the same params.
 *
 * @example
 * ```ts
 * const message: Message<{ got: string }> = { en: (p) => `got ${p.got}`, zh: (p) => `实为 ${p.got}` };
 * ```
 */
export interface Message<P extends MessageParams> {
  /** The message in English. */
  readonly en: (params: P) => string;
  /** The message in Chinese, for a reader who does not program: names and values in backticks. */
  readonly zh: (params: P) => string;
}

/**
 * Defines a message with its params' type: TypeScript refuses one that lacks either language.
 *
 * @example
 * ```ts
 * const notBoolean = defineMessage<{ path: string; got: string }>({
 *   en: (p) => `${p.path} must be true or false (got ${p.got})`,
 *   zh: (p) => `\`${p.path}\` 应为是或否（\`true\` 或 \`false\`），实为 \`${p.got}\``,
 * });
 * ```
 */
export function defineMessage<P extends MessageParams = Record<string, never>>(message: Message<P>): Message<P> {
  return message;
}
