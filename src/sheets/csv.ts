/**
 * The text of a CSV file's bytes: UTF-8 (with or without a byte-order mark) when the bytes are valid
 * UTF-8, else GB18030 (what Chinese Excel and WPS save as "CSV").
 *
 * @example
 * ```ts
 * decodeCsv(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb])); // "姓名" (GB18030)
 * ```
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: "utf-8" | "gb18030" } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/**
 * The rows of CSV text (RFC 4180: fields split by commas, a quoted field may hold commas, quotes
 * doubled and line breaks; lines end in CRLF or LF). Empty trailing rows are dropped, and each row
 * ends at its last non-empty field. A quote left open is an `Error` naming the line it opened on.
 *
 * @example
 * ```ts
 * parseCsv('记录编号,姓名\r\nR-01,"张,三"\r\n'); // [["记录编号", "姓名"], ["R-01", "张,三"]]
 * ```
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let openedOn = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        field += char;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
      openedOn = line;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line += 1;
    } else field += char;
  }
  if (quoted) throw new Error(`a quote opened on line ${openedOn} is never closed`);
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  for (const each of rows) while (each.length > 0 && each.at(-1) === "") each.pop();
  while (rows.length > 0 && (rows.at(-1) as string[]).length === 0) rows.pop();
  return rows;
}

/**
 * CSV text of rows (RFC 4180, CRLF line ends), a field quoted when it holds a comma, a quote or a line
 * break; with `bom`, a UTF-8 byte-order mark first, so that Excel opens Chinese text correctly.
 *
 * @example
 * ```ts
 * writeCsv([["姓名", "奖励"], ["张三", "1,000 元"]]); // '姓名,奖励\r\n张三,"1,000 元"\r\n'
 * ```
 */
export function writeCsv(rows: readonly (readonly (string | number | null)[])[], bom = false): string {
  const field = (value: string | number | null): string => {
    const text = value === null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${bom ? "\ufeff" : ""}${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
