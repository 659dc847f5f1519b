/** The roles of the API (apps/api auth/roles.decorator.ts). */
export type Role = 'ADMIN' | 'MANAGER' | 'SCHEDULER' | 'EXECUTIVE' | 'AGENT';

/**
 * Which pages each role may open, following what the API lets each role read: every staff
 * role reads live and historical figures; planning is for schedulers and managers (and an
 * agent's own schedule); admin is for administrators only. The API enforces the same rules;
 * this only keeps the menu from offering pages that would answer "not allowed".
 */
const PAGES_BY_ROLE: Record<Role, readonly string[]> = {
  ADMIN: ['/wallboard', '/operations', '/trends', '/planning', '/schedule', '/assessment', '/admin'],
  MANAGER: ['/wallboard', '/operations', '/trends', '/planning', '/schedule', '/assessment'],
  SCHEDULER: ['/wallboard', '/operations', '/trends', '/planning', '/schedule'],
  EXECUTIVE: ['/wallboard', '/operations', '/trends', '/schedule', '/assessment'],
  AGENT: ['/planning', '/schedule'],
};

/** The pages a role may open (top-level paths, e.g. "/admin"). */
export function pagesFor(role: Role): readonly string[] {
  return PAGES_BY_ROLE[role] ?? [];
}

/** Whether a role may open a location path ("/admin/queues" belongs to "/admin"). */
export function mayOpen(role: Role, pathname: string): boolean {
  return pagesFor(role).some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

/** Whether a path belongs to one of the dashboard's pages (else it is "page not found"). */
export function isPagePath(pathname: string): boolean {
  return mayOpen('ADMIN', pathname);
}

/** Where a role lands after signing in (or when it opens a page it may not see). */
export function homeFor(role: Role): string {
  const pages = pagesFor(role);
  return pages.includes('/operations') ? '/operations' : (pages[0] ?? '/login');
}

/** A `next` location from the login URL, only when it is a path of this site (no open redirect). */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next.startsWith('/login') ? null : next;
}
