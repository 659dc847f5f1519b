import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
  graphqlAt,
  launchBrowser,
  morningContacts,
  screenshotPath,
  signIn,
  siteDate,
  startApi,
  type RunningApi,
  watchForProblems,
} from './support.js';

/*
 * The Assessment page against the real built API: contacts of the last two closed months go in
 * through ingestEvents; the page must show the scorecard's figures (the API's), freeze the months,
 * drill down to the contacts, export CSV, and print: the report is rendered to an A4 PDF by
 * Chromium (page.pdf) whose pages are counted, with the controls left out and the charts in, and
 * whose text (pdftotext, poppler-utils) names the period, the criteria, the total score and grade.
 * Then last week is scheduled and published with four weeks of morning history behind its
 * forecast, one agent keeps a shift on Tuesday, and the page drills schedule adherence down to
 * that agent's days and splits Tuesday's service-level gap interval by interval against the
 * schedule. The default period says which of its months have no data.
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
const HISTORY_DAYS = 28;
/** Monday of last week at the demo sites, and its Tuesday (the day the states are sent for). */
const LAST_MONDAY = siteDate(-((new Date(`${siteDate(0)}T00:00:00Z`).getUTCDay() + 6) % 7) - 7);
const TUESDAY = new Date(Date.parse(`${LAST_MONDAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const run = promisify(execFile);

/** The text of a PDF, page by page in reading order (pdftotext from Debian's poppler-utils). */
async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'servicefloor-pdf-'));
  try {
    await writeFile(join(dir, 'report.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-layout', join(dir, 'report.pdf'), '-']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The agent kept on Tuesday: AVAILABLE for the whole shift (breaks worked through), then logged out. */
let keeper: { agentId: string; name: string; teamId: number | null; shiftMinutes: number };

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
  await scheduleLastWeek(agentId);
}, 300_000);

/** Four weeks of morning history, last week generated and published, one agent's Tuesday states. */
async function scheduleLastWeek(historyAgent: string): Promise<void> {
  // Up to yesterday: the forecast of last week reads the weeks before it, its gap last week's own.
  const history = Array.from({ length: HISTORY_DAYS }, (_, i) =>
    morningContacts('as-m', siteDate(i - HISTORY_DAYS), historyAgent),
  ).flat();
  await gql('mutation($events: [JSONObject!]!) { ingestEvents(events: $events) { accepted } }', {
    events: history,
  });
  const { generateSchedule } = await gql<{ generateSchedule: { id: string } }>(
    'mutation($input: GenerateScheduleInput!) { generateSchedule(input: $input) { id } }',
    { input: { weekStart: LAST_MONDAY, queues: [QUEUE], timeLimitSeconds: 5 } },
  );
  type Shift = { agentId: string; startMinute: number; endMinute: number };
  let agents: { agentId: string; name: string; teamId: number | null; shifts: Shift[] }[] = [];
  for (let waited = 0; ; waited += 2000) {
    const { schedule } = await gql<{
      schedule: { status: string; error: string | null; agents: typeof agents };
    }>(
      'query($id: ID!) { schedule(id: $id) { status error agents { agentId name teamId shifts { agentId startMinute endMinute } } } }',
      { id: generateSchedule.id },
    );
    if (schedule.status === 'READY') {
      agents = schedule.agents;
      break;
    }
    if (schedule.status === 'FAILED' || waited > 180_000)
      throw new Error(`schedule ${schedule.status}: ${schedule.error}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  await gql('mutation($id: ID!) { publishSchedule(id: $id) { status } }', { id: generateSchedule.id });
  const onTuesday = agents.flatMap((a) =>
    a.shifts.filter((s) => Math.floor(s.startMinute / 1440) === 1).map((s) => ({ ...a, shift: s })),
  );
  expect(onTuesday.length).toBeGreaterThan(0);
  const { shift, ...agent } = onTuesday.find((a) => a.teamId !== null) ?? onTuesday[0];
  keeper = { ...agent, shiftMinutes: shift.endMinute - shift.startMinute };
  const at = (minute: number) =>
    new Date(Date.parse(`${LAST_MONDAY}T00:00:00+08:00`) + minute * 60_000).toISOString();
  await gql('mutation($events: [JSONObject!]!) { ingestEvents(events: $events) { accepted } }', {
    events: [
      {
        kind: 'agentState',
        eventId: 'as-keep-in',
        agentId: agent.agentId,
        state: 'AVAILABLE',
        occurredAt: at(shift.startMinute),
      },
      {
        kind: 'agentState',
        eventId: 'as-keep-out',
        agentId: agent.agentId,
        state: 'LOGGED_OUT',
        occurredAt: at(shift.endMinute),
      },
    ],
  });
}

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('assessment page', () => {
  it('shows the API scorecard, drills down, exports CSV and prints an A4 report with charts', async () => {
    const { assessmentScorecard } = await gql<{
      assessmentScorecard: {
        criteria: { criterion: { key: string }; current: { actual: number | null } }[];
        total: { score: number; grade: string };
      };
    }>(
      `query($from: String, $to: String) { assessmentScorecard(from: $from, to: $to) { criteria { criterion { key } current { actual } } total { score grade } } }`,
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
    // What the report says: the period, every criterion by name, the total score and grade.
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain(`Default set: ${longMonth(FIRST)} to ${longMonth(LAST)}`);
    for (const name of [
      'Service level — hotline',
      'Service level — online',
      'Average speed of answer',
      'Schedule adherence',
      'Total score',
    ])
      expect(text).toContain(name);
    const { score, grade } = assessmentScorecard.total;
    const shown = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(score);
    expect(text).toContain(`Total score ${shown} (${grade})`);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('assessment page against a published schedule', () => {
  it("drills adherence down to an agent's days and splits a day's gap interval by interval", async () => {
    const month = TUESDAY.slice(0, 7);
    const current = siteMonth(0);
    const { adherence } = await gql<{
      adherence: { agentId: string; scheduledSeconds: number; adherentSeconds: number }[];
    }>('query($date: String!) { adherence(date: $date) { agentId scheduledSeconds adherentSeconds } }', {
      date: TUESDAY,
    });
    const kept = adherence.find((r) => r.agentId === keeper.agentId)!;
    expect(kept.scheduledSeconds).toBe(keeper.shiftMinutes * 60);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await signIn(page, api.url);
    await page.goto(`${api.url}/assessment?from=${FIRST}&to=${current}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.loading').count(), { timeout: 30_000 }).toBe(0);

    // Schedule adherence: its month, the agent's team, the agent, the agent's days.
    await page.locator('tr[data-criterion="adherence"] button').click();
    const drill = page.getByTestId('drill-down');
    await drill.getByRole('button', { name: new RegExp(`^${monthShort(month)} ·`) }).click();
    const { agents } = await gql<{ agents: { agentId: string; teamId: number | null }[] }>(
      '{ agents { agentId teamId } }',
    );
    const teams = new Set(agents.map((a) => a.teamId).filter((id) => id !== null));
    if (teams.size > 1) {
      const { teams: list } = await gql<{ teams: { id: string; name: string }[] }>('{ teams { id name } }');
      const name = list.find((t) => Number(t.id) === keeper.teamId)!.name;
      await drill.getByRole('button', { name, exact: true }).click();
    }
    await drill.getByRole('button', { name: keeper.name, exact: true }).click();
    const days = page.getByTestId('drill-agent-days');
    await expect.poll(() => days.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const tuesday = days.locator('tbody tr', {
      hasText: new Intl.DateTimeFormat('en-US', {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${TUESDAY}T12:00:00Z`)),
    });
    const minutes = (n: number) =>
      new Intl.NumberFormat('en-US', {
        style: 'unit',
        unit: 'minute',
        unitDisplay: 'short',
        maximumFractionDigits: 0,
      }).format(n);
    const cells = await tuesday.locator('td').allInnerTexts();
    expect(cells[0]).toBe(minutes(kept.scheduledSeconds / 60));
    expect(cells[1]).toBe(minutes(kept.adherentSeconds / 60));
    await drill.getByRole('button', { name: 'Close' }).click();

    // The gap of Tuesday's month, then Tuesday interval by interval against the schedule.
    const gap = page.getByTestId('gap-section');
    await gap.getByLabel('Month').selectOption(month);
    await expect
      .poll(() => gap.getByTestId('gap-day').locator('option').count(), { timeout: 30_000 })
      .toBeGreaterThan(1);
    await expect
      .poll(() => gap.locator('.recharts-legend-item-text').allInnerTexts())
      .toContain('Schedule fit (Agent-hours)');
    await gap.getByTestId('gap-day').selectOption(TUESDAY);
    const table = page.getByTestId('gap-interval-table');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const { serviceLevelGap } = await gql<{
      serviceLevelGap: {
        dayIntervals: { time: string; gap: number; scheduled: number | null; hasSchedule: boolean }[];
      };
    }>(
      'query($month: String!, $date: String) { serviceLevelGap(month: $month, date: $date) { dayIntervals { time gap scheduled hasSchedule } } }',
      {
        month,
        date: TUESDAY,
      },
    );
    const short = serviceLevelGap.dayIntervals.filter((r) => r.gap > 1e-9);
    expect(short.every((r) => r.hasSchedule)).toBe(true);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(short.length);
    const first = await table.locator('tbody tr').first().locator('th, td').allInnerTexts();
    expect(first[0]).toBe(short[0].time);
    expect(first[3]).toBe(
      new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(short[0].scheduled!),
    );
    await table.getByRole('button', { name: short[0].time }).click();
    await expect
      .poll(() => page.getByTestId('gap-interval-sentence').innerText())
      .toMatch(new RegExp(`^${short[0].time}: .* agents short — forecast error`));
    await expect
      .poll(() => page.getByTestId('gap-intervals').locator('.recharts-legend-item-text').allInnerTexts())
      .toContain('Adherence loss (Agents)');
    const shot = screenshotPath('assessment-gap');
    if (shot) await gap.screenshot({ path: shot });

    // The default period (the last 6 complete months) says which of its months have no data.
    await page.goto(`${api.url}/assessment`, { waitUntil: 'networkidle' });
    const note = page.getByTestId('coverage-empty');
    await expect.poll(() => note.innerText(), { timeout: 30_000 }).toContain(longMonth(siteMonth(-6)));
    expect(await note.innerText()).not.toContain(longMonth(LAST));
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

/** A month as the drill-down's buttons write it in English: "Oct 2026". */
function monthShort(month: string): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** A month as the page writes it in English: "October 2026". */
function longMonth(month: string): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** Page objects of a PDF ("/Type /Page", not "/Pages"): Chromium writes them uncompressed. */
function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?!s)/g)].length;
}
