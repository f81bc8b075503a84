/** Whether XML 1.0 can hold a character: not a control other than tab and line ends, not U+FFFE or U+FFFF. */
const xmlChar = (char: string): boolean => {
  const code = char.codePointAt(0) as number;
  return code === 9 || code === 10 || code === 13 || (code >= 32 && code !== 0xfffe && code !== 0xffff);
};

/**
 * Escapes text for an XML element or attribute value (`&`, `<`, `>`, `"`), dropping the control
 * characters XML 1.0 cannot hold.
 *
 * @example
 * ```ts
 * xmlEscape('a < "b"'); // "a &lt; &quot;b&quot;"
 * ```
 */
export function xmlEscape(text: string): string {
  return [...text].filter(xmlChar).join("").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Reads the entities of XML text back: the five named ones and numeric ones (`&#20013;`, `&#x4e2d;`);
 * the `_x000D_` escapes spreadsheet programs write for control characters too.
 *
 * @example
 * ```ts
 * xmlUnescape("&lt;&#20013;&#x6587;&gt;"); // "<中文>"
 * ```
 */
export function xmlUnescape(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
      if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return NAMED[name] ?? whole;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * The attributes of an element's start tag, by name (a namespace prefix kept: `r:id`).
 *
 * @example
 * ```ts
 * attributesOf(' r="B2" t="s"'); // { r: "B2", t: "s" }
 * ```
 */
export function attributesOf(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found[match[1] as string] = xmlUnescape(match[2] ?? match[3] ?? "");
  return found;
}

/**
 * Every element of a name in XML text (with or without a namespace prefix): its attributes and the
 * text inside it (empty for `<x/>`). Elements of the same name must not nest.
 *
 * @example
 * ```ts
 * elements('<row r="1"><c r="A1"/></row>', "row"); // [{ attributes: { r: "1" }, inner: '<c r="A1"/>' }]
 * ```
 */
export function elements(xml: string, name: string): { attributes: Record<string, string>; inner: string }[] {
  const pattern = new RegExp(`<(?:[\\w-]+:)?${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>)`, "g");
  return [...xml.matchAll(pattern)].map((match) => ({ attributes: attributesOf(match[1] ?? ""), inner: match[2] ?? "" }));
}

/**
 * The text of a string item or inline string: its `<t>` runs joined, phonetic runs (`<rPh>`) left out.
 *
 * @example
 * ```ts
 * textOf("<r><t>优</t></r><r><t>秀</t></r>"); // "优秀"
 * ```
 */
export function textOf(inner: string): string {
  return elements(inner.replace(/<(?:[\w-]+:)?rPh\b[\s\S]*?<\/(?:[\w-]+:)?rPh>/g, ""), "t")
    .map((element) => xmlUnescape(element.inner))
    .join("");
}
