import type { ShiftType } from './planning-problem.js';
import type { Roster, RosterShift } from './roster.js';

/*
 * Local search over the roster. Every move keeps each agent feasible for every rule but the
 * weekly minimum (checked with Roster.canTake before the move), is applied, measured, and undone
 * unless the objective does not get worse (sideways moves let the search cross plateaus):
 *   transfer — give a shift to an agent who is off that day;
 *   swap     — two agents working the same day exchange shifts;
 *   trade    — two agents exchange shifts of different days (each off on the other's day), which
 *              moves days off (and weekends) between agents without touching coverage;
 *   retime   — move a shift's start and/or change its length within its template;
 *   reshape  — replace a shift by the best shift of its day for its agent (any template, start,
 *              length and queue): the one move that turns a morning shift into a late one, which
 *              the small random steps of retime rarely find when every agent already works its days;
 *   requeue  — a multi-skilled agent's shift staffs another queue;
 *   move day — an agent works its best shift of a day it has off instead of one of its shifts (the
 *              way staff move towards the busy days when every agent works all its days);
 *   cover    — give an agent who is off a shift over an under-covered interval (only if it pays);
 *   add      — give an agent who is off the best shift of a day (only if it pays);
 *   remove   — drop a shift (only if it pays).
 * Breaks of a changed shift are re-placed greedily; the others stay where they are. Internal.
 */

