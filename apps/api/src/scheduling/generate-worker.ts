import { parentPort, workerData } from 'node:worker_threads';
import {
  generateSchedule,
  type GenerateOptions,
  type Requirement,
  type SchedulingRules,
} from '@servicefloor/scheduling';
import { outcomeOf } from './generation-result.js';

/*
 * Worker thread entry (see run-generation.ts): the covering solve and the local search take tens of
 * seconds for hundreds of agents and would hold the API's event loop the whole time.
 */
const { rules, requirement, options } = workerData as {
  rules: SchedulingRules;
  requirement: Requirement;
  options: GenerateOptions;
};
try {
  const result = await generateSchedule(rules, requirement, options);
  parentPort!.postMessage({ ok: true, value: outcomeOf(result) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message });
}
