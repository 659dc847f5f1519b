import { GraphQLError, GraphQLScalarType } from 'graphql';

/**
 * Per-interval figures as one JSON array of numbers (null where a figure is undefined), index i
 * being interval i from the parent's `start`. A scalar rather than `[Float]` because a month of
 * 15-minute intervals for 20 queues is hundreds of thousands of values: serialized as one array it
 * costs milliseconds, item by item through GraphQL hundreds. Output only.
 */
export const IntervalSeriesScalar = new GraphQLScalarType({
  name: 'IntervalSeries',
  description:
    "Per-interval figures: a JSON array of numbers (null where undefined); index i is interval i from the parent's start",
  serialize(value: unknown) {
    if (!Array.isArray(value)) throw new GraphQLError('IntervalSeries must be an array of numbers');
    return value;
  },
  parseValue() {
    throw new GraphQLError('IntervalSeries is an output type');
  },
  parseLiteral() {
    throw new GraphQLError('IntervalSeries is an output type');
  },
});
