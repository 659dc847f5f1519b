import { mkdir, readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
  graphqlAt,
  launchBrowser,
  screenshotPath,
  signIn,
  startApi,
  watchForProblems,
  type RunningApi,
} from './support.js';

/*
 * The Assessment page against the real built API: contacts of the last two closed months go in
 * through ingestEvents; the page must show the scorecard's figures (the API's), freeze the months,
 * drill down to the contacts, export CSV, and print: the report is rendered to an A4 PDF by
 * Chromium (page.pdf) whose pages are counted, with the controls left out and the charts in.
 */

const ZONE = 'Asia/Shanghai'; // the demo sites' zone
const QUEUE = 'Hotline General';

/** The site's month `n` months from the current one, YYYY-MM. */
function siteMonth(n: number): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE })
    .format(new Date())
    .split('-')
    .map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

const FIRST = siteMonth(-2);
const LAST = siteMonth(-1);

let api: RunningApi;
let browser: Browser;
let token: string;

function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return graphqlAt<T>(api.url, token, query, variables);
}

/** A day of hotline contacts in a month: `answered` answered after `wait` s, then one abandoned. */
function contacts(month: string, day: number, answered: number, wait: number, agentId: string) {
  const date = `${month}-${String(day).padStart(2, '0')}`;
  const at = (minutes: number, seconds = 0) => {
    const t = 9 * 3600 + minutes * 60 + seconds;
    const two = (n: number) => String(n).padStart(2, '0');
    return `${date}T${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}+08:00`;
  };
  const events: Record<string, unknown>[] = [];
  for (let n = 0; n <= answered; n++) {
    const contactId = `as-${date}-${n}`;
    const base = { kind: 'contact', contactId, queue: QUEUE };
    events.push({
      ...base,
      eventId: `${contactId}-o`,
      type: 'OFFERED',
      occurredAt: at(n * 20),
      channel: 'HOTLINE',
    });
    if (n < answered)
      events.push(
        { ...base, eventId: `${contactId}-a`, type: 'ANSWERED', occurredAt: at(n * 20, wait), agentId },
        {
          ...base,
          eventId: `${contactId}-c`,
          type: 'COMPLETED',
          occurredAt: at(n * 20 + 5, wait),
          agentId,
          talkSeconds: 240,
          holdSeconds: 0,
          acwSeconds: 30,
        },
        {
          kind: 'survey',
          eventId: `${contactId}-s`,
          contactId,
          occurredAt: at(n * 20 + 10),
          csat: n % 3 === 0 ? 3 : 5,
          nps: 9,
        },
      );
    else events.push({ ...base, eventId: `${contactId}-x`, type: 'ABANDONED', occurredAt: at(n * 20, 40) });
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
    ...contacts(FIRST, 10, 6, 10, agentId),
    ...contacts(FIRST, 11, 4, 45, agentId),
    ...contacts(LAST, 12, 8, 15, agentId),
    {
      kind: 'qualityEvaluation',
      eventId: 'as-qa-1',
      agentId,
      occurredAt: `${LAST}-12T15:00:00+08:00`,
      score: 88,
      evaluator: 'qa-lead',
    },
  ];
  const { ingestEvents } = await gql<{
    ingestEvents: { accepted: number; results: { errors: unknown[] }[] };
  }>(
    'mutation($events: [JSONObject!]!) { ingestEvents(events: $events) { accepted results { errors { field reason } } } }',
    { events },
  );
  expect(ingestEvents.results.filter((r) => r.errors.length > 0)).toEqual([]);
  expect(ingestEvents.accepted).toBe(events.length);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('assessment page', () => {
  it('shows the API scorecard, drills down, exports CSV and prints an A4 report with charts', async () => {
    const { assessmentScorecard } = await gql<{
      assessmentScorecard: { criteria: { criterion: { key: string }; current: { actual: number | null } }[] };
    }>(
      `query($from: String, $to: String) { assessmentScorecard(from: $from, to: $to) { criteria { criterion { key } current { actual } } } }`,
      {
        from: FIRST,
        to: LAST,
      },
    );
    const sl = assessmentScorecard.criteria.find((c) => c.criterion.key === 'sl-hotline')!.current.actual!;
    expect(sl).toBeGreaterThan(0);

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await signIn(page, api.url);
    await page.goto(`${api.url}/assessment?from=${FIRST}&to=${LAST}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('Assessment');
    await expect.poll(() => page.locator('.loading').count(), { timeout: 30_000 }).toBe(0);

    // The scorecard shows the API's service level, as a percentage.
    const slCell = page.locator('tr[data-criterion="sl-hotline"] [data-field="actual"]');
    const expected = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(
      sl,
    );
    await expect.poll(() => slCell.innerText()).toBe(expected);
    await expect.poll(() => page.getByTestId('total-score').innerText()).toMatch(/\d.*\([A-E]\)/);
    // Both months closed: frozen when first shown.
    await expect.poll(() => page.getByTestId('frozen-table').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('frozen-table').innerText()).not.toContain('Not closed yet');
    // A chart per criterion with data; the gap section answered.
    await expect
      .poll(() => page.locator('.assessment-trends svg.recharts-surface').count(), { timeout: 30_000 })
      .toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId('gap-total').count()).toBe(1);

    // CSV export: metrics.md field names and the API's figure.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Export CSV/ }).click(),
    ]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header.startsWith('criterion,metric,channel,unit,target')).toBe(true);
    const slRow = rows.find((r) => r.startsWith('sl-hotline,'))!.split(',');
    expect(Number(slRow[header.split(',').indexOf('actual')])).toBe(sl);

    // Drill-down to the contacts behind the figure.
    await page.locator('tr[data-criterion="sl-hotline"] button').click();
    await expect
      .poll(() => page.getByTestId('drill-sample').locator('tbody tr').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close' }).click();

    const shot = screenshotPath('assessment');
    if (shot) await page.screenshot({ path: shot, fullPage: true });

    // The print report: controls hidden, the report heading shown, charts included, A4 pages.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      filtersHidden: getComputedStyle(document.querySelector('form.filters')!).display === 'none',
      headingShown:
        getComputedStyle(document.querySelector('[data-testid="report-heading"]')!).display !== 'none',
      charts: document.querySelectorAll('.assessment-trends svg.recharts-surface').length,
    }));
    expect(printed).toMatchObject({ filtersHidden: true, headingShown: true });
    expect(printed.charts).toBeGreaterThan(3);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pdf.length).toBeGreaterThan(30_000);
    // A4 is 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(
      /\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841(\.\d+)?|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842/,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Page objects of a PDF ("/Type /Page", not "/Pages"): Chromium writes them uncompressed. */
function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?!s)/g)].length;
}
