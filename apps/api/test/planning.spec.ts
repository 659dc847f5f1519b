import { bias as libBias, reforecastIntraday, wape as libWape } from '@servicefloor/forecast';
import {
  claimDeskRequirement,
  requiredAgents,
  scheduledStaff,
  type RequiredAgentsInput,
} from '@servicefloor/erlang';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST, type IngestResponse } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

/*
 * Planning over HTTP on the real app: forecasts from seeded history, snapshots and their accuracy,
 * special days, staffing requirements checked against libs/erlang, what-if, the calculator,
 * intraday re-forecast and the staffing gap, and who may do what.
 *
 * History: 28 local days (Asia/Shanghai) ending yesterday (day D) of a seasonal pattern — the daily
 * profile and weekday factors of libs/forecast's fixtures, ±10 % noise — for a hotline and a chat
 * queue, pushed through the ingestMutation as OFFERED / ANSWERED / COMPLETED and OFFERED / ABANDONED
 * events. Day D of the hotline runs 30 % above the pattern (for the intraday re-forecast).
 */

const ZONE_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const INTERVAL_MS = 900_000;
const DAYS = 28;
const HOTLINE = 'Hotline Planning';
const CHAT = 'Chat Planning';
const CLAIMS = 'Claims Planning';
const HOTLINE_AHT = 240;
const CHAT_AHT = 420;
const BOOST = 1.3;

/** Mulberry32, a small seeded generator of uniform numbers in [0, 1) (as libs/forecast's fixtures). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of a day's contacts by local hour: a morning peak near 10:00, an afternoon one near 14:30 (libs/forecast's fixture profile). */
function dailyProfile(hour: number): number {
  const bump = (centre: number, width: number, height: number) =>
    height * Math.exp(-0.5 * ((hour - centre) / width) ** 2);
  return 0.02 + bump(10, 1.6, 1) + bump(14.5, 2, 0.8) + bump(19.5, 1.5, 0.35);
}

/** Relative volume by weekday, Monday first. */
const WEEKDAY_FACTORS = [1.2, 1.05, 1, 1, 0.95, 0.55, 0.45];

/** YYYY-MM-DD of a Shanghai local day number (days since 1970-01-01 local). */
function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const today = Math.floor((Date.now() + ZONE_OFFSET_MS) / DAY_MS);
const D = today - 1;
const FIRST = D - DAYS + 1;
const dayStartMs = (day: number) => day * DAY_MS - ZONE_OFFSET_MS;
const iso = (ms: number) => new Date(ms).toISOString();

/** Expected contacts per interval of a local day: peak × daily profile × weekday factor (Monday first). */
function expected(day: number, interval: number, peak: number): number {
  const weekday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  let max = 0;
  for (let i = 0; i < 96; i++) max = Math.max(max, dailyProfile((i + 0.5) / 4));
  return (peak * dailyProfile((interval + 0.5) / 4) * WEEKDAY_FACTORS[weekday]) / max;
}

interface SeededQueue {
  name: string;
  /** Offered contacts per interval from FIRST's start, DAYS × 96 values. */
  offered: number[];
  events: Record<string, unknown>[];
}

/** A queue's seeded history: counts and the contact events that produce them. */
function history(
  name: string,
  peak: number,
  aht: number,
  seed: number,
  boostDay: number | null,
): SeededQueue {
  const random = seededRandom(seed);
  const offered: number[] = [];
  const events: Record<string, unknown>[] = [];
  let n = 0;
  for (let day = FIRST; day <= D; day++) {
    for (let interval = 0; interval < 96; interval++) {
      const mean = expected(day, interval, peak) * (day === boostDay ? BOOST : 1);
      const count = Math.round(mean * (1 + 0.1 * (2 * random() - 1)));
      offered.push(count);
      const start = dayStartMs(day) + interval * INTERVAL_MS;
      for (let k = 0; k < count; k++) {
        const contactId = `${name.replace(/\s/g, '')}-${n++}`;
        const at = start + Math.floor(random() * (INTERVAL_MS - 1000));
        const base = { kind: 'contact', contactId, queue: name };
        events.push({ ...base, eventId: `${contactId}-o`, type: 'OFFERED', occurredAt: iso(at) });
        if (random() < 0.1) {
          events.push({
            ...base,
            eventId: `${contactId}-x`,
            type: 'ABANDONED',
            occurredAt: iso(at + 5000 + Math.floor(random() * 85_000)),
          });
          continue;
        }
        const wait = Math.floor(random() * 40_000);
        const agentId = `${name.slice(0, 3).toLowerCase()}-a${k % 5}`;
        const talk = Math.round(aht * (0.6 + 0.4 * random()));
        const hold = Math.round(aht * 0.1 * random());
        const acw = Math.max(0, aht - talk - hold);
        events.push({
          ...base,
          eventId: `${contactId}-a`,
          type: 'ANSWERED',
          occurredAt: iso(at + wait),
          agentId,
        });
        events.push({
          ...base,
          eventId: `${contactId}-c`,
          type: 'COMPLETED',
          occurredAt: iso(at + wait + (talk + hold + acw) * 1000),
          agentId,
          talkSeconds: talk,
          holdSeconds: hold,
          acwSeconds: acw,
        });
      }
    }
  }
  return { name, offered, events };
}

/** Claims opened on the seasonal pattern (a claim desk's arrivals are claims, not contacts). */
function claimHistory(peak: number, seed: number): SeededQueue {
  const random = seededRandom(seed);
  const offered: number[] = [];
  const events: Record<string, unknown>[] = [];
  let n = 0;
  for (let day = FIRST; day <= D; day++) {
    for (let interval = 0; interval < 96; interval++) {
      const count = Math.round(expected(day, interval, peak) * (1 + 0.1 * (2 * random() - 1)));
      offered.push(count);
      const start = dayStartMs(day) + interval * INTERVAL_MS;
      for (let k = 0; k < count; k++) {
        const claimId = `claim-${n++}`;
        events.push({
          kind: 'claim',
          eventId: `${claimId}-o`,
          claimId,
          type: 'OPENED',
          occurredAt: iso(start + Math.floor(random() * (INTERVAL_MS - 1000))),
          queue: CLAIMS,
          amount: 100,
        });
      }
    }
  }
  return { name: CLAIMS, offered, events };
}

