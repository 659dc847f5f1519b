import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  METRIC_UNITS,
  scoreCriterion,
  totalScore,
  type CriterionDefinition,
  type CriterionScore,
  type TotalScore,
} from '@servicefloor/assessment';
import { DataSource } from 'typeorm';
import { badInput } from '../common/validation.js';
import { numberedPlaceholders } from '../database/sql-program.js';
import { AdherenceReader } from './adherence.reader.js';
import { AssessmentSetsService, type AssessmentSet } from './assessment-sets.service.js';
import { FrozenScorecardEntity } from './entities/frozen-scorecard.entity.js';
import { ForecastAccuracyReader } from './forecast-accuracy.reader.js';
import { AGENT_METRICS, CLAIM_METRICS, CONTACT_METRICS, figure, type Measurements } from './measurements.js';
import { MonthlyCountersService } from './monthly-counters.service.js';
import { addMonths, defaultPeriod, isMonth, monthAt, monthsBetween, type Month } from './months.js';

/** At most this many months in one assessment period. */
export const MAX_PERIOD_MONTHS = 24;

export interface ScoredFigure extends CriterionScore {
  month: Month;
}

export interface FrozenFigure {
  frozenAt: number;
  actual: number | null;
  target: number;
  score: CriterionScore;
}

export interface ScorecardCriterion {
  definition: CriterionDefinition;
  unit: string;
  current: CriterionScore;
  previous: CriterionScore;
  months: (ScoredFigure & { frozen: FrozenFigure | null })[];
}

export interface MonthTotal {
  month: Month;
  total: TotalScore;
  frozenAt: number | null;
  frozenTotal: TotalScore | null;
}

export interface Scorecard {
  set: AssessmentSet;
  from: Month;
  to: Month;
  previousFrom: Month;
  previousTo: Month;
  timeZone: string;
  criteria: ScorecardCriterion[];
  total: TotalScore;
  previousTotal: TotalScore;
  months: MonthTotal[];
}

interface FrozenRecord {
  frozenAt: number;
  criteria: CriterionDefinition[];
  figures: Record<string, number | null>;
}

/**
 * The scorecard of an assessment set over a period of months, with the previous period of the same
 * length beside it, a monthly trend per criterion, and each closed month frozen as first shown
 * (figures with the definitions and targets in force) beside the figures recomputed now.
 */
