import { useEffect, useRef, useState } from 'react';
import { inputProblems, type InputProblems } from '../../apollo/inputProblems.js';

/**
 * Submit state of an admin form: runs the mutation, sorts a failure into field errors (shown
 * next to their fields) and other problems, and moves focus to the first invalid field.
 */
export function useFormProblems() {
  const [problems, setProblems] = useState<InputProblems | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!problems) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? form.current?.querySelector<HTMLElement>('.form-problems'))?.focus();
  }, [problems]);

  /** Runs `action`; true when it succeeded. Client-side problems can be passed to skip the call. */
  const submit = async (action: () => Promise<unknown>, clientFields: Record<string, string[]> = {}) => {
    if (Object.keys(clientFields).length > 0) {
      setProblems({ fields: clientFields, messages: [], network: false });
      return false;
    }
    setSaving(true);
    setProblems(null);
    try {
      await action();
      return true;
    } catch (error) {
      setProblems(inputProblems(error));
      return false;
    } finally {
      setSaving(false);
    }
  };

  /** The reasons for a field, including nested ones ("skills" gets "skills.0.proficiency"). */
  const errorsFor = (name: string): string[] | undefined => {
    if (!problems) return undefined;
    const reasons = Object.entries(problems.fields).flatMap(([field, list]) =>
      field === name || field.startsWith(`${name}.`) ? list : [],
    );
    return reasons.length > 0 ? reasons : undefined;
  };

  return { form, problems, saving, submit, errorsFor };
}
