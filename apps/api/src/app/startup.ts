import type { INestApplication } from '@nestjs/common';
import type { Env } from '../config/env.js';
import { DemoDirectoryService } from '../directory/demo-directory.service.js';
import { demoDirectory } from '../demo/demo-directory-seed.js';
import { DemoService } from '../demo/demo.service.js';

/** First-start work after the server listens: the demo directory, then its history and live day. */
export async function startup(app: INestApplication, env: Env): Promise<void> {
  if (env.DEMO === 'off') return;
  await app.get(DemoDirectoryService).createIfEmpty(demoDirectory());
  app.get(DemoService).start();
}
