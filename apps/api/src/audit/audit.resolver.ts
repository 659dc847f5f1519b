import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import { AuditService } from './audit.service.js';
import { AuditLogArgs } from './dto/audit-log.args.js';
import { AuditEntry } from './models/audit-entry.model.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles('ADMIN')
  @Query(() => [AuditEntry], { description: 'The audit log of changes, newest first (ADMIN)' })
  async auditLog(@Args() args: AuditLogArgs): Promise<AuditEntry[]> {
    const rows = await this.audit.find({
      limit: args.limit,
      before: args.before === undefined ? undefined : Number(args.before),
      action: args.action,
      actor: args.actor,
    });
    return rows.map((r) => ({ ...r, at: new Date(Number(r.at)).toISOString() }));
  }
}
