import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ContactFigures } from './metrics.service.js';

/** Where a ContactMetrics object sits in a queue report, and the part of the report it reads. */
const SERIES_LISTS = new Set(['queues', 'channels']);
const POINT_LISTS = new Set(['points', 'previousPoints']);
const PART: Record<string, 'current' | 'previous'> = {
  points: 'current',
  total: 'current',
  previousPoints: 'previous',
  previousTotal: 'previous',
};

/**
 * The contact figures a queueMetrics selection reads (see ContactFigures): the field names under
 * queues/channels → points/total (the range) and previousPoints/previousTotal (the previous
 * period), through fragments and whatever @include/@skip say (a superset is always safe).
 */
export function selectedFigures(
  fieldNodes: readonly { selectionSet?: SelectionSetNode }[],
  fragments: Record<string, FragmentDefinitionNode>,
): ContactFigures {
  const current = new Set<string>();
  let previous: Set<string> | null = null;
  // The fields of a selection set, fragments expanded.
  const fields = function* (
    set: SelectionSetNode | undefined,
    seen = new Set<string>(),
  ): Generator<FieldNode> {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) yield s;
      else if (s.kind === Kind.INLINE_FRAGMENT) yield* fields(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        yield* fields(fragments[s.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const root of fieldNodes)
    for (const list of fields(root.selectionSet)) {
      if (!SERIES_LISTS.has(list.name.value)) continue;
      for (const part of fields(list.selectionSet)) {
        const which = PART[part.name.value];
        if (!which) continue;
        const into = which === 'current' ? current : (previous ??= new Set());
        // points and previousPoints: the figures under `metrics`; totals: their own fields.
        const metrics = POINT_LISTS.has(part.name.value)
          ? [...fields(part.selectionSet)].filter((f) => f.name.value === 'metrics')
          : [part];
        for (const m of metrics) for (const figure of fields(m.selectionSet)) into.add(figure.name.value);
      }
    }
  return { current, previous };
}
