import { describe, expect, it } from 'vitest';
import { homeFor, isPagePath, mayOpen, pagesFor, safeNext } from './roleAccess.js';

describe('pages by role', () => {
  it('gives admins every page and agents only planning (their own schedule)', () => {
    expect(pagesFor('ADMIN')).toHaveLength(7);
    expect(pagesFor('AGENT')).toEqual(['/planning', '/schedule']);
    expect(homeFor('AGENT')).toBe('/planning');
    expect(homeFor('EXECUTIVE')).toBe('/operations');
  });

  it('keeps admin pages to admins, sub-paths included', () => {
    expect(mayOpen('ADMIN', '/admin/queues')).toBe(true);
    for (const role of ['MANAGER', 'SCHEDULER', 'EXECUTIVE', 'AGENT'] as const) {
      expect(mayOpen(role, '/admin')).toBe(false);
      expect(mayOpen(role, '/admin/users')).toBe(false);
    }
    expect(mayOpen('SCHEDULER', '/assessment')).toBe(false);
    expect(mayOpen('EXECUTIVE', '/planning')).toBe(false);
    expect(mayOpen('MANAGER', '/administrator')).toBe(false);
    expect(isPagePath('/no-such-page')).toBe(false);
    expect(isPagePath('/admin/access')).toBe(true);
  });

  it('follows only local paths after sign-in (no open redirect)', () => {
    expect(safeNext('/trends?range=7')).toBe('/trends?range=7');
    expect(safeNext('//evil.example/x')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/login')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
