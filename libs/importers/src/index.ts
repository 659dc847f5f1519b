export { importQueueLog } from './queue-log-import.js';
export type {
  ImportedEvent,
  QueueLogImport,
  QueueLogImportOptions,
  QueueLogSkipReason,
  QueueLogSummary,
  UnknownAgent,
  UnknownQueue,
} from './queue-log-import.js';
export { parseQueueLogLine, MIN_EPOCH, MAX_EPOCH } from './queue-log-line.js';
export type { QueueLogLineProblem, QueueLogLineResult, QueueLogRecord } from './queue-log-line.js';
export { parseQueueLogMapping, PAUSE_STATES } from './queue-log-mapping.js';
export type { PauseState, QueueLogMapping, QueueTarget } from './queue-log-mapping.js';
export { createEpochFormatter } from './epoch-to-iso.js';
export { eventId, MAX_EVENT_ID_LENGTH } from './event-id.js';
export { importContactsCsv, CONTACTS_CSV_HEADER } from './contacts-csv.js';
export type {
  ContactsCsvColumn,
  ContactsCsvImport,
  ContactsCsvImportOptions,
  ContactsCsvItem,
  ContactsCsvSummary,
  CsvRowError,
} from './contacts-csv.js';
