import type { Channel } from '@servicefloor/contracts';
import { defaultQueueSettings } from '@servicefloor/contracts';
import type {
  AgentDefinition,
  CenterDefinition,
  PlanningGroupDefinition,
  QueueDefinition,
  ShiftTemplate,
  SkillDefinition,
  TeamDefinition,
} from './center.js';
import { INTERVALS_PER_DAY } from './center.js';
import { coverDemand } from './day-plan.js';
import { seedFraction } from './seed-hash.js';

/*
 * The demo center, modelled on an award-winning insurance customer service center in Shenzhen:
 * a hotline (general, VIP, claims enquiries), online service (web chat, app) and a claim desk, about
 * 600 agents in teams of about 15, in Shenzhen with an online team in Chengdu (both Asia/Shanghai).
 */

const SHENZHEN = 'Shenzhen';
const CHENGDU = 'Chengdu';
const HOTLINE_GENERAL = 'Hotline General';
const HOTLINE_VIP = 'Hotline VIP';
const HOTLINE_CLAIMS = 'Hotline Claims Enquiry';
const ONLINE_CHAT = 'Online Chat';
const ONLINE_APP = 'Online App';
const CLAIMS = 'Claims';

/** [hour of the peak, spread in hours, height] */
type Peak = [number, number, number];

/**
 * 96 intraday weights: a floor during opening hours plus Gaussian peaks, zero while closed.
 * open: [opening hour, closing hour) local.
 */
function intraday(peaks: Peak[], floor: number, open: [number, number]): number[] {
  return Array.from({ length: INTERVALS_PER_DAY }, (_, i) => {
    const hour = (i + 0.5) / 4;
    if (hour < open[0] || hour >= open[1]) return 0;
    let w = floor;
    for (const [at, spread, height] of peaks)
      w += height * Math.exp(-((hour - at) ** 2) / (2 * spread * spread));
    return Math.round(w * 10_000) / 10_000;
  });
}

/** Weekday peaks at mid-morning and mid-afternoon, a quiet night, calls round the clock. */
const HOTLINE_DAY = intraday(
  [
    [10.25, 1.25, 1],
    [15, 1.5, 0.85],
    [19.75, 1.5, 0.22],
  ],
  0.015,
  [0, 24],
);
const ONLINE_DAY = intraday(
  [
    [10.5, 1.3, 0.8],
    [15, 1.6, 0.8],
    [20.5, 1.1, 0.65],
  ],
  0.06,
  [8, 22],
);
const CLAIM_FILING_DAY = intraday(
  [
    [10.5, 2, 1],
    [15, 2, 0.9],
    [21, 1.5, 0.45],
  ],
  0.02,
  [0, 24],
);
const HOTLINE_WEEK = [1.12, 1.04, 1, 0.98, 0.95, 0.62, 0.55];
const ONLINE_WEEK = [1.05, 1, 0.98, 0.98, 1, 0.86, 0.82];
const CLAIM_WEEK = [1.15, 1.05, 1, 1, 0.95, 0.45, 0.35];

function queue(
  name: string,
  channel: Channel,
  site: string,
  fields: Omit<QueueDefinition, 'name' | 'channel' | 'site' | 'settings'>,
): QueueDefinition {
  return { name, channel, site, settings: defaultQueueSettings(channel), ...fields };
}

