import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';

describe('csvCell (RFC 4180)', () => {
  it('writes plain text and numbers as they are, nothing for null', () => {
    expect(csvCell('Hotline General')).toBe('Hotline General');
    expect(csvCell(0.85)).toBe('0.85');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('Claims, motor')).toBe('"Claims, motor"');
    expect(csvCell('The "VIP" line')).toBe('"The ""VIP"" line"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });
  it('keeps Chinese text as it is', () => {
    expect(csvCell('热线 一般')).toBe('热线 一般');
  });
  it('defuses text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-queue')).toBe("'-queue");
    expect(csvCell('@sum')).toBe("'@sum");
  });
});

describe('toCsv', () => {
  it('writes the header and one CRLF-ended line per row', () => {
    expect(
      toCsv(
        ['label', 'queue', 'offered', 'serviceLevel'],
        [
          ['2026-03-02', 'Hotline, General', 10, 0.8],
          ['2026-03-03', 'Online', 0, null],
        ],
      ),
    ).toBe(
      'label,queue,offered,serviceLevel\r\n2026-03-02,"Hotline, General",10,0.8\r\n2026-03-03,Online,0,\r\n',
    );
  });
  it('is just the header when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
  it('names a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(
      'toCsv requires every row to have as many cells as the header (2): row 2 has 1',
    );
  });
});
