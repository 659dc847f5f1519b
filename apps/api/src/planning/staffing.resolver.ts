import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import {
  IntradayInput,
  StaffingCalculatorInput,
  StaffingGapInput,
  StaffingRequirementsInput,
} from './dto/planning.inputs.js';
import { IntradayService } from './intraday.service.js';
import { IntradayReport, StaffingGapReport } from './models/intraday.models.js';
import {
  QueueRequirements,
  RequirementRow,
  StaffingCalculation,
  StaffingRequirementsReport,
} from './models/staffing.models.js';
import { forecastOptions } from './planning.resolver.js';
import { StaffingService, type QueueRequirementsData } from './staffing.service.js';

/** Staffing requirements and their what-if, the single-interval calculator, intraday re-forecast and gap. */
@Resolver()
export class StaffingResolver {
  constructor(
    private readonly staffing: StaffingService,
    private readonly intraday: IntradayService,
  ) {}

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => StaffingRequirementsReport, {
    description:
      'Agents needed per queue and interval (Erlang C, or Erlang A when patience is known or estimated; claim desks per day), with scheduled staff after shrinkage. `whatIf` overrides recompute at once; nothing is written.',
  })
  async staffingRequirements(
    @Args('input', { type: () => StaffingRequirementsInput, nullable: true })
    input?: StaffingRequirementsInput,
  ): Promise<StaffingRequirementsReport> {
    const request = input ?? new StaffingRequirementsInput();
    if (request.forecast) request.forecast = forecastOptions(request.forecast) as typeof request.forecast;
    return this.staffing.requirements(request, Date.now());
  }

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => StaffingCalculation, {
    description:
      'Agents for one interval from the numbers given, explained (Erlang C and, with a patience, Erlang A side by side), with an optional what-if sweep',
  })
  staffingCalculator(@Args('input') input: StaffingCalculatorInput): Promise<StaffingCalculation> {
    return this.staffing.calculate(input);
  }

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => IntradayReport, {
    description: "Today's re-forecast per queue: the actuals so far re-scale the rest of the day's forecast",
  })
  intradayReforecast(
    @Args('input', { type: () => IntradayInput, nullable: true }) input?: IntradayInput,
  ): Promise<IntradayReport> {
    return this.intraday.reforecast(input ?? new IntradayInput(), Date.now());
  }

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @Query(() => StaffingGapReport, {
    description:
      'Per queue, the next hours: agents needed for the re-forecast against the agents logged in and available for the queue now',
  })
  staffingGap(
    @Args('input', { type: () => StaffingGapInput, nullable: true }) input?: StaffingGapInput,
  ): Promise<StaffingGapReport> {
    return this.intraday.gap(input ?? new StaffingGapInput(), Date.now());
  }
}

/** The explained rows of a queue's requirement, built only when asked for. */
@Resolver(() => QueueRequirements)
export class QueueRequirementsResolver {
  constructor(private readonly staffing: StaffingService) {}

  @Roles('SCHEDULER', 'MANAGER', 'EXECUTIVE')
  @ResolveField(() => [RequirementRow], {
    description:
      'Each interval (claim desk: each day) with its sentence, formulas and Erlang C / Erlang A side by side; pass a local date to get one day (and input.from = input.to = that date to solve only that day)',
  })
  rows(
    @Parent() requirements: QueueRequirements,
    @Args('date', {
      type: () => String,
      nullable: true,
      description: 'Local date YYYY-MM-DD (default: every row)',
    })
    date?: string,
  ): RequirementRow[] {
    return this.staffing.rows(requirements as QueueRequirementsData, date);
  }
}