const QUEUES: QueueDefinition[] = [
  queue(HOTLINE_GENERAL, 'HOTLINE', SHENZHEN, {
    demand: { dailyVolume: 10_000, intraday: HOTLINE_DAY, weekly: HOTLINE_WEEK },
    talk: { mean: 230, cv: 0.9 },
    hold: { probability: 0.22, duration: { mean: 50, cv: 0.8 } },
    acw: { mean: 30, cv: 0.7 },
    patience: { mean: 160 },
    maxWaitSeconds: 360,
    transfer: { probability: 0.03, targetQueue: HOTLINE_CLAIMS },
    survey: { probability: 0.18, delay: { mean: 60, cv: 0.5 } },
    qualityProbability: 0.02,
    identifiedShare: 0.85,
  }),
  queue(HOTLINE_VIP, 'HOTLINE', SHENZHEN, {
    demand: { dailyVolume: 1_200, intraday: HOTLINE_DAY, weekly: HOTLINE_WEEK },
    talk: { mean: 300, cv: 0.8 },
    hold: { probability: 0.25, duration: { mean: 60, cv: 0.8 } },
    acw: { mean: 45, cv: 0.6 },
    patience: { mean: 260 },
    maxWaitSeconds: null,
    transfer: null,
    survey: { probability: 0.25, delay: { mean: 60, cv: 0.5 } },
    qualityProbability: 0.04,
    identifiedShare: 1,
  }),
  queue(HOTLINE_CLAIMS, 'HOTLINE', SHENZHEN, {
    demand: { dailyVolume: 2_800, intraday: HOTLINE_DAY, weekly: HOTLINE_WEEK },
    talk: { mean: 260, cv: 0.85 },
    hold: { probability: 0.3, duration: { mean: 70, cv: 0.8 } },
    acw: { mean: 40, cv: 0.7 },
    patience: { mean: 200 },
    maxWaitSeconds: 480,
    transfer: null,
    survey: { probability: 0.2, delay: { mean: 60, cv: 0.5 } },
    qualityProbability: 0.03,
    identifiedShare: 0.95,
  }),
  queue(ONLINE_CHAT, 'ONLINE', SHENZHEN, {
    demand: { dailyVolume: 4_200, intraday: ONLINE_DAY, weekly: ONLINE_WEEK },
    talk: { mean: 380, cv: 0.75 },
    hold: { probability: 0.1, duration: { mean: 60, cv: 0.8 } },
    acw: { mean: 20, cv: 0.6 },
    patience: { mean: 360 },
    maxWaitSeconds: 900,
    transfer: null,
    survey: { probability: 0.3, delay: { mean: 20, cv: 0.5 } },
    qualityProbability: 0.02,
    identifiedShare: 0.7,
  }),
  queue(ONLINE_APP, 'ONLINE', CHENGDU, {
    demand: { dailyVolume: 1_800, intraday: ONLINE_DAY, weekly: ONLINE_WEEK },
    talk: { mean: 330, cv: 0.75 },
    hold: { probability: 0.05, duration: { mean: 60, cv: 0.8 } },
    acw: { mean: 15, cv: 0.6 },
    patience: { mean: 420 },
    maxWaitSeconds: null,
    transfer: null,
    survey: { probability: 0.35, delay: { mean: 20, cv: 0.5 } },
    qualityProbability: 0.02,
    identifiedShare: 1,
  }),
  queue(CLAIMS, 'CLAIM_DESK', SHENZHEN, {
    // Claims are work items (see `claims`), not contacts: the queue has no contact demand.
    demand: {
      dailyVolume: 0,
      intraday: new Array<number>(INTERVALS_PER_DAY).fill(0),
      weekly: [1, 1, 1, 1, 1, 1, 1],
    },
    talk: { mean: 600 },
    hold: { probability: 0, duration: { mean: 1 } },
    acw: { mean: 60 },
    patience: null,
    maxWaitSeconds: null,
    transfer: null,
    survey: { probability: 0, delay: { mean: 60 } },
    qualityProbability: 0,
    identifiedShare: 0,
  }),
];

/**
 * Shift templates: nights 00:00–08:00, 9-hour day shifts starting every half hour, evenings ending
 * at 24:00, and part-time shifts of 4–5 hours for the peaks.
 */
function shifts(
  dayStarts: number[],
  night: boolean,
  evening: boolean,
  partTime: [number, number][],
): ShiftTemplate[] {
  const list: ShiftTemplate[] = [];
  if (night) list.push({ startMinute: 0, lengthMinutes: 480 });
  for (const start of dayStarts) list.push({ startMinute: start, lengthMinutes: 540 });
  if (evening) list.push({ startMinute: 900, lengthMinutes: 540 }, { startMinute: 960, lengthMinutes: 480 });
  for (const [startHour, hours] of partTime)
    list.push({ startMinute: startHour * 60, lengthMinutes: hours * 60 });
  return list;
}

const HOTLINE_PART_TIME: [number, number][] = [
  [8.5, 4],
  [9, 4],
  [13.5, 4],
  [14, 4],
  [17, 5],
  [18, 5],
];
const ONLINE_PART_TIME: [number, number][] = [
  [9, 4],
  [10, 4],
  [14, 4],
  [17, 5],
  [18, 4],
];

