import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type ValidationRule,
} from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import { GraphqlWsAuth, type WsExtra } from '../auth/graphql-ws-auth.service.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { queryLimitErrors, type QueryLimits } from './query-limits.js';

/** Most lexical tokens in one GraphQL document: the parser stops there (Apollo and graphql-ws). */
export const MAX_TOKENS = 10_000;

/**
 * The GraphQL module's security settings, for HTTP (Apollo) and WebSocket (graphql-ws) alike:
 * - depth, cost and alias limits on every operation (security/query-limits.ts);
 * - a token limit on documents; batched HTTP requests capped (GRAPHQL_MAX_BATCH, in create-app);
 * - introspection and the GraphiQL page off when NODE_ENV=production;
 * - guards on field resolvers too (a field may be restricted to some roles);
 * - subscriptions authenticated in onConnect (auth/graphql-ws-auth.service.ts).
 */
@Injectable()
export class GraphqlHardening {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly ws: GraphqlWsAuth,
    private readonly moduleRef: ModuleRef,
  ) {}

  get production(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get limits(): QueryLimits {
    return {
      maxDepth: this.env.GRAPHQL_MAX_DEPTH,
      maxComplexity: this.env.GRAPHQL_MAX_COMPLEXITY,
      maxAliases: this.env.GRAPHQL_MAX_ALIASES,
    };
  }

  /** Options merged into GraphQLModule.forRootAsync (app/app.module.ts). */
  options(): Partial<ApolloDriverConfig> {
    const extraRules: ValidationRule[] = this.production ? [NoSchemaIntrospectionCustomRule] : [];
    return {
      introspection: !this.production,
      graphiql: !this.production,
      allowBatchedHttpRequests: true,
      parseOptions: { maxTokens: MAX_TOKENS },
      fieldResolverEnhancers: ['guards'],
      plugins: [this.limitsPlugin()],
      formatError: argumentErrorAsBadInput,
      subscriptions: {
        'graphql-ws': {
          onConnect: this.ws.onConnect,
          onClose: this.ws.onClose,
          context: this.ws.context,
          onSubscribe: (
            ctx: Context<Record<string, unknown> | undefined, WsExtra>,
            _id: string,
            payload: SubscribePayload,
          ) => this.prepareSubscription(payload, extraRules),
        } as never,
      },
    };
  }

  /** Apollo: refuses an operation over the limits before it runs (HTTP 400). */
  private limitsPlugin(): ApolloServerPlugin {
    const limits = this.limits;
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, document, schema }) => {
          const errors = queryLimitErrors(schema, document, limits, request.variables, request.operationName);
          if (errors.length > 0) {
            const [first] = errors;
            throw new GraphQLError(first.message, {
              extensions: { ...first.extensions, http: { status: 400 } },
            });
          }
        },
      }),
    };
  }

  /** graphql-ws: parse (token limit), validate, check limits; errors go back to the client. */
  private prepareSubscription(
    payload: SubscribePayload,
    extraRules: ValidationRule[],
  ): ExecutionArgs | readonly GraphQLError[] {
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('The document could not be parsed')];
    }
    const invalid = validate(schema, document, [...specifiedRules, ...extraRules]);
    if (invalid.length > 0) return invalid;
    const limited = queryLimitErrors(schema, document, this.limits, payload.variables, payload.operationName);
    if (limited.length > 0) return limited;
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  }
}

/**
 * graphql-js refuses an argument it cannot coerce (an explicit null for `Int! = 50`, a value of
 * the wrong type given through a loosely typed variable) while executing, and Apollo labels that
 * INTERNAL_SERVER_ERROR. It is the client's input: answer BAD_USER_INPUT naming the argument.
 */
export function argumentErrorAsBadInput(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const argument = /^Argument "([^"]+)" (?:of|has)/.exec(formatted.message);
  // graphql-js's own refusal is a GraphQLError all the way down; a resolver's crash is not.
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const fromGraphqlJs = original instanceof GraphQLError;
  if (!argument || !fromGraphqlJs || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return {
    message: formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: [{ field: argument[1], reason: formatted.message.replace(/^Argument "[^"]+" /, '') }],
    },
  };
}
