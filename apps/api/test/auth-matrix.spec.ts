import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { getIntrospectionQuery, type IntrospectionQuery, type IntrospectionTypeRef } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GUARD_MESSAGES } from '../src/auth/access.guard.js';
import { INGEST_KEY, KIOSK_KEY, PUBLIC_KEY, ROLES_KEY } from '../src/auth/roles.decorator.js';
import {
  createTestDatabase,
  rawFetch,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './support/test-app.js';

/*
 * The access matrix over the WHOLE API: every Query, Mutation and Subscription field of the
 * introspected schema and every HTTP route, called as each kind of caller. A field without an
 * access decorator fails this test (the guard would deny it to everyone, ADMIN included).
 *
 * Expected access comes from each handler's decorators, read here independently of the guard
 * (the rule of auth/roles.decorator.ts: @Roles lists roles and ADMIN passes everything annotated;
 * @Kiosk adds kiosk tokens, @IngestKey adds API keys; @Public is anyone) and, for the fields
 * where a mistake would be a security hole, from the PINNED table below, which must agree.
 *
 * Denied → the error code is FORBIDDEN or UNAUTHENTICATED (HTTP 401/403); allowed → neither.
 * Arguments are dummies chosen to fail validation (empty strings, id 999999999), so allowed
 * mutations are refused by their input checks and change nothing.
 */

const CALLERS = [
  'anonymous',
  'kiosk',
  'apiKey',
  'AGENT',
  'EXECUTIVE',
  'SCHEDULER',
  'MANAGER',
  'ADMIN',
] as const;
type Caller = (typeof CALLERS)[number];
const USER_ROLES = ['AGENT', 'EXECUTIVE', 'SCHEDULER', 'MANAGER', 'ADMIN'] as const;

/** Security-critical fields and who may call them (independent of the code's decorators). */
const PINNED: Record<string, Caller[]> = {
  'Query.me': ['AGENT', 'EXECUTIVE', 'SCHEDULER', 'MANAGER', 'ADMIN'],
  'Query.users': ['EXECUTIVE', 'SCHEDULER', 'MANAGER', 'ADMIN'],
  'Query.kioskTokens': ['ADMIN'],
  'Query.apiKeys': ['ADMIN'],
  'Query.auditLog': ['ADMIN'],
  'Query.queueMetrics': ['EXECUTIVE', 'SCHEDULER', 'MANAGER', 'ADMIN'],
  'Query.customerContacts': ['MANAGER', 'ADMIN'],
  'Mutation.ingestEvents': ['apiKey', 'ADMIN'],
  'Mutation.createUser': ['ADMIN'],
  'Mutation.updateUser': ['ADMIN'],
  'Mutation.setUserPassword': ['ADMIN'],
  'Mutation.revokeUserSessions': ['ADMIN'],
  'Mutation.changePassword': ['AGENT', 'EXECUTIVE', 'SCHEDULER', 'MANAGER', 'ADMIN'],
  'Mutation.createKioskToken': ['ADMIN'],
  'Mutation.revokeKioskToken': ['ADMIN'],
  'Mutation.createApiKey': ['ADMIN'],
  'Mutation.revokeApiKey': ['ADMIN'],
  'Mutation.createQueue': ['ADMIN'],
  'Mutation.updateQueue': ['ADMIN'],
  'Mutation.createSite': ['ADMIN'],
  'Mutation.createAgent': ['ADMIN'],
  'HTTP POST /api/events': ['apiKey', 'ADMIN'],
  'HTTP GET /health/live': [...CALLERS],
  'HTTP POST /api/auth/login': [...CALLERS],
};

interface Rule {
  public: boolean;
  roles?: string[];
  kiosk: boolean;
  ingestKey: boolean;
}

/** The decorator rule → callers allowed (the documented meaning of the decorators). */
function allowedBy(rule: Rule): Set<Caller> {
  if (rule.public) return new Set(CALLERS);
  const allowed = new Set<Caller>(['ADMIN']);
  for (const role of rule.roles ?? [])
    if ((USER_ROLES as readonly string[]).includes(role)) allowed.add(role as Caller);
  if (rule.kiosk) allowed.add('kiosk');
  if (rule.ingestKey) allowed.add('apiKey');
  return allowed;
}

function ruleOf(handler: object, cls: object): Rule | null {
  const get = <T>(key: string): T | undefined =>
    (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, cls) as T | undefined);
  const rule: Rule = {
    public: get<boolean>(PUBLIC_KEY) ?? false,
    roles: get<string[]>(ROLES_KEY),
    kiosk: get<boolean>(KIOSK_KEY) ?? false,
    ingestKey: get<boolean>(INGEST_KEY) ?? false,
  };
  return rule.public || rule.roles || rule.kiosk || rule.ingestKey ? rule : null;
}

