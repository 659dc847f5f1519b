import type { TestApp } from './test-app.js';

/** A small center: one site in Asia/Shanghai with a hotline, an online and a claim-desk queue. */
export async function seedSmallCenter(api: TestApp): Promise<void> {
  const site = await api.gql<{ createSite: { id: string } }>(
    `mutation { createSite(input: { name: "Shenzhen", timeZone: "Asia/Shanghai" }) { id } }`,
  );
  const siteId = Number(site.data!.createSite.id);
  for (const [name, channel] of [
    ['Hotline General', 'HOTLINE'],
    ['Online Chat', 'ONLINE'],
    ['Claims', 'CLAIM_DESK'],
  ]) {
    const res = await api.gql(`mutation($input: CreateQueueInput!) { createQueue(input: $input) { id } }`, {
      input: { name, channel, siteId },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}

export const INGEST = `mutation($events: [JSONObject!]!) { ingestEvents(events: $events) { accepted duplicates rejected results { index eventId status errors { field reason } } } }`;

export const QUEUE_METRICS = `query($from: String!, $to: String!, $granularity: Granularity, $queues: [String!]) {
  queueMetrics(from: $from, to: $to, granularity: $granularity, queues: $queues) {
    queues { queue channel points { label periodStart metrics { offered answered abandoned flowedOut shortAbandoned answeredWithinThreshold serviceLevel asa aht abandonRate avgAbandonWait maxWait transfers csat csatMean nps fcr definition { serviceLevelVariant slThresholdSeconds source } } }
      total { offered answered abandoned serviceLevel asa aht abandonRate maxWait csat nps fcr fcrDerived }
      previousTotal { offered } }
  }
}`;

export interface IngestResponse {
  ingestEvents: {
    accepted: number;
    duplicates: number;
    rejected: number;
    results: {
      index: number;
      eventId: string | null;
      status: string;
      errors: { field: string; reason: string }[];
    }[];
  };
}
