import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { describePrincipal } from '../auth/principal.js';
import { principalOf } from '../auth/request-authentication.js';
import { INGEST_KEY, PUBLIC_KEY } from '../auth/roles.decorator.js';
import { AuditService, type AuditRecord } from './audit.service.js';
import { NO_AUDIT_KEY } from './no-audit.decorator.js';

type Pending = Omit<AuditRecord, 'outcome' | 'target' | 'error'>;

/**
 * Writes an audit line for every change (APP_INTERCEPTOR): each GraphQL mutation and each
 * non-GET HTTP route, after it finished (OK or ERROR), with the caller, the arguments (secrets
 * redacted) and the id of what changed. Left out: @Public and @NoAudit handlers (sign-in) and
 * @IngestKey handlers (event ingestion is data, not administration). Calls the guard refused
 * never reach here.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const pending = this.pending(context);
    if (!pending) return next.handle();
    return next.handle().pipe(
      mergeMap((result) =>
        from(this.audit.record({ ...pending, outcome: 'OK', target: targetOf(result) }).then(() => result)),
      ),
      catchError((error: unknown) =>
        from(
          this.audit
            .record({
              ...pending,
              outcome: 'ERROR',
              target: null,
              error: (error as Error)?.message ?? String(error),
            })
            .then(() => Promise.reject(error)),
        ),
      ),
    );
  }

  private pending(context: ExecutionContext): Pending | null {
    const targets = [context.getHandler(), context.getClass()];
    const skip = [NO_AUDIT_KEY, PUBLIC_KEY, INGEST_KEY].some((key) =>
      this.reflector.getAllAndOverride<boolean>(key, targets),
    );
    if (skip) return null;
    let action: string;
    let details: unknown;
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<GraphQLResolveInfo>();
      if (info.parentType !== info.schema.getMutationType()) return null;
      action = info.fieldName;
      details = gql.getArgs();
    } else if (context.getType<string>() === 'http') {
      const req = context.switchToHttp().getRequest<{
        method: string;
        route?: { path?: string };
        path: string;
        params: unknown;
        body: unknown;
      }>();
      if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return null;
      action = `${req.method} ${req.route?.path ?? req.path}`;
      details = { params: req.params, body: req.body };
    } else return null;
    const principal = principalOf(context);
    return {
      actor: describePrincipal(principal),
      role: principal?.kind === 'user' ? principal.role : null,
      action,
      details,
    };
  }
}

/** The id of what a change returned: `{ id }`, `{ credential: { id } }`, or nothing. */
function targetOf(result: unknown): string | null {
  if (result === null || typeof result !== 'object') return null;
  const r = result as { id?: unknown; credential?: { id?: unknown } };
  const id = r.id ?? r.credential?.id;
  return id === undefined || id === null ? null : String(id);
}
