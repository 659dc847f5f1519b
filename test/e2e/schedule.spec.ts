import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
  graphqlAt,
  siteDate,
  launchBrowser,
  screenshotPath,
  signIn,
  startApi,
  watchForProblems,
  type RunningApi,
} from './support.js';

/*
 * The Schedule page against the real built API: three weeks of morning contacts on one demo queue
 * (a forecast needs 14 days), a week generated for that queue's agents through the API, then in
 * the browser: the Gantt shows shifts with breaks, a move outside the template's start window is
 * refused with the field and the rule, an added activity changes the coverage table at once, and
 * the schedule is published.
 */

const QUEUE = 'Hotline General';
const HISTORY_DAYS = 21;

/** The Monday after today (the page's default week). */
function nextMonday(): string {
  const today = siteDate(0);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return siteDate(weekday === 0 ? 0 : 7 - weekday);
}

let api: RunningApi;
let browser: Browser;
let token: string;

function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return graphqlAt<T>(api.url, token, query, variables);
}

/** A contact every 10 minutes from 09:00 to 10:50 local time. */
function morning(day: string, agentId: string): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  const two = (n: number) => String(n).padStart(2, '0');
  const at = (s: number) => {
    const t = 9 * 3600 + s;
    return `${day}T${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}+08:00`;
  };
  for (let n = 0; n < 12; n++) {
    const contactId = `sched-${day}-${n}`;
    const base = { kind: 'contact', contactId, queue: QUEUE };
    events.push(
      { ...base, eventId: `${contactId}-o`, type: 'OFFERED', occurredAt: at(n * 600), channel: 'HOTLINE' },
      { ...base, eventId: `${contactId}-a`, type: 'ANSWERED', occurredAt: at(n * 600 + 15), agentId },
      {
        ...base,
        eventId: `${contactId}-c`,
        type: 'COMPLETED',
        occurredAt: at(n * 600 + 285),
        agentId,
        talkSeconds: 240,
        holdSeconds: 0,
        acwSeconds: 30,
      },
    );
  }
  return events;
}

interface Shift {
  id: string;
  startMinute: number;
  endMinute: number;
  breaks: { startMinute: number; endMinute: number }[];
  activities: { startMinute: number; endMinute: number }[];
}

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  if (process.env.SCREENSHOTS_DIR) await mkdir(process.env.SCREENSHOTS_DIR, { recursive: true });
  token = await adminToken(api.url);
  const { agents } = await gql<{ agents: { agentId: string }[] }>('{ agents { agentId } }');
  const events = Array.from({ length: HISTORY_DAYS }, (_, i) =>
    morning(siteDate(i - HISTORY_DAYS), agents[0].agentId),
  ).flat();
  await gql('mutation($events: [JSONObject!]!) { ingestEvents(events: $events) { accepted } }', { events });
  const { generateSchedule } = await gql<{ generateSchedule: { id: string } }>(
    'mutation($input: GenerateScheduleInput!) { generateSchedule(input: $input) { id } }',
    { input: { weekStart: nextMonday(), queues: [QUEUE], timeLimitSeconds: 10 } },
  );
  // The solver runs in the background: wait for it (no expect.poll outside a test).
  for (let waited = 0; ; waited += 2000) {
    const { schedule } = await gql<{ schedule: { status: string; error: string | null } }>(
      'query($id: ID!) { schedule(id: $id) { status error } }',
      { id: generateSchedule.id },
    );
    if (schedule.status === 'READY') break;
    if (schedule.status === 'FAILED' || waited > 180_000)
      throw new Error(`schedule ${schedule.status}: ${schedule.error}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** The "Scheduled staff" cell of the coverage table at a clock time of the day shown. */
async function scheduledAt(page: Page, clock: string): Promise<string> {
  const row = page
    .locator('#schedule-coverage table tbody tr')
    .filter({ has: page.locator(`th:text-is("${clock}")`) });
  return row.locator('td').nth(1).innerText();
}

const hhmm = (minute: number) =>
  `${String(Math.floor((minute % 1440) / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

describe('Schedule page', () => {
  it('shows the Gantt, refuses a rule-breaking edit, recomputes coverage after an edit and publishes', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    try {
      await signIn(page, api.url);
      await page.goto(`${api.url}/schedule`, { waitUntil: 'networkidle' });
      await expect.poll(() => page.locator('h1').first().innerText()).toBe('Schedule');
      const first = page.locator('.gantt-shift').first();
      await expect.poll(() => first.count(), { timeout: 60_000 }).toBe(1);
      expect(await page.locator('.gantt-seg--meal').count()).toBeGreaterThan(0);

      // The first shift shown (Monday), read from the API to find a free half hour in it.
      const shiftId = (await first.getAttribute('data-shift'))!;
      const agentId = (await first.locator('xpath=ancestor::div[@data-agent]').getAttribute('data-agent'))!;
      const { schedules } = await gql<{ schedules: { id: string }[] }>(
        'query($w: String) { schedules(weekStart: $w) { id } }',
        {
          w: nextMonday(),
        },
      );
      const { schedule } = await gql<{ schedule: { agents: { shifts: Shift[] }[] } }>(
        'query($id: ID!, $a: [String!]) { schedule(id: $id) { agents(agentIds: $a) { shifts { id startMinute endMinute breaks { startMinute endMinute } activities { startMinute endMinute } } } } }',
        { id: schedules[0].id, a: [agentId] },
      );
      const shift = schedule.agents[0].shifts.find((s) => s.id === shiftId)!;
      const away = [...shift.breaks, ...shift.activities];
      let slot = shift.startMinute + 60;
      while (!away.every((p) => p.endMinute <= slot || p.startMinute >= slot + 30)) slot += 15;

      await first.click();
      const editor = page.locator('form.shift-editor');
      // A move to 03:00 is outside every template's start window: refused, on the field, with the rule.
      await editor.getByLabel('New start').fill('03:00');
      await editor.getByRole('button', { name: 'Apply' }).click();
      const refused = page.getByTestId('edit-problems');
      await expect
        .poll(() => refused.innerText(), { timeout: 30_000 })
        .toMatch(/input\.startMinute: SHIFT_START_WINDOW/);

      // An hour of coaching takes the agent off the queue: the coverage table changes at once.
      const before = await scheduledAt(page, hhmm(slot));
      await editor.getByLabel('Add an activity').check();
      await editor.getByLabel('Starts at').fill(hhmm(slot));
      await editor.getByLabel('Length', { exact: true }).selectOption('30');
      await editor.getByRole('button', { name: 'Apply' }).click();
      await expect
        .poll(() => page.locator(`.gantt-shift[data-shift="${shiftId}"] .gantt-seg--coaching`).count(), {
          timeout: 30_000,
        })
        .toBe(1);
      await expect.poll(() => scheduledAt(page, hhmm(slot))).not.toBe(before);
      expect(Number((await scheduledAt(page, hhmm(slot))).replace(/,/g, ''))).toBeLessThan(
        Number(before.replace(/,/g, '')),
      );

      await page.getByRole('button', { name: 'Publish' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: 'Published' }).count(), { timeout: 30_000 })
        .toBe(1);

      const shot = screenshotPath('schedule');
      if (shot) await page.screenshot({ path: shot, fullPage: true });
      // Refused edits answer 200 with a GraphQL error; nothing else may go wrong.
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
