import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/config/env.js';

describe('configuration', () => {
  it('defaults to the embedded SQLite file and port 3000', () => {
    const env = loadEnv({});
    expect(env.database).toEqual({ type: 'sqlite', path: 'data/servicefloor.sqlite' });
    expect(env.PORT).toBe(3000);
  });

  it('reads sqlite:PATH and postgres:// URLs', () => {
    expect(loadEnv({ DATABASE_URL: 'sqlite:/tmp/x.db' }).database).toEqual({
      type: 'sqlite',
      path: '/tmp/x.db',
    });
    expect(loadEnv({ DATABASE_URL: 'postgres://u@h:5432/d' }).database).toEqual({
      type: 'postgres',
      url: 'postgres://u@h:5432/d',
    });
  });

  it('stops with a message naming each bad variable', () => {
    const attempt = () => loadEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(/PORT: must be a port number/);
    expect(attempt).toThrow(/DATABASE_URL: must be sqlite:PATH or postgres/);
    expect(() => loadEnv({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL: must be redis:\/\//);
  });
});
