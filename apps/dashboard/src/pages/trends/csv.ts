/** A cell of a CSV file: text, a number, or nothing (null/undefined → empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, RFC 4180: a field holding a comma, a double quote, CR or LF is enclosed in
 * double quotes, and each double quote inside is doubled. Numbers are written in plain JavaScript
 * notation (0.85, not "85 %" or "0,85"), as metrics.md asks of machine-readable output; a number
 * that is not finite is an empty cell. Text that would start a spreadsheet formula (=, +, -, @)
 * gets a leading apostrophe, so opening an export in Excel cannot run what a queue name smuggled.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document (RFC 4180): the header row, then one line per row, lines ended by CRLF.
 *
 * @throws RangeError "toCsv requires every row to have as many cells as the header (N): row R has M"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new RangeError(
        `toCsv requires every row to have as many cells as the header (${header.length}): row ${i + 1} has ${row.length}`,
      );
    }
    lines.push(row.map(csvCell).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Saves text as a CSV file through the browser's download. Starts with a byte-order mark so that
 * Excel reads the UTF-8 (Chinese queue and agent names) correctly; other tools ignore it.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
