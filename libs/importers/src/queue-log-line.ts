/*
 * One line of Asterisk's queue_log file, as documented in "Queue Logs"
 * (https://docs.asterisk.org/Operation/Logging/Queue-Logs/, source docs/Operation/Logging/
 * Queue-Logs.md of github.com/asterisk/documentation):
 *
 *   epoch|callid|queue|agent|event|data1|data2|…
 *
 * "UNIX timestamp; typically a Unique ID for the queue caller's channel, also possible
 * 'REALTIME' or 'NONE'; queue name; queue member channel; event type; all fields to the right
 * of the event type are event parameters". The parameters are written by apps/app_queue.c
 * (ast_queue_log calls) as one `|`-joined string, so their number varies by event
 * (ATTENDEDTRANSFER LINK carries two method fields).
 */

/** A queue_log line split into its fields. */
export interface QueueLogRecord {
  /** Unix seconds (field 1). */
  epoch: number;
  /** Field 1 as written, used in event ids. */
  epochText: string;
  /** The caller channel's uniqueid, or `NONE` / `MANAGER` / `REALTIME` for non-call lines. */
  callid: string;
  queue: string;
  /** Member name or interface (`SIP/1001`, `Local/1001@agents`), or `NONE`. */
  agent: string;
  event: string;
  /** data1, data2, … (empty array when the line has no parameters). */
  data: string[];
  /** Leading NUL bytes (an unclean shutdown's zero-filled tail) were dropped from this line. */
  afterNul: boolean;
}

/** Why a line could not be split into a record. */
export type QueueLogLineProblem = 'blank' | 'nul-bytes' | 'truncated' | 'bad-epoch' | 'epoch-out-of-range';

export type QueueLogLineResult =
  { ok: true; record: QueueLogRecord } | { ok: false; reason: QueueLogLineProblem };

/** 2000-01-01T00:00:00Z: no Asterisk queue_log predates it. */
export const MIN_EPOCH = 946_684_800;
/** 2100-01-01T00:00:00Z: later epochs are corruption, not history. */
export const MAX_EPOCH = 4_102_444_800;

const DIGITS = /^\d{1,12}$/;

/**
 * Splits one queue_log line into its fields. Never throws: noise becomes a reason.
 *
 * - A trailing `\r` (CRLF files) is dropped.
 * - NUL bytes: after an unclean shutdown the file's tail is zero-filled and Asterisk appends
 *   the next line right after the zeros, so leading NULs are dropped and the rest is read as
 *   a line (`afterNul`); a line that is all NULs or has NULs inside is `nul-bytes`.
 * - Fewer than the five fixed fields is `truncated`; a non-numeric epoch is `bad-epoch`; an
 *   epoch outside 2000–2100 is `epoch-out-of-range`.
 */
export function parseQueueLogLine(raw: string): QueueLogLineResult {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  let afterNul = false;
  if (line.includes('\0')) {
    const rest = line.replace(/^\0+/, '');
    if (rest.length === 0 || rest.includes('\0')) return { ok: false, reason: 'nul-bytes' };
    line = rest;
    afterNul = true;
  }
  if (line.trim() === '') return { ok: false, reason: 'blank' };
  const fields = line.split('|');
  if (fields.length < 5) return { ok: false, reason: 'truncated' };
  const [epochText, callid, queue, agent, event] = fields as [string, string, string, string, string];
  if (!DIGITS.test(epochText)) return { ok: false, reason: 'bad-epoch' };
  const epoch = Number(epochText);
  if (epoch < MIN_EPOCH || epoch >= MAX_EPOCH) return { ok: false, reason: 'epoch-out-of-range' };
  return {
    ok: true,
    record: { epoch, epochText, callid, queue, agent, event, data: fields.slice(5), afterNul },
  };
}
