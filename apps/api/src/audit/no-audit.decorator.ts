import { SetMetadata } from '@nestjs/common';

export const NO_AUDIT_KEY = 'servicefloor:no-audit';

/**
 * Leaves a mutation or non-GET route out of the audit log: sign-in traffic (login, refresh,
 * logout) and bulk data (ingestion is audited by its own counters, not row by row).
 */
export const NoAudit = () => SetMetadata(NO_AUDIT_KEY, true);
