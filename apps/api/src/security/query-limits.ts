import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Limits on one GraphQL operation (README "Configuration": GRAPHQL_MAX_*). */
export interface QueryLimits {
  /** Deepest field nesting; `{ a { b } }` is 2. Introspection fields (`__schema`, `__type`) are not counted. */
  maxDepth: number;
  /** Sum of field costs: 1 per field unless a field declares its own `complexity`. */
  maxComplexity: number;
  /** Aliased fields in the operation, fragments expanded (`a1: queues … a2: queues` is 2). */
  maxAliases: number;
}

/** Fields visited when expanding fragments before the operation is refused as too large. */
const MAX_NODES = 10_000;

function tooMuch(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Checks a parsed operation against the limits; returns the errors (empty when it may run).
 * Depth and aliases are counted on the operation with its fragments expanded (a fragment spread
 * ten times counts ten times), so fragments cannot hide cost; cost uses graphql-query-complexity
 * with the request's variables.
 */
export function queryLimitErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: QueryLimits,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
): GraphQLError[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const selected = operationName
    ? operations.filter((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations
      : [];
  const errors: GraphQLError[] = [];
  for (const operation of selected) {
    const shape = measure(operation.selectionSet, fragments);
    if (shape === null) {
      errors.push(tooMuch('QUERY_TOO_COMPLEX', `The operation expands to more than ${MAX_NODES} fields`));
      continue;
    }
    if (shape.depth > limits.maxDepth)
      errors.push(
        tooMuch(
          'QUERY_TOO_DEEP',
          `The operation is nested ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed`,
        ),
      );
    if (shape.aliases > limits.maxAliases)
      errors.push(
        tooMuch(
          'TOO_MANY_ALIASES',
          `The operation uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed`,
        ),
      );
  }
  if (errors.length > 0 || selected.length === 0) return errors;
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      maxQueryNodes: MAX_NODES,
    });
  } catch (error) {
    // Bad variables or an unknown field: GraphQL validation reports those with its own message.
    if (error instanceof GraphQLError && /node/i.test(error.message))
      return [tooMuch('QUERY_TOO_COMPLEX', error.message)];
    return [];
  }
  if (complexity > limits.maxComplexity)
    return [
      tooMuch(
        'QUERY_TOO_COMPLEX',
        `The operation costs ${complexity}; at most ${limits.maxComplexity} is allowed (ask for fewer fields)`,
      ),
    ];
  return [];
}

/** Depth and alias count of a selection set with fragments expanded; null past MAX_NODES. */
function measure(
  root: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): { depth: number; aliases: number } | null {
  let nodes = 0;
  let aliases = 0;
  const walk = (set: SelectionSetNode, depth: number, active: Set<string>): number | null => {
    let deepest = depth;
    for (const selection of set.selections) {
      if (++nodes > MAX_NODES) return null;
      let reached: number | null;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++;
        if (selection.name.value.startsWith('__')) continue;
        reached = selection.selectionSet ? walk(selection.selectionSet, depth + 1, active) : depth + 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        reached = walk(selection.selectionSet, depth, active);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown or cyclic fragments are GraphQL validation errors; nothing to count here.
        if (!fragment || active.has(name)) continue;
        reached = walk(fragment.selectionSet, depth, new Set(active).add(name));
      }
      if (reached === null) return null;
      deepest = Math.max(deepest, reached);
    }
    return deepest;
  };
  const depth = walk(root, 0, new Set());
  return depth === null ? null : { depth, aliases };
}
