import type { RequiredAgentsResult } from '@servicefloor/erlang';
import { message, sig, type PlanningMessage } from './explain.js';
import type { BindingTarget } from './models/planning-enums.js';
import type { ModelFigures, StaffingFigures } from './models/staffing.models.js';
import {
  bindingTarget,
  primary,
  scheduled,
  type SolvedClaimDay,
  type SolvedInterval,
  type SolveTargets,
} from './staffing-solver.js';

/** Where and when an explained figure applies: wording and the local time span. */
export interface Span {
  channel: string;
  /** Local start and end, e.g. "09:00" and "09:15"; null for the calculator (no particular time). */
  from: string | null;
  to: string | null;
  /** Length of the interval, minutes. */
  minutes: number;
}

/** Figures of one model at its own requirement. */
export function modelFigures(result: RequiredAgentsResult): ModelFigures {
  return {
    model: result.model,
    agents: result.agents,
    fractionalAgents: result.fractionalAgents,
    serviceLevel: result.serviceLevel,
    asa: result.asa,
    occupancy: result.occupancy,
    probWait: result.probWait,
    abandonRate: result.abandonRate ?? null,
  };
}

/**
 * Defines `key` on `target` as a property computed on first read: GraphQL reads only the fields a
 * client selects, so sentences and formulas cost nothing when a grid asks for the numbers alone.
 */
function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: T[K] | undefined;
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value as T[K];
    },
  });
}

/**
 * An Erlang interval with everything a reader needs to follow it: the figures of the model used
 * (Erlang A with a patience, else Erlang C), both models side by side, the target that sets the
 * number (one more evaluation at N − 1), a plain sentence, further sentences and the formulas with
 * the numbers filled in — the last four computed only when read.
 */
export function explainInterval(
  interval: SolvedInterval,
  targets: SolveTargets,
  span: Span,
): StaffingFigures {
  const result = primary(interval);
  const staff = scheduled(result.agents, targets.shrinkage);
  const figures = {
    model: result.model,
    volume: interval.volume,
    ahtSeconds: interval.aht,
    intervalSeconds: targets.intervalSeconds,
    trafficErlangs: result.trafficErlangs,
    agents: result.agents,
    fractionalAgents: result.fractionalAgents,
    serviceLevel: result.serviceLevel,
    asa: result.asa,
    occupancy: result.occupancy,
    probWait: result.probWait,
    abandonRate: result.abandonRate ?? null,
    shrinkage: targets.shrinkage,
    scheduledStaff: staff.staff,
    scheduledAgents: staff.people,
    erlangC: modelFigures(interval.erlangC),
    erlangA: interval.erlangA ? modelFigures(interval.erlangA) : null,
    claimDesk: null,
  } as StaffingFigures;
  lazy(figures, 'bindingTarget', () => bindingTarget(interval, targets));
  lazy(figures, 'explanation', () => sentence(interval, targets, span, staff.people));
  lazy(figures, 'details', () => details(interval, targets, figures.bindingTarget));
  lazy(figures, 'formula', () =>
    interval.aht === null || interval.volume === 0
      ? [message('planning.formula.noTraffic', { traffic: '0' })]
      : formulas(interval, targets, staff),
  );
  return figures;
}

function details(
  interval: SolvedInterval,
  targets: SolveTargets,
  binding: BindingTarget | null,
): PlanningMessage[] {
  if (interval.aht === null || interval.volume === 0) return [];
  const result = primary(interval);
  const out = [
    message('planning.requirement.performance', {
      agents: result.agents,
      serviceLevel: result.serviceLevel,
      volume: interval.volume,
      threshold: targets.thresholdSeconds,
      target: targets.targetServiceLevel,
      asa: result.asa,
      occupancy: result.occupancy,
    }),
  ];
  if (binding !== null) {
    out.push(
      message('planning.requirement.binding', {
        binding,
        maxOccupancy: targets.maxOccupancy ?? 1,
        targetAsa: targets.targetAsaSeconds ?? 0,
      }),
    );
  }
  if (interval.erlangA) {
    out.push(
      message('planning.requirement.comparison', {
        patience: targets.patienceSeconds!,
        agentsA: interval.erlangA.agents,
        abandonRate: interval.erlangA.abandonRate ?? 0,
        agentsC: interval.erlangC.agents,
      }),
    );
  }
  return out;
}

function sentence(
  interval: SolvedInterval,
  targets: SolveTargets,
  span: Span,
  people: number,
): PlanningMessage {
  const result = primary(interval);
  if (span.from === null || span.to === null) {
    if (result.agents === 0) return message('planning.calculator.none', { channel: span.channel });
    return message('planning.calculator.agents', {
      agents: result.agents,
      channel: span.channel,
      volume: interval.volume,
      minutes: span.minutes,
      scheduled: people,
      shrinkage: targets.shrinkage,
    });
  }
  if (interval.aht === null && interval.volume > 0)
    return message('planning.requirement.noHandleTime', { from: span.from, to: span.to });
  if (result.agents === 0)
    return message('planning.requirement.none', { from: span.from, to: span.to, channel: span.channel });
  return message('planning.requirement.agents', {
    agents: result.agents,
    channel: span.channel,
    from: span.from,
    to: span.to,
    scheduled: people,
    shrinkage: targets.shrinkage,
  });
}

