import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { inputProblems } from './inputProblems.js';

describe('inputProblems', () => {
  it('collects the reasons of BAD_USER_INPUT errors per field', () => {
    // The shape the API sends (apps/api/src/common/validation.ts, badInput).
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input: name: "Claims" is already taken; slTarget: must not be greater than 1',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'name', reason: '"Claims" is already taken' },
              { field: 'slTarget', reason: 'must not be greater than 1' },
              { field: 'slTarget', reason: 'must be a number' },
            ],
          },
        },
      ],
    });
    expect(inputProblems(error)).toEqual({
      fields: {
        name: ['"Claims" is already taken'],
        slTarget: ['must not be greater than 1', 'must be a number'],
      },
      messages: [],
      network: false,
    });
  });

  it('keeps other GraphQL errors as messages', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Queue 99 not found', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(inputProblems(error)).toEqual({ fields: {}, messages: ['Queue 99 not found'], network: false });
  });

  it('flags an error without a GraphQL result as a network problem', () => {
    expect(inputProblems(new TypeError('Failed to fetch')).network).toBe(true);
    const serverError = new ServerError('Bad gateway', {
      response: new Response('', { status: 502 }),
      bodyText: '',
    });
    expect(inputProblems(serverError).network).toBe(true);
  });
});
