import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
  graphqlAt,
  launchBrowser,
  screenshotPath,
  signIn,
  siteDate,
  startApi,
  watchForProblems,
  type RunningApi,
} from './support.js';

/*
 * The Trends page against the real built API: two days of contacts on two demo queues go in
 * through the ingestEvents mutation, then the page must draw them (one point per day), show the
 * API's totals, and export them as CSV.
 */

const QUEUES = { hotline: 'Hotline General', online: 'Online Chat' } as const;

// Three and two days ago: both in the past, so "last 7 days" would include them too.
const DAY_1 = siteDate(-3);
const DAY_2 = siteDate(-2);

let api: RunningApi;
let browser: Browser;
let token: string;

function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return graphqlAt<T>(api.url, token, query, variables);
}

/**
 * Contacts of one queue on one day, at 09:00, 09:20, … local time: `answered` of them answered
 * after `wait` seconds and completed, then one abandoned after 40 s.
 */
function contacts(
  queue: string,
  channel: string,
  day: string,
  answered: number,
  wait: number,
  agentId: string,
) {
  const events: Record<string, unknown>[] = [];
  const at = (minutes: number, seconds = 0) => {
    const t = 9 * 3600 + minutes * 60 + seconds;
    const two = (n: number) => String(n).padStart(2, '0');
    return `${day}T${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}+08:00`;
  };
  const id = (n: number) => `${queue.replaceAll(' ', '-')}-${day}-${n}`;
  for (let n = 0; n <= answered; n++) {
    const minutes = n * 20;
    events.push({
      kind: 'contact',
      eventId: `${id(n)}-o`,
      type: 'OFFERED',
      occurredAt: at(minutes),
      contactId: id(n),
      queue,
      channel,
    });
    if (n < answered) {
      events.push(
        {
          kind: 'contact',
          eventId: `${id(n)}-a`,
          type: 'ANSWERED',
          occurredAt: at(minutes, wait),
          contactId: id(n),
          queue,
          agentId,
        },
        {
          kind: 'contact',
          eventId: `${id(n)}-c`,
          type: 'COMPLETED',
          occurredAt: at(minutes + 5, wait),
          contactId: id(n),
          queue,
          agentId,
          talkSeconds: 240,
          holdSeconds: 0,
          acwSeconds: 30,
        },
      );
    } else {
      events.push({
        kind: 'contact',
        eventId: `${id(n)}-x`,
        type: 'ABANDONED',
        occurredAt: at(minutes, 40),
        contactId: id(n),
        queue,
      });
    }
  }
  return events;
}

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  if (process.env.SCREENSHOTS_DIR) await mkdir(process.env.SCREENSHOTS_DIR, { recursive: true });
  token = await adminToken(api.url);

  const { agents } = await gql<{ agents: { agentId: string }[] }>('{ agents { agentId } }');
  const agentId = agents[0].agentId;
  const events = [
    ...contacts(QUEUES.hotline, 'HOTLINE', DAY_1, 4, 10, agentId),
    ...contacts(QUEUES.hotline, 'HOTLINE', DAY_2, 6, 35, agentId),
    ...contacts(QUEUES.online, 'ONLINE', DAY_1, 3, 20, agentId),
    ...contacts(QUEUES.online, 'ONLINE', DAY_2, 2, 90, agentId),
  ];
  const { ingestEvents } = await gql<{
    ingestEvents: { accepted: number; rejected: number; results: { status: string; errors: unknown[] }[] };
  }>(
    'mutation($events: [JSONObject!]!) { ingestEvents(events: $events) { accepted rejected results { status errors { field reason } } } }',
    { events },
  );
  expect(ingestEvents.results.filter((r) => r.errors.length > 0)).toEqual([]);
  expect(ingestEvents.accepted).toBe(events.length);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

interface Figures {
  offered: number;
  answered: number;
  abandoned: number;
  serviceLevel: number | null;
  asa: number | null;
}

/** What the API says about the two queues over the two days (the page must show the same). */
async function apiFigures() {
  const { queueMetrics } = await gql<{
    queueMetrics: {
      queues: {
        queue: string;
        channel: string;
        points: { label: string; periodStart: string; metrics: Figures }[];
        total: Figures;
      }[];
    };
  }>(
    `query($from: String!, $to: String!, $queues: [String!]) {
      queueMetrics(from: $from, to: $to, granularity: DAY, queues: $queues) {
        queues { queue channel points { label periodStart metrics { offered answered abandoned serviceLevel asa } }
          total { offered answered abandoned serviceLevel asa } }
      }
    }`,
    { from: DAY_1, to: DAY_2, queues: [QUEUES.hotline, QUEUES.online] },
  );
  return queueMetrics.queues;
}

/** Signs in and opens Trends with the choices of a shared link (they live in the URL). */
async function openTrends(
  query: string,
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await signIn(page, api.url);
  await page.goto(`${api.url}/trends?${query}`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('h1').first().innerText()).toBe('Trends');
  // Every section has answered: no "Loading…" left.
  await expect.poll(() => page.locator('.loading').count(), { timeout: 30_000 }).toBe(0);
  return { page, context, problems };
}