const halfHours = (fromHour: number, toHour: number): number[] =>
  Array.from({ length: (toHour - fromHour) * 2 + 1 }, (_, i) => fromHour * 60 + i * 30);

const GROUPS: PlanningGroupDefinition[] = [
  {
    name: HOTLINE_GENERAL,
    queues: [HOTLINE_GENERAL],
    shifts: shifts(halfHours(7, 14), true, true, HOTLINE_PART_TIME),
    staffing: 'demand',
    serviceFactor: -0.8,
    minimumAgents: 3,
  },
  {
    name: HOTLINE_VIP,
    queues: [HOTLINE_VIP],
    shifts: shifts(halfHours(8, 13), true, true, HOTLINE_PART_TIME),
    staffing: 'demand',
    serviceFactor: 0.8,
    minimumAgents: 2,
  },
  {
    name: HOTLINE_CLAIMS,
    queues: [HOTLINE_CLAIMS],
    shifts: shifts(halfHours(7, 14), true, true, HOTLINE_PART_TIME),
    staffing: 'demand',
    serviceFactor: 0.1,
    minimumAgents: 2,
  },
  {
    name: 'Online',
    queues: [ONLINE_CHAT, ONLINE_APP],
    shifts: [
      ...shifts(halfHours(8, 13), false, false, ONLINE_PART_TIME),
      { startMinute: 780, lengthMinutes: 540 },
    ],
    staffing: 'demand',
    serviceFactor: 0.2,
    minimumAgents: 3,
  },
  {
    name: 'Claim Desk',
    queues: [],
    shifts: [
      { startMinute: 510, lengthMinutes: 540 },
      { startMinute: 540, lengthMinutes: 540 },
    ],
    staffing: 'all',
    serviceFactor: 0,
    minimumAgents: 0,
  },
];

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂文辉玲华红建鹏飞婷宇浩凯俊欣怡晨雪琳佳颖子轩梓涵雨嘉琪思远博文昊然',
];

/** A Chinese name for agent number i (deterministic). */
function agentName(i: number): string {
  const surname = SURNAMES[Math.floor(seedFraction(i, 1) * SURNAMES.length)];
  const first = GIVEN[Math.floor(seedFraction(i, 2) * GIVEN.length)];
  const second = seedFraction(i, 3) < 0.6 ? GIVEN[Math.floor(seedFraction(i, 4) * GIVEN.length)] : '';
  return surname + first + second;
}

/** Team layout: planning group → teams (name, site, size share). */
interface TeamPlan {
  group: string;
  prefix: string;
  site: string;
  skills: (i: number) => SkillDefinition[];
}

const pick = (i: number, salt: number, p: number): boolean => seedFraction(i, salt, 77) < p;

const TEAM_PLANS: TeamPlan[] = [
  {
    group: HOTLINE_GENERAL,
    prefix: 'Hotline General',
    site: SHENZHEN,
    skills: (i) => [
      { queue: HOTLINE_GENERAL, proficiency: pick(i, 1, 0.35) ? 4 : 3 },
      ...(pick(i, 2, 0.35) ? [{ queue: HOTLINE_CLAIMS, proficiency: 2 }] : []),
    ],
  },
  {
    group: HOTLINE_VIP,
    prefix: 'Hotline VIP',
    site: SHENZHEN,
    skills: () => [{ queue: HOTLINE_VIP, proficiency: 5 }],
  },
  {
    group: HOTLINE_CLAIMS,
    prefix: 'Claims Enquiry',
    site: SHENZHEN,
    skills: (i) => [
      { queue: HOTLINE_CLAIMS, proficiency: pick(i, 3, 0.5) ? 5 : 4 },
      { queue: HOTLINE_GENERAL, proficiency: 2 },
    ],
  },
  {
    group: 'Online',
    prefix: 'Online',
    site: SHENZHEN,
    skills: (i) => [
      { queue: ONLINE_CHAT, proficiency: pick(i, 4, 0.3) ? 5 : 4 },
      { queue: ONLINE_APP, proficiency: pick(i, 5, 0.3) ? 3 : 4 },
    ],
  },
  {
    group: 'Claim Desk',
    prefix: 'Claim Desk',
    site: SHENZHEN,
    skills: () => [{ queue: CLAIMS, proficiency: 5 }],
  },
];

