import { ParseIntPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import { badInput } from '../common/validation.js';
import {
  ForecastInput,
  PlanningSettingsInput,
  SaveForecastSnapshotInput,
  SpecialDayInput,
  UpdateSpecialDayInput,
} from './dto/planning.inputs.js';
import {
  DEFAULT_FORECAST_OPTIONS,
  ForecastService,
  toQueueForecast,
  type ForecastOptions,
} from './forecast.service.js';
import {
  ForecastAccuracyReport,
  ForecastReport,
  ForecastSnapshot,
  QueueForecast,
  SpecialDay,
} from './models/forecast.models.js';
import { QueuePlanningSettings } from './models/staffing.models.js';
import { PlanningSettingsService } from './planning-settings.service.js';
import { SnapshotService } from './snapshot.service.js';
import { SpecialDaysService } from './special-days.service.js';

/** Forecasts, saved snapshots and their accuracy, special days, and per-queue planning settings. */
@Resolver()
export class PlanningResolver {
  constructor(
    private readonly forecasts: ForecastService,
    private readonly snapshots: SnapshotService,
    private readonly specialDaysService: SpecialDaysService,
    private readonly settings: PlanningSettingsService,
  ) {}

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => ForecastReport, {
    description:
      'Forecast volume (with prediction intervals) and AHT per queue and 15-minute interval from the history, with the method chosen and the back-test WAPE of each method. Nothing is saved (see saveForecastSnapshot).',
  })
  async planningForecast(
    @Args('input', { type: () => ForecastInput, nullable: true }) input?: ForecastInput,
  ): Promise<ForecastReport> {
    const options = forecastOptions(input);
    const results = await this.forecasts.forecast(options, Date.now());
    return {
      horizonWeeks: options.horizonWeeks,
      queues: results.map((r) => toQueueForecast(r.queue, r.data)),
    };
  }

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => [ForecastSnapshot], { description: 'Saved forecast snapshots, newest first' })
  forecastSnapshots(): Promise<ForecastSnapshot[]> {
    return this.snapshots.list();
  }

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => ForecastSnapshot)
  forecastSnapshot(@Args('id', { type: () => ID }, ParseIntPipe) id: number): Promise<ForecastSnapshot> {
    return this.snapshots.get(id);
  }

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => ForecastAccuracyReport, {
    description:
      'A saved snapshot against the actuals that arrived since: WAPE and signed bias per queue, per local day and overall',
  })
  forecastAccuracy(
    @Args('snapshotId', { type: () => ID }, ParseIntPipe) snapshotId: number,
    @Args('queues', { type: () => [String], nullable: true }) queues?: string[],
  ): Promise<ForecastAccuracyReport> {
    return this.snapshots.accuracy(snapshotId, queues, Date.now());
  }

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => [SpecialDay], { description: 'Stored special days, by date' })
  specialDays(): Promise<SpecialDay[]> {
    return this.specialDaysService.list();
  }

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => [QueuePlanningSettings], {
    description: 'Planning settings per queue (defaults where none were saved)',
  })
  async planningSettings(
    @Args('queues', { type: () => [String], nullable: true }) queues?: string[],
  ): Promise<QueuePlanningSettings[]> {
    const list = await this.forecasts.resolveQueues(queues);
    const settings = await this.settings.settings(list);
    return list.map((q) => this.settings.view(q, settings.get(q.id)!));
  }

  @Roles('SCHEDULER')
  @Mutation(() => ForecastSnapshot, {
    description:
      'Computes a forecast and saves it as a snapshot (the one a schedule is built on); queues that cannot be forecast are listed in `skipped`',
  })
  saveForecastSnapshot(@Args('input') input: SaveForecastSnapshotInput): Promise<ForecastSnapshot> {
    return this.snapshots.save(input.label, input.note ?? null, forecastOptions(input.forecast), Date.now());
  }

  @Roles('SCHEDULER')
  @Mutation(() => Boolean)
  deleteForecastSnapshot(@Args('id', { type: () => ID }, ParseIntPipe) id: number): Promise<boolean> {
    return this.snapshots.remove(id);
  }

  @Roles('SCHEDULER')
  @Mutation(() => SpecialDay)
  createSpecialDay(@Args('input') input: SpecialDayInput): Promise<SpecialDay> {
    return this.specialDaysService.create(input);
  }

  @Roles('SCHEDULER')
  @Mutation(() => SpecialDay)
  updateSpecialDay(
    @Args('id', { type: () => ID }, ParseIntPipe) id: number,
    @Args('input') input: UpdateSpecialDayInput,
  ): Promise<SpecialDay> {
    return this.specialDaysService.update(id, input);
  }

  @Roles('SCHEDULER')
  @Mutation(() => Boolean)
  deleteSpecialDay(@Args('id', { type: () => ID }, ParseIntPipe) id: number): Promise<boolean> {
    return this.specialDaysService.remove(id);
  }

  @Roles('SCHEDULER')
  @Mutation(() => QueuePlanningSettings, {
    description: "Changes a queue's planning settings (omitted fields keep their value)",
  })
  async updatePlanningSettings(
    @Args('queue') queue: string,
    @Args('input') input: PlanningSettingsInput,
  ): Promise<QueuePlanningSettings> {
    const [found] = await this.forecasts.resolveQueues([queue], 'queue');
    if (!found) throw badInput([{ field: 'queue', reason: `unknown queue ${JSON.stringify(queue)}` }]);
    return this.settings.update(found, input);
  }
}

/** The full forecasts of a snapshot, read only when a client asks for them. */
@Resolver(() => ForecastSnapshot)
export class ForecastSnapshotResolver {
  constructor(private readonly snapshots: SnapshotService) {}

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @ResolveField(() => [QueueForecast], { description: "Every queue's forecast as saved, with its figures" })
  queues(@Parent() snapshot: ForecastSnapshot): Promise<QueueForecast[]> {
    return this.snapshots.queueForecasts(snapshot.id);
  }
}

/** ForecastInput (validated, possibly absent) → options with defaults. */
export function forecastOptions(input: ForecastInput | undefined): ForecastOptions {
  const options: ForecastOptions = { ...DEFAULT_FORECAST_OPTIONS };
  if (!input) return options;
  for (const key of Object.keys(DEFAULT_FORECAST_OPTIONS) as (keyof ForecastOptions)[]) {
    if (input[key] !== undefined) (options as unknown as Record<string, unknown>)[key] = input[key];
  }
  if (input.queues !== undefined) options.queues = input.queues;
  if (input.from !== undefined) options.from = input.from;
  return options;
}