function methodsOf(cls: { prototype?: object }): { name: string; fn: object }[] {
  const out: { name: string; fn: object }[] = [];
  for (
    let proto: object | null | undefined = cls.prototype;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (name !== 'constructor' && typeof descriptor?.value === 'function')
        out.push({ name, fn: descriptor.value });
    }
  }
  return out;
}

/** Root-field handlers ("Query.me") and HTTP routes ("HTTP POST /api/events") with their rules. */
function handlerRules(api: TestApp) {
  const fields = new Map<string, Rule | null>();
  const routes = new Map<string, { method: string; path: string; rule: Rule | null }>();
  const methodNames = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
      const cls = wrapper.metatype as unknown as { prototype?: object } | null;
      if (!cls?.prototype) continue;
      const base = Reflect.getMetadata(PATH_METADATA, cls) as string | undefined;
      for (const { name, fn } of methodsOf(cls)) {
        const type = Reflect.getMetadata('graphql:resolver_type', fn) as string | undefined;
        if (type === 'Query' || type === 'Mutation' || type === 'Subscription') {
          const fieldName = (Reflect.getMetadata('graphql:resolver_name', fn) as string | undefined) ?? name;
          fields.set(`${type}.${fieldName}`, ruleOf(fn, cls));
        }
        const path = Reflect.getMetadata(PATH_METADATA, fn) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, fn) as number | undefined;
        if (base !== undefined && path !== undefined && method !== undefined) {
          const full = `/${[base, path]
            .map((p) => p.replace(/^\/|\/$/g, ''))
            .filter(Boolean)
            .join('/')}`;
          routes.set(`HTTP ${methodNames[method]} ${full}`, {
            method: methodNames[method],
            path: full,
            rule: ruleOf(fn, cls),
          });
        }
      }
    }
  }
  return { fields, routes };
}

type TypeRef = IntrospectionTypeRef;

