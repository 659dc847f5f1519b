/*
 * Scheduling benchmark on the demo center (issue #8): the week the app's `generateSchedule` builds
 * for the simulator's Shenzhen center — its agents with a skill on the five interval-staffed queues
 * (proficiency grade / 5, as the directory stores it), the API's default templates (DAY, LATE, PART)
 * and contracts (everyone on the default FULL_TIME, 32–40 h, 5 days, 11 h rest), and the requirement
 * the planning API derives for a reference week: expected arrivals per interval (daily volume ×
 * weekday factor × intraday weights), AHT = talk + hold share × hold + after-contact work, and
 * libs/erlang's fractional agents for the queue's service-level target (Erlang A with the queue's
 * patience, as the planning API uses once patience is estimated). The hotline runs 24 hours while
 * no template starts before 07:00 or ends after 23:00, so part of the demand cannot be staffed at
 * all: the bound and the gap say how close the schedule gets to what these agents could cover.
 */
import { requiredAgents } from '@servicefloor/erlang';
import { type Agent, type Requirement, type SchedulingRules } from '@servicefloor/scheduling';
import { centerDirectory, demoCenter, type CenterDefinition } from '@servicefloor/simulator';
import { cpus, loadavg } from 'node:os';
import { libContract, libTemplate } from '../../apps/api/src/scheduling/lib-rules.js';
import { DEFAULT_CONTRACTS, DEFAULT_TEMPLATES } from '../../apps/api/src/scheduling/scheduling-defaults.js';
import type { Report } from './report.js';
import { generateAndReport } from './support/generation-report.js';

const DAYS = 7;
const INTERVALS_PER_DAY = 96;

/** Fractional agents per interval of the week for one queue of the center. */
function queueRequirement(center: CenterDefinition, name: string): number[] {
  const q = center.queues.find((x) => x.name === name)!;
  const { dailyVolume, intraday, weekly } = q.demand;
  const total = intraday.reduce((a, b) => a + b, 0);
  const aht = q.talk.mean + q.hold.probability * q.hold.duration.mean + q.acw.mean;
  const line: number[] = [];
  for (let d = 0; d < DAYS; d++) {
    for (let i = 0; i < INTERVALS_PER_DAY; i++) {
      const calls = total > 0 ? (dailyVolume * weekly[d] * intraday[i]) / total : 0;
      if (calls <= 0) {
        line.push(0);
        continue;
      }
      const result = requiredAgents({
        callsPerInterval: calls,
        intervalSeconds: 900,
        ahtSeconds: aht,
        targetServiceLevel: q.settings.slTarget,
        thresholdSeconds: q.settings.slThresholdSeconds,
        ...(q.patience ? { patienceSeconds: q.patience.mean } : {}),
      });
      line.push(Math.round(result.fractionalAgents * 100) / 100);
    }
  }
  return line;
}

/** The demo center's week as the app hands it to libs/scheduling. */
export function demoWeek(): { rules: SchedulingRules; requirement: Requirement } {
  const center = demoCenter();
  const directory = centerDirectory(center);
  const queues = directory.queues.filter((q) => q.channel !== 'CLAIM_DESK').map((q) => q.name);
  const agents: Agent[] = [];
  for (const a of directory.agents) {
    const skills: Record<string, number> = {};
    for (const s of a.skills) if (queues.includes(s.queue)) skills[s.queue] = s.proficiency / 5;
    if (Object.keys(skills).length > 0)
      agents.push({ id: a.id, contractId: DEFAULT_CONTRACTS.find((c) => c.isDefault)!.code, skills });
  }
  const rules: SchedulingRules = {
    days: DAYS,
    templates: DEFAULT_TEMPLATES.map(libTemplate),
    contracts: DEFAULT_CONTRACTS.map(libContract),
    agents,
    timeOff: [],
    activities: [],
  };
  const requirement: Requirement = {
    queues: Object.fromEntries(queues.map((q) => [q, queueRequirement(center, q)])),
  };
  return { rules, requirement };
}

export default async function (report: Report): Promise<void> {
  report(`load average at start (${cpus().length} cores)`, Math.round(loadavg()[0] * 100) / 100, '');
  const { rules, requirement } = demoWeek();
  const { result, violations } = await generateAndReport(report, rules, requirement);
  const byRule = new Map<string, number>();
  for (const v of violations) byRule.set(v.rule, (byRule.get(v.rule) ?? 0) + 1);
  for (const [rule, n] of byRule) console.log(`  ${rule}: ${n}`);
  for (const v of violations.slice(0, 3)) console.log(`  violation: ${v.rule} ${v.agentId}: ${v.message}`);
  console.log(`  timings: ${JSON.stringify(result.solver.timings)}`);
  console.log(
    `  MILP: ${JSON.stringify(result.solver.milp)}; unassigned ${result.solver.unassignedPlannedShifts}`,
  );
}
