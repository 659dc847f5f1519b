/** Bucket counters of answer waits, bucket i per ANSWER_WAIT_BUCKET_BOUNDS. */
export const ANSWER_WAIT_BUCKET_KEYS = [
  'answerWait0',
  'answerWait1',
  'answerWait2',
  'answerWait3',
  'answerWait4',
  'answerWait5',
  'answerWait6',
  'answerWait7',
  'answerWait8',
  'answerWait9',
  'answerWait10',
  'answerWait11',
  'answerWait12',
] as const;

/** Bucket counters of abandon waits, bucket i per ABANDON_WAIT_BUCKET_BOUNDS. */
export const ABANDON_WAIT_BUCKET_KEYS = [
  'abandonWait0',
  'abandonWait1',
  'abandonWait2',
  'abandonWait3',
  'abandonWait4',
  'abandonWait5',
  'abandonWait6',
  'abandonWait7',
  'abandonWait8',
  'abandonWait9',
  'abandonWait10',
  'abandonWait11',
  'abandonWait12',
] as const;

/**
 * Every additive counter of a queue's interval (what a roll-up row stores). Each is a count of
 * contacts, except:
 * - `sumAnswerWait`, `sumAbandonWait`, `sumTalk`, `sumHold`, `sumAcw`: **integer milliseconds**, so
 *   that adding and subtracting contributions is exact in any order (sums of fractional seconds are
 *   not associative in floating point, and incremental roll-ups must equal rebuilt ones);
 * - `csatSum`: sum of CSAT scores (1–5).
 *
 * Definitions (one contact contributes 0 or 1 to each count):
 * - offered: every offered contact. answered / abandoned / flowedOut: its one outcome, by precedence
 *   answered > abandoned > flowed out (see contactContribution).
 * - answeredWithinThreshold: answered with wait ≤ the queue's T at the time of contribution.
 * - abandonedShort: abandoned with wait < the queue's short-abandon threshold.
 * - abandonedWithinThreshold: abandoned with wait ≤ T, short abandons included (a raw count; subtract
 *   short abandons if a definition needs to).
 * - transfers: contacts transferred at least once (metrics.md counts contacts, not transfer events).
 * - handled: completed contacts; sumTalk/sumHold/sumAcw over them.
 * - surveys, csatSum, csatTop2 (CSAT 4 or 5), npsResponses, npsPromoters (9–10), npsDetractors (0–6).
 * - fcrSurveyAnswers / fcrSurveyResolved: surveys answering the "resolved?" question / answering yes.
 * - fcrDerivedEligible: answered contacts with a customerId; fcrDerivedResolved: those without a
 *   repeat contact by the same customer within 7 days.
 * - fcrEligible / fcrResolved: the FCR of metrics.md per contact — its survey answer where given,
 *   else the derived figure where it is eligible.
 */
export const CONTACT_COUNTER_KEYS = [
  'offered',
  'answered',
  'answeredWithinThreshold',
  'abandoned',
  'abandonedShort',
  'abandonedWithinThreshold',
  'flowedOut',
  'transfers',
  'handled',
  'sumAnswerWait',
  'sumAbandonWait',
  'sumTalk',
  'sumHold',
  'sumAcw',
  ...ANSWER_WAIT_BUCKET_KEYS,
  ...ABANDON_WAIT_BUCKET_KEYS,
  'surveys',
  'csatSum',
  'csatTop2',
  'npsResponses',
  'npsPromoters',
  'npsDetractors',
  'fcrSurveyAnswers',
  'fcrSurveyResolved',
  'fcrDerivedEligible',
  'fcrDerivedResolved',
  'fcrEligible',
  'fcrResolved',
] as const;

export type ContactCounterKey = (typeof CONTACT_COUNTER_KEYS)[number];

/**
 * The counters of one queue and interval (or any roll-up of them). `maxWait` (integer milliseconds,
 * the longest wait of any answered, abandoned or flowed-out contact) is the one non-additive counter:
 * it combines by max.
 */
export type ContactCounters = Record<ContactCounterKey, number> & { maxWait: number };

// Never frozen or exported: spreading a frozen object is ~20× slower.
const ZERO_CONTACT_COUNTERS: Readonly<ContactCounters> = Object.fromEntries([
  ['maxWait', 0],
  ...CONTACT_COUNTER_KEYS.map((key) => [key, 0]),
]) as ContactCounters;

/**
 * Counters with every figure 0: the identity of addContactCounters. A copy of one zero object:
 * ingestion makes one per contribution, and setting ~50 keys one by one was a visible share of it.
 */
export function emptyContactCounters(): ContactCounters {
  return { ...ZERO_CONTACT_COUNTERS };
}

/** a + b, key by key; maxWait is max(a.maxWait, b.maxWait). Returns a new object. */
export function addContactCounters(a: ContactCounters, b: ContactCounters): ContactCounters {
  const sum = { maxWait: Math.max(a.maxWait, b.maxWait) } as ContactCounters;
  for (const key of CONTACT_COUNTER_KEYS) sum[key] = a[key] + b[key];
  return sum;
}

/**
 * a − b, key by key: removes a contribution that is being replaced (apply a changed contact as
 * subtract(old) then add(new)). maxWait stays a.maxWait, because a max cannot be un-taken: when the
 * removed contribution may have held the maximum (b.maxWait ≥ a.maxWait, and the new contribution's
 * wait is smaller), the caller must recompute the interval's maxWait from its contacts. Returns a new
 * object; counts may go negative if b was never added.
 */
export function subtractContactCounters(a: ContactCounters, b: ContactCounters): ContactCounters {
  const difference = { maxWait: a.maxWait } as ContactCounters;
  for (const key of CONTACT_COUNTER_KEYS) difference[key] = a[key] - b[key];
  return difference;
}

/** The result of replaceContactContribution. */
export interface ContactReplacement {
  counters: ContactCounters;
  /**
   * True when the removed contribution may have held the row's longest wait and the added one does not
   * reach it: the row's maxWait is then an upper bound, and the caller must recompute it as the max of
   * the maxWait of the contributions of the row's contacts. All additive counters are exact regardless.
   */
  maxWaitStale: boolean;
}

/**
 * Applies a changed contact to one interval row: row − before + after, where `before` is the contact's
 * previous contribution to this row (null if it had none: new contact, or it moved here) and `after`
 * its new one (null if it has none here now). Additive counters are exact in any order (integers);
 * see maxWaitStale for the one non-additive counter.
 */
export function replaceContactContribution(
  row: ContactCounters,
  before: ContactCounters | null,
  after: ContactCounters | null,
): ContactReplacement {
  let counters = before === null ? row : subtractContactCounters(row, before);
  if (after !== null) counters = addContactCounters(counters, after);
  const removedMax = before?.maxWait ?? 0;
  const maxWaitStale = removedMax > 0 && removedMax >= row.maxWait && (after?.maxWait ?? 0) < removedMax;
  return { counters: counters === row ? { ...row } : counters, maxWaitStale };
}