@Injectable()
export class ScorecardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly counters: MonthlyCountersService,
    private readonly forecasts: ForecastAccuracyReader,
    private readonly sets: AssessmentSetsService,
    private readonly adherence: AdherenceReader,
  ) {}

  /** The period asked for, else the set's, else the last 6 complete months. */
  async period(set: AssessmentSet, from?: string | null, to?: string | null) {
    const timeZone = await this.counters.siteZone();
    const fallback = defaultPeriod(Date.now(), timeZone);
    const start = from ?? set.fromMonth ?? fallback.from;
    const end = to ?? set.toMonth ?? fallback.to;
    if (!isMonth(start)) throw badInput([{ field: 'from', reason: 'must be a month, YYYY-MM' }]);
    if (!isMonth(end)) throw badInput([{ field: 'to', reason: 'must be a month, YYYY-MM' }]);
    const months = monthsBetween(start, end);
    if (months.length === 0) throw badInput([{ field: 'to', reason: 'must not be before from' }]);
    if (months.length > MAX_PERIOD_MONTHS)
      throw badInput([{ field: 'to', reason: `a period covers at most ${MAX_PERIOD_MONTHS} months` }]);
    return { from: start, to: end, months, timeZone };
  }

  /** Everything the figures of months `from`…`to` are computed from. */
  async measure(criteria: CriterionDefinition[], from: Month, to: Month): Promise<Measurements> {
    const needs = (set: ReadonlySet<string>) => criteria.some((c) => set.has(c.metric));
    const queues = await this.counters.queues();
    const agents = needs(AGENT_METRICS) ? await this.counters.agents() : [];
    const contactQueues = queues.filter((q) => q.channel !== 'CLAIM_DESK');
    return {
      queues,
      agents,
      contacts: needs(CONTACT_METRICS) ? await this.counters.contacts(contactQueues, from, to) : new Map(),
      agentCounters: agents.length > 0 ? await this.counters.agentCounters(agents, from, to) : new Map(),
      claims: needs(CLAIM_METRICS)
        ? await this.counters.claims(
            queues.filter((q) => q.channel === 'CLAIM_DESK'),
            from,
            to,
          )
        : new Map(),
      forecast: criteria.some((c) => c.metric === 'FORECAST_ACCURACY')
        ? await this.forecasts.pairs(contactQueues, from, to)
        : new Map(),
      adherence: criteria.some((c) => c.metric === 'SCHEDULE_ADHERENCE')
        ? await this.adherence.months(from, to, await this.counters.siteZone())
        : new Map(),
    };
  }

  async scorecard(setId: number, from?: string | null, to?: string | null): Promise<Scorecard> {
    const set = await this.sets.get(setId);
    const period = await this.period(set, from, to);
    const n = period.months.length;
    const previousFrom = addMonths(period.from, -n);
    const previousTo = addMonths(period.from, -1);
    const m = await this.measure(set.criteria, previousFrom, period.to);
    const previousMonths = monthsBetween(previousFrom, previousTo);
    const frozen = await this.freezeClosedMonths(set, period.months, m, period.timeZone);

    const criteria: ScorecardCriterion[] = set.criteria.map((c) => ({
      definition: c,
      unit: METRIC_UNITS[c.metric],
      current: scoreCriterion(figure(m, c, period.months), c),
      previous: scoreCriterion(figure(m, c, previousMonths), c),
      months: period.months.map((month) => ({
        month,
        ...scoreCriterion(figure(m, c, [month]), c),
        frozen: frozenFigure(frozen.get(month), c.key),
      })),
    }));
    const months: MonthTotal[] = period.months.map((month, i) => {
      const record = frozen.get(month);
      return {
        month,
        total: totalScore(criteria.map((c) => ({ weight: c.definition.weight, points: c.months[i].points }))),
        frozenAt: record?.frozenAt ?? null,
        frozenTotal: record ? frozenTotal(record) : null,
      };
    });
    return {
      set,
      ...period,
      previousFrom,
      previousTo,
      criteria,
      total: totalScore(criteria.map((c) => ({ weight: c.definition.weight, points: c.current.points }))),
      previousTotal: totalScore(
        criteria.map((c) => ({ weight: c.definition.weight, points: c.previous.points })),
      ),
      months,
    };
  }

  /**
   * Freezes every closed month of the period not frozen yet that has any figure (with the figures
   * just computed and the definitions in force), and returns the frozen record of each month that has one. Concurrent
   * requests insert the same row at most once (ON CONFLICT DO NOTHING; the first one stands).
   */
  private async freezeClosedMonths(
    set: AssessmentSet,
    months: Month[],
    m: Measurements,
    timeZone: string,
  ): Promise<Map<Month, FrozenRecord>> {
    const current = monthAt(Date.now(), timeZone);
    const repo = this.db.getRepository(FrozenScorecardEntity);
    const existing = new Map(
      (await repo.findBy({ setId: set.id })).filter((r) => months.includes(r.month)).map((r) => [r.month, r]),
    );
    const queues = m.queues.map((q) => ({
      name: q.name,
      channel: q.channel,
      slThresholdSeconds: q.settings.slThresholdSeconds,
      slTarget: q.settings.slTarget,
      slVariant: q.settings.slVariant,
      claimSlaHours: q.settings.claimSlaHours,
    }));
    for (const month of months.filter((mo) => mo < current && !existing.has(mo))) {
      const figures = Object.fromEntries(set.criteria.map((c) => [c.key, figure(m, c, [month])]));
      // A month without any figure is not evidence of anything yet (history still loading).
      if (Object.values(figures).every((v) => v === null)) continue;
      const row = {
        setId: set.id,
        month,
        frozenAt: Date.now(),
        definitions: JSON.stringify({ criteria: set.criteria, queues }),
        figures: JSON.stringify(figures),
      };
      const text = `INSERT INTO frozen_scorecards ("setId", "month", "frozenAt", "definitions", "figures") VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`;
      await this.db.query(this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text, [
        row.setId,
        row.month,
        row.frozenAt,
        row.definitions,
        row.figures,
      ]);
    }
    const rows = await repo.findBy({ setId: set.id });
    return new Map(
      rows
        .filter((r) => months.includes(r.month))
        .map((r) => [
          r.month,
          {
            frozenAt: Number(r.frozenAt),
            criteria: (JSON.parse(r.definitions) as { criteria: CriterionDefinition[] }).criteria,
            figures: JSON.parse(r.figures) as Record<string, number | null>,
          },
        ]),
    );
  }
}

/** A criterion as frozen: its figure scored with the target and rule in force then. */
function frozenFigure(record: FrozenRecord | undefined, key: string): FrozenFigure | null {
  const definition = record?.criteria.find((c) => c.key === key);
  if (!record || !definition) return null;
  const actual = record.figures[key] ?? null;
  return {
    frozenAt: record.frozenAt,
    actual,
    target: definition.target,
    score: scoreCriterion(actual, definition),
  };
}

function frozenTotal(record: FrozenRecord): TotalScore {
  return totalScore(
    record.criteria.map((c) => ({
      weight: c.weight,
      points: scoreCriterion(record.figures[c.key] ?? null, c).points,
    })),
  );
}
