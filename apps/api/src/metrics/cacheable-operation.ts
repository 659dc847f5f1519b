import { Kind, parse, print, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { LOCAL_DATE } from '../common/local-date.js';
import { MAX_TOKENS } from '../security/graphql-hardening.service.js';

/** Root fields whose answers depend only on their arguments, the caller and the stored data. */
const CACHEABLE_FIELDS = new Set(['queueMetrics', 'agentMetrics', 'claimMetrics']);
/** Directives a root field may carry: they depend on variables only, which are part of the key. */
const CONDITIONS = new Set(['include', 'skip']);
/** Query texts remembered (a dashboard sends a handful; anything beyond is bounded). */
const MAX_REMEMBERED = 500;
/** Longer texts are not cached (a dashboard's are 1–3 kB): the memory kept stays small. */
const MAX_QUERY_LENGTH = 32_768;

/** A historical-metrics query whose whole answer may be cached. */
export interface CacheableOperation {
  /** The document as graphql-js prints it: one text for queries differing in spacing or comments. */
  normalized: string;
  /** When every root field is a queueMetrics: each one's `to` argument (the answer reads nothing later). */
  rangeEnds: ValueNode[] | null;
}

/**
 * Tells which request bodies are cacheable historical-metrics queries: one query operation whose
 * root fields are all queueMetrics, agentMetrics or claimMetrics. Each text is parsed once.
 */
export class CacheableOperations {
  private readonly known = new Map<string, CacheableOperation | null>();

  of(query: string, operationName: string | null): CacheableOperation | null {
    if (query.length > MAX_QUERY_LENGTH) return null;
    const memo = `${operationName ?? ''}\n${query}`;
    let found = this.known.get(memo);
    if (found === undefined) {
      found = analyse(query, operationName);
      if (this.known.size >= MAX_REMEMBERED) this.known.clear();
      this.known.set(memo, found);
    }
    return found;
  }
}

function analyse(query: string, operationName: string | null): CacheableOperation | null {
  let document;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch {
    return null; // Apollo answers the syntax error
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operationName === null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (!operation || operation.operation !== 'query') return null;
  const fields = [];
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD || !CACHEABLE_FIELDS.has(s.name.value)) return null;
    if (s.directives?.some((d) => !CONDITIONS.has(d.name.value))) return null;
    fields.push(s);
  }
  const onlyQueueMetrics = fields.every((f) => f.name.value === 'queueMetrics');
  const rangeEnds = onlyQueueMetrics
    ? fields.map((f) => f.arguments?.find((a) => a.name.value === 'to')?.value)
    : null;
  return {
    normalized: print(document),
    rangeEnds: rangeEnds && rangeEnds.every((v) => v !== undefined) ? (rangeEnds as ValueNode[]) : null,
  };
}

/** The local dates the `to` arguments name, or null when one of them is not a YYYY-MM-DD date. */
export function rangeEndDates(
  rangeEnds: readonly ValueNode[],
  variables: Record<string, unknown>,
): string[] | null {
  const dates = rangeEnds.map((node) =>
    node.kind === Kind.VARIABLE ? variables[node.name.value] : node.kind === Kind.STRING ? node.value : null,
  );
  return dates.every((d): d is string => typeof d === 'string' && LOCAL_DATE.test(d)) ? dates : null;
}