async function ingest(api: TestApp, events: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < events.length; i += 5000) {
    const batch = { events: events.slice(i, i + 5000) };
    // Ingestion is idempotent (eventIds): a batch whose connection was reset is simply sent again.
    const res = await api
      .gql<IngestResponse>(INGEST, batch)
      .catch(() => api.gql<IngestResponse>(INGEST, batch));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const rejected = res.data!.ingestEvents.results.filter((r) => r.status === 'REJECTED');
    if (rejected.length > 0) throw new Error(JSON.stringify(rejected.slice(0, 3)));
  }
}

/** Throws with the GraphQL errors, else the data. */
async function query<T>(api: TestApp, document: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(document, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const FORECAST = `query($input: ForecastInput) { planningForecast(input: $input) { horizonWeeks queues {
  queue channel timeZone offsetMinutes from start intervalMinutes intervalCount historyStart historyIntervals
  requestedMethod method level volume lower upper ahtSeconds excludedIntervals problem
  backtest { method wape bias folds intervals chosen } backtestWindowIntervals
  specialDays { id label multiplier } days { date volume ahtSeconds specialDays } } } }`;

const SAVE = `mutation($input: SaveForecastSnapshotInput!) { saveForecastSnapshot(input: $input) {
  id label from to horizonWeeks skipped { queue problem } queues { queue method start intervalCount volume ahtSeconds } } }`;

const REQUIREMENTS = `query($input: StaffingRequirementsInput) { staffingRequirements(input: $input) { snapshotId queues {
  queue channel model start intervalMinutes intervalCount problem
  inputs { targetServiceLevel thresholdSeconds shrinkage maxOccupancy targetAsaSeconds volumeChange ahtChange ahtSeconds }
  patience { seconds source abandoned exposureSeconds averageAbandonWaitSeconds estimatedSeconds windowDays explanation { key text } }
  series { volume ahtSeconds trafficErlangs agents fractionalAgents serviceLevel asa occupancy abandonRate scheduledStaff scheduledAgents erlangCAgents erlangAAgents }
  totals { intervals volume agentHours scheduledHours peakAgents peakStart } } } }`;

interface SeriesData {
  volume: number[];
  ahtSeconds: (number | null)[];
  agents: number[];
  fractionalAgents: number[];
  serviceLevel: number[];
  asa: number[];
  occupancy: number[];
  abandonRate: (number | null)[];
  scheduledStaff: number[];
  scheduledAgents: number[];
  erlangCAgents: number[];
  erlangAAgents: (number | null)[];
  trafficErlangs: number[];
}

interface QueueRequirementsData {
  queue: string;
  model: string;
  problem: string | null;
  intervalCount: number;
  inputs: {
    targetServiceLevel: number;
    thresholdSeconds: number;
    shrinkage: number;
    maxOccupancy: number | null;
  };
  patience: { seconds: number | null; source: string; abandoned: number; exposureSeconds: number };
  series: SeriesData;
  totals: { agentHours: number; scheduledHours: number; volume: number; peakAgents: number };
}

describe('planning API', () => {
  let db: TestDatabase;
  let api: TestApp;
  let hotline: SeededQueue;
  let chat: SeededQueue;
  let claims: SeededQueue;

  beforeAll(async () => {
    // Made before any request: seconds of generating between requests could outlast a kept-alive socket.
    hotline = history(HOTLINE, 16, HOTLINE_AHT, 11, D);
    chat = history(CHAT, 8, CHAT_AHT, 12, null);
    claims = claimHistory(3, 13);
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    const site = await query<{ createSite: { id: string } }>(
      api,
      `mutation { createSite(input: { name: "Shenzhen Planning", timeZone: "Asia/Shanghai" }) { id } }`,
    );
    const siteId = Number(site.createSite.id);
    const queueIds: Record<string, number> = {};
    for (const [name, channel] of [
      [HOTLINE, 'HOTLINE'],
      [CHAT, 'ONLINE'],
      [CLAIMS, 'CLAIM_DESK'],
    ]) {
      const res = await query<{ createQueue: { id: string } }>(
        api,
        `mutation($input: CreateQueueInput!) { createQueue(input: $input) { id } }`,
        { input: { name, channel, siteId } },
      );
      queueIds[name] = Number(res.createQueue.id);
    }
    // Agents for the staffing gap: six serve the hotline, two of them the chat as well.
    for (let i = 0; i < 6; i++) {
      const skills = [{ queueId: queueIds[HOTLINE], proficiency: 0.8 }];
      if (i < 2) skills.push({ queueId: queueIds[CHAT], proficiency: 0.6 });
      await query(api, `mutation($input: CreateAgentInput!) { createAgent(input: $input) { id } }`, {
        input: { agentId: `gap-${i}`, name: `Gap ${i}`, skills },
      });
    }
    await ingest(api, [...hotline.events, ...chat.events, ...claims.events]);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('forecasts seasonal history with a low WAPE, reporting the method chosen and the back-test WAPE per method', async () => {
    const from = dateOf(D - 6);
    const data = await query<{ planningForecast: { queues: Record<string, unknown>[] } }>(api, FORECAST, {
      input: { queues: [HOTLINE, CHAT], from, horizonWeeks: 1 },
    });
    for (const [forecast, seeded] of data.planningForecast.queues.map(
      (f, i) => [f, [hotline, chat][i]] as const,
    )) {
      const f = forecast as {
        queue: string;
        problem: string | null;
        method: string;
        volume: number[];
        lower: number[];
        upper: number[];
        ahtSeconds: number[];
        intervalCount: number;
        start: string;
        offsetMinutes: number;
        historyIntervals: number;
        backtest: { method: string; wape: number | null; chosen: boolean; folds: number }[];
        days: { date: string; volume: number }[];
      };
      expect(f.problem).toBeNull();
      expect(f.queue).toBe(seeded.name);
      expect(f.start).toBe(`${from}T00:00:00+08:00`);
      expect(f.offsetMinutes).toBe(480);
      expect(f.intervalCount).toBe(672);
      expect(f.historyIntervals).toBe(21 * 96);
      expect(f.volume).toHaveLength(672);
      // Every method was considered; the chosen one has the lowest back-test WAPE of those run.
      expect(f.backtest.map((s) => s.method).sort()).toEqual(
        ['HOLT_WINTERS_ADDITIVE', 'HOLT_WINTERS_MULTIPLICATIVE', 'SEASONAL_NAIVE', 'WEEKLY_AVERAGE'].sort(),
      );
      const chosen = f.backtest.find((s) => s.chosen)!;
      expect(chosen.method).toBe(f.method);
      const scored = f.backtest.filter((s) => s.wape !== null);
      expect(chosen.wape).toBe(Math.min(...scored.map((s) => s.wape!)));
      expect(chosen.wape!).toBeLessThan(0.2);
      // Out of sample: the 6 days before the boosted day D, against what was seeded (WAPE of metrics.md).
      const offset = (D - 6 - FIRST) * 96;
      const actual = seeded.offered.slice(offset, offset + 6 * 96);
      const forecastValues = f.volume.slice(0, 6 * 96);
      expect(libWape(actual, forecastValues)!).toBeLessThan(0.15);
      for (let i = 0; i < 672; i++) {
        expect(f.lower[i]).toBeLessThanOrEqual(f.volume[i] + 1e-9);
        expect(f.upper[i]).toBeGreaterThanOrEqual(f.volume[i] - 1e-9);
      }
      // AHT: handle seconds / handled of the history, near the AHT the events were made with.
      const busy = f.ahtSeconds.filter((_, i) => f.volume[i] > 5);
      const meanAht = busy.reduce((s, v) => s + v, 0) / busy.length;
      expect(meanAht).toBeGreaterThan((seeded === hotline ? HOTLINE_AHT : CHAT_AHT) * 0.9);
      expect(meanAht).toBeLessThan((seeded === hotline ? HOTLINE_AHT : CHAT_AHT) * 1.1);
      expect(f.days).toHaveLength(7);
      expect(f.days[0].date).toBe(from);
      expect(f.days[0].volume).toBeCloseTo(
        f.volume.slice(0, 96).reduce((s, v) => s + v, 0),
        6,
      );
    }
  });

  it('reports a forecast that cannot be made instead of failing the others', async () => {
    const data = await query<{
      planningForecast: { queues: { queue: string; problem: string | null; volume: number[] }[] };
    }>(api, FORECAST, { input: { queues: [HOTLINE], from: dateOf(FIRST + 10), horizonWeeks: 1 } });
    const [f] = data.planningForecast.queues;
    expect(f.problem).toMatch(/at least 14 days of history/);
    expect(f.volume).toEqual([]);
  });

  it('forecasts a start ahead of today from the history up to today, the days in between forecast too', async () => {
    type F = {
      planningForecast: {
        queues: { volume: number[]; historyIntervals: number; start: string; problem: string | null }[];
      };
    };
    const ahead = (
      await query<F>(api, FORECAST, { input: { queues: [CHAT], from: dateOf(today + 3), horizonWeeks: 1 } })
    ).planningForecast.queues[0];
    const fromToday = (
      await query<F>(api, FORECAST, { input: { queues: [CHAT], from: dateOf(today), horizonWeeks: 2 } })
    ).planningForecast.queues[0];
    expect(ahead.problem).toBeNull();
    expect(ahead.start).toBe(`${dateOf(today + 3)}T00:00:00+08:00`);
    expect(ahead.historyIntervals).toBe(DAYS * 96);
    expect(ahead.volume).toEqual(fromToday.volume.slice(3 * 96, 3 * 96 + 672));
    const tooFar = (
      await query<F>(api, FORECAST, { input: { queues: [CHAT], from: dateOf(today + 10), horizonWeeks: 6 } })
    ).planningForecast.queues[0];
    expect(tooFar.problem).toMatch(/at most 6 weeks past today/);
  });

  it('applies a stored special day to the forecast (and edits and deletes it)', async () => {
    const from = dateOf(D - 6);
    const holiday = dateOf(D - 3);
    const created = await query<{
      createSpecialDay: { id: string; from: string; to: string; queue: string };
    }>(
      api,
      `mutation($input: SpecialDayInput!) { createSpecialDay(input: $input) { id from to queue multiplier label channel } }`,
      { input: { from: holiday, multiplier: 0.5, label: 'Test holiday', queue: CHAT } },
    );
    const id = created.createSpecialDay.id;
    try {
      expect(created.createSpecialDay).toMatchObject({ from: holiday, to: holiday, queue: CHAT });
      const input = { queues: [CHAT], from, horizonWeeks: 1, method: 'SEASONAL_NAIVE' };
      type F = {
        planningForecast: {
          queues: {
            volume: number[];
            specialDays: { label: string }[];
            days: { date: string; specialDays: string[] }[];
          }[];
        };
      };
      const withDay = (await query<F>(api, FORECAST, { input })).planningForecast.queues[0];
      const without = (await query<F>(api, FORECAST, { input: { ...input, useSpecialDays: false } }))
        .planningForecast.queues[0];
      expect(withDay.specialDays.map((d) => d.label)).toEqual(['Test holiday']);
      expect(withDay.days[3]).toMatchObject({ date: holiday, specialDays: ['Test holiday'] });
      for (let i = 0; i < 672; i++) {
        const factor = i >= 3 * 96 && i < 4 * 96 ? 0.5 : 1;
        expect(withDay.volume[i]).toBeCloseTo(without.volume[i] * factor, 9);
      }
      const updated = await query<{ updateSpecialDay: { multiplier: number; to: string } }>(
        api,
        `mutation($id: ID!, $input: UpdateSpecialDayInput!) { updateSpecialDay(id: $id, input: $input) { multiplier to } }`,
        { id, input: { multiplier: 1.5, to: dateOf(D - 2) } },
      );
      expect(updated.updateSpecialDay).toEqual({ multiplier: 1.5, to: dateOf(D - 2) });
      const bad = await api.gql(
        `mutation($id: ID!, $input: UpdateSpecialDayInput!) { updateSpecialDay(id: $id, input: $input) { id } }`,
        { id, input: { to: dateOf(D - 10) } },
      );
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('to');
    } finally {
      await query(api, `mutation($id: ID!) { deleteSpecialDay(id: $id) }`, { id });
    }
    const list = await query<{ specialDays: unknown[] }>(api, `{ specialDays { id } }`);
    expect(list.specialDays).toEqual([]);
  });

  it('saves a snapshot and reports its accuracy against the actuals (WAPE and bias, per day and overall)', async () => {
    const from = dateOf(D - 6);
    const saved = await query<{
      saveForecastSnapshot: {
        id: string;
        from: string;
        to: string;
        skipped: unknown[];
        queues: { queue: string; volume: number[] }[];
      };
    }>(api, SAVE, {
      input: {
        label: 'Week plan',
        note: 'built the roster on this',
        forecast: { queues: [HOTLINE, CHAT], from, horizonWeeks: 1 },
      },
    });
    const snapshot = saved.saveForecastSnapshot;
    expect(snapshot).toMatchObject({ from, to: dateOf(D), skipped: [] });
    const listed = await query<{
      forecastSnapshots: {
        id: string;
        label: string;
        summary: { queue: string; method: string; intervalCount: number }[];
      }[];
    }>(api, `{ forecastSnapshots { id label summary { queue method intervalCount } } }`);
    const listedSnapshot = listed.forecastSnapshots.find((s) => s.id === snapshot.id)!;
    expect(listedSnapshot.label).toBe('Week plan');
    expect(listedSnapshot.summary.map((q) => [q.queue, q.intervalCount])).toEqual([
      [HOTLINE, 672],
      [CHAT, 672],
    ]);

    const report = await query<{
      forecastAccuracy: {
        snapshotId: string;
        queues: {
          queue: string;
          intervals: number;
          actualTotal: number;
          forecastTotal: number;
          wape: number;
          bias: number;
          days: { date: string; intervals: number; wape: number; bias: number; actualTotal: number }[];
          summary: { key: string; text: string };
        }[];
        total: { intervals: number; wape: number; bias: number };
      };
    }>(
      api,
      `query($id: ID!) { forecastAccuracy(snapshotId: $id) { snapshotId queues { queue intervals actualTotal forecastTotal wape bias
        days { date intervals actualTotal wape bias } summary { key text } } total { intervals wape bias } } }`,
      { id: snapshot.id },
    );
    const accuracy = report.forecastAccuracy;
    expect(accuracy.queues.map((q) => q.queue)).toEqual([HOTLINE, CHAT]);
    const pooledActual: number[] = [];
    const pooledForecast: number[] = [];
    for (const q of accuracy.queues) {
      const seeded = q.queue === HOTLINE ? hotline : chat;
      const values = snapshot.queues.find((s) => s.queue === q.queue)!.volume;
      const offset = (D - 6 - FIRST) * 96;
      const actual = seeded.offered.slice(offset, offset + 7 * 96);
      expect(q.intervals).toBe(7 * 96);
      expect(q.actualTotal).toBe(actual.reduce((s, v) => s + v, 0));
      expect(q.wape).toBeCloseTo(libWape(actual, values)!, 12);
      expect(q.bias).toBeCloseTo(libBias(actual, values)!, 12);
      expect(q.days).toHaveLength(7);
      expect(q.days[6].date).toBe(dateOf(D));
      const lastDay = actual.slice(6 * 96);
      expect(q.days[6].wape).toBeCloseTo(libWape(lastDay, values.slice(6 * 96))!, 12);
      expect(q.summary.key).toBe('planning.accuracy.summary');
      expect(q.summary.text).toMatch(/^Over 7 days/);
      pooledActual.push(...actual);
      pooledForecast.push(...values);
    }
    // The hotline's day D ran 30 % over: the forecast was too low that day.
    expect(accuracy.queues[0].days[6].bias).toBeLessThan(-0.15);
    expect(accuracy.total.intervals).toBe(2 * 7 * 96);
    expect(accuracy.total.wape).toBeCloseTo(libWape(pooledActual, pooledForecast)!, 12);
  });

  it('computes requirements equal to libs/erlang for the same inputs, Erlang A beside Erlang C with the estimated patience', async () => {
    const data = await query<{ staffingRequirements: { queues: QueueRequirementsData[] } }>(
      api,
      REQUIREMENTS,
      {
        input: {
          forecast: { queues: [HOTLINE, CHAT], from: dateOf(D - 6), horizonWeeks: 1 },
          to: dateOf(D - 5),
        },
      },
    );
    for (const q of data.staffingRequirements.queues) {
      expect(q.problem).toBeNull();
      expect(q.intervalCount).toBe(2 * 96);
      // 10 % of contacts abandoned after 5–90 s: patience is estimated, so the model is Erlang A.
      expect(q.patience.source).toBe('ESTIMATED');
      expect(q.patience.abandoned).toBeGreaterThan(30);
      expect(q.patience.seconds).toBeCloseTo(q.patience.exposureSeconds / q.patience.abandoned, 9);
      expect(q.model).toBe('ERLANG_A');
      expect(q.inputs).toMatchObject({ targetServiceLevel: 0.8, shrinkage: 0.3, maxOccupancy: 0.85 });
      const threshold = q.queue === HOTLINE ? 20 : 60;
      expect(q.inputs.thresholdSeconds).toBe(threshold);
      const s = q.series;
      let busy = 0;
      for (let i = 0; i < q.intervalCount; i++) {
        if (s.volume[i] === 0) continue;
        const base: RequiredAgentsInput = {
          callsPerInterval: s.volume[i],
          intervalSeconds: 900,
          ahtSeconds: s.ahtSeconds[i]!,
          targetServiceLevel: 0.8,
          thresholdSeconds: threshold,
          maxOccupancy: 0.85,
        };
        const a = requiredAgents({ ...base, patienceSeconds: q.patience.seconds! });
        const c = requiredAgents(base);
        expect(s.agents[i]).toBe(a.agents);
        expect(s.fractionalAgents[i]).toBe(a.fractionalAgents);
        expect(s.serviceLevel[i]).toBe(a.serviceLevel);
        expect(s.asa[i]).toBe(a.asa);
        expect(s.occupancy[i]).toBe(a.occupancy);
        expect(s.abandonRate[i]).toBe(a.abandonRate);
        expect(s.trafficErlangs[i]).toBe(a.trafficErlangs);
        expect(s.erlangAAgents[i]).toBe(a.agents);
        expect(s.erlangCAgents[i]).toBe(c.agents);
        expect(s.scheduledStaff[i]).toBe(scheduledStaff(a.agents, 0.3));
        if (s.volume[i] > 3) busy++;
      }
      expect(busy).toBeGreaterThan(20);
      expect(q.totals.agentHours).toBeCloseTo(s.agents.reduce((t, v) => t + v, 0) / 4, 9);
      expect(q.totals.peakAgents).toBe(Math.max(...s.agents));
    }
  });

  it('explains each row in a plain sentence with the formula, the numbers filled in', async () => {
    const date = dateOf(D - 5);
    const data = await query<{
      staffingRequirements: {
        queues: {
          queue: string;
          rows: {
            start: string;
            label: string;
            date: string;
            agents: number;
            scheduledAgents: number;
            volume: number;
            ahtSeconds: number;
            trafficErlangs: number;
            model: string;
            bindingTarget: string | null;
            erlangC: { agents: number; serviceLevel: number };
            erlangA: { agents: number; abandonRate: number } | null;
            explanation: { key: string; params: Record<string, unknown>; text: string };
            details: { key: string; text: string }[];
            formula: { key: string; text: string }[];
          }[];
        }[];
      };
    }>(
      api,
      `query($input: StaffingRequirementsInput, $date: String) { staffingRequirements(input: $input) { queues { queue
        rows(date: $date) { start label date agents scheduledAgents volume ahtSeconds trafficErlangs model bindingTarget
          erlangC { agents serviceLevel } erlangA { agents abandonRate }
          explanation { key params text } details { key text } formula { key text } } } } }`,
      {
        input: {
          forecast: { queues: [HOTLINE], from: dateOf(D - 6), horizonWeeks: 1 },
          whatIf: { shrinkage: 0.3 },
        },
        date,
      },
    );
    const rows = data.staffingRequirements.queues[0].rows;
    expect(rows).toHaveLength(96);
    expect(rows.every((r) => r.date === date)).toBe(true);
    const row = rows[40]; // 10:00–10:15, near the morning peak
    expect(row.start).toBe(`${date}T10:00:00+08:00`);
    expect(row.label).toBe('10:00–10:15');
    expect(row.agents).toBeGreaterThan(1);
    expect(row.scheduledAgents).toBe(Math.ceil(row.agents / 0.7 - 1e-9));
    expect(row.explanation.key).toBe('planning.requirement.agents');
    expect(row.explanation.text).toBe(
      `You need ${row.agents} agents on the phones from 10:00 to 10:15; ${row.scheduledAgents} on payroll after 30% shrinkage.`,
    );
    expect(row.explanation.params).toMatchObject({
      agents: row.agents,
      from: '10:00',
      to: '10:15',
      shrinkage: 0.3,
    });
    expect(row.model).toBe('ERLANG_A');
    expect(row.erlangA!.agents).toBe(row.agents);
    expect(row.details.map((d) => d.key)).toContain('planning.requirement.comparison');
    expect(row.details.find((d) => d.key === 'planning.requirement.comparison')!.text).toContain(
      `Erlang C, where nobody hangs up: ${row.erlangC.agents} agent`,
    );
    expect(['SERVICE_LEVEL', 'OCCUPANCY', 'ASA']).toContain(row.bindingTarget);
    const traffic = row.formula.find((f) => f.key === 'planning.formula.traffic')!;
    expect(traffic.text).toBe(
      `A = λ × AHT / interval = ${Number(row.volume.toPrecision(4))} × ${Number(row.ahtSeconds.toPrecision(4))} s / 900 s = ${Number(row.trafficErlangs.toPrecision(4))} erlangs`,
    );
    expect(row.formula.map((f) => f.key)).toEqual(
      expect.arrayContaining([
        'planning.formula.erlangA',
        'planning.formula.serviceLevelC',
        'planning.formula.scheduled',
      ]),
    );
    const night = rows[12]; // 03:00: next to nobody calls
    expect(night.explanation.text).toMatch(/^(No contacts are expected|You need)/);
  });

  it('plans the claim desk per day from the claims opened: claimDeskRequirement over the SLA window', async () => {
    const from = dateOf(D - 6);
    const forecast = await query<{
      planningForecast: {
        queues: { volume: number[]; ahtSeconds: (number | null)[]; problem: string | null }[];
      };
    }>(api, FORECAST, { input: { queues: [CLAIMS], from, horizonWeeks: 1 } });
    const f = forecast.planningForecast.queues[0];
    expect(f.problem).toBeNull();
    // The arrivals are the claims opened; no contact was handled, so there is no AHT forecast.
    const offset = (D - 6 - FIRST) * 96;
    expect(libWape(claims.offered.slice(offset, offset + 6 * 96), f.volume.slice(0, 6 * 96))!).toBeLessThan(
      0.3,
    );
    expect(f.ahtSeconds.every((v) => v === null)).toBe(true);

    const data = await query<{
      staffingRequirements: {
        queues: (QueueRequirementsData & {
          intervalMinutes: number;
          inputs: { claimBacklog: number };
          rows: {
            date: string;
            label: string;
            model: string;
            agents: number;
            fractionalAgents: number;
            scheduledAgents: number;
            claimDesk: {
              arrivals: number;
              handleSeconds: number;
              productiveHoursPerAgent: number;
              slaHours: number;
              staffHours: number;
            };
            explanation: { key: string; text: string };
            formula: { key: string }[];
          }[];
        })[];
      };
    }>(
      api,
      `query($input: StaffingRequirementsInput) { staffingRequirements(input: $input) { queues { queue model intervalMinutes intervalCount problem
        inputs { claimBacklog shrinkage } series { volume ahtSeconds agents fractionalAgents scheduledAgents serviceLevel }
        rows { date label model agents fractionalAgents scheduledAgents
          claimDesk { arrivals handleSeconds productiveHoursPerAgent slaHours staffHours } explanation { key text } formula { key } } } } }`,
      { input: { forecast: { queues: [CLAIMS], from, horizonWeeks: 1 } } },
    );
    const q = data.staffingRequirements.queues[0];
    expect(q).toMatchObject({ model: 'CLAIM_DESK', intervalMinutes: 1440, intervalCount: 7, problem: null });
    expect(q.inputs.claimBacklog).toBe(0);
    expect(q.series.serviceLevel.every((v) => v === null)).toBe(true);
    q.rows.forEach((row, d) => {
      // Claims of the 72-hour window starting that day; near the horizon's end the covered part, scaled up.
      const window = f.volume.slice(d * 96, Math.min(672, d * 96 + 288));
      const arrivals = (window.reduce((s, v) => s + v, 0) * 288) / window.length;
      expect(row.claimDesk.arrivals).toBeCloseTo(arrivals, 9);
      expect(row.claimDesk).toMatchObject({ handleSeconds: 1200, productiveHoursPerAgent: 24, slaHours: 72 });
      const lib = claimDeskRequirement({
        arrivals: row.claimDesk.arrivals,
        backlogToClear: 0,
        handleSeconds: 1200,
        productiveHoursPerAgent: 24,
        slaHours: 72,
      });
      expect(row).toMatchObject({
        date: dateOf(D - 6 + d),
        label: dateOf(D - 6 + d),
        model: 'CLAIM_DESK',
        agents: lib.agents,
      });
      expect(row.fractionalAgents).toBe(lib.fractionalAgents);
      expect(row.claimDesk.staffHours).toBe(lib.staffHours);
      expect(row.scheduledAgents).toBe(Math.ceil(lib.agents / 0.7 - 1e-9));
      expect(row.explanation.key).toBe('planning.requirement.claimDesk');
      expect(row.explanation.text).toMatch(
        new RegExp(`^You need ${lib.agents} agents? on the claim desk on ${row.date} to settle`),
      );
      expect(row.formula.map((l) => l.key)).toContain('planning.formula.claimAgents');
    });
    expect(q.series.agents).toEqual(q.rows.map((r) => r.agents));
  });

  it('what-if overrides recompute at once and move the requirement the right way', async () => {
    const input = (whatIf: Record<string, number>) => ({
      input: {
        forecast: { queues: [HOTLINE], from: dateOf(D - 6), horizonWeeks: 1 },
        to: dateOf(D - 6),
        whatIf,
      },
    });
    const run = async (whatIf: Record<string, number>) =>
      (
        await query<{ staffingRequirements: { queues: QueueRequirementsData[] } }>(
          api,
          REQUIREMENTS,
          input(whatIf),
        )
      ).staffingRequirements.queues[0];
    const nondecreasing = (a: number[], b: number[]) => a.every((v, i) => v <= b[i]);

    const volumes = await Promise.all([-0.2, 0, 0.2].map((v) => run({ volumeChange: v })));
    expect(volumes[1].series.volume.map((v) => v * 1.2)).toEqual(volumes[2].series.volume.map((v) => v));
    expect(nondecreasing(volumes[0].series.agents, volumes[1].series.agents)).toBe(true);
    expect(nondecreasing(volumes[1].series.agents, volumes[2].series.agents)).toBe(true);
    expect(volumes[2].totals.agentHours).toBeGreaterThan(volumes[1].totals.agentHours);

    const ahts = await Promise.all([180, 240, 300].map((a) => run({ ahtSeconds: a })));
    expect(ahts[0].inputs).toMatchObject({ ahtSeconds: 180 });
    expect(nondecreasing(ahts[0].series.agents, ahts[1].series.agents)).toBe(true);
    expect(nondecreasing(ahts[1].series.agents, ahts[2].series.agents)).toBe(true);

    const targets = await Promise.all([0.7, 0.8, 0.9].map((t) => run({ targetServiceLevel: t })));
    expect(nondecreasing(targets[0].series.agents, targets[1].series.agents)).toBe(true);
    expect(nondecreasing(targets[1].series.agents, targets[2].series.agents)).toBe(true);
    expect(targets[2].totals.agentHours).toBeGreaterThan(targets[0].totals.agentHours);

    const shrinkages = await Promise.all([0.2, 0.3, 0.4].map((s) => run({ shrinkage: s })));
    expect(shrinkages[0].series.agents).toEqual(shrinkages[2].series.agents);
    expect(shrinkages[1].totals.scheduledHours).toBeGreaterThan(shrinkages[0].totals.scheduledHours);
    expect(shrinkages[2].totals.scheduledHours).toBeGreaterThan(shrinkages[1].totals.scheduledHours);
    shrinkages[2].series.scheduledStaff.forEach((v, i) =>
      expect(v).toBe(scheduledStaff(shrinkages[2].series.agents[i], 0.4)),
    );

    // Nothing was written: the same request without overrides gives the first answer again.
    const again = await run({ volumeChange: 0 });
    expect(again.series.agents).toEqual(volumes[1].series.agents);
  });

  it('answers the single-interval calculator, Erlang A beside Erlang C, with a what-if sweep', async () => {
    const data = await query<{
      staffingCalculator: {
        agents: number;
        scheduledAgents: number;
        serviceLevel: number;
        model: string;
        explanation: { text: string };
        erlangC: { agents: number; serviceLevel: number };
        erlangA: { agents: number } | null;
        sweep: { volumeChange: number; shrinkage: number; agents: number; scheduledAgents: number }[];
      };
    }>(
      api,
      `query($input: StaffingCalculatorInput!) { staffingCalculator(input: $input) { agents scheduledAgents serviceLevel model
        explanation { text } erlangC { agents serviceLevel } erlangA { agents } sweep { volumeChange shrinkage agents scheduledAgents } } }`,
      {
        input: {
          volume: 100,
          intervalMinutes: 30,
          ahtSeconds: 180,
          targetServiceLevel: 0.8,
          thresholdSeconds: 20,
          shrinkage: 0.3,
          variations: { volumeChange: [-0.1, 0, 0.1], shrinkage: [0.3, 0.35] },
        },
      },
    );
    const c = data.staffingCalculator;
    // libs/erlang's worked example: 100 calls per 30 minutes at 180 s, 80 % in 20 s → 14 agents, SL ≈ 0.8884.
    expect(c).toMatchObject({ agents: 14, scheduledAgents: 20, model: 'ERLANG_C', erlangA: null });
    expect(c.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(c.explanation.text).toBe(
      'You need 14 agents on the phones for 100 contacts in 30 minutes; 20 on payroll after 30% shrinkage.',
    );
    expect(c.sweep).toHaveLength(6);
    expect(c.sweep.map((r) => r.agents)).toEqual(
      [-0.1, 0, 0.1].flatMap((v) => {
        const agents = requiredAgents({
          callsPerInterval: 100 * (1 + v),
          intervalSeconds: 1800,
          ahtSeconds: 180,
          targetServiceLevel: 0.8,
          thresholdSeconds: 20,
        }).agents;
        return [agents, agents];
      }),
    );

    const withQueue = await query<{
      staffingCalculator: { model: string; erlangA: { agents: number } | null; patienceSeconds: number };
    }>(
      api,
      `query($input: StaffingCalculatorInput!) { staffingCalculator(input: $input) { model patienceSeconds erlangA { agents } } }`,
      { input: { queue: HOTLINE, volume: 40, ahtSeconds: 240, patienceSeconds: 120 } },
    );
    expect(withQueue.staffingCalculator).toMatchObject({ model: 'ERLANG_A', patienceSeconds: 120 });
    expect(withQueue.staffingCalculator.erlangA!.agents).toBe(
      requiredAgents({
        callsPerInterval: 40,
        intervalSeconds: 900,
        ahtSeconds: 240,
        targetServiceLevel: 0.8,
        thresholdSeconds: 20,
        maxOccupancy: 0.85,
        patienceSeconds: 120,
      }).agents,
    );

    const missing = await api.gql(
      `query { staffingCalculator(input: { volume: 10, ahtSeconds: 100 }) { agents } }`,
    );
    expect(missing.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([
      'input.targetServiceLevel',
      'input.thresholdSeconds',
    ]);
  });

  it('saves per-queue planning settings that change the model and the shrinkage', async () => {
    const update = await query<{ updatePlanningSettings: Record<string, unknown> }>(
      api,
      `mutation { updatePlanningSettings(queue: "${CHAT}", input: { shrinkage: 0.25, patienceMode: OFF, maxOccupancy: null }) {
        queue shrinkage maxOccupancy patienceMode isDefault targetServiceLevel thresholdSeconds } }`,
    );
    expect(update.updatePlanningSettings).toEqual({
      queue: CHAT,
      shrinkage: 0.25,
      maxOccupancy: null,
      patienceMode: 'OFF',
      isDefault: false,
      targetServiceLevel: 0.8,
      thresholdSeconds: 60,
    });
    try {
      const data = await query<{ staffingRequirements: { queues: QueueRequirementsData[] } }>(
        api,
        REQUIREMENTS,
        {
          input: { forecast: { queues: [CHAT], from: dateOf(D - 6), horizonWeeks: 1 }, to: dateOf(D - 6) },
        },
      );
      const q = data.staffingRequirements.queues[0];
      expect(q.model).toBe('ERLANG_C');
      expect(q.patience.source).toBe('NONE');
      expect(q.inputs).toMatchObject({ shrinkage: 0.25, maxOccupancy: null });
      expect(q.series.erlangAAgents.every((v) => v === null)).toBe(true);
      expect(q.series.agents).toEqual(q.series.erlangCAgents);
    } finally {
      await query(
        api,
        `mutation { updatePlanningSettings(queue: "${CHAT}", input: { shrinkage: 0.3, patienceMode: AUTO, maxOccupancy: 0.85 }) { queue } }`,
      );
    }
  });

  it('re-forecasts the rest of the day from the actuals so far', async () => {
    const date = dateOf(D);
    const saved = await query<{ saveForecastSnapshot: { id: string } }>(api, SAVE, {
      input: { label: 'Day D', forecast: { queues: [HOTLINE], from: date, horizonWeeks: 1 } },
    });
    const asOf = `${date}T12:00:00+08:00`;
    const data = await query<{
      intradayReforecast: {
        asOf: string;
        queues: {
          queue: string;
          date: string;
          nowIndex: number;
          forecastSource: string;
          snapshotId: string;
          ratio: number;
          rawRatio: number;
          forecast: number[];
          reforecast: number[];
          actual: number[];
          requiredAgents: number[];
          plannedAgents: number[];
          explanation: { key: string; text: string };
        }[];
      };
    }>(
      api,
      `query($input: IntradayInput) { intradayReforecast(input: $input) { asOf queues { queue date nowIndex forecastSource snapshotId
        ratio rawRatio forecast reforecast actual requiredAgents plannedAgents explanation { key text } } } }`,
      { input: { queues: [HOTLINE], asOf, snapshotId: saved.saveForecastSnapshot.id } },
    );
    const q = data.intradayReforecast.queues[0];
    expect(data.intradayReforecast.asOf).toBe(new Date(Date.parse(asOf)).toISOString());
    expect(q).toMatchObject({
      date,
      nowIndex: 48,
      forecastSource: 'SNAPSHOT',
      snapshotId: saved.saveForecastSnapshot.id,
    });
    expect(q.actual).toEqual(hotline.offered.slice((D - FIRST) * 96, (D - FIRST) * 96 + 48));
    const expectedResult = reforecastIntraday({
      forecastToday: q.forecast,
      actualsSoFar: q.actual,
      nowIndex: 48,
    });
    expect(q.ratio).toBe(expectedResult.ratio);
    expect(q.reforecast).toEqual(expectedResult.values);
    // The morning ran 30 % over the pattern: the afternoon is raised (damped a little).
    expect(q.ratio).toBeGreaterThan(1.15);
    expect(q.ratio).toBeLessThan(1.45);
    expect(q.explanation.key).toBe('planning.intraday.running');
    const afternoon = (list: number[]) => list.slice(48).reduce((s, v) => s + v, 0);
    expect(afternoon(q.requiredAgents)).toBeGreaterThan(afternoon(q.plannedAgents));

    // Without a snapshot covering the day, today's forecast is computed from the history.
    const earlier = await query<{
      intradayReforecast: {
        queues: {
          forecastSource: string;
          snapshotId: string | null;
          nowIndex: number;
          problem: string | null;
        }[];
      };
    }>(
      api,
      `query($input: IntradayInput) { intradayReforecast(input: $input) { queues { forecastSource snapshotId nowIndex problem } } }`,
      { input: { queues: [CHAT], asOf: `${dateOf(D - 8)}T09:30:00+08:00` } },
    );
    expect(earlier.intradayReforecast.queues[0]).toEqual({
      forecastSource: 'FORECAST',
      snapshotId: null,
      nowIndex: 38,
      problem: null,
    });
  });

  it('reports the staffing gap of the next two hours against the agents logged in now, saying that no schedules exist', async () => {
    const date = dateOf(D);
    const at = (time: string) => `${date}T${time}+08:00`;
    // At 10:00: gap-0 and gap-1 (hotline + chat) on contact and available, gap-2 in ACW,
    // gap-3 on a break, gap-4 logged out, gap-5 available since the previous day (stale: logged out).
    const states: [string, string, string][] = [
      ['gap-0', 'AVAILABLE', at('08:00:00')],
      ['gap-0', 'ON_CONTACT', at('09:55:00')],
      ['gap-1', 'AVAILABLE', at('09:00:00')],
      ['gap-2', 'AFTER_CONTACT_WORK', at('09:58:00')],
      ['gap-3', 'AVAILABLE', at('08:30:00')],
      ['gap-3', 'BREAK', at('09:50:00')],
      ['gap-4', 'AVAILABLE', at('08:00:00')],
      ['gap-4', 'LOGGED_OUT', at('09:40:00')],
      ['gap-5', 'AVAILABLE', `${dateOf(D - 1)}T08:00:00+08:00`],
      ['gap-1', 'LOGGED_OUT', at('10:30:00')],
    ];
    await ingest(
      api,
      states.map(([agentId, state, occurredAt], i) => ({
        kind: 'agentState',
        eventId: `gap-state-${i}`,
        agentId,
        state,
        occurredAt,
      })),
    );
    const data = await query<{
      staffingGap: {
        schedulesExist: boolean;
        note: { key: string; text: string };
        queues: {
          queue: string;
          agentsLoggedIn: number;
          agentsAvailable: number;
          agentsShared: number;
          agentsByState: { state: string; agents: number }[];
          ratio: number;
          worstGap: number;
          intervals: {
            start: string;
            label: string;
            volume: number;
            required: number;
            scheduled: number | null;
            available: number;
            gap: number;
            explanation: { text: string };
          }[];
        }[];
      };
    }>(
      api,
      `query($input: StaffingGapInput) { staffingGap(input: $input) { schedulesExist note { key text } queues { queue agentsLoggedIn agentsAvailable agentsShared
        agentsByState { state agents } ratio worstGap intervals { start label volume required scheduled available gap explanation { text } } } } }`,
      { input: { queues: [HOTLINE, CHAT], asOf: at('10:00:00'), hours: 2 } },
    );
    const gap = data.staffingGap;
    expect(gap.schedulesExist).toBe(false);
    expect(gap.note.key).toBe('planning.gap.noSchedules');
    expect(gap.note.text).toMatch(/^No schedules exist yet/);
    const [h, c] = gap.queues;
    expect(h).toMatchObject({ queue: HOTLINE, agentsLoggedIn: 4, agentsAvailable: 3, agentsShared: 2 });
    expect(h.agentsByState).toEqual([
      { state: 'AFTER_CONTACT_WORK', agents: 1 },
      { state: 'AVAILABLE', agents: 1 },
      { state: 'BREAK', agents: 1 },
      { state: 'LOGGED_OUT', agents: 2 },
      { state: 'ON_CONTACT', agents: 1 },
    ]);
    expect(c).toMatchObject({ queue: CHAT, agentsLoggedIn: 2, agentsAvailable: 2, agentsShared: 2 });
    expect(h.intervals).toHaveLength(8);
    expect(h.intervals[0]).toMatchObject({
      start: at('10:00:00'),
      label: '10:00–10:15',
      scheduled: null,
      available: 3,
    });
    for (const interval of h.intervals) {
      expect(interval.gap).toBe(interval.available - interval.required);
      expect(interval.explanation.text).toMatch(interval.gap < 0 ? /short\.$/ : /(to spare|just enough)\.$/);
    }
    expect(h.worstGap).toBe(Math.min(...h.intervals.map((i) => i.gap)));
    // Re-forecast volume of the current interval: the day's forecast × the intraday ratio.
    expect(h.ratio).toBeGreaterThan(1);
  });

  it('lets schedulers write, managers and executives read, and agents nothing', async () => {
    const executive = await api.signInAs('EXECUTIVE');
    const scheduler = await api.signInAs('SCHEDULER');
    const agent = await api.signInAs('AGENT');
    const call = async (token: string, document: string) => {
      const res = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: document }),
      });
      return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    };
    const read = `{ specialDays { id } }`;
    const write = `mutation { createSpecialDay(input: { from: "${dateOf(today + 30)}", multiplier: 0.4, label: "Roles" }) { id } }`;
    expect((await call(executive, read)).errors).toBeUndefined();
    expect((await call(executive, write)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await call(agent, read)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = (await call(scheduler, write)) as { data: { createSpecialDay: { id: string } } };
    expect(created.data.createSpecialDay.id).toBeTruthy();
    await call(scheduler, `mutation { deleteSpecialDay(id: ${created.data.createSpecialDay.id}) }`);
  });
});
