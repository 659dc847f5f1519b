import type { Contract, ShiftTemplate } from '@servicefloor/scheduling';

/** A shift template as stored (ShiftTemplateEntity, or the defaults before they are stored). */
interface StoredTemplate {
  code: string;
  earliestStartMinutes: number;
  latestStartMinutes: number;
  startStepMinutes: number;
  lengthsMinutes: number[];
  days?: number[] | null;
  breakRules: ShiftTemplate['breakRules'];
}

/** A contract as stored (ContractEntity, or the defaults before they are stored). */
type StoredContract = Omit<Contract, 'id'> & { code: string };

/** A stored shift template as libs/scheduling takes it (its code is its id). */
export function libTemplate(t: StoredTemplate): ShiftTemplate {
  return {
    id: t.code,
    earliestStartMinutes: t.earliestStartMinutes,
    latestStartMinutes: t.latestStartMinutes,
    startStepMinutes: t.startStepMinutes,
    lengthsMinutes: t.lengthsMinutes,
    ...(t.days ? { days: t.days } : {}),
    breakRules: t.breakRules,
  };
}

/** A stored contract as libs/scheduling takes it (its code is its id). */
export function libContract(c: StoredContract): Contract {
  return {
    id: c.code,
    minHoursPerWeek: c.minHoursPerWeek,
    maxHoursPerWeek: c.maxHoursPerWeek,
    maxWorkingDays: c.maxWorkingDays,
    minRestHours: c.minRestHours,
    fixedDaysOff: c.fixedDaysOff,
  };
}
