import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnv } from '../config/env.js';
import { CliModule } from './cli.module.js';

/** Opens the configured database (DATABASE_URL) with the app's services, runs `fn`, and closes. */
export async function withCliContext<T>(fn: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const env = loadEnv({ ...process.env, LOG_LEVEL: 'silent' });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(env), {
    logger: ['error'],
    abortOnError: false,
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
