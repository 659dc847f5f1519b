/*
 * Every sentence and formula line the planning API writes, in one place, as ICU MessageFormat
 * templates (the syntax of the dashboard's react-intl catalogue), English for now. The API returns
 * each message as { key, params, text }: `text` is the English rendering; a client in another
 * language renders `key` from its own catalogue with the same `params`. To translate, copy these
 * keys into apps/dashboard/src/i18n/messages/<locale>.json.
 *
 * Sentence params are raw numbers (fractions for percentages), so each language formats them its
 * own way; formula params are already-formatted strings (4 significant digits), as formulas read
 * the same in every language.
 */
export const PLANNING_MESSAGES = {
  // Requirement rows.
  'planning.requirement.agents':
    'You need {agents, plural, one {# agent} other {# agents}} {channel, select, HOTLINE {on the phones} ONLINE {on chat} other {on the queue}} from {from} to {to}; {scheduled, number} on payroll after {shrinkage, number, ::percent .#} shrinkage.',
  'planning.requirement.none':
    'No contacts are expected from {from} to {to}: nobody is needed {channel, select, HOTLINE {on the phones} ONLINE {on chat} other {on the queue}}.',
  'planning.requirement.noHandleTime':
    'No handle time is known for this queue from {from} to {to}, so no requirement can be computed: set an AHT in the what-if.',
  'planning.requirement.performance':
    'With {agents, plural, one {# agent} other {# agents}}, {serviceLevel, number, ::percent .#} of the {volume, number, ::.#} expected contacts are answered within {threshold, number} s (target {target, number, ::percent .#}); the average speed of answer is {asa, number, ::.#} s and agents are busy {occupancy, number, ::percent .#} of the time.',
  'planning.requirement.binding':
    'The {binding, select, SERVICE_LEVEL {service-level target} OCCUPANCY {occupancy cap of {maxOccupancy, number, ::percent .#}} ASA {ASA target of {targetAsa, number} s} other {stability of the queue (more agents than erlangs of traffic)}} sets this number: with one agent fewer it would not be met.',
  'planning.requirement.comparison':
    'Erlang A, where callers hang up after {patience, number, ::.#} s on average: {agentsA, plural, one {# agent} other {# agents}}, {abandonRate, number, ::percent .#} abandon. Erlang C, where nobody hangs up: {agentsC, plural, one {# agent} other {# agents}}.',
  'planning.requirement.claimDesk':
    'You need {agents, plural, one {# agent} other {# agents}} on the claim desk on {date} to settle {claims, number, ::.#} claims within {slaHours, number} h: {staffHours, number, ::.#} staff-hours of work at {handleMinutes, number, ::.#} min a claim, {productiveHours, number, ::.#} h per agent in the window; {scheduled, number} on payroll after {shrinkage, number, ::percent .#} shrinkage.',

  'planning.calculator.agents':
    'You need {agents, plural, one {# agent} other {# agents}} {channel, select, HOTLINE {on the phones} ONLINE {on chat} other {on the queue}} for {volume, number, ::.#} contacts in {minutes, number} minutes; {scheduled, number} on payroll after {shrinkage, number, ::percent .#} shrinkage.',
  'planning.calculator.none':
    'With no contacts, nobody is needed {channel, select, HOTLINE {on the phones} ONLINE {on chat} other {on the queue}}.',

  // Patience behind the model.
  'planning.patience.known':
    'Callers wait {seconds, number, ::.#} s on average before hanging up (set for this queue): Erlang A.',
  'planning.patience.estimated':
    'Callers wait {seconds, number, ::.#} s on average before hanging up, estimated from {abandoned, number} abandons over {exposureHours, number, ::.#} h of waiting in the last {days, number} days (all waiting time ÷ abandons; the average wait of those who hung up alone, {averageAbandonWait, number, ::.#} s, would understate it): Erlang A.',
  'planning.patience.tooFew':
    'Only {abandoned, number} abandons in the last {days, number} days (at least {minimum, number} are needed to estimate patience): Erlang C.',
  'planning.patience.unknown': 'No patience is set for this queue: Erlang C.',
  'planning.patience.off': 'Patience is switched off for this queue: Erlang C.',
  'planning.patience.claimDesk': 'Claims are deferred work: the claim desk requirement, not Erlang.',

  // Intraday.
  'planning.intraday.running':
    'So far today {actual, number, ::.#} contacts arrived against {forecast, number, ::.#} forecast; the rest of the day is scaled by {ratio, number, ::percent .#} (damped towards 100 % while the evidence is thin).',
  'planning.intraday.notStarted': 'No interval of the day has ended yet: the forecast stands.',

  // Staffing gap of the next hours.
  'planning.gap.short':
    '{required, plural, one {# agent is} other {# agents are}} needed from {from} to {to}; {available, plural, one {# is} other {# are}} logged in and available now: {short, plural, one {# short} other {# short}}.',
  'planning.gap.covered':
    '{required, plural, one {# agent is} other {# agents are}} needed from {from} to {to}; {available, plural, one {# is} other {# are}} logged in and available now: {spare, plural, =0 {just enough} other {# to spare}}.',
  'planning.gap.noSchedules':
    'No schedules exist yet: the gap compares the requirement with the agents logged in and available for each queue now, not with a schedule.',
  'planning.gap.fromSchedule':
    'Scheduled: skill-weighted staff the published schedule puts on each queue; the gap compares the requirement with the agents logged in and available now.',

  // Accuracy of a saved forecast.
  'planning.accuracy.summary':
    'Over {days, plural, one {# day} other {# days}} ({actual, number} contacts) the forecast was {direction, select, high {{absBias, number, ::percent .#} too high} low {{absBias, number, ::percent .#} too low} other {right in total}}, with a weighted absolute percentage error (WAPE) of {wape, number, ::percent .#} per interval.',
  'planning.accuracy.noActuals': 'No interval of this forecast has actuals yet.',

  // Formula lines (params preformatted).
  'planning.formula.traffic':
    'A = λ × AHT / interval = {volume} × {aht} s / {interval} s = {traffic} erlangs',
  'planning.formula.noTraffic': 'A = {traffic} erlangs: no agents needed',
  'planning.formula.required':
    'N = the least whole number of agents with {constraints} → {agents} ({fractional} as a fraction)',
  'planning.formula.erlangC':
    'C(N, A) = N·B(N, A) / (N − A·(1 − B(N, A))) = C({agents}, {traffic}) = {probWait}',
  'planning.formula.serviceLevelC':
    'SL(T) = 1 − C·e^(−(N − A)·T / AHT) = 1 − {probWait} × e^(−({agents} − {traffic}) × {threshold} / {aht}) = {serviceLevel}',
  'planning.formula.asaC': 'ASA = C·AHT / (N − A) = {probWait} × {aht} / ({agents} − {traffic}) = {asa} s',
  'planning.formula.occupancyC': 'occupancy = A / N = {traffic} / {agents} = {occupancy}',
  'planning.formula.erlangA':
    'Erlang A (M/M/N+M, mean patience θ = {patience} s), N = {agents}: P(wait) = {probWait}, P(abandon) = {abandonRate}, SL({threshold} s) = {serviceLevel} (abandoned callers count as not answered within T), ASA = {asa} s',
  'planning.formula.occupancyA':
    'occupancy = A·(1 − P(abandon)) / N = {traffic} × (1 − {abandonRate}) / {agents} = {occupancy}',
  'planning.formula.scheduled':
    'scheduled = N / (1 − shrinkage) = {agents} / (1 − {shrinkage}) = {scheduled} → {scheduledAgents}',
  'planning.formula.claimStaffHours':
    'staff-hours = (arrivals + backlog) × handle time = ({arrivals} + {backlog}) × {handle} s / 3600 = {staffHours} h',
  'planning.formula.claimProductive':
    'productive hours per agent = {hoursPerDay} h a day × {slaHours} h / 24 = {productiveHours} h',
  'planning.formula.claimAgents':
    'agents = staff-hours / productive hours = {staffHours} / {productiveHours} = {fractional} → {agents}',
} as const;

export type PlanningMessageKey = keyof typeof PLANNING_MESSAGES;