async function screenshot(page: Page, name: string) {
  const path = screenshotPath(name);
  if (path) await page.screenshot({ path, fullPage: true });
}

const byQueue = `range=custom&from=${DAY_1}&to=${DAY_2}&granularity=DAY&by=queue`;

describe('Trends', () => {
  it('draws one point per day per queue and shows the API’s totals, with no console error', async () => {
    const expected = await apiFigures();
    expect(expected.map((q) => q.total.offered)).toEqual([12, 7]); // 4 + 6 answered and 2 abandoned; 3 + 2 answered and 2 abandoned
    const { page, context, problems } = await openTrends(byQueue);
    try {
      // Service level: one line per queue (and its previous period), a marker on each day.
      const sl = page.locator('[data-chart=serviceLevel]');
      await expect.poll(() => sl.locator('.recharts-line').count()).toBe(4);
      const markers = (series: string) => sl.locator(`.chart-marker[data-series="${series}"]`).count();
      expect(await markers('s0')).toBe(2);
      expect(await markers('s1')).toBe(2);
      // The previous period (no contacts then) has no marker at all.
      expect(await markers('s0:previous')).toBe(0);
      expect(await sl.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count()).toBe(2);
      // The hidden table has the same two periods, for screen readers.
      expect(await sl.locator('table tbody tr').count()).toBe(2);

      // Totals row per queue, as the API computed them.
      for (const series of expected) {
        const row = page.locator('.trends-summary tbody tr', { hasText: series.queue });
        const offered = await row.locator('td[data-field=offered] .trends-summary__value').innerText();
        expect(offered).toBe(String(series.total.offered));
        const serviceLevel = await row
          .locator('td[data-field=serviceLevel] .trends-summary__value')
          .innerText();
        expect(serviceLevel).toBe(
          new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(
            series.total.serviceLevel ?? Number.NaN,
          ),
        );
        // Compared with an empty previous period: said in words, not colour.
        expect(await row.locator('td[data-field=serviceLevel] .change').innerText()).toContain(
          'nothing to compare',
        );
      }

      // The volume chart adds the two queues up: 12 + 7 offered over the two days.
      const volume = page.locator('[data-chart=volume]');
      const offeredCells = await volume.locator('table tbody tr td:first-of-type').allInnerTexts();
      expect(offeredCells.map(Number).reduce((a, b) => a + b, 0)).toBe(19);

      await screenshot(page, 'trends-e2e');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('exports the CSV of what is shown: metrics.md field names, one row per day and queue', async () => {
    const expected = await apiFigures();
    const { page, context, problems } = await openTrends(byQueue);
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`servicefloor-trends-${DAY_1}-to-${DAY_2}-day.csv`);
      const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = text.split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(
        'periodStart,label,comparison,channel,queue,team,agent,offered,answered,abandoned,serviceLevel,slTarget,asa,aht,abandonRate,csat,fcr,backlog,settledWithinSla,occupancy,shrinkage',
      );
      const hotline = expected.find((q) => q.queue === QUEUES.hotline);
      const day1 = hotline?.points.find((p) => p.label === DAY_1);
      expect(day1).toBeDefined();
      const row = lines.find((l) =>
        l.startsWith(`${day1?.periodStart},${DAY_1},current,HOTLINE,${QUEUES.hotline},`),
      );
      expect(row).toBeDefined();
      const cells = row?.split(',') ?? [];
      expect(cells.slice(7, 11).map(Number)).toEqual([
        day1?.metrics.offered,
        day1?.metrics.answered,
        day1?.metrics.abandoned,
        day1?.metrics.serviceLevel,
      ]);
      expect(Number(cells[12])).toBe(day1?.metrics.asa);
      // Contact rows: two days × two queues (no previous-period contacts); claims and teams have none.
      expect(lines.filter((l) => /,current,(HOTLINE|ONLINE),/.test(l))).toHaveLength(4);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('draws 15-minute intervals for a short range and explains why they are off for a long one', async () => {
    const { page, context, problems } = await openTrends(
      `range=custom&from=${DAY_1}&to=${DAY_2}&granularity=INTERVAL&by=channel`,
    );
    try {
      const sl = page.locator('[data-chart=serviceLevel]');
      await expect.poll(() => sl.locator('.recharts-line').count()).toBeGreaterThan(0);
      expect(await sl.locator('table tbody tr').count()).toBe(2 * 96);
      // Claims are not counted by interval: the section says so.
      expect(await page.locator('#trends-claims').locator('xpath=..').innerText()).toContain(
        'Claims are counted by day, week or month',
      );

      await page.getByLabel('Period', { exact: true }).selectOption('last30');
      const granularity = page.getByLabel('Granularity');
      await expect.poll(() => granularity.inputValue()).toBe('DAY');
      const interval = granularity.locator('option[value=INTERVAL]');
      expect(await interval.isDisabled()).toBe(true);
      expect(await interval.innerText()).toBe('15-minute interval (up to 21 days)');
      expect(await page.locator('.trends-filters').innerText()).toContain(
        '15-minute interval is not available for 30 days: shown by Day.',
      );
      await expect.poll(() => page.locator('.loading').count(), { timeout: 30_000 }).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
