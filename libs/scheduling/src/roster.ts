import { INTERVAL_MINUTES, agentCanWork } from './rules-index.js';
import { agentMayWorkType, type PlanningProblem, type ShiftType } from './planning-problem.js';
import type { CoveringWeights } from './covering-model.js';
import { CoverageState, type WorkShift } from './coverage-state.js';
import type { ActivityRequest } from './model.js';

/*
 * The schedule under construction: at most one shift per agent per day, kept feasible for every
 * per-agent rule except the weekly minimum (a penalty until the end; but no change may leave an
 * agent unable to reach its minimum on the days it has left, or a full-time agent given short
 * shifts ends its week short with no free day to make it up), with the objective the local search
 * minimises:
 *   coverage cost (weighted under/over) + Wp·paid intervals + Wd·min-hours shortfall (15-min units)
 *   + Wf·Σ agents (weekend shifts² + late shifts²) + Wa·activity requests an agent cannot attend.
 * Squared counts spread weekend and late shifts evenly over agents. Internal.
 */

export interface RosterShift extends WorkShift {
  agent: number;
  /** Which request each entry of `activities` fulfils (same order). */
  activityRequests?: ActivityRequest[];
}

export interface RosterWeights extends CoveringWeights {
  fairness: number;
  activity: number;
}

export class Roster {
  /** shifts[agent][day] */
  readonly shifts: (RosterShift | null)[][];
  readonly paid: Float64Array;
  readonly daysWorked: Int32Array;
  readonly weekend: Int32Array;
  readonly late: Int32Array;
  readonly state: CoverageState;
  private readonly requests: ActivityRequest[][];
  /** Most paid minutes of a shift each agent may work on each day (0: none), rest between shifts aside. */
  private readonly bestPaid: Float64Array[];

  constructor(
    readonly problem: PlanningProblem,
    readonly weights: RosterWeights,
  ) {
    const n = problem.agents.length;
    this.shifts = problem.agents.map(() => new Array<RosterShift | null>(problem.days).fill(null));
    this.paid = new Float64Array(n);
    this.daysWorked = new Int32Array(n);
    this.weekend = new Int32Array(n);
    this.late = new Int32Array(n);
    this.state = new CoverageState(problem.required, weights);
    this.requests = problem.agents.map((a) => problem.index.activitiesByAgent.get(a.id) ?? []);
    this.bestPaid = problem.agents.map((a) => {
      const best = new Float64Array(problem.days);
      for (const ti of a.templates) {
        problem.typesByTemplateDay[ti].forEach((types, d) => {
          for (const t of types) if (t.paid > best[d] && agentMayWorkType(problem, a, t)) best[d] = t.paid;
        });
      }
      return best;
    });
  }

  /**
   * Paid minutes agent `a` could reach with `paid` minutes already scheduled on the days `busy`
   * says, by working its best-paid shift on its best free days up to its working-day limit.
   */
  private reachablePaid(a: number, paid: number, daysUsed: number, busy: (day: number) => boolean): number {
    const free: number[] = [];
    this.bestPaid[a].forEach((p, d) => {
      if (p > 0 && !busy(d)) free.push(p);
    });
    free.sort((x, y) => y - x);
    const slots = Math.max(0, this.problem.agents[a].maxDays - daysUsed);
    for (let k = 0; k < Math.min(slots, free.length); k++) paid += free[k];
    return paid;
  }

  /** All shifts, agent by agent. */
  all(): RosterShift[] {
    const out: RosterShift[] = [];
    for (const row of this.shifts) for (const s of row) if (s) out.push(s);
    return out;
  }

