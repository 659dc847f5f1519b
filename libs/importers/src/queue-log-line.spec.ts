import { describe, expect, it } from 'vitest';
import { parseQueueLogLine } from './queue-log-line.js';

describe('parseQueueLogLine', () => {
  it('splits the example line of Asterisk\'s "Queue Logs" page', () => {
    // https://docs.asterisk.org/Operation/Logging/Queue-Logs/
    expect(parseQueueLogLine('1366720340|1366720340.303267|MYQUEUE|SIP/8007|RINGNOANSWER|1000')).toEqual({
      ok: true,
      record: {
        epoch: 1366720340,
        epochText: '1366720340',
        callid: '1366720340.303267',
        queue: 'MYQUEUE',
        agent: 'SIP/8007',
        event: 'RINGNOANSWER',
        data: ['1000'],
        afterNul: false,
      },
    });
  });

  it('keeps every parameter, however many (ATTENDEDTRANSFER LINK has six)', () => {
    const r = parseQueueLogLine('1772413686|1.3|vip|Bob|ATTENDEDTRANSFER|LINK|a;1|a;2|6|120|1\r');
    expect(r.ok && r.record.data).toEqual(['LINK', 'a;1', 'a;2', '6', '120', '1']);
  });

  it("reads a line appended after an unclean shutdown's zero-filled tail", () => {
    const r = parseQueueLogLine('\0\0\0\u00001772414700|NONE|NONE|NONE|QUEUESTART|');
    expect(r.ok && r.record.event).toBe('QUEUESTART');
    expect(r.ok && r.record.afterNul).toBe(true);
  });

  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['\0\0\0\0', 'nul-bytes'],
    ['1772414420|1772414395.45|supp\0\0\0', 'nul-bytes'],
    ['1772414410|1772414395.45|support|Alice Wa', 'truncated'],
    ['2026-03-02 09:25:02|1.5|support|NONE|ENTERQUEUE||136|1', 'bad-epoch'],
    ['-5|1.5|support|NONE|ENTERQUEUE||136|1', 'bad-epoch'],
    ['17724|1.5|support|NONE|ENTERQUEUE||136|1', 'epoch-out-of-range'],
    ['9999999999|1.5|support|NONE|ENTERQUEUE||136|1', 'epoch-out-of-range'],
  ])('%j is %s', (line, reason) => {
    expect(parseQueueLogLine(line)).toEqual({ ok: false, reason });
  });
});
