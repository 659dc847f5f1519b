import { describe, expect, it } from 'vitest';
import { pageOf, type PageOptions } from './pageOf.js';

interface Agent {
  agentId: string;
  name: string;
}
const agents: Agent[] = Array.from({ length: 600 }, (_, i) => {
  const n = String(i + 1).padStart(4, '0');
  return { agentId: `a${n}`, name: `Agent ${n}` };
});
const base: PageOptions<Agent> = {
  filter: '',
  filterText: (a) => `${a.agentId} ${a.name}`,
  direction: 'ascending',
  page: 0,
  pageSize: 50,
  locale: 'en',
};

describe('pageOf', () => {
  it('pages 600 agents by 50', () => {
    const page = pageOf(agents, { ...base, page: 11 });
    expect(page).toMatchObject({ page: 11, pageCount: 12, total: 600, from: 551, to: 600 });
    expect(page.rows[0].agentId).toBe('a0551');
  });

  it('filters case-insensitively and reports the matching count', () => {
    const page = pageOf(agents, { ...base, filter: ' AGENT 012' });
    expect(page.total).toBe(10); // 0120–0129
    expect(page.from).toBe(1);
  });

  it('clamps a page past the end (after the filter narrowed the rows)', () => {
    const page = pageOf(agents, { ...base, filter: 'a0001', page: 7 });
    expect(page).toMatchObject({ page: 0, pageCount: 1, total: 1, from: 1, to: 1 });
  });

  it('says 0–0 of 0 when nothing matches', () => {
    expect(pageOf(agents, { ...base, filter: 'nobody' })).toMatchObject({
      total: 0,
      from: 0,
      to: 0,
      pageCount: 1,
    });
  });

  it('sorts numbers numerically, strings naturally, and keeps ties in their original order', () => {
    const rows = [
      { id: 'q10', n: 10 },
      { id: 'q9', n: 9 },
      { id: 'q2', n: 10 },
    ];
    const opts = { ...base, filterText: () => '', pageSize: 10 } as unknown as PageOptions<
      (typeof rows)[number]
    >;
    expect(pageOf(rows, { ...opts, sortValue: (r) => r.n }).rows.map((r) => r.id)).toEqual([
      'q9',
      'q10',
      'q2',
    ]);
    expect(
      pageOf(rows, { ...opts, sortValue: (r) => r.id, direction: 'descending' }).rows.map((r) => r.id),
    ).toEqual(['q10', 'q9', 'q2']);
  });

  it('rejects a page size below 1', () => {
    expect(() => pageOf(agents, { ...base, pageSize: 0 })).toThrow('pageOf requires a pageSize ≥ 1: got 0');
  });
});
