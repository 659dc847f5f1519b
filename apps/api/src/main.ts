import { loadEnv, ConfigError } from './config/env.js';
import { createApp } from './app/create-app.js';
import { startup } from './app/startup.js';
import { boundHeapGrowth } from './app/heap-growth.js';

/*
 * The server: `node apps/api/dist/main.js` (npm start does this after building).
 * SIGTERM/SIGINT close it gracefully: in-flight requests finish, then the database closes.
 */
boundHeapGrowth();
let env;
try {
  env = loadEnv();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const app = await createApp(env);
await app.listen(env.PORT, env.HOST);
const url = `http://localhost:${(app.getHttpServer().address() as { port: number }).port}/`;
console.log(
  `ServiceFloor is running at ${url}  (storage: ${env.database.type === 'sqlite' ? env.database.path : 'PostgreSQL'}${env.REDIS_URL ? ', Redis pub/sub' : ''})`,
);
await startup(app, env);
