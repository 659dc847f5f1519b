import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export type NdjsonLine = { line: number; value: unknown } | { line: number; error: Error };

/**
 * Reads NDJSON from a stream one line at a time, never holding more than one line (up to
 * `maxLineBytes`) in memory. Blank lines are skipped; a line that is not JSON, or longer than the
 * limit, becomes an error for that line only.
 */
export async function* ndjsonLines(stream: Readable, maxLineBytes: number): AsyncGenerator<NdjsonLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let oversize = false;
  let lineNo = 0;
  const parse = (text: string): NdjsonLine | null => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    try {
      return { line: lineNo, value: JSON.parse(trimmed) };
    } catch (error) {
      return { line: lineNo, error: new Error(`not valid JSON: ${(error as Error).message}`) };
    }
  };
  const tooLong = (): NdjsonLine => ({
    line: lineNo,
    error: new Error(`line is longer than ${maxLineBytes} bytes`),
  });

  for await (const chunk of stream) {
    const text = decoder.write(chunk as Buffer);
    let from = 0;
    let newline = text.indexOf('\n', from);
    while (newline !== -1) {
      lineNo++;
      const out = oversize ? tooLong() : parse(pending + text.slice(from, newline));
      oversize = false;
      pending = '';
      if (out) yield out;
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    if (!oversize) {
      pending += text.slice(from);
      if (pending.length > maxLineBytes && Buffer.byteLength(pending) > maxLineBytes) {
        oversize = true;
        pending = '';
      }
    }
  }
  pending += decoder.end();
  if (oversize || pending.trim() !== '') {
    lineNo++;
    const out = oversize ? tooLong() : parse(pending);
    if (out) yield out;
  }
}