const TEAM_SIZE = 15;
const CLAIM_DESK_AGENTS = 42;
/** A reference week without special days: Monday 2026-03-02 … Sunday 2026-03-08 (day numbers). */
const REFERENCE_MONDAY = Date.UTC(2026, 2, 2) / 86_400_000;
const ABSENCE_RATE = 0.04;

/**
 * Agents of a 'demand' group: enough that every weekday of a reference week can be rostered after
 * rest days and absence (headcount H = max over weekdays of needed shifts k_d / (1 − absence), and
 * at least Σ k_d / 5 so that everyone can have two rest days), with rest days put where the
 * surplus is largest.
 */
function headcount(
  center: CenterDefinition,
  group: PlanningGroupDefinition,
): { size: number; daysOff: number[][] } {
  if (group.staffing === 'all') {
    return {
      size: CLAIM_DESK_AGENTS,
      daysOff: Array.from({ length: CLAIM_DESK_AGENTS }, (_, i) => (i % 4 === 0 ? [2, 6] : [5, 6])),
    };
  }
  const need = Array.from(
    { length: 7 },
    (_, d) => coverDemand(center, group, REFERENCE_MONDAY + d).length / (1 - ABSENCE_RATE),
  );
  const size = Math.ceil(Math.max(...need, need.reduce((a, b) => a + b, 0) / 5) * 1.02);
  const off = new Array<number>(7).fill(0);
  const daysOff: number[][] = [];
  for (let i = 0; i < size; i++) {
    const surplus = (d: number): number => size - need[d] - off[d];
    const first = [0, 1, 2, 3, 4, 5, 6].sort((a, b) => surplus(b) - surplus(a) || a - b)[0];
    off[first]++;
    const second = [0, 1, 2, 3, 4, 5, 6]
      .filter((d) => d !== first)
      .sort((a, b) => surplus(b) - surplus(a) || a - b)[0];
    off[second]++;
    daysOff.push([first, second].sort());
  }
  return { size, daysOff };
}

/**
 * The demo center: a Shenzhen insurance customer service center (Asia/Shanghai) with a 24-hour
 * hotline (Hotline General, Hotline VIP, Hotline Claims Enquiry), online service 08:00–22:00
 * (Online Chat; Online App run from a Chengdu site), and a claim desk (Claims) working claims
 * Monday–Saturday 08:30–18:00; around 600 agents in teams of about 15, rostered against the
 * demand; weekday peaks mid-morning and mid-afternoon, quieter weekends; Chinese public holidays
 * of 2025–2026, a post-holiday surge, a typhoon and the Double 11 online rush as special days.
 * Queue thresholds are defaultQueueSettings of their channel. Plain data (JSON-serialisable);
 * the same every call.
 */
