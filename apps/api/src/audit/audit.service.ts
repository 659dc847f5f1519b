import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, type FindOptionsWhere } from 'typeorm';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

/** Longest stored arguments JSON. */
export const MAX_DETAILS = 4000;
const SECRET_KEY = /pass(word)?|secret|token|api.?key|authorization|cookie/i;

export interface AuditRecord {
  actor: string;
  role: string | null;
  action: string;
  target: string | null;
  details: unknown;
  outcome: 'OK' | 'ERROR';
  error?: string | null;
}

/** The audit log: appended after each change, read by ADMIN (newest first). */
@Injectable()
export class AuditService {
  private readonly log = new Logger('Audit');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: AuditRecord): Promise<void> {
    try {
      await this.db.getRepository(AuditEntryEntity).insert({
        at: Date.now(),
        actor: entry.actor.slice(0, 300),
        role: entry.role,
        action: entry.action.slice(0, 200),
        target: entry.target?.slice(0, 200) ?? null,
        details: detailsJson(entry.details),
        outcome: entry.outcome,
        error: entry.error?.slice(0, 500) ?? null,
      });
    } catch (error) {
      // The change itself is done; losing its audit line is logged loudly rather than failing the caller.
      this.log.error(
        `could not write the audit log: ${(error as Error).message} (${entry.actor} ${entry.action})`,
      );
    }
  }

  find(query: {
    limit: number;
    before?: number;
    action?: string;
    actor?: string;
  }): Promise<AuditEntryEntity[]> {
    const where: FindOptionsWhere<AuditEntryEntity> = {};
    if (query.before !== undefined) where.id = LessThan(query.before);
    if (query.action !== undefined) where.action = query.action;
    if (query.actor !== undefined) where.actor = query.actor;
    return this.db.getRepository(AuditEntryEntity).find({ where, order: { id: 'DESC' }, take: query.limit });
  }
}

/** The arguments as JSON with secrets redacted, cut to MAX_DETAILS characters. */
export function detailsJson(details: unknown): string {
  const json =
    JSON.stringify(details ?? {}, (key, value: unknown) =>
      key !== '' && SECRET_KEY.test(key) && value !== null && value !== undefined ? '[redacted]' : value,
    ) ?? '{}';
  return json.length <= MAX_DETAILS ? json : `${json.slice(0, MAX_DETAILS - 1)}…`;
}
