import type { RuleProblem } from './local-fit';

export interface IvpDates {
  periodStart: string;
  periodEnd: string;
  adoptedOn?: string | null;
  adoptionReference?: string | null;
}

/**
 * An IVP's plan period must not end before it starts, and a council decision reference without the date
 * of that decision says nothing about when the plan took effect. Dates are ISO (yyyy-mm-dd), so text order
 * is date order; a missing date is left to the field's own check.
 */
export function ivpProblems(ivp: IvpDates): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (ivp.periodStart && ivp.periodEnd && ivp.periodEnd < ivp.periodStart) problems.push({ field: 'periodEnd', messageKey: 'localFit.validation.periodOrder' });
  if (ivp.adoptionReference?.trim() && !ivp.adoptedOn) problems.push({ field: 'adoptedOn', messageKey: 'localFit.validation.adoptionDateRequired' });
  return problems;
}
