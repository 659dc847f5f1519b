/*
 * Small centers for tests (not part of the built library).
 */
import { defaultQueueSettings } from '@servicefloor/contracts';
import type { AgentDefinition, CenterDefinition, QueueDefinition, WorkforceDefinition } from './center.js';
import { INTERVALS_PER_DAY } from './center.js';

const FLAT_DAY = new Array<number>(INTERVALS_PER_DAY).fill(1);
const FLAT_WEEK = [1, 1, 1, 1, 1, 1, 1];

/** A workforce with nothing but contacts: no absence, lateness, breaks or activities. */
export function idleFreeWorkforce(): WorkforceDefinition {
  return {
    absenceRate: 0,
    loginOffsetSeconds: { mean: 0, sd: 0 },
    logoutOffsetSeconds: { mean: 0, sd: 0 },
    breakMinutes: 0,
    mealMinutes: 0,
    mealAfterShiftMinutes: 480,
    trainingRate: 0,
    trainingMinutes: { mean: 60 },
    trainingTopics: ['Topic'],
    meetingRate: 0,
    meetingMinutes: 30,
    otherPerShift: 0,
    otherMinutes: { mean: 5 },
    otherReasons: ['Other'],
    inShiftShrinkage: 0,
    agentSpeedCv: 0,
  };
}

export interface SingleQueueOptions {
  agents: number;
  /** Arrivals per day, spread evenly over 24 hours. */
  dailyVolume: number;
  /** Mean talk time, seconds (exponential). */
  ahtSeconds: number;
  /** Mean patience, seconds (exponential); null: infinite. */
  patienceSeconds: number | null;
}

/**
 * One hotline queue with constant arrivals around the clock and `agents` identical agents logged in
 * all day with nothing else to do: the M/M/N(+M) queue of Erlang C (and A), apart from whole-second
 * times.
 */
export function singleQueueCenter(options: SingleQueueOptions): CenterDefinition {
  const queue: QueueDefinition = {
    name: 'Test Queue',
    channel: 'HOTLINE',
    site: 'Test Site',
    settings: defaultQueueSettings('HOTLINE'),
    demand: { dailyVolume: options.dailyVolume, intraday: FLAT_DAY, weekly: FLAT_WEEK },
    talk: { mean: options.ahtSeconds },
    hold: { probability: 0, duration: { mean: 0 } },
    acw: { mean: 0 },
    patience: options.patienceSeconds === null ? null : { mean: options.patienceSeconds },
    maxWaitSeconds: null,
    transfer: null,
    survey: { probability: 0, delay: { mean: 60 } },
    qualityProbability: 0,
    identifiedShare: 0,
  };
  const agents: AgentDefinition[] = Array.from({ length: options.agents }, (_, i) => ({
    id: `A${i + 1}`,
    name: `Agent ${i + 1}`,
    team: 'Test Team',
    skills: [{ queue: queue.name, proficiency: 3 }],
    daysOff: [],
  }));
  return {
    name: 'Single queue',
    timeZone: 'Asia/Shanghai',
    sites: [{ name: 'Test Site', timeZone: 'Asia/Shanghai' }],
    queues: [queue],
    teams: [{ name: 'Test Team', site: 'Test Site', group: 'Everyone' }],
    groups: [
      {
        name: 'Everyone',
        queues: [queue.name],
        shifts: [{ startMinute: 0, lengthMinutes: 1440 }],
        staffing: 'all',
        serviceFactor: 0,
        minimumAgents: 0,
      },
    ],
    agents,
    workforce: idleFreeWorkforce(),
    specialDays: [],
    claims: null,
    repeatContacts: { probability: 0, maxDelayDays: 1 },
    dailyVolumeCv: 0,
    qualityEvaluators: ['qa-1'],
  };
}

const BUSINESS_DAY = Array.from({ length: INTERVALS_PER_DAY }, (_, i) =>
  i >= 32 && i < 80 ? 1 + Math.sin(((i - 32) / 48) * Math.PI) : 0,
);

/**
 * A small two-site center with every feature switched on: a hotline with transfers and timeouts, an
 * online queue, a claim desk, rosters with breaks, meals, training, meetings and absence, repeat
 * customers, surveys and quality evaluations, a special day. About 1,500 contacts on a weekday.
 */
