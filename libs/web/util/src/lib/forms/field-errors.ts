import { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import { FieldProblem } from '../errors/graphql-problem';

/** The error under which a control keeps a ready message key (from the server or a cross-field check). */
export const MESSAGE_KEY_ERROR = 'messageKey';

/** Translation keys for Angular's own validators; the same keys the API uses for class-validator. */
const VALIDATOR_KEYS: Record<string, string> = {
  required: 'validation.isNotEmpty',
  email: 'validation.isEmail',
  min: 'validation.min',
  max: 'validation.max',
  minlength: 'validation.minLength',
  maxlength: 'validation.maxLength',
  pattern: 'validation.invalid',
};

/**
 * Puts the server's field errors on the matching controls (field `population` or `input.population`)
 * and returns those that match no control, so the form can show them in its summary.
 */
export function applyFieldProblems(form: FormGroup, problems: readonly FieldProblem[]): FieldProblem[] {
  const unmatched: FieldProblem[] = [];
  for (const problem of problems) {
    const name = problem.field.split('.').at(-1) ?? problem.field;
    const control = form.get(problem.field) ?? form.get(name);
    if (!control) {
      unmatched.push(problem);
      continue;
    }
    setErrorKey(control, problem.messageKey);
  }
  return unmatched;
}

/** Marks a control invalid with a message key, e.g. a check that spans two fields. */
export function setErrorKey(control: AbstractControl, messageKey: string): void {
  control.setErrors({ ...(control.errors ?? {}), [MESSAGE_KEY_ERROR]: messageKey });
  control.markAsTouched();
}

/** The translation keys of a control's current errors, server errors included, in a stable order. */
export function errorKeys(errors: ValidationErrors | null): string[] {
  if (!errors) return [];
  const keys = Object.keys(errors)
    .sort()
    .map((name) => (name === MESSAGE_KEY_ERROR ? String(errors[name]) : (VALIDATOR_KEYS[name] ?? 'validation.invalid')));
  return [...new Set(keys)];
}

/** Whether a control should show its errors now: after the user left it or tried to submit, not while typing. */
export function showsErrors(control: AbstractControl): boolean {
  return control.invalid && control.touched;
}
