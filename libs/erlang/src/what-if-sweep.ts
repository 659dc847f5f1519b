import { requiredAgents, type RequiredAgentsInput, type RequiredAgentsResult } from './required-agents.js';
import { scheduledStaff } from './scheduled-staff.js';
import { ceilCount, requireFinite, requireFractionBelow1, requireNonEmptyArray } from './validate.js';

/** The scenario every variation starts from. */
export interface WhatIfBase extends RequiredAgentsInput {
  /** Shrinkage in [0, 1) for scheduled staff; 0 when omitted. */
  shrinkage?: number;
}

/** Values to try; each list replaces the base value, an omitted one keeps it. */
export interface WhatIfVariations {
  /** Relative changes of callsPerInterval, each > −1: −0.1 is 10 % fewer calls, 0.2 is 20 % more. */
  volumeChange?: readonly number[];
  /** Average handle times to try, seconds. */
  ahtSeconds?: readonly number[];
  /** Service-level targets to try, each in (0, 1]. */
  targetServiceLevel?: readonly number[];
  /** Shrinkage values to try, each in [0, 1). */
  shrinkage?: readonly number[];
}

/** One evaluated scenario: its inputs, its requirement, and the staff to schedule. */
export interface WhatIfRow extends RequiredAgentsResult {
  volumeChange: number;
  callsPerInterval: number;
  ahtSeconds: number;
  targetServiceLevel: number;
  shrinkage: number;
  /** agents / (1 − shrinkage), fractional. */
  scheduledStaff: number;
  /** scheduledStaff rounded up to whole people. */
  scheduledAgents: number;
}

/** More rows than this is almost certainly a mistake in the ranges. */
const MAX_ROWS = 100_000;

/**
 * What-if sweep (after pyworkforce's MultiErlangC grid): evaluates {@link requiredAgents} and
 * {@link scheduledStaff} over the cartesian product of the given variations of volume, AHT,
 * service-level target and shrinkage. Rows come in nested order — volume outermost, then AHT,
 * then target, shrinkage innermost — each repeating the inputs it used. Each distinct
 * (volume, AHT, target) is solved once; shrinkage only rescales it.
 *
 * @returns one row per combination
 * @throws Error naming the field when a variation list is empty or holds a bad value (checked
 *   like the matching requiredAgents input), or when the product exceeds 100,000 rows
 * @example whatIfSweep(base, { volumeChange: [-0.1, 0, 0.1], shrinkage: [0.3, 0.35] }) // 6 rows
 */
export function whatIfSweep(base: WhatIfBase, variations: WhatIfVariations): WhatIfRow[] {
  const fn = 'whatIfSweep';
  const list = (field: keyof WhatIfVariations, fallback: number): readonly number[] => {
    const values = variations[field];
    if (values === undefined) return [fallback];
    return requireNonEmptyArray(fn, field, values).map((v, i) => requireFinite(fn, `${field}[${i}]`, v));
  };
  const volumes = list('volumeChange', 0);
  volumes.forEach((v, i) => {
    if (v <= -1) throw new Error(`${fn}: volumeChange[${i}] must be > -1 (got ${v})`);
  });
  const ahts = list('ahtSeconds', base.ahtSeconds);
  const targets = list('targetServiceLevel', base.targetServiceLevel);
  const shrinkages = list('shrinkage', base.shrinkage ?? 0);
  shrinkages.forEach((s, i) => requireFractionBelow1(fn, `shrinkage[${i}]`, s));

  const rows = volumes.length * ahts.length * targets.length * shrinkages.length;
  if (rows > MAX_ROWS) throw new Error(`${fn}: variations must give at most ${MAX_ROWS} rows (got ${rows})`);

  const { shrinkage: _unused, ...scenario } = base;
  const out: WhatIfRow[] = [];
  for (const volumeChange of volumes) {
    for (const ahtSeconds of ahts) {
      for (const targetServiceLevel of targets) {
        const callsPerInterval = base.callsPerInterval * (1 + volumeChange);
        const requirement = requiredAgents({ ...scenario, callsPerInterval, ahtSeconds, targetServiceLevel });
        for (const shrinkage of shrinkages) {
          const staff = scheduledStaff(requirement.agents, shrinkage);
          out.push({
            ...requirement,
            volumeChange,
            callsPerInterval,
            ahtSeconds,
            targetServiceLevel,
            shrinkage,
            scheduledStaff: staff,
            scheduledAgents: ceilCount(staff),
          });
        }
      }
    }
  }
  return out;
}
