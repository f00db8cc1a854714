import { FormGroup } from '@angular/forms';
import { applyFieldProblems, FieldProblem, Problem, readProblem } from '@regie/web/util';
import { Observable, firstValueFrom } from 'rxjs';

export interface MutationOutcome<T> {
  result: T | null;
  problem: Problem | null;
  /** Server field errors no form control matched, to list above the form. */
  unmatched: FieldProblem[];
}

/** Runs a mutation; server field errors land on the form's controls, the rest comes back to show. */
export async function runMutation<T>(request: Observable<T>, form?: FormGroup): Promise<MutationOutcome<T>> {
  try {
    return { result: await firstValueFrom(request), problem: null, unmatched: [] };
  } catch (error) {
    const problem = readProblem(error);
    const unmatched = form && problem.code === 'BAD_USER_INPUT' ? applyFieldProblems(form, problem.fields) : problem.fields;
    return { result: null, problem, unmatched };
  }
}