/** A GraphQL type reference printed as in a variable definition: [String!]! */
function printType(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${printType(t.ofType)}!`;
  if (t.kind === 'LIST') return `[${printType(t.ofType)}]`;
  return t.name;
}

function namedType(t: TypeRef): { kind: string; name: string } {
  return t.kind === 'NON_NULL' || t.kind === 'LIST' ? namedType(t.ofType) : t;
}

describe('access matrix: every GraphQL field and HTTP route, as every kind of caller', () => {
  let db: TestDatabase;
  let api: TestApp;
  let schema: IntrospectionQuery['__schema'];
  const credentials = new Map<Caller, string | null>();

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    credentials.set('anonymous', null);
    for (const role of USER_ROLES) {
      credentials.set(role, role === 'ADMIN' ? api.adminToken : await api.signInAs(role, { agentId: 'a1' }));
    }
    const kiosk = await api.gql<{ createKioskToken: { secret: string } }>(
      `mutation { createKioskToken(name: "Matrix TV") { secret } }`,
    );
    credentials.set('kiosk', kiosk.data!.createKioskToken.secret);
    const key = await api.gql<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(name: "Matrix feed") { secret } }`,
    );
    credentials.set('apiKey', key.data!.createApiKey.secret);
    const introspection = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
    schema = introspection.data!.__schema;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const typeByName = (name: string) => schema.types.find((t) => t.name === name)!;

  /** A dummy value that passes GraphQL coercion but fails the app's own validation. */
  function dummy(t: TypeRef): unknown {
    if (t.kind === 'NON_NULL') return dummy(t.ofType);
    if (t.kind === 'LIST') return [dummy(t.ofType)];
    const type = typeByName(t.name);
    if (type.kind === 'ENUM') return type.enumValues[0].name;
    if (type.kind === 'INPUT_OBJECT')
      return Object.fromEntries(
        type.inputFields
          .filter((f) => f.type.kind === 'NON_NULL' && f.defaultValue === null)
          .map((f) => [f.name, dummy(f.type)]),
      );
    switch (t.name) {
      case 'ID':
        return '999999999';
      case 'Int':
      case 'Float':
        return -1;
      case 'Boolean':
        return false;
      case 'JSONObject':
      case 'JSON':
        return {};
      case 'DateTime':
        return '2026-01-01T00:00:00Z';
      default:
        return '';
    }
  }

  /** `query($a: T!) { field(a: $a) { __typename } }` with dummy required arguments. */
  function operationFor(kind: 'query' | 'mutation' | 'subscription', fieldName: string) {
    const root = typeByName(
      kind === 'query'
        ? schema.queryType.name
        : kind === 'mutation'
          ? schema.mutationType!.name
          : schema.subscriptionType!.name,
    );
    const field = (root.kind === 'OBJECT' ? root.fields : []).find((f) => f.name === fieldName)!;
    const required = field.args.filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null);
    const defs = required.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
    const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
    const leaf = ['SCALAR', 'ENUM'].includes(namedType(field.type).kind);
    const query = `${kind}${defs ? `(${defs})` : ''} { ${fieldName}${args ? `(${args})` : ''}${leaf ? '' : ' { __typename }'} }`;
    const variables = Object.fromEntries(required.map((a) => [a.name, dummy(a.type)]));
    return { query, variables };
  }

  const rootFields = (kind: 'queryType' | 'mutationType' | 'subscriptionType', prefix: string) => {
    const ref = schema[kind];
    if (!ref) return [];
    const type = typeByName(ref.name);
    return type.kind === 'OBJECT' ? type.fields.map((f) => `${prefix}.${f.name}`) : [];
  };

  function expectedFor(key: string, rules: Map<string, Rule | null>): Set<Caller> {
    const rule = rules.get(key);
    expect(rule, `${key} has no access decorator (@Roles, @Kiosk, @IngestKey or @Public)`).toBeTruthy();
    const allowed = allowedBy(rule!);
    if (PINNED[key])
      expect([...allowed].sort(), `${key}: decorators disagree with the pinned matrix`).toEqual(
        [...PINNED[key]].sort(),
      );
    return allowed;
  }

  function verdict(codes: (string | undefined)[]): 'denied' | 'allowed' {
    return codes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED') ? 'denied' : 'allowed';
  }

  it('covers every Query and Mutation field as every caller', async () => {
    const { fields } = handlerRules(api);
    const keys = [...rootFields('queryType', 'Query'), ...rootFields('mutationType', 'Mutation')];
    expect(keys.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const key of keys) {
      const allowed = expectedFor(key, fields);
      const [kind, name] = key.split('.');
      const { query, variables } = operationFor(kind === 'Query' ? 'query' : 'mutation', name);
      for (const caller of CALLERS) {
        const res = await api.gqlAs(credentials.get(caller)!, query, variables);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const requestLevel = res.errors?.some(
          (e) =>
            !('path' in e) && e.extensions?.code !== 'FORBIDDEN' && e.extensions?.code !== 'UNAUTHENTICATED',
        );
        if (requestLevel && res.data === undefined)
          wrong.push(
            `${key} as ${caller}: could not be called (${JSON.stringify(res.errors)}); teach dummy() its argument types`,
          );
        const got = verdict(codes);
        const want = allowed.has(caller) ? 'allowed' : 'denied';
        if (got !== want)
          wrong.push(`${key} as ${caller}: ${got}, expected ${want} (${JSON.stringify(codes)})`);
        if (want === 'denied' && caller === 'anonymous' && !codes.includes('UNAUTHENTICATED'))
          wrong.push(`${key} as anonymous: expected UNAUTHENTICATED, got ${JSON.stringify(codes)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('covers every Subscription field as every caller (graphql-ws)', async () => {
    const { fields } = handlerRules(api);
    const keys = rootFields('subscriptionType', 'Subscription');
    const url = `${api.baseUrl.replace('http', 'ws')}/graphql`;
    const wrong: string[] = [];
    for (const caller of CALLERS) {
      const credential = credentials.get(caller);
      const client: Client = createClient({
        url,
        webSocketImpl: WebSocket,
        lazy: true,
        retryAttempts: 0,
        connectionParams: credential ? { authorization: `Bearer ${credential}` } : {},
      });
      try {
        for (const key of keys) {
          const allowed = expectedFor(key, fields);
          const { query, variables } = operationFor('subscription', key.split('.')[1]);
          const want = allowed.has(caller) ? 'allowed' : 'denied';
          const codes = await firstCodes(client, query, variables, want === 'denied' ? 10_000 : 500);
          const got = verdict(codes);
          if (got !== want)
            wrong.push(`${key} as ${caller}: ${got}, expected ${want} (${JSON.stringify(codes)})`);
        }
      } finally {
        await client.dispose();
      }
    }
    expect(wrong).toEqual([]);
  });

  it('covers every HTTP route as every caller', async () => {
    const { routes } = handlerRules(api);
    expect(routes.size).toBeGreaterThanOrEqual(5);
    const wrong: string[] = [];
    for (const [key, route] of routes) {
      const allowed = expectedFor(key, new Map([[key, route.rule]]));
      for (const caller of CALLERS) {
        const credential = credentials.get(caller);
        const res = await rawFetch(`${api.baseUrl}${route.path}`, {
          method: route.method,
          headers: {
            'content-type': route.path === '/api/events' ? 'application/x-ndjson' : 'application/json',
            ...(credential ? { authorization: `Bearer ${credential}` } : {}),
          },
          body:
            route.method === 'GET' || route.method === 'HEAD'
              ? undefined
              : route.path === '/api/events'
                ? ''
                : '{}',
        });
        const text = await res.text();
        // Denied by the guard (a public route may answer 401 itself, e.g. refresh without a token).
        const byGuard = Object.values(GUARD_MESSAGES).some((m) => text.includes(m));
        const got = (res.status === 401 || res.status === 403) && byGuard ? 'denied' : 'allowed';
        const want = allowed.has(caller) ? 'allowed' : 'denied';
        if (got !== want) wrong.push(`${key} as ${caller}: HTTP ${res.status}, expected ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * Subscribes and collects the error codes of the first answer: an error message, a result with
 * errors, or nothing within `waitMs` (a live stream with no event yet: allowed).
 */
function firstCodes(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  waitMs: number,
): Promise<(string | undefined)[]> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (codes: (string | undefined)[]) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(codes);
    };
    const timer = setTimeout(() => finish([]), waitMs);
    const unsubscribe = client.subscribe(
      { query, variables },
      {
        next: (result) => finish((result.errors ?? []).map((e) => e.extensions?.code as string | undefined)),
        error: (error) => {
          const list = Array.isArray(error) ? error : [error];
          finish(
            list.map(
              (e) =>
                (e as { extensions?: { code?: string } }).extensions?.code ??
                `error:${String((e as Error).message ?? e)}`,
            ),
          );
        },
        complete: () => finish([]),
      },
    );
  });
}
