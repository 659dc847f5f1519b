import { AdherenceToleranceEntity } from './entities/adherence-tolerance.entity.js';
import { ActivityRequestEntity } from './entities/activity-request.entity.js';
import { AgentSchedulingEntity } from './entities/agent-scheduling.entity.js';
import { ContractEntity } from './entities/contract.entity.js';
import { ScheduleEntity } from './entities/schedule.entity.js';
import { ShiftTemplateEntity } from './entities/shift-template.entity.js';
import { TimeOffEntity } from './entities/time-off.entity.js';

/** The scheduling module's tables (listed in database/entities.ts). */
export const SCHEDULING_ENTITIES = [
  ShiftTemplateEntity,
  ContractEntity,
  AgentSchedulingEntity,
  TimeOffEntity,
  ActivityRequestEntity,
  ScheduleEntity,
  AdherenceToleranceEntity,
];
