import { inputProblems } from '../../apollo/inputProblems.js';

/**
 * A refused schedule change as lines to show: each field with its reason ("startMinute: …"), then
 * the messages that belong to no field; one line saying the API could not be reached otherwise.
 */
export function problemLines(error: unknown, networkMessage: string): string[] {
  const found = inputProblems(error);
  if (found.network) return [networkMessage];
  return [
    ...Object.entries(found.fields).flatMap(([field, reasons]) => reasons.map((r) => `${field}: ${r}`)),
    ...found.messages,
  ];
}

/** The lines of a refused change, announced to screen readers; nothing when there are none. */
export function ProblemList({ problems, testId }: { problems: string[]; testId: string }) {
  if (problems.length === 0) return null;
  return (
    <div className="error-message" role="alert" data-testid={testId}>
      <span aria-hidden="true">⚠</span>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
