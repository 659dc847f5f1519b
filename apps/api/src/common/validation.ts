import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { GraphQLError } from 'graphql';

export interface FieldProblem {
  field: string;
  reason: string;
}

/** A GraphQL error for bad input, naming each field and why. Nothing is written. */
export function badInput(problems: FieldProblem[]): GraphQLError {
  const message = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  return new GraphQLError(`Invalid input: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', fields: problems },
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({
      field,
      reason: stripField(reason, e.property),
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator messages start with the property name; we say the field separately. */
function stripField(reason: string, property: string): string {
  return reason.startsWith(`${property} `) ? reason.slice(property.length + 1) : reason;
}

/** The app-wide pipe: validates and transforms every DTO, answering with field-named errors. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => badInput(flatten(errors)),
  });
}