export function smallCenter(): CenterDefinition {
  const hotline: QueueDefinition = {
    name: 'Hotline',
    channel: 'HOTLINE',
    site: 'North',
    settings: defaultQueueSettings('HOTLINE'),
    demand: { dailyVolume: 1000, intraday: BUSINESS_DAY, weekly: [1.1, 1, 1, 1, 0.9, 0.5, 0.4] },
    talk: { mean: 200, cv: 0.8 },
    hold: { probability: 0.2, duration: { mean: 40, cv: 0.7 } },
    acw: { mean: 30, cv: 0.6 },
    patience: { mean: 120 },
    maxWaitSeconds: 240,
    transfer: { probability: 0.05, targetQueue: 'Online' },
    survey: { probability: 0.4, delay: { mean: 60, cv: 0.5 } },
    qualityProbability: 0.1,
    identifiedShare: 0.9,
  };
  const online: QueueDefinition = {
    ...hotline,
    name: 'Online',
    channel: 'ONLINE',
    site: 'South',
    settings: defaultQueueSettings('ONLINE'),
    demand: { dailyVolume: 500, intraday: BUSINESS_DAY, weekly: [1, 1, 1, 1, 1, 0.8, 0.8] },
    talk: { mean: 300, cv: 0.7 },
    patience: { mean: 300 },
    maxWaitSeconds: null,
    transfer: null,
  };
  const claims: QueueDefinition = {
    ...hotline,
    name: 'Claims',
    channel: 'CLAIM_DESK',
    settings: defaultQueueSettings('CLAIM_DESK'),
    demand: { dailyVolume: 0, intraday: BUSINESS_DAY, weekly: [1, 1, 1, 1, 1, 1, 1] },
    transfer: null,
  };
  const agents: AgentDefinition[] = [];
  const add = (count: number, prefix: string, team: string, skills: AgentDefinition['skills']): void => {
    for (let i = 0; i < count; i++) {
      agents.push({
        id: `${prefix}${i + 1}`,
        name: `${team} ${i + 1}`,
        team,
        skills,
        daysOff: [((i % 7) + 5) % 7, ((i % 7) + 6) % 7],
      });
    }
  };
  add(30, 'H', 'Hotline Team', [
    { queue: 'Hotline', proficiency: 4 },
    { queue: 'Online', proficiency: 2 },
  ]);
  add(24, 'O', 'Online Team', [{ queue: 'Online', proficiency: 4 }]);
  add(6, 'K', 'Claim Team', [{ queue: 'Claims', proficiency: 5 }]);
  return {
    name: 'Small center',
    timeZone: 'Asia/Shanghai',
    sites: [
      { name: 'North', timeZone: 'Asia/Shanghai' },
      { name: 'South', timeZone: 'Asia/Shanghai' },
    ],
    queues: [hotline, online, claims],
    teams: [
      { name: 'Hotline Team', site: 'North', group: 'Hotline' },
      { name: 'Online Team', site: 'South', group: 'Online' },
      { name: 'Claim Team', site: 'North', group: 'Claims' },
    ],
    groups: [
      {
        name: 'Hotline',
        queues: ['Hotline'],
        shifts: [
          { startMinute: 450, lengthMinutes: 540 },
          { startMinute: 540, lengthMinutes: 540 },
          { startMinute: 660, lengthMinutes: 540 },
          { startMinute: 780, lengthMinutes: 420 },
        ],
        staffing: 'demand',
        serviceFactor: 0.5,
        minimumAgents: 2,
      },
      {
        name: 'Online',
        queues: ['Online'],
        shifts: [
          { startMinute: 480, lengthMinutes: 540 },
          { startMinute: 660, lengthMinutes: 540 },
        ],
        staffing: 'demand',
        serviceFactor: 0.5,
        minimumAgents: 2,
      },
      {
        name: 'Claims',
        queues: [],
        shifts: [{ startMinute: 540, lengthMinutes: 540 }],
        staffing: 'all',
        serviceFactor: 0,
        minimumAgents: 0,
      },
    ],
    agents,
    workforce: {
      absenceRate: 0.05,
      loginOffsetSeconds: { mean: 30, sd: 90 },
      logoutOffsetSeconds: { mean: 60, sd: 90 },
      breakMinutes: 15,
      mealMinutes: 60,
      mealAfterShiftMinutes: 480,
      trainingRate: 0.2,
      trainingMinutes: { mean: 90, cv: 0.3 },
      trainingTopics: ['Product knowledge', 'Complaint handling'],
      meetingRate: 0.1,
      meetingMinutes: 30,
      otherPerShift: 1,
      otherMinutes: { mean: 6, cv: 0.6 },
      otherReasons: ['Coaching', 'System issue'],
      inShiftShrinkage: 0.18,
      agentSpeedCv: 0.1,
    },
    specialDays: [{ date: '2026-03-04', label: 'Campaign', multiplier: 1.5, channels: ['HOTLINE'] }],
    claims: {
      queue: 'Claims',
      group: 'Claims',
      demand: { dailyVolume: 60, intraday: BUSINESS_DAY, weekly: [1, 1, 1, 1, 1, 0.5, 0.3] },
      deskHours: { startMinute: 540, endMinute: 1080, weekdays: [0, 1, 2, 3, 4] },
      assignDelayMinutes: { mean: 60, cv: 1 },
      settleHours: { mean: 24, cv: 0.9 },
      rejectShare: 0.1,
      reopenShare: 0.1,
      reopenAfterDays: { min: 1, max: 5 },
      amount: { mean: 2000, cv: 1 },
    },
    repeatContacts: { probability: 0.2, maxDelayDays: 10 },
    dailyVolumeCv: 0,
    qualityEvaluators: ['qa-1', 'qa-2'],
  };
}
