import { SetMetadata } from '@nestjs/common';
import type { Role } from '../directory/entities/user.entity.js';

/*
 * Who may call what. Every resolver method and HTTP route carries one of these; the global
 * guard (auth module) denies anything without one.
 * - @Roles('ADMIN', 'MANAGER', …): signed-in users with one of these roles (ADMIN always passes).
 * - @Kiosk(): also wallboard kiosk tokens (read-only live data).
 * - @IngestKey(): also ingestion API keys (ingest only).
 * - @Public(): anyone (health probes, Prometheus scrape, login).
 */
export const ROLES_KEY = 'servicefloor:roles';
export const PUBLIC_KEY = 'servicefloor:public';
export const KIOSK_KEY = 'servicefloor:kiosk';
export const INGEST_KEY = 'servicefloor:ingest';

export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);
export const Kiosk = () => SetMetadata(KIOSK_KEY, true);
export const IngestKey = () => SetMetadata(INGEST_KEY, true);

/** Everyone who works with the floor's figures. */
export const STAFF_ROLES: Role[] = ['ADMIN', 'MANAGER', 'SCHEDULER', 'EXECUTIVE'];

/** Every role, AGENT included (e.g. a user's own profile and password). */
export const ALL_ROLES: Role[] = [...STAFF_ROLES, 'AGENT'];