function formulas(
  interval: SolvedInterval,
  targets: SolveTargets,
  staff: { staff: number; people: number },
): PlanningMessage[] {
  const aht = interval.aht!;
  const result = primary(interval);
  const lines: PlanningMessage[] = [
    message('planning.formula.traffic', {
      volume: sig(interval.volume),
      aht: sig(aht),
      interval: sig(targets.intervalSeconds),
      traffic: sig(result.trafficErlangs),
    }),
  ];
  const constraints = [`SL(${sig(targets.thresholdSeconds)} s) ≥ ${sig(targets.targetServiceLevel)}`];
  if (targets.maxOccupancy !== null) constraints.push(`occupancy ≤ ${sig(targets.maxOccupancy)}`);
  if (targets.targetAsaSeconds !== null) constraints.push(`ASA ≤ ${sig(targets.targetAsaSeconds)} s`);
  if (interval.erlangA === null) constraints.unshift('N > A');
  lines.push(
    message('planning.formula.required', {
      constraints: constraints.join(', '),
      agents: sig(result.agents),
      fractional: sig(result.fractionalAgents),
    }),
  );
  const a = interval.erlangA;
  if (a !== null) {
    lines.push(
      message('planning.formula.erlangA', {
        patience: sig(targets.patienceSeconds!),
        agents: sig(a.agents),
        probWait: sig(a.probWait),
        abandonRate: sig(a.abandonRate ?? 0),
        threshold: sig(targets.thresholdSeconds),
        serviceLevel: sig(a.serviceLevel),
        asa: sig(a.asa),
      }),
      message('planning.formula.occupancyA', {
        traffic: sig(a.trafficErlangs),
        abandonRate: sig(a.abandonRate ?? 0),
        agents: sig(a.agents),
        occupancy: sig(a.occupancy),
      }),
    );
  }
  // Erlang C: the model itself, or the comparison beside Erlang A.
  const c = interval.erlangC;
  const cValues = {
    agents: sig(c.agents),
    traffic: sig(c.trafficErlangs),
    probWait: sig(c.probWait),
    threshold: sig(targets.thresholdSeconds),
    aht: sig(aht),
    serviceLevel: sig(c.serviceLevel),
    asa: sig(c.asa),
    occupancy: sig(c.occupancy),
  };
  lines.push(
    message('planning.formula.erlangC', cValues),
    message('planning.formula.serviceLevelC', cValues),
    message('planning.formula.asaC', cValues),
  );
  if (a === null) lines.push(message('planning.formula.occupancyC', cValues));
  lines.push(
    message('planning.formula.scheduled', {
      agents: sig(result.agents),
      shrinkage: sig(targets.shrinkage),
      scheduled: sig(staff.staff),
      scheduledAgents: sig(staff.people),
    }),
  );
  return lines;
}

/** A claim desk day explained: its workload, agents, and the formulas. */
export function explainClaimDay(day: SolvedClaimDay, shrinkage: number, date: string): StaffingFigures {
  const r = day.requirement;
  const staff = scheduled(r.agents, shrinkage);
  return {
    model: 'CLAIM_DESK',
    volume: day.arrivals,
    ahtSeconds: day.handleSeconds,
    intervalSeconds: 86_400,
    trafficErlangs: 0,
    agents: r.agents,
    fractionalAgents: r.fractionalAgents,
    serviceLevel: null,
    asa: null,
    occupancy: null,
    probWait: null,
    abandonRate: null,
    shrinkage,
    scheduledStaff: staff.staff,
    scheduledAgents: staff.people,
    bindingTarget: null,
    erlangC: null,
    erlangA: null,
    claimDesk: {
      arrivals: day.arrivals,
      backlogToClear: day.backlogToClear,
      handleSeconds: day.handleSeconds,
      productiveHoursPerAgent: day.productiveHoursPerAgent,
      slaHours: day.slaHours,
      staffHours: r.staffHours,
      claimsPerHour: r.claimsPerHour,
    },
    explanation: message('planning.requirement.claimDesk', {
      agents: r.agents,
      date,
      claims: day.arrivals + day.backlogToClear,
      slaHours: day.slaHours,
      staffHours: r.staffHours,
      handleMinutes: day.handleSeconds / 60,
      productiveHours: day.productiveHoursPerAgent,
      scheduled: staff.people,
      shrinkage,
    }),
    details: [],
    formula: [
      message('planning.formula.claimStaffHours', {
        arrivals: sig(day.arrivals),
        backlog: sig(day.backlogToClear),
        handle: sig(day.handleSeconds),
        staffHours: sig(r.staffHours),
      }),
      message('planning.formula.claimProductive', {
        hoursPerDay: sig(day.hoursPerDay),
        slaHours: sig(day.slaHours),
        productiveHours: sig(day.productiveHoursPerAgent),
      }),
      message('planning.formula.claimAgents', {
        staffHours: sig(r.staffHours),
        productiveHours: sig(day.productiveHoursPerAgent),
        fractional: sig(r.fractionalAgents),
        agents: sig(r.agents),
      }),
      message('planning.formula.scheduled', {
        agents: sig(r.agents),
        shrinkage: sig(shrinkage),
        scheduled: sig(staff.staff),
        scheduledAgents: sig(staff.people),
      }),
    ],
  };
}
