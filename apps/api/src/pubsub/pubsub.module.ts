import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * Publish/subscribe for live updates: in-process by default; through Redis when REDIS_URL is
 * set, so every API instance sees every other instance's changes. Injected as PubSubEngine so
 * the two are interchangeable.
 */
@Global()
@Module({})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubsub: PubSubEngine) {}

  static forRoot(redisUrl: string | undefined): DynamicModule {
    return {
      module: PubSubModule,
      providers: [{ provide: PUB_SUB, useFactory: () => createPubSub(redisUrl) }],
      exports: [PUB_SUB],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.pubsub instanceof RedisPubSub) await this.pubsub.close();
  }
}

function createPubSub(redisUrl: string | undefined): PubSubEngine {
  if (!redisUrl) return new PubSub();
  const options = { maxRetriesPerRequest: null, lazyConnect: false };
  return new RedisPubSub({
    publisher: new Redis(redisUrl, options),
    subscriber: new Redis(redisUrl, options),
  });
}
