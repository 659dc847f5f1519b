import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminToken,
  graphqlAt,
  launchBrowser,
  morningContacts,
  screenshotPath,
  siteDate,
  startApi,
  type RunningApi,
  watchForProblems,
  adminPageAt,
} from './support.js';

/*
 * The Schedule page against the real built API: three weeks of morning contacts on one demo queue
 * (a forecast needs 14 days), a week generated for that queue's agents through the API, then in
 * the browser: the Gantt shows shifts with breaks, a move outside the template's start window is
 * refused with the field and the rule, an added activity changes the coverage table at once, and
 * the schedule is published; a shift dragged later moves (coverage recomputed) and one dragged out
 * of its start window is refused with field and rule; the simulation check fills in beside Erlang
 * C; a time-off request is made and approved; the operations page's staffing gap reads this week's
 * published schedule; and a generation started from the page is cancelled.
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
    morningContacts('sched', siteDate(i - HISTORY_DAYS), agents[0].agentId),
  ).flat();
  await gql('mutation($events: [JSONObject!]!) { ingestEvents(events: $events) { accepted } }', { events });
  const { generateSchedule } = await gql<{ generateSchedule: { id: string } }>(
    'mutation($input: GenerateScheduleInput!) { generateSchedule(input: $input) { id } }',
    { input: { weekStart: nextMonday(), queues: [QUEUE], timeLimitSeconds: 10 } },
  );
  await settled(generateSchedule.id);
  // This week's schedule, published: the operations page's staffing gap reads it.
  const thisWeek = await gql<{ generateSchedule: { id: string } }>(
    'mutation($input: GenerateScheduleInput!) { generateSchedule(input: $input) { id } }',
    { input: { weekStart: thisMonday(), queues: [QUEUE], timeLimitSeconds: 5 } },
  );
  await settled(thisWeek.generateSchedule.id);
  await gql('mutation($id: ID!) { publishSchedule(id: $id) { status } }', {
    id: thisWeek.generateSchedule.id,
  });
}, 300_000);

/** Waits until a generation is READY (the solver runs in the background; no expect.poll outside a test). */
async function settled(id: string): Promise<void> {
  for (let waited = 0; ; waited += 2000) {
    const { schedule } = await gql<{ schedule: { status: string; error: string | null } }>(
      'query($id: ID!) { schedule(id: $id) { status error } }',
      { id },
    );
    if (schedule.status === 'READY') return;
    if (schedule.status === 'FAILED' || waited > 180_000)
      throw new Error(`schedule ${schedule.status}: ${schedule.error}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/** The Monday of this week at the demo sites. */
function thisMonday(): string {
  const today = siteDate(0);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return siteDate(-weekday);
}

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
    const { context, page, problems } = await adminPageAt(browser, api.url, '/schedule');
    try {
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

  it('drags a shift later (coverage recomputed) and refuses a drag out of its start window', async () => {
    const { context, page, problems } = await adminPageAt(browser, api.url, '/schedule');
    try {
      const bars = page.locator('.gantt-shift');
      await expect.poll(() => bars.count(), { timeout: 60_000 }).toBeGreaterThan(1);
      const bar = bars.nth(1);
      const shiftId = (await bar.getAttribute('data-shift'))!;
      const agentId = (await bar.locator('xpath=ancestor::div[@data-agent]').getAttribute('data-agent'))!;
      const read = async () => {
        const { schedules } = await gql<{ schedules: { id: string; status: string }[] }>(
          'query($w: String) { schedules(weekStart: $w) { id status } }',
          { w: nextMonday() },
        );
        const id = schedules.find((s) => s.status === 'PUBLISHED')!.id;
        const { schedule } = await gql<{ schedule: { agents: { shifts: Shift[] }[] } }>(
          'query($id: ID!, $a: [String!]) { schedule(id: $id) { agents(agentIds: $a) { shifts { id startMinute endMinute breaks { startMinute endMinute } activities { startMinute endMinute } } } } }',
          { id, a: [agentId] },
        );
        return schedule.agents[0].shifts.find((s) => s.id === shiftId)!;
      };
      const before = await read();
      const track = (await bar.locator('xpath=..').boundingBox())!;
      const perMinute = track.width / 1440; // the day view
      const drag = async (minutes: number) => {
        const box = (await bar.boundingBox())!;
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + (minutes * perMinute) / 2, y, { steps: 4 });
        await page.mouse.move(x + minutes * perMinute, y, { steps: 4 });
        await page.mouse.up();
      };
      // 30 minutes later (earlier when that would leave the template's start window).
      const delta = before.startMinute % 1440 < 11 * 60 ? 30 : -30;
      const coverageBefore = await scheduledAt(page, hhmm(before.startMinute + (delta > 0 ? 0 : delta)));
      await drag(delta);
      await expect
        .poll(async () => (await read()).startMinute, { timeout: 30_000 })
        .toBe(before.startMinute + delta);
      expect((await read()).endMinute).toBe(before.endMinute + delta);
      // The interval the shift left (or joined) changed in the coverage table at once.
      await expect
        .poll(() => scheduledAt(page, hhmm(before.startMinute + (delta > 0 ? 0 : delta))))
        .not.toBe(coverageBefore);
      await expect.poll(() => page.getByTestId('drag-problems').count()).toBe(0);

      // From the keyboard: Alt+→ on the focused bar moves the shift 15 minutes later, Alt+← back.
      await bar.focus();
      await page.keyboard.press('Alt+ArrowRight');
      await expect
        .poll(async () => (await read()).startMinute, { timeout: 30_000 })
        .toBe(before.startMinute + delta + 15);
      await bar.focus();
      await page.keyboard.press('Alt+ArrowLeft');
      await expect
        .poll(async () => (await read()).startMinute, { timeout: 30_000 })
        .toBe(before.startMinute + delta);

      // Six hours earlier: before every template's start window — refused, nothing changes.
      await drag(-360);
      const refused = page.getByTestId('drag-problems');
      await expect
        .poll(() => refused.innerText(), { timeout: 30_000 })
        .toMatch(/input\.startMinute: SHIFT_START_WINDOW/);
      expect((await read()).startMinute).toBe(before.startMinute + delta);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the simulation check beside Erlang C, and takes a time-off request to approval', async () => {
    const { context, page, problems } = await adminPageAt(browser, api.url, '/schedule');
    try {
      const status = page.getByTestId('simulation-status');
      await expect
        .poll(() => status.innerText(), { timeout: 90_000 })
        .toMatch(/^\s*Simulated over the week: /);
      // 09:00 on Monday has forecast contacts: Erlang's prediction and the simulated level, in %.
      const row = page
        .locator('#schedule-service-level table tbody tr')
        .filter({ has: page.locator('th:text-is("09:00")') });
      await expect.poll(() => row.locator('td').nth(0).innerText()).toMatch(/%$/);
      await expect.poll(() => row.locator('td').nth(1).innerText()).toMatch(/%$/);

      // A scheduler asks for a day off for an agent, then approves it.
      const { agents } = await gql<{ agents: { agentId: string; name: string }[] }>(
        '{ agents { agentId name } }',
      );
      const panel = page.locator('#schedule-time-off');
      const form = panel.locator('form');
      const day = siteDate(0) < nextMonday() ? nextMonday() : siteDate(7);
      await form.getByLabel('Agent').selectOption(agents[1].agentId);
      await form.getByLabel('First day off').fill(day);
      await form.getByLabel('Last day off').fill(day);
      await form.getByLabel('Note').fill('family');
      await form.getByRole('button', { name: 'Request time off' }).click();
      const line = panel.locator('tbody tr').filter({ hasText: agents[1].name });
      await expect.poll(() => line.innerText(), { timeout: 30_000 }).toMatch(/Waiting/);
      await line.getByRole('button', { name: /^Approve / }).click();
      await expect.poll(() => line.innerText(), { timeout: 30_000 }).toMatch(/Approved/);
      const { timeOff } = await gql<{ timeOff: { agentId: string; status: string; note: string }[] }>(
        '{ timeOff { agentId status note } }',
      );
      expect(timeOff).toContainEqual({ agentId: agents[1].agentId, status: 'APPROVED', note: 'family' });

      const shot = screenshotPath('schedule-simulation-time-off');
      if (shot) await page.screenshot({ path: shot, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('operations: the staffing gap reads this week’s published schedule', async () => {
    const { context, page, problems } = await adminPageAt(browser, api.url, '/operations');
    try {
      const panel = page.locator('section.ops-gap');
      await expect
        .poll(() => panel.innerText(), { timeout: 60_000 })
        .toMatch(/Scheduled: the staff the published schedule puts on each queue/);
      const row = panel.locator('tbody tr').filter({ has: page.locator(`th:text-is("${QUEUE}")`) });
      await expect
        .poll(() => row.locator('td').first().innerText(), { timeout: 30_000 })
        .toMatch(/scheduled \d/);
      // Each cell's scheduled staff is the API's, read from the published schedule.
      const { staffingGap } = await gql<{
        staffingGap: { queues: { queue: string; intervals: { scheduled: number | null }[] }[] };
      }>(
        `{ staffingGap(input: { hours: 2, queues: ["${QUEUE}"] }) { queues { queue intervals { scheduled } } } }`,
      );
      expect(staffingGap.queues[0].intervals.every((i) => i.scheduled !== null)).toBe(true);
      const shot = screenshotPath('operations-gap');
      if (shot) await page.screenshot({ path: shot, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows generation progress and cancels it from the page', async () => {
    const { context, page, problems } = await adminPageAt(browser, api.url, '/schedule');
    try {
      await expect.poll(() => page.locator('.gantt-shift').count(), { timeout: 60_000 }).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Generate' }).click();
      const cancel = page.getByRole('button', { name: 'Cancel generation' });
      await expect.poll(() => cancel.count(), { timeout: 30_000 }).toBe(1);
      await expect
        .poll(() => page.locator('.generation-progress').innerText(), { timeout: 30_000 })
        .toMatch(/\d+ s of about 50 s/);
      await cancel.click();
      await expect
        .poll(() => page.getByText('Generation of this schedule was cancelled').count(), { timeout: 30_000 })
        .toBe(1);
      const { schedules } = await gql<{ schedules: { status: string }[] }>(
        'query($w: String) { schedules(weekStart: $w) { status } }',
        { w: nextMonday() },
      );
      expect(schedules[0].status).toBe('CANCELLED');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an agent sees its published week and asks for time off', async () => {
    const { agents } = await gql<{ agents: { agentId: string; name: string }[] }>(
      '{ agents { agentId name } }',
    );
    const agent = agents[2];
    const user = { username: 'e2e-agent-time-off', password: 'e2e-agent-password-1' };
    const { createUser } = await gql<{ createUser: { id: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: user.username, displayName: agent.name, role: 'AGENT', agentId: agent.agentId } },
    );
    await gql('mutation($id: ID!, $p: String!) { setUserPassword(userId: $id, password: $p) { id } }', {
      id: createUser.id,
      p: user.password,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    try {
      const login = await context.request.post(`${api.url}/api/auth/login`, { data: user });
      expect(login.ok()).toBe(true);
      await context.addInitScript(() => window.localStorage.setItem('servicefloor.signedIn', '1'));
      await page.goto(`${api.url}/schedule`, { waitUntil: 'networkidle' });
      await expect.poll(() => page.locator('h1').first().innerText()).toBe('My schedule');
      // The page has loaded the agent's requests (none yet) before the form is filled.
      await expect
        .poll(() => page.getByText('You have not asked for time off.').count(), { timeout: 30_000 })
        .toBe(1);
      const day = siteDate(14);
      const form = page.getByRole('form', { name: 'Request time off' });
      await form.getByLabel('First day off').fill(day);
      await form.getByLabel('Last day off').fill(siteDate(15));
      await expect.poll(() => form.getByLabel('First day off').inputValue()).toBe(day);
      await form.getByLabel('Note').fill('wedding');
      await form.getByRole('button', { name: 'Request time off' }).click();
      const mine = page.locator('.time-off-table tbody tr').filter({ hasText: 'wedding' });
      await expect.poll(() => mine.innerText(), { timeout: 30_000 }).toMatch(/Waiting/);
      expect(await mine.innerText()).toContain(`${day} to ${siteDate(15)}`);
      // The scheduler sees it waiting, for this agent.
      const { timeOff } = await gql<{ timeOff: { agentId: string; status: string; requestedBy: string }[] }>(
        '{ timeOff(statuses: ["PENDING"]) { agentId status requestedBy } }',
      );
      expect(timeOff).toContainEqual({
        agentId: agent.agentId,
        status: 'PENDING',
        requestedBy: user.username,
      });
      const shot = screenshotPath('my-schedule-time-off');
      if (shot) await page.screenshot({ path: shot, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('sets an agent’s weekly availability from the page', async () => {
    const { agents } = await gql<{ agents: { agentId: string; name: string }[] }>(
      '{ agents { agentId name } }',
    );
    const agent = agents[3];
    const { context, page, problems } = await adminPageAt(browser, api.url, '/schedule');
    try {
      const panel = page.locator('#schedule-availability');
      await panel.getByLabel('Agent').selectOption(agent.agentId);
      const form = panel.getByRole('form', { name: 'Weekly availability' });
      await form.getByLabel('Can work on Mon').selectOption('between');
      await form.getByLabel('Mon from').fill('10:00');
      await form.getByLabel('Mon to').fill('20:00');
      await form.getByLabel('Can work on Sat').selectOption('off');
      await form.getByLabel('Can work on Sun').selectOption('off');
      await form.getByRole('button', { name: 'Save availability' }).click();
      await expect.poll(() => form.getByRole('status').count(), { timeout: 30_000 }).toBe(1);
      const { schedulingRules } = await gql<{
        schedulingRules: {
          agents: {
            agentId: string;
            availability: { day: number; fromMinutes: number; toMinutes: number }[];
          }[];
        };
      }>('{ schedulingRules { agents { agentId availability { day fromMinutes toMinutes } } } }');
      expect(schedulingRules.agents.find((a) => a.agentId === agent.agentId)!.availability).toEqual([
        { day: 0, fromMinutes: 600, toMinutes: 1200 },
        ...[1, 2, 3, 4].map((day) => ({ day, fromMinutes: 0, toMinutes: 2880 })),
      ]);
      const shot = screenshotPath('schedule-availability');
      if (shot) await panel.screenshot({ path: shot });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
