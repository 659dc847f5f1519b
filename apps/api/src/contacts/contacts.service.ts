import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { customerPseudonym } from '../privacy/customer-pseudonym.js';
import type { ContactRecord } from './models/contact-record.model.js';

const SELECT = `SELECT c."contactId", q."name" AS "queue", c."offeredAt", c."answeredAt", c."abandonedAt", c."completedAt", c."answeredAgentId", c."talkSeconds", c."csat", c."repeatWithin7Days", c."customerId" FROM contacts c LEFT JOIN queues q ON q."id" = c."queueId"`;

/** Reads folded contacts for drill-down; customer ids are looked up by their stored form. */
@Injectable()
export class ContactsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async contact(contactId: string): Promise<ContactRecord | null> {
    const rows = await this.db.query(`${SELECT} WHERE c."contactId" = ${this.param(1)}`, [contactId]);
    return rows.length > 0 ? toRecord(rows[0]) : null;
  }

  /** A customer's most recent contacts, by the id the source uses (hashed with the key when set). */
  async ofCustomer(customerId: string, limit: number): Promise<ContactRecord[]> {
    const stored = this.env.CUSTOMER_ID_KEY
      ? customerPseudonym(customerId, this.env.CUSTOMER_ID_KEY)
      : customerId;
    const rows = await this.db.query(
      `${SELECT} WHERE c."customerId" = ${this.param(1)} ORDER BY c."offeredAt" DESC LIMIT ${Math.floor(limit)}`,
      [stored],
    );
    return rows.map(toRecord);
  }

  private param(n: number): string {
    return this.db.options.type === 'postgres' ? `$${n}` : '?';
  }
}

function iso(ms: unknown): string | null {
  return ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();
}

function num(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

function toRecord(row: Record<string, unknown>): ContactRecord {
  return {
    contactId: String(row.contactId),
    queue: (row.queue as string | null) ?? null,
    offeredAt: iso(row.offeredAt),
    answeredAt: iso(row.answeredAt),
    abandonedAt: iso(row.abandonedAt),
    completedAt: iso(row.completedAt),
    agentId: (row.answeredAgentId as string | null) ?? null,
    talkSeconds: num(row.talkSeconds),
    csat: num(row.csat),
    repeatWithin7Days:
      row.repeatWithin7Days === null || row.repeatWithin7Days === undefined
        ? null
        : Number(row.repeatWithin7Days) === 1,
    customerIdValue: (row.customerId as string | null) ?? null,
  };
}
