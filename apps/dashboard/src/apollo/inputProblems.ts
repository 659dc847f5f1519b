import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** What went wrong with a mutation, sorted for the form that sent it. */
export interface InputProblems {
  /** Reasons per input field, from the API's BAD_USER_INPUT errors (extensions.fields). */
  fields: Record<string, string[]>;
  /** Errors that belong to no field (shown above the form). */
  messages: string[];
  /** True when the server could not be reached or answered with no GraphQL result. */
  network: boolean;
}

interface FieldProblem {
  field: string;
  reason: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).reason === 'string'
  );
}

/**
 * Sorts an error from a mutation into field errors and other messages. The API answers bad
 * input with a GraphQL error whose extensions are { code: 'BAD_USER_INPUT', fields: [{ field, reason }] };
 * a nested field is named with dots ("skills.0.proficiency").
 */
export function inputProblems(error: unknown): InputProblems {
  const problems: InputProblems = { fields: {}, messages: [], network: false };
  if (!CombinedGraphQLErrors.is(error)) {
    problems.network = true;
    return problems;
  }
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions ?? {};
    const fields = extensions.code === 'BAD_USER_INPUT' ? extensions.fields : undefined;
    if (Array.isArray(fields) && fields.length > 0 && fields.every(isFieldProblem)) {
      for (const { field, reason } of fields) (problems.fields[field] ??= []).push(reason);
    } else {
      problems.messages.push(graphQLError.message);
    }
  }
  return problems;
}
