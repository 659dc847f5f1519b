import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { QueueInfo } from '../ingest/queue-info.js';
import type { PlanningSettingsInput } from './dto/planning.inputs.js';
import { QueuePlanningSettingsEntity } from './entities/queue-planning-settings.entity.js';
import { message } from './explain.js';
import type { PatienceMode } from './models/planning-enums.js';
import type { PatienceInfo, QueuePlanningSettings } from './models/staffing.models.js';
import { PlanningData } from './planning-data.js';
import { estimatePatience, MIN_ABANDONS_FOR_PATIENCE } from './patience.js';

/** Settings of a queue without a saved row. */
export const PLANNING_DEFAULTS = {
  shrinkage: 0.3,
  maxOccupancy: 0.85 as number | null,
  targetAsaSeconds: null as number | null,
  patienceSeconds: null as number | null,
  patienceMode: 'AUTO' as PatienceMode,
  claimHoursPerDay: 8,
  claimHandleSeconds: 1200,
};

/** Days of roll-ups the patience estimate is taken over. */
export const PATIENCE_WINDOW_DAYS = 28;

export type EffectiveSettings = Omit<
  QueuePlanningSettings,
  'queue' | 'channel' | 'targetServiceLevel' | 'thresholdSeconds'
>;

/** Per-queue planning settings (shrinkage, occupancy cap, ASA target, patience, claim desk hours) and the patience behind Erlang A. */
@Injectable()
export class PlanningSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly data: PlanningData,
  ) {}

  async settings(queues: readonly QueueInfo[]): Promise<Map<number, EffectiveSettings>> {
    const rows = queues.length
      ? await this.db.getRepository(QueuePlanningSettingsEntity).find()
      : ([] as QueuePlanningSettingsEntity[]);
    const byQueue = new Map(rows.map((r) => [r.queueId, r]));
    return new Map(
      queues.map((q) => {
        const row = byQueue.get(q.id);
        const settings: EffectiveSettings = row
          ? {
              shrinkage: row.shrinkage,
              maxOccupancy: row.maxOccupancy,
              targetAsaSeconds: row.targetAsaSeconds,
              patienceSeconds: row.patienceSeconds,
              patienceMode: row.patienceMode as PatienceMode,
              claimHoursPerDay: row.claimHoursPerDay,
              claimHandleSeconds: row.claimHandleSeconds,
              isDefault: false,
            }
          : { ...PLANNING_DEFAULTS, isDefault: true };
        return [q.id, settings];
      }),
    );
  }

  view(queue: QueueInfo, settings: EffectiveSettings): QueuePlanningSettings {
    return {
      queue: queue.name,
      channel: queue.channel as QueuePlanningSettings['channel'],
      targetServiceLevel: queue.settings.slTarget,
      thresholdSeconds: queue.settings.slThresholdSeconds,
      ...settings,
    };
  }

  async update(queue: QueueInfo, input: PlanningSettingsInput): Promise<QueuePlanningSettings> {
    const current = (await this.settings([queue])).get(queue.id)!;
    const next: QueuePlanningSettingsEntity = {
      queueId: queue.id,
      shrinkage: input.shrinkage ?? current.shrinkage,
      maxOccupancy: input.maxOccupancy === undefined ? current.maxOccupancy : input.maxOccupancy,
      targetAsaSeconds:
        input.targetAsaSeconds === undefined ? current.targetAsaSeconds : input.targetAsaSeconds,
      patienceSeconds: input.patienceSeconds === undefined ? current.patienceSeconds : input.patienceSeconds,
      patienceMode: input.patienceMode ?? current.patienceMode,
      claimHoursPerDay: input.claimHoursPerDay ?? current.claimHoursPerDay,
      claimHandleSeconds: input.claimHandleSeconds ?? current.claimHandleSeconds,
    };
    await this.db.getRepository(QueuePlanningSettingsEntity).save(next);
    return this.view(queue, (await this.settings([queue])).get(queue.id)!);
  }

  /**
   * The patience each queue's Erlang A uses, from the roll-ups of the PATIENCE_WINDOW_DAYS days
   * before `before` (see estimatePatience), its settings, and its channel (claim desks: none).
   */
  async patience(
    queues: readonly QueueInfo[],
    settings: Map<number, EffectiveSettings>,
    before: number,
  ): Promise<Map<number, PatienceInfo>> {
    const evidence = await this.data.patienceEvidence(
      queues.map((q) => q.id),
      before - PATIENCE_WINDOW_DAYS * 86_400_000,
      before,
    );
    const out = new Map<number, PatienceInfo>();
    for (const queue of queues) {
      const s = settings.get(queue.id)!;
      const estimate = estimatePatience(
        evidence.get(queue.id) ?? { abandoned: 0, sumAbandonWaitMs: 0, sumAnswerWaitMs: 0 },
      );
      const base = {
        abandoned: estimate.abandoned,
        exposureSeconds: estimate.exposureSeconds,
        averageAbandonWaitSeconds: estimate.averageAbandonWaitSeconds,
        estimatedSeconds: estimate.seconds,
        windowDays: PATIENCE_WINDOW_DAYS,
      };
      let info: PatienceInfo;
      if (queue.channel === 'CLAIM_DESK') {
        info = {
          ...base,
          seconds: null,
          source: 'NONE',
          explanation: message('planning.patience.claimDesk'),
        };
      } else if (s.patienceMode === 'OFF') {
        info = { ...base, seconds: null, source: 'NONE', explanation: message('planning.patience.off') };
      } else if (s.patienceSeconds !== null) {
        info = {
          ...base,
          seconds: s.patienceSeconds,
          source: 'KNOWN',
          explanation: message('planning.patience.known', { seconds: s.patienceSeconds }),
        };
      } else if (s.patienceMode === 'KNOWN_ONLY') {
        info = { ...base, seconds: null, source: 'NONE', explanation: message('planning.patience.unknown') };
      } else if (estimate.seconds !== null) {
        info = {
          ...base,
          seconds: estimate.seconds,
          source: 'ESTIMATED',
          explanation: message('planning.patience.estimated', {
            seconds: estimate.seconds,
            abandoned: estimate.abandoned,
            exposureHours: estimate.exposureSeconds / 3600,
            days: PATIENCE_WINDOW_DAYS,
            averageAbandonWait: estimate.averageAbandonWaitSeconds ?? 0,
          }),
        };
      } else {
        info = {
          ...base,
          seconds: null,
          source: 'NONE',
          explanation: message('planning.patience.tooFew', {
            abandoned: estimate.abandoned,
            days: PATIENCE_WINDOW_DAYS,
            minimum: MIN_ABANDONS_FOR_PATIENCE,
          }),
        };
      }
      out.set(queue.id, info);
    }
    return out;
  }
}