export function demoCenter(): CenterDefinition {
  const center: CenterDefinition = {
    name: 'ServiceFloor Demo Center, Shenzhen',
    timeZone: 'Asia/Shanghai',
    sites: [
      { name: SHENZHEN, timeZone: 'Asia/Shanghai' },
      { name: CHENGDU, timeZone: 'Asia/Shanghai' },
    ],
    queues: QUEUES.map((q) => ({ ...q, settings: { ...q.settings } })),
    teams: [],
    groups: GROUPS.map((g) => ({ ...g, queues: [...g.queues], shifts: g.shifts.map((s) => ({ ...s })) })),
    agents: [],
    workforce: {
      absenceRate: ABSENCE_RATE,
      loginOffsetSeconds: { mean: 30, sd: 90 },
      logoutOffsetSeconds: { mean: 60, sd: 90 },
      breakMinutes: 15,
      mealMinutes: 60,
      mealAfterShiftMinutes: 480,
      trainingRate: 0.06,
      trainingMinutes: { mean: 90, cv: 0.3 },
      trainingTopics: [
        'Product knowledge: health insurance',
        'Claims process update',
        'Service etiquette',
        'Complaint handling',
        'Compliance and data privacy',
        'New CRM release',
      ],
      meetingRate: 0.05,
      meetingMinutes: 30,
      otherPerShift: 0.8,
      otherMinutes: { mean: 6, cv: 0.6 },
      otherReasons: ['Coaching', 'System issue', 'Personal', 'Team leader request'],
      inShiftShrinkage: 0.15,
      agentSpeedCv: 0.12,
    },
    specialDays: SPECIAL_DAYS.map((s) => ({ ...s })),
    claims: {
      queue: CLAIMS,
      group: 'Claim Desk',
      demand: { dailyVolume: 1_000, intraday: CLAIM_FILING_DAY, weekly: CLAIM_WEEK },
      deskHours: { startMinute: 510, endMinute: 1080, weekdays: [0, 1, 2, 3, 4, 5] },
      assignDelayMinutes: { mean: 50, cv: 1 },
      settleHours: { mean: 26, cv: 0.9 },
      rejectShare: 0.07,
      reopenShare: 0.04,
      reopenAfterDays: { min: 1, max: 10 },
      amount: { mean: 3_500, cv: 1.5 },
    },
    repeatContacts: { probability: 0.12, maxDelayDays: 10 },
    dailyVolumeCv: 0.05,
    qualityEvaluators: ['qa-1', 'qa-2', 'qa-3', 'qa-4', 'qa-5', 'qa-6', 'qa-7', 'qa-8'],
  };
  let sz = 0;
  let cd = 0;
  for (const plan of TEAM_PLANS) {
    const group = center.groups.find((g) => g.name === plan.group) as PlanningGroupDefinition;
    const { size, daysOff } = headcount(center, group);
    const teams = Math.max(1, Math.round(size / TEAM_SIZE));
    for (let t = 0; t < teams; t++) {
      // The last online team sits in Chengdu, where the app queue is run from.
      const site = plan.group === 'Online' && t >= teams - Math.ceil(teams / 3) ? CHENGDU : plan.site;
      const team: TeamDefinition = {
        name: `${plan.prefix} ${String(t + 1).padStart(2, '0')}`,
        site,
        group: plan.group,
      };
      center.teams.push(team);
    }
    for (let i = 0; i < size; i++) {
      const team = center.teams[center.teams.length - teams + Math.floor((i * teams) / size)];
      const n = team.site === CHENGDU ? ++cd : ++sz;
      const agent: AgentDefinition = {
        id: `${team.site === CHENGDU ? 'CD' : 'SZ'}${String(n).padStart(4, '0')}`,
        name: agentName(center.agents.length),
        team: team.name,
        skills: plan.skills(center.agents.length),
        daysOff: daysOff[i],
      };
      center.agents.push(agent);
    }
  }
  return center;
}

const SPECIAL_DAYS: CenterDefinition['specialDays'] = [
  ...range('2025-10-01', 8).map((date) => ({
    date,
    label: 'National Day and Mid-Autumn holiday',
    multiplier: 0.55,
  })),
  { date: '2025-10-09', label: 'After the National Day holiday', multiplier: 1.25 },
  { date: '2025-11-11', label: 'Double 11', multiplier: 1.4, channels: ['ONLINE'] as Channel[] },
  { date: '2026-01-01', label: "New Year's Day", multiplier: 0.6 },
  ...range('2026-02-15', 9).map((date) => ({ date, label: 'Spring Festival', multiplier: 0.45 })),
  { date: '2026-02-24', label: 'After the Spring Festival', multiplier: 1.3 },
  { date: '2026-02-25', label: 'After the Spring Festival', multiplier: 1.15 },
  ...range('2026-04-04', 3).map((date) => ({ date, label: 'Qingming Festival', multiplier: 0.65 })),
  ...range('2026-05-01', 5).map((date) => ({ date, label: 'Labour Day', multiplier: 0.6 })),
  { date: '2026-05-06', label: 'After Labour Day', multiplier: 1.2 },
  { date: '2026-06-19', label: 'Dragon Boat Festival', multiplier: 0.65 },
  { date: '2026-09-16', label: 'Typhoon', multiplier: 1.4, channels: ['HOTLINE'] as Channel[] },
  { date: '2026-09-16', label: 'Typhoon', multiplier: 2.2, channels: ['CLAIM_DESK'] as Channel[] },
  { date: '2026-09-25', label: 'Mid-Autumn Festival', multiplier: 0.65 },
  ...range('2026-10-01', 7).map((date) => ({ date, label: 'National Day', multiplier: 0.55 })),
  { date: '2026-10-08', label: 'After the National Day holiday', multiplier: 1.25 },
  { date: '2026-11-11', label: 'Double 11', multiplier: 1.4, channels: ['ONLINE'] as Channel[] },
];

/** `count` consecutive dates from `first` (YYYY-MM-DD). */
function range(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}
