/**
 * What the roll-ups tell about a queue's callers' patience over a period (queue_interval_stats
 * counters summed): abandoned contacts and the time every contact spent waiting.
 */
export interface PatienceEvidence {
  abandoned: number;
  /** Σ wait of abandoned contacts, ms (the `sumAbandonWait` counter). */
  sumAbandonWaitMs: number;
  /** Σ wait of answered contacts, ms (the `sumAnswerWait` counter). */
  sumAnswerWaitMs: number;
}

/** A patience estimate and the evidence behind it. */
export interface PatienceEstimate {
  /** Estimated mean patience θ, seconds; null when the evidence is too thin (or nobody abandons). */
  seconds: number | null;
  abandoned: number;
  /** Σ waiting time of answered and abandoned contacts, seconds: the exposure to abandoning. */
  exposureSeconds: number;
  /** The naive Σ abandon wait / abandoned, seconds (reported beside θ; biased low, see below). */
  averageAbandonWaitSeconds: number | null;
}

/** Fewer abandons than this give no estimate: the relative standard error of θ̂ is about 1/√abandoned. */
export const MIN_ABANDONS_FOR_PATIENCE = 30;

/**
 * Mean caller patience θ of the Erlang A model (exponential patience), estimated from the
 * roll-ups by maximum likelihood with censoring:
 *
 *   θ̂ = (Σ wait of abandoned + Σ wait of answered) / abandoned.
 *
 * Why not Σ abandon wait / abandoned: that averages only the callers who gave up, whose waits are
 * cut short by being answered, so it is biased low — badly so on a well-staffed queue, where only
 * the least patient abandon. Under exponential patience every waiting caller abandons at rate
 * 1/θ, so the likelihood of the observed waits is θ^(−abandoned)·e^(−exposure/θ), where an answered
 * caller's wait is a censored patience (it was at least that long); its maximum is exposure /
 * abandoned — the censored exponential estimator (on censoring of patience in call-center data see
 * Brown et al., "Statistical analysis of a telephone call center: a queueing-science perspective",
 * JASA 100 (2005) 36–50). It is also the Erlang A identity P(abandon) = E[wait of all contacts] / θ
 * (Mandelbaum & Zeltyn; libs/erlang erlangA) solved for θ with the observed figures.
 *
 * Limits: waits of contacts that flowed out (timeouts) are not in the roll-ups and are left out of
 * the exposure, which lowers θ̂ slightly; short abandons (misdials) count as abandons; patience is
 * assumed the same in every interval of the period. Returns null with fewer than
 * MIN_ABANDONS_FOR_PATIENCE abandons or no waiting time at all.
 *
 * @example estimatePatience({ abandoned: 50, sumAbandonWaitMs: 1_500_000, sumAnswerWaitMs: 6_000_000 })
 *   // seconds 150 (7,500 s of waiting / 50 abandons); averageAbandonWaitSeconds 30
 */
export function estimatePatience(evidence: PatienceEvidence): PatienceEstimate {
  const abandoned = evidence.abandoned;
  const exposureSeconds = (evidence.sumAbandonWaitMs + evidence.sumAnswerWaitMs) / 1000;
  const averageAbandonWaitSeconds = abandoned > 0 ? evidence.sumAbandonWaitMs / 1000 / abandoned : null;
  const seconds =
    abandoned >= MIN_ABANDONS_FOR_PATIENCE && exposureSeconds > 0 ? exposureSeconds / abandoned : null;
  return { seconds, abandoned, exposureSeconds, averageAbandonWaitSeconds };
}