  /**
   * Whether agent `a` may work `type` on `queue`, given all its other shifts; `replacing` is a day
   * whose current shift of the agent is disregarded (the one the move replaces).
   */
  canTake(a: number, type: ShiftType, queue: number, replacing = -1): boolean {
    const agent = this.problem.agents[a];
    if (!(agent.skills[queue] > 0)) return false;
    if (!agent.templates.has(type.templateIndex) || agent.daysOff.has(type.day)) return false;
    const row = this.shifts[a];
    const current = row[type.day];
    if (current && type.day !== replacing) return false;
    const old = replacing >= 0 ? row[replacing] : null;
    const days = this.daysWorked[a] - (old ? 1 : 0) + 1;
    if (days > agent.maxDays) return false;
    if (this.paid[a] - (old ? old.type.paid : 0) + type.paid > agent.maxPaid + 1e-9) return false;
    const end = type.start + type.length;
    for (let d = 0; d < row.length; d++) {
      const s = row[d];
      if (!s || d === replacing || d === type.day) continue;
      const sEnd = s.type.start + s.type.length;
      if (sEnd <= type.start) {
        if (type.start - sEnd < agent.minRest) return false;
      } else if (s.type.start >= end) {
        if (s.type.start - end < agent.minRest) return false;
      } else {
        return false;
      }
    }
    if (agent.restricted && !agentCanWork(this.problem.index, agent.agent, type.start, end)) return false;
    const paid = this.paid[a] - (old ? old.type.paid : 0) + type.paid;
    if (paid < agent.minPaid - 1e-9) {
      // The minimum must stay within reach of the days left (or, if it is out of reach already, not move further away).
      const after = this.reachablePaid(
        a,
        paid,
        days,
        (d) => d === type.day || (d !== replacing && row[d] !== null),
      );
      if (after < agent.minPaid - 1e-9) {
        const before = this.reachablePaid(a, this.paid[a], this.daysWorked[a], (d) => row[d] !== null);
        if (after < before - 1e-9) return false;
      }
    }
    return true;
  }

  /** Penalty of agent `a`: min-hours shortfall, fairness and activity requests it cannot attend. */
  agentPenalty(a: number): number {
    const agent = this.problem.agents[a];
    const w = this.weights;
    let p = (w.shortfall * Math.max(0, agent.minPaid - this.paid[a])) / INTERVAL_MINUTES;
    p += w.fairness * (this.weekend[a] ** 2 + this.late[a] ** 2);
    for (const r of this.requests[a]) if (!this.canAttend(a, r)) p += w.activity;
    return p;
  }

  /** Activity requests agent `a` attends. */
  requestsOf(a: number): readonly ActivityRequest[] {
    return this.requests[a];
  }

  /** Whether one of the agent's shifts has room for the request inside its window (breaks aside). */
  canAttend(a: number, r: ActivityRequest): boolean {
    for (const s of this.shifts[a]) {
      if (!s) continue;
      const from = Math.max(s.type.start, r.earliestStart);
      const to = Math.min(s.type.start + s.type.length, r.latestEnd);
      if (to - from >= r.lengthMinutes) return true;
    }
    return false;
  }

  /** Cost of paid time, per 15 minutes. */
  paidCost(type: ShiftType): number {
    return (this.weights.paid * type.paid) / INTERVAL_MINUTES;
  }

  /** Total objective (see the file comment). */
  totalCost(): number {
    let sum = this.state.totalCost();
    for (let a = 0; a < this.shifts.length; a++) {
      sum += this.agentPenalty(a);
      for (const s of this.shifts[a]) if (s) sum += this.paidCost(s.type);
    }
    return sum;
  }

  private book(shift: RosterShift, sign: 1 | -1): void {
    const a = shift.agent;
    this.paid[a] += sign * shift.type.paid;
    this.daysWorked[a] += sign;
    if (shift.type.weekend) this.weekend[a] += sign;
    if (shift.type.late) this.late[a] += sign;
    this.shifts[a][shift.type.day] = sign === 1 ? shift : null;
  }

  /**
   * Puts a shift in the roster: coverage with the given break starts, or with breaks placed
   * greedily when `placeBreaks` is set. Returns the change of the objective, or NaN (nothing
   * changed) when the breaks do not fit. Feasibility is the caller's (canTake).
   */
  insert(shift: RosterShift, placeBreaks: boolean): number {
    const before = this.agentPenalty(shift.agent);
    const coverage = placeBreaks ? this.state.addPlacing(shift) : this.state.add(shift);
    if (Number.isNaN(coverage)) return Number.NaN;
    this.book(shift, 1);
    return coverage + this.paidCost(shift.type) + this.agentPenalty(shift.agent) - before;
  }

  /** Takes a shift out of the roster; returns the change of the objective. */
  delete(shift: RosterShift): number {
    const before = this.agentPenalty(shift.agent);
    const coverage = this.state.remove(shift);
    this.book(shift, -1);
    return coverage - this.paidCost(shift.type) + this.agentPenalty(shift.agent) - before;
  }
}
