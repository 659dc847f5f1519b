/**
 * A seeded stream of realistic contact events (answered, abandoned, short-abandoned, flowed out,
 * transferred, surveyed, repeat customers) for order-independence tests.
 */
export function contactEventStream(
  seed: number,
  contacts: number,
  queues: string[],
  startIso = '2026-03-02T08:00:00+08:00',
) {
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: small, seeded, good enough to shuffle test data.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const start = Date.parse(startIso);
  const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < contacts; i++) {
    const contactId = `c${i}`;
    const queue = queues[i % queues.length];
    const offeredAt = start + Math.floor(random() * 3 * 86_400_000);
    const customerId = `u${Math.floor(random() * contacts * 0.4)}`;
    const base = { kind: 'contact', contactId, queue };
    events.push({
      ...base,
      eventId: `${contactId}-o`,
      type: 'OFFERED',
      occurredAt: iso(offeredAt),
      customerId,
    });
    const outcome = random();
    const wait = Math.floor(random() * 120_000);
    if (outcome < 0.75) {
      const agentId = `a${Math.floor(random() * 10)}`;
      events.push({
        ...base,
        eventId: `${contactId}-a`,
        type: 'ANSWERED',
        occurredAt: iso(offeredAt + wait),
        agentId,
      });
      if (random() < 0.1)
        events.push({
          ...base,
          eventId: `${contactId}-t`,
          type: 'TRANSFERRED',
          occurredAt: iso(offeredAt + wait + 30_000),
        });
      const talk = 60 + Math.floor(random() * 400);
      events.push({
        ...base,
        eventId: `${contactId}-c`,
        type: 'COMPLETED',
        occurredAt: iso(offeredAt + wait + (talk + 20) * 1000),
        agentId,
        talkSeconds: talk,
        holdSeconds: Math.floor(random() * 30),
        acwSeconds: 20,
      });
      if (random() < 0.3) {
        events.push({
          kind: 'survey',
          eventId: `${contactId}-s`,
          contactId,
          occurredAt: iso(offeredAt + wait + 600_000),
          csat: 1 + Math.floor(random() * 5),
          nps: Math.floor(random() * 11),
          ...(random() < 0.5 ? { resolved: random() < 0.7 } : {}),
        });
      }
    } else if (outcome < 0.92) {
      events.push({
        ...base,
        eventId: `${contactId}-x`,
        type: 'ABANDONED',
        occurredAt: iso(offeredAt + Math.floor(wait / 10)),
      });
    } else {
      events.push({
        ...base,
        eventId: `${contactId}-f`,
        type: 'FLOWED_OUT',
        occurredAt: iso(offeredAt + wait),
      });
    }
  }
  const states = [
    'AVAILABLE',
    'ON_CONTACT',
    'AFTER_CONTACT_WORK',
    'BREAK',
    'MEAL',
    'TRAINING',
    'MEETING',
    'OTHER',
    'LOGGED_OUT',
  ];
  for (let a = 0; a < 10; a++) {
    for (
      let at = start + Math.floor(random() * 3_600_000), n = 0;
      at < start + 3 * 86_400_000;
      at += 60_000 + Math.floor(random() * 3_600_000), n++
    ) {
      events.push({
        kind: 'agentState',
        eventId: `a${a}-s${n}`,
        agentId: `a${a}`,
        state: states[Math.floor(random() * states.length)],
        occurredAt: iso(at),
      });
    }
    events.push({
      kind: 'training',
      eventId: `a${a}-tr`,
      agentId: `a${a}`,
      hours: 1.5,
      topic: 'Claims basics',
      occurredAt: iso(start + 86_400_000),
    });
  }
  for (let i = 0; i < contacts; i += 7) {
    events.push({
      kind: 'qualityEvaluation',
      eventId: `q${i}`,
      contactId: `c${i}`,
      score: 50 + Math.floor(random() * 50),
      evaluator: 'qa-1',
      occurredAt: iso(start + 3 * 86_400_000),
    });
  }
  for (let k = 0; k < contacts / 5; k++) {
    const claimId = `k${k}`;
    const openedAt = start + Math.floor(random() * 2 * 86_400_000);
    const base = { kind: 'claim', claimId, queue: 'Claims' };
    events.push({
      ...base,
      eventId: `${claimId}-o`,
      type: 'OPENED',
      occurredAt: iso(openedAt),
      amount: 100 + k,
    });
    events.push({
      ...base,
      eventId: `${claimId}-a`,
      type: 'ASSIGNED',
      occurredAt: iso(openedAt + 600_000),
      agentId: `a${k % 10}`,
    });
    const outcome = random();
    const closeAt = openedAt + Math.floor(random() * 5 * 86_400_000);
    if (outcome < 0.7)
      events.push({ ...base, eventId: `${claimId}-s`, type: 'SETTLED', occurredAt: iso(closeAt) });
    else if (outcome < 0.8)
      events.push({ ...base, eventId: `${claimId}-r`, type: 'REJECTED', occurredAt: iso(closeAt) });
    if (outcome < 0.1) {
      events.push({
        ...base,
        eventId: `${claimId}-ro`,
        type: 'REOPENED',
        occurredAt: iso(closeAt + 3_600_000),
      });
      events.push({
        ...base,
        eventId: `${claimId}-s2`,
        type: 'SETTLED',
        occurredAt: iso(closeAt + 7_200_000),
      });
    }
  }
  const shuffled = (list: Record<string, unknown>[]) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { events, shuffled, random };
}