/** A seeded pseudo-random generator (mulberry32), uniform in [0, 1). */
export function randomSource(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SearchStats {
  iterations: number;
  accepted: number;
  seconds: number;
}

const EPS = 1e-7;

/**
 * Share of the random moves that move a shift to another day: each weighs a whole day's shifts for
 * the agent, about a hundred times the work of the other moves.
 */
const MOVE_DAY_SHARE = 0.003;

/** Random moves per shift between two reshape sweeps (a sweep costs about as much as 150 per shift). */
const RANDOM_MOVES_PER_SHIFT = 150;

export class RosterSearch {
  private readonly typeIndex = new Map<string, ShiftType>();
  private readonly eligible: number[][][];

  constructor(
    private readonly roster: Roster,
    private readonly random: () => number,
  ) {
    const { problem } = roster;
    for (const t of problem.types) this.typeIndex.set(`${t.templateIndex}:${t.start}:${t.length}`, t);
    // eligible[queue][template] = agents with the skill who may work the template
    this.eligible = problem.queues.map((_, q) =>
      problem.templates.map((_, ti) =>
        problem.agents.filter((a) => a.skills[q] > 0 && a.templates.has(ti)).map((a) => a.index),
      ),
    );
  }

  private pick<T>(list: T[]): T | undefined {
    return list.length === 0 ? undefined : list[Math.floor(this.random() * list.length)];
  }

  /** A random shift without activities (those stay where activity placement put them). */
  private randomShift(): RosterShift | undefined {
    const { shifts } = this.roster;
    if (shifts.length === 0) return undefined;
    for (let tries = 0; tries < 20; tries++) {
      const row = shifts[Math.floor(this.random() * shifts.length)];
      const s = row[Math.floor(this.random() * row.length)];
      if (s && s.activities.length === 0) return s;
    }
    return undefined;
  }

  private moved(shift: RosterShift, agent: number, type = shift.type, queue = shift.queue): RosterShift {
    return {
      agent,
      type,
      queue,
      weight: this.roster.problem.agents[agent].skills[queue],
      breakStarts: type === shift.type ? shift.breakStarts.slice() : [],
      activities: [],
    };
  }

  /** Replaces `out` shifts by `into` shifts; keeps the change if it does not worsen the objective. */
  private attempt(out: RosterShift[], into: RosterShift[], place: boolean[]): boolean {
    const r = this.roster;
    let delta = 0;
    for (const s of out) delta += r.delete(s);
    const done: RosterShift[] = [];
    let failed = false;
    into.forEach((s, k) => {
      if (failed) return;
      const d = r.insert(s, place[k]);
      if (Number.isNaN(d)) failed = true;
      else {
        delta += d;
        done.push(s);
      }
    });
    if (!failed && delta <= EPS) return true;
    for (const s of done) r.delete(s);
    for (const s of out) r.insert(s, false);
    return false;
  }

  transfer(): boolean {
    const s = this.randomShift();
    if (!s) return false;
    const b = this.pick(this.eligible[s.queue][s.type.templateIndex]);
    if (b === undefined || b === s.agent || !this.roster.canTake(b, s.type, s.queue)) return false;
    return this.attempt([s], [this.moved(s, b)], [false]);
  }

  swap(): boolean {
    const s = this.randomShift();
    if (!s) return false;
    const b = this.pick(this.eligible[s.queue][s.type.templateIndex]);
    if (b === undefined || b === s.agent) return false;
    const t = this.roster.shifts[b][s.type.day];
    if (!t || t.activities.length > 0) return false;
    const r = this.roster;
    if (!r.canTake(b, s.type, s.queue, s.type.day) || !r.canTake(s.agent, t.type, t.queue, t.type.day))
      return false;
    return this.attempt([s, t], [this.moved(s, b), this.moved(t, s.agent)], [false, false]);
  }

  trade(): boolean {
    const s = this.randomShift();
    if (!s) return false;
    const b = this.pick(this.eligible[s.queue][s.type.templateIndex]);
    if (b === undefined || b === s.agent || this.roster.shifts[b][s.type.day]) return false;
    const t = this.pick(
      this.roster.shifts[b].filter((x): x is RosterShift => x !== null && x.activities.length === 0),
    );
    if (!t || this.roster.shifts[s.agent][t.type.day]) return false;
    const r = this.roster;
    if (!r.canTake(b, s.type, s.queue, t.type.day) || !r.canTake(s.agent, t.type, t.queue, s.type.day))
      return false;
    return this.attempt([s, t], [this.moved(s, b), this.moved(t, s.agent)], [false, false]);
  }

  retime(): boolean {
    const s = this.randomShift();
    if (!s) return false;
    const template = this.roster.problem.templates[s.type.templateIndex];
    const step = template.startStepMinutes ?? 15;
    const shiftBy = Math.floor(this.random() * 9) - 4;
    const length =
      this.random() < 0.3 ? (this.pick(template.lengthsMinutes) ?? s.type.length) : s.type.length;
    const type = this.typeIndex.get(`${s.type.templateIndex}:${s.type.start + shiftBy * step}:${length}`);
    if (!type || type === s.type || type.day !== s.type.day) return false;
    if (!this.roster.canTake(s.agent, type, s.queue, s.type.day)) return false;
    return this.attempt([s], [this.moved(s, s.agent, type)], [true]);
  }

  /**
   * Replaces shift `s` by the agent's best shift of `day` (its own day by default) if that lowers
   * the objective.
   */
  reshapeShift(s: RosterShift, day = s.type.day): boolean {
    const r = this.roster;
    const agent = r.problem.agents[s.agent];
    const removed = r.delete(s);
    let best: RosterShift | undefined;
    let bestDelta = -removed - EPS;
    for (const ti of agent.templates) {
      for (const type of r.problem.typesByTemplateDay[ti][day] ?? []) {
        for (let q = 0; q < agent.skills.length; q++) {
          if (!(agent.skills[q] > 0) || (type === s.type && q === s.queue) || !r.canTake(s.agent, type, q))
            continue;
          const shift = this.moved(s, s.agent, type, q);
          const d = r.insert(shift, true);
          if (Number.isNaN(d)) continue;
          r.delete(shift);
          if (d < bestDelta) {
            bestDelta = d;
            best = shift;
          }
        }
      }
    }
    if (best && !Number.isNaN(r.insert(best, true))) return true;
    r.insert(s, false);
    return false;
  }

  reshape(): boolean {
    const s = this.randomShift();
    return s ? this.reshapeShift(s) : false;
  }

  moveDay(): boolean {
    const s = this.randomShift();
    if (!s) return false;
    const row = this.roster.shifts[s.agent];
    const daysOff = this.roster.problem.agents[s.agent].daysOff;
    const free = row.map((_, d) => d).filter((d) => row[d] === null && !daysOff.has(d));
    const day = this.pick(free);
    return day === undefined ? false : this.reshapeShift(s, day);
  }

  /**
   * Reshapes every shift without activities once, in random order, until `deadline`
   * (performance.now() milliseconds); returns how many changed.
   */
  reshapeAll(deadline: number): number {
    const shifts = this.roster.all().filter((s) => s.activities.length === 0);
    for (let i = shifts.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [shifts[i], shifts[j]] = [shifts[j], shifts[i]];
    }
    let changed = 0;
    for (const s of shifts) {
      if (performance.now() >= deadline) break;
      // a shift changed by an earlier reshape of the same agent's day is no longer in the roster
      if (this.roster.shifts[s.agent][s.type.day] !== s) continue;
      if (this.reshapeShift(s)) changed++;
    }
    return changed;
  }

  requeue(): boolean {
    const s = this.randomShift();
    if (!s) return false;
    const skills = this.roster.problem.agents[s.agent].skills;
    const queues = [...skills.keys()].filter((q) => skills[q] > 0 && q !== s.queue);
    const q = this.pick(queues);
    if (q === undefined) return false;
    return this.attempt([s], [this.moved(s, s.agent, s.type, q)], [true]);
  }

  /** Gives agent `a` the best shift on `day` if that lowers the objective (or `force`: if any fits). */
  addBest(a: number, day: number, force = false): boolean {
    const r = this.roster;
    const agent = r.problem.agents[a];
    if (r.shifts[a][day]) return false;
    let best: RosterShift | undefined;
    let bestDelta = force ? Number.POSITIVE_INFINITY : EPS;
    for (const ti of agent.templates) {
      for (const type of r.problem.typesByTemplateDay[ti][day] ?? []) {
        for (let q = 0; q < agent.skills.length; q++) {
          if (!(agent.skills[q] > 0) || !r.canTake(a, type, q)) continue;
          const shift: RosterShift = {
            agent: a,
            type,
            queue: q,
            weight: agent.skills[q],
            breakStarts: [],
            activities: [],
          };
          const d = r.insert(shift, true);
          if (Number.isNaN(d)) continue;
          r.delete(shift);
          if (d < bestDelta) {
            bestDelta = d;
            best = shift;
          }
        }
      }
    }
    if (!best) return false;
    r.insert(best, true);
    return true;
  }

  cover(): boolean {
    const r = this.roster;
    const { state, problem } = r;
    let q = -1;
    let i = -1;
    for (let tries = 0; tries < 20 && q < 0; tries++) {
      const qq = Math.floor(this.random() * problem.queues.length);
      const ii = Math.floor(this.random() * state.intervals);
      if (state.cov[qq][ii] < problem.required[qq][ii] - 1e-9) {
        q = qq;
        i = ii;
      }
    }
    if (q < 0) return false;
    const minute = i * 15;
    let best: RosterShift | undefined;
    let bestDelta = -EPS;
    for (let k = 0; k < 3; k++) {
      const a = this.pick(problem.agents);
      if (!a || !(a.skills[q] > 0)) continue;
      for (let tries = 0; tries < 12; tries++) {
        const ti = this.pick([...a.templates]);
        if (ti === undefined) break;
        const day = Math.floor(minute / 1440) - (this.random() < 0.2 ? 1 : 0);
        const types = problem.typesByTemplateDay[ti][day];
        const type = types && this.pick(types);
        if (!type || type.start > minute || type.start + type.length <= minute) continue;
        if (!r.canTake(a.index, type, q)) continue;
        const shift: RosterShift = {
          agent: a.index,
          type,
          queue: q,
          weight: a.skills[q],
          breakStarts: [],
          activities: [],
        };
        const d = r.insert(shift, true);
        if (Number.isNaN(d)) continue;
        r.delete(shift);
        if (d < bestDelta) {
          bestDelta = d;
          best = shift;
        }
      }
    }
    if (!best) return false;
    r.insert(best, true);
    return true;
  }

  add(): boolean {
    const r = this.roster;
    if (r.shifts.length === 0) return false;
    const a = Math.floor(this.random() * r.shifts.length);
    const day = Math.floor(this.random() * r.problem.days);
    return this.addBest(a, day);
  }

  remove(): boolean {
    const s = this.randomShift();
    if (!s) return false;
    return this.attempt([s], [], []);
  }

  /**
   * Runs random moves until `deadline` (performance.now() milliseconds) or `maxIterations`;
   * returns counts. Moves are weighted towards the cheap ones. After every RANDOM_MOVES_PER_SHIFT
   * moves per shift, every shift is reshaped once (reshapeAll): the random moves settle what is
   * near, the sweep finds the best shape of each shift. Sweeps are counted by moves, not time, so
   * the same seed gives the same schedule whenever the deadline does not cut the run short.
   */
  run(deadline: number, maxIterations: number): SearchStats {
    const started = performance.now();
    let iterations = 0;
    let accepted = 0;
    const sweepEvery = Math.max(1000, RANDOM_MOVES_PER_SHIFT * this.roster.all().length);
    const moves: [number, () => boolean][] = [
      [0.17, () => this.transfer()],
      [0.15, () => this.swap()],
      [0.1, () => this.trade()],
      [0.28, () => this.retime()],
      [0.05, () => this.requeue()],
      [0.15, () => this.cover()],
      [0.02, () => this.add()],
      [0.08 - MOVE_DAY_SHARE, () => this.remove()],
      [MOVE_DAY_SHARE, () => this.moveDay()],
    ];
    while (iterations < maxIterations && (iterations % 64 !== 0 || performance.now() < deadline)) {
      iterations++;
      if (iterations % sweepEvery === 0) accepted += this.reshapeAll(deadline);
      let u = this.random();
      for (const [p, move] of moves) {
        if (u < p) {
          if (move()) accepted++;
          break;
        }
        u -= p;
      }
    }
    return { iterations, accepted, seconds: (performance.now() - started) / 1000 };
  }

  /**
   * Tries to lift every agent to its weekly minimum: first the best extra shift on a free day, then
   * the best better-paid shift (any template, start and queue) in place of one it has; each change
   * must fit every other rule. Returns how many agents still fall short.
   */
  repairMinimums(): number {
    const r = this.roster;
    let short = 0;
    for (let a = 0; a < r.shifts.length; a++) {
      const agent = r.problem.agents[a];
      for (let guard = 0; r.paid[a] < agent.minPaid - 1e-9 && guard < r.problem.days * 4; guard++) {
        let progressed = false;
        for (let day = 0; day < r.problem.days && !progressed; day++) progressed = this.addBest(a, day, true);
        if (!progressed) progressed = this.upgrade(a);
        if (!progressed) break;
      }
      if (r.paid[a] < agent.minPaid - 1e-9) short++;
    }
    return short;
  }

  /** Replaces one of the agent's shifts by the better-paid feasible shift of its day that costs least. */
  private upgrade(a: number): boolean {
    const r = this.roster;
    const agent = r.problem.agents[a];
    let best: { out: RosterShift; into: RosterShift; delta: number } | undefined;
    for (const s of r.shifts[a]) {
      if (!s || s.activities.length > 0) continue;
      for (const ti of agent.templates) {
        for (const type of r.problem.typesByTemplateDay[ti][s.type.day] ?? []) {
          if (type.paid <= s.type.paid) continue;
          for (let q = 0; q < agent.skills.length; q++) {
            if (!(agent.skills[q] > 0) || !r.canTake(a, type, q, s.type.day)) continue;
            const into = this.moved(s, a, type, q);
            let delta = r.delete(s);
            const added = r.insert(into, true);
            if (!Number.isNaN(added)) {
              delta += added;
              r.delete(into);
            }
            r.insert(s, false);
            if (!Number.isNaN(added) && (!best || delta < best.delta)) best = { out: s, into, delta };
          }
        }
      }
    }
    if (!best) return false;
    r.delete(best.out);
    if (!Number.isNaN(r.insert(best.into, true))) return true;
    r.insert(best.out, false);
    return false;
  }
}
