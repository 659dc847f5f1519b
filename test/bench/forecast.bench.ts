/*
 * Forecast benchmark: automatic method selection (rolling-origin back-test of seasonal naive,
 * 4-week average and additive/multiplicative double-seasonal Holt-Winters, then the final fit and
 * 80 % prediction intervals) for 20 queues, each with 6 months (26 weeks) of 15-minute history,
 * forecasting 6 weeks. The history is synthetic: a contact-center daily profile, weekday factors,
 * a per-queue trend and Poisson noise, with busiest-interval means from 4 to 200 contacts.
 */
import { forecastVolume, INTERVALS_PER_WEEK, type ForecastMethod } from '@servicefloor/forecast';
import { syntheticVolume } from '@servicefloor/forecast/testing';
import { percentile, type Report } from './report.js';

const QUEUES = 20;
const HISTORY_WEEKS = 26;
const HORIZON_WEEKS = 6;

export default async function (report: Report): Promise<void> {
  const histories = Array.from({ length: QUEUES }, (_, q) =>
    syntheticVolume({
      length: HISTORY_WEEKS * INTERVALS_PER_WEEK,
      peak: 4 + (196 * q) / (QUEUES - 1),
      trendPerWeek: [0, 0.005, -0.003, 0.01][q % 4],
      seed: 1000 + q,
    }),
  );

  const perQueue: number[] = [];
  const chosen = new Map<ForecastMethod, number>();
  const backtestWape: number[] = [];
  const started = performance.now();
  for (const history of histories) {
    const t0 = performance.now();
    const forecast = forecastVolume({
      history: { start: history.start, values: history.values },
      horizonWeeks: HORIZON_WEEKS,
      offsetMinutes: 480,
    });
    perQueue.push(performance.now() - t0);
    chosen.set(forecast.method, (chosen.get(forecast.method) ?? 0) + 1);
    backtestWape.push(forecast.backtest.find((s) => s.method === forecast.method)!.wape!);
  }
  const total = performance.now() - started;

  report(
    `total, ${QUEUES} queues × ${HISTORY_WEEKS} weeks → ${HORIZON_WEEKS} weeks`,
    Math.round(total),
    'ms',
    '< 5,000 ms',
  );
  report('per queue, mean', total / QUEUES, 'ms');
  report('per queue, p95', percentile(perQueue, 95), 'ms');
  report('per queue, max', Math.max(...perQueue), 'ms');
  report('history intervals per queue', HISTORY_WEEKS * INTERVALS_PER_WEEK, 'intervals');
  report('back-test WAPE of the chosen method, median', percentile(backtestWape, 50), 'fraction');
  for (const [method, count] of [...chosen].sort()) report(`queues choosing ${method}`, count, 'queues');
}
