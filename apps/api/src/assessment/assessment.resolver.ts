import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  METRIC_UNITS,
  type CriterionDefinition,
  type CriterionScore,
  type TotalScore,
} from '@servicefloor/assessment';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/request-authentication.js';
import { Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import {
  AssessmentSetsService,
  type AssessmentSet as SetData,
  type UserPrincipal,
} from './assessment-sets.service.js';
import { DrillDownService } from './drill-down.service.js';
import {
  DrillDownArgs,
  GapArgs,
  QualityEvaluationInput,
  RecordsArgs,
  SaveAssessmentSetInput,
  ScorecardArgs,
  TrainingSessionInput,
} from './dto/assessment.inputs.js';
import {
  AssessmentCriterion,
  AssessmentDrillDown,
  AssessmentScorecard,
  AssessmentSet,
  QualityEvaluationModel,
  ServiceLevelGapModel,
  TotalScoreModel,
  TrainingSessionModel,
  type CriterionScoreModel,
} from './models/assessment.models.js';
import { RecordsService } from './records.service.js';
import { ScorecardService } from './scorecard.service.js';
import { ServiceLevelGapService } from './service-level-gap.service.js';

/** Who may save assessment sets (their own; admins anyone's). */
const SET_EDITORS = ['ADMIN', 'EXECUTIVE'] as const;
/** Who may enter quality evaluations and training sessions. */
const RECORD_EDITORS = ['ADMIN', 'MANAGER'] as const;

/** Executive assessment (issue #9): sets, scorecard, drill-down, SL gap, QA and training records. */
@Resolver()
export class AssessmentResolver {
  constructor(
    private readonly sets: AssessmentSetsService,
    private readonly scorecards: ScorecardService,
    private readonly drill: DrillDownService,
    private readonly gaps: ServiceLevelGapService,
    private readonly records: RecordsService,
  ) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [AssessmentSet], { description: 'The default set, then the caller’s own (an admin sees all)' })
  async assessmentSets(@CurrentPrincipal() caller: Principal): Promise<AssessmentSet[]> {
    return (await this.sets.list(caller)).map((s) => setModel(s, caller));
  }

  @Roles(...SET_EDITORS)
  @Mutation(() => AssessmentSet, { description: 'Creates or replaces one of the caller’s assessment sets' })
  async saveAssessmentSet(
    @Args('input') input: SaveAssessmentSetInput,
    @CurrentPrincipal() caller: UserPrincipal,
  ): Promise<AssessmentSet> {
    const saved = await this.sets.save(caller, {
      id: input.id ?? null,
      name: input.name,
      criteria: input.criteria.map((c) => ({ ...c, channel: c.channel ?? null })),
      fromMonth: input.fromMonth ?? null,
      toMonth: input.toMonth ?? null,
    });
    return setModel(saved, caller);
  }

  @Roles(...SET_EDITORS)
  @Mutation(() => Boolean, {
    description: 'Deletes one of the caller’s assessment sets and its frozen months',
  })
  async deleteAssessmentSet(
    @Args('id', { type: () => Int }) id: number,
    @CurrentPrincipal() caller: UserPrincipal,
  ): Promise<boolean> {
    return this.sets.remove(caller, id);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => AssessmentScorecard, {
    description:
      'Scorecard of a set over a period of months (default: the last 6 complete months), with the previous period, monthly trends, and each closed month frozen beside its recomputed figures',
  })
  async assessmentScorecard(
    @Args() args: ScorecardArgs,
    @CurrentPrincipal() caller: Principal,
  ): Promise<AssessmentScorecard> {
    const s = await this.scorecards.scorecard(args.setId, args.from, args.to);
    return {
      set: setModel(s.set, caller),
      from: s.from,
      to: s.to,
      previousFrom: s.previousFrom,
      previousTo: s.previousTo,
      timeZone: s.timeZone,
      criteria: s.criteria.map((c) => ({
        criterion: criterionModel(c.definition),
        current: scoreModel(c.current),
        previous: scoreModel(c.previous),
        months: c.months.map((mo) => ({
          month: mo.month,
          score: scoreModel(mo),
          frozen: mo.frozen
            ? {
                frozenAt: new Date(mo.frozen.frozenAt).toISOString(),
                target: mo.frozen.target,
                score: scoreModel(mo.frozen.score),
              }
            : null,
          differs:
            mo.frozen !== null &&
            (differ(mo.actual, mo.frozen.score.actual) || differ(mo.points, mo.frozen.score.points)),
        })),
      })),
      total: totalModel(s.total),
      previousTotal: totalModel(s.previousTotal),
      months: s.months.map((mo) => ({
        month: mo.month,
        total: totalModel(mo.total),
        frozenAt: mo.frozenAt === null ? null : new Date(mo.frozenAt).toISOString(),
        frozenTotal: mo.frozenTotal ? totalModel(mo.frozenTotal) : null,
      })),
    };
  }

  @Roles(...STAFF_ROLES)
  @Query(() => AssessmentDrillDown, {
    description: 'A criterion’s month by queue, by team and agent, with a sample of the records behind it',
  })
  async assessmentDrillDown(@Args() args: DrillDownArgs): Promise<AssessmentDrillDown> {
    const d = await this.drill.drillDown(args.setId, args.criterion, args.month, {
      queueName: args.queue ?? null,
      teamId: args.teamId ?? null,
      agentId: args.agentId ?? null,
    });
    return { ...d, criterion: criterionModel(d.criterion) };
  }

  @Roles(...STAFF_ROLES)
  @Query(() => ServiceLevelGapModel, {
    description:
      'The month’s service-level gap in agent-hours split into forecast error, schedule fit, shrinkage above plan and adherence loss against the published schedules, per day, and interval by interval for one day',
  })
  async serviceLevelGap(@Args() args: GapArgs): Promise<ServiceLevelGapModel> {
    const { intervalRows, ...report } = await this.gaps.gap(args.month, args.date ?? null);
    return {
      ...report,
      dayIntervals: intervalRows.map(({ plan, ...row }) => ({
        ...row,
        hasSchedule: plan !== null,
        paid: plan?.paid ?? null,
        scheduled: plan?.scheduled ?? null,
        loggedIn: plan?.loggedIn ?? null,
        adherent: plan?.adherent ?? null,
      })),
    };
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [QualityEvaluationModel], { description: 'Latest quality evaluations' })
  async qualityEvaluations(@Args() args: RecordsArgs): Promise<QualityEvaluationModel[]> {
    return this.records.qualityEvaluations(args.limit);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [TrainingSessionModel], { description: 'Latest training sessions' })
  async trainingSessions(@Args() args: RecordsArgs): Promise<TrainingSessionModel[]> {
    return this.records.trainingSessions(args.limit);
  }

  @Roles(...RECORD_EDITORS)
  @Mutation(() => QualityEvaluationModel, {
    description: 'Records a quality evaluation (score = weighted mean of the criteria) through ingestion',
  })
  async recordQualityEvaluation(
    @Args('input') input: QualityEvaluationInput,
  ): Promise<QualityEvaluationModel> {
    return this.records.recordQualityEvaluation(input);
  }

  @Roles(...RECORD_EDITORS)
  @Mutation(() => TrainingSessionModel, { description: 'Records a training session through ingestion' })
  async recordTrainingSession(@Args('input') input: TrainingSessionInput): Promise<TrainingSessionModel> {
    return this.records.recordTrainingSession(input);
  }
}

function setModel(s: SetData, caller: Principal | null): AssessmentSet {
  const editable =
    s.ownerUserId !== null &&
    caller?.kind === 'user' &&
    (caller.role === 'ADMIN' || (caller.role === 'EXECUTIVE' && caller.userId === s.ownerUserId));
  return { ...s, editable, criteria: s.criteria.map(criterionModel) };
}

function criterionModel(c: CriterionDefinition): AssessmentCriterion {
  return { ...c, unit: METRIC_UNITS[c.metric] };
}

function scoreModel(s: CriterionScore): CriterionScoreModel {
  return { actual: s.actual, attainment: s.attainment, points: s.points, status: s.status };
}

function totalModel(t: TotalScore): TotalScoreModel {
  return { ...t };
}

function differ(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a !== b;
  return Math.abs(a - b) > 1e-9;
}
