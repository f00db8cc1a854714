/**
 * Local fit: how the regional strategy lands in each municipality. The vocabularies and the rules a
 * participation, fit assessment or practice adoption must satisfy, shared by the API (which refuses) and
 * the web app (which explains before sending).
 */
import { todayIso } from '../calendar';

export const PARTICIPATION_LEVELS = ['FULL', 'PARTLY', 'NOT', 'OWN_APPROACH'] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

export const FIT_VERDICTS = ['FITS', 'FITS_WITH_ADAPTATION', 'DOES_NOT_FIT'] as const;
export type FitVerdict = (typeof FIT_VERDICTS)[number];

export const ADOPTION_STATES = ['NOT_STARTED', 'PREPARING', 'RUNNING', 'EMBEDDED', 'STOPPED'] as const;
export type AdoptionState = (typeof ADOPTION_STATES)[number];

/** A rule broken by an input: which field, and the translation key that explains it. */
export interface RuleProblem {
  field: string;
  messageKey: string;
}

export interface FitReasons {
  verdict: FitVerdict;
  reasonProblemSize?: string | null;
  reasonIvpMatch?: string | null;
  reasonCapacity?: string | null;
  adaptationAsked?: string | null;
}

const filled = (text: string | null | undefined) => Boolean(text && text.trim());

/**
 * A verdict other than "fits" must say why (at least one reason), and "fits with adaptation" must say
 * which adaptation is asked of the region — otherwise the driver has nothing to discuss.
 */
export function fitAssessmentProblems(input: FitReasons): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (input.verdict !== 'FITS' && ![input.reasonProblemSize, input.reasonIvpMatch, input.reasonCapacity].some(filled)) {
    problems.push({ field: 'reasonProblemSize', messageKey: 'localFit.validation.reasonRequired' });
  }
  if (input.verdict === 'FITS_WITH_ADAPTATION' && !filled(input.adaptationAsked)) {
    problems.push({ field: 'adaptationAsked', messageKey: 'localFit.validation.adaptationRequired' });
  }
  return problems;
}

/** Taking part with an own local approach must describe that approach; it is what overlap checks compare. */
export function participationProblems(input: { level: ParticipationLevel; localApproach?: string | null }): RuleProblem[] {
  return input.level === 'OWN_APPROACH' && !filled(input.localApproach) ? [{ field: 'localApproach', messageKey: 'localFit.validation.localApproachRequired' }] : [];
}

/** A stopped adoption needs its reason, so other municipalities learn from it. */
export function adoptionProblems(input: { state: AdoptionState; stoppedReason?: string | null }): RuleProblem[] {
  return input.state === 'STOPPED' && !filled(input.stoppedReason) ? [{ field: 'stoppedReason', messageKey: 'localFit.validation.stoppedReasonRequired' }] : [];
}

export interface RolloutProgress {
  total: number;
  counts: Record<AdoptionState, number>;
  /** Running or embedded, as a whole percentage of all municipalities of the region. */
  adoptedPercent: number;
}

/** Roll-out of one practice across the region; municipalities without a record count as not started. */
export function rolloutProgress(states: readonly AdoptionState[], municipalityCount: number): RolloutProgress {
  const counts = Object.fromEntries(ADOPTION_STATES.map((state) => [state, 0])) as Record<AdoptionState, number>;
  for (const state of states) counts[state] += 1;
  const total = Math.max(municipalityCount, states.length);
  counts.NOT_STARTED += total - states.length;
  const adopted = counts.RUNNING + counts.EMBEDDED;
  return { total, counts, adoptedPercent: total === 0 ? 0 : Math.round((adopted / total) * 100) };
}

/**
 * The assessment cycle a date falls in. Fit is assessed once a year (the demo's cycle is "2009"), ahead of the
 * College's reporting cycles of that year; a part may follow the year ("2009-T2") for a mid-year review.
 */
export function fitCycleOf(date: Date = new Date()): string {
  // The Dutch calendar year, like every other date in Regie: at 23:30 UTC on 31 December it is already next year.
  return todayIso(date).slice(0, 4);
}

/**
 * A new assessment must be for a later cycle than the newest one, so "the newest cycle wins" (matrix, theme
 * page, report pre-fill) always means "the latest renewal". Cycles compare as text: "2010" > "2009-T2" > "2009".
 */
export function renewalCycleProblems(cycle: string, existingCycles: readonly string[]): RuleProblem[] {
  if (existingCycles.includes(cycle)) return [{ field: 'cycle', messageKey: 'localFit.validation.cycleTaken' }];
  if (existingCycles.some((existing) => existing > cycle)) return [{ field: 'cycle', messageKey: 'localFit.validation.cycleNotNewer' }];
  return [];
}
