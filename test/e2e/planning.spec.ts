import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
 * The Planning page against the real built API: three weeks of morning contacts on one demo
 * queue go in through ingestEvents (a forecast needs at least 14 days of history), then the page
 * must show the day's requirement with numbers, recompute it when a what-if input changes, and
 * answer the single-interval calculator.
 */

const QUEUE = 'Hotline General';
const HISTORY_DAYS = 21;

let api: RunningApi;
let browser: Browser;
let token: string;

function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return graphqlAt<T>(api.url, token, query, variables);
}

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  if (process.env.SCREENSHOTS_DIR) await mkdir(process.env.SCREENSHOTS_DIR, { recursive: true });
  token = await adminToken(api.url);

  const { agents } = await gql<{ agents: { agentId: string }[] }>('{ agents { agentId } }');
  const events = Array.from({ length: HISTORY_DAYS }, (_, i) =>
    morningContacts('plan', siteDate(i - HISTORY_DAYS), agents[0].agentId),
  ).flat();
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

async function openPlanning(): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await signIn(page, api.url);
  await page.goto(`${api.url}/planning`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('h1').first().innerText()).toBe('Planning');
  return { page, context, problems };
}

/** The whole numbers of agents in the requirement table's "Agents needed" column. */
async function agentsColumn(page: Page): Promise<number[]> {
  const cells = await page
    .locator('[data-testid="requirement-table"] td[data-testid="agents"] strong')
    .allInnerTexts();
  return cells.map(Number);
}

describe('Planning page', () => {
  it('shows the requirement per interval, recomputes a what-if and answers the calculator', async () => {
    const { page, context, problems } = await openPlanning();
    try {
      // The queue with history is chosen (the first non-claim queue may be another one).
      await page.getByLabel('Queue').selectOption(QUEUE);

      // Requirement: 96 intervals of today, the morning ones staffed.
      await expect.poll(() => agentsColumn(page).then((a) => a.length), { timeout: 60_000 }).toBe(96);
      const before = await agentsColumn(page);
      expect(before.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      expect(Math.max(...before)).toBeGreaterThan(0);
      const totals = page.getByTestId('requirement-totals');
      const totalsBefore = await totals.innerText();
      expect(totalsBefore).toMatch(/^[\d,]+ contacts; peak \d+ agents/);
      // The selected interval is explained in a sentence, with its formula behind a disclosure.
      const explained = page.getByTestId('requirement-explained');
      await expect.poll(() => explained.innerText()).toMatch(/You need \d+ agents? on the phones from/);
      await explained.getByText('Show the formula with these numbers').click();
      await expect.poll(() => explained.locator('code').first().innerText()).toMatch(/^A = λ × AHT/);

      // What-if: five times the volume needs at least as many agents everywhere, more somewhere.
      await page.getByLabel(/^Volume change/).fill('400');
      await expect.poll(() => totals.innerText(), { timeout: 30_000 }).not.toBe(totalsBefore);
      await expect.poll(() => page.getByText('Recomputing…').count(), { timeout: 30_000 }).toBe(0);
      const after = await agentsColumn(page);
      expect(after).toHaveLength(96);
      expect(after.every((n, i) => n >= before[i])).toBe(true);
      expect(after.reduce((a, b) => a + b, 0)).toBeGreaterThan(before.reduce((a, b) => a + b, 0));

      // The calculator answers, and more contacts need more agents.
      const answer = page.getByTestId('calculator-agents');
      await expect.poll(() => answer.innerText().then(Number), { timeout: 30_000 }).toBeGreaterThan(0);
      const few = Number(await answer.innerText());
      await expect
        .poll(() => page.getByTestId('calculator-answer').innerText())
        .toMatch(/You need \d+ agents? on the phones for 120 contacts in 15 minutes/);
      await page.getByLabel(/^Contacts/).fill('480');
      await expect.poll(() => answer.innerText().then(Number), { timeout: 30_000 }).toBeGreaterThan(few);

      // A forecast snapshot is saved, listed, and its accuracy so far is said in a sentence.
      await page.getByLabel('Label').fill('e2e plan');
      await page.getByRole('button', { name: 'Save snapshot' }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Saved “e2e plan”' }).count(), {
          timeout: 60_000,
        })
        .toBe(1);
      await expect
        .poll(
          () =>
            page
              .getByTestId('snapshot-accuracy')
              .innerText()
              .catch(() => ''),
          { timeout: 30_000 },
        )
        .toMatch(
          /Accuracy of “e2e plan” for Hotline General so far\s+(No interval of this forecast has actuals yet\.|Over \d+ days?)/,
        );

      const shot = screenshotPath('planning');
      if (shot) await page.screenshot({ path: shot, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
