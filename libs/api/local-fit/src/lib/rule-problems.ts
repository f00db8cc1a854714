import { ValidationError } from '@regie/api/core';
import { RuleProblem } from '@regie/domain';

/** English texts for API clients and logs; the web app translates the message key. */
const MESSAGES: Record<string, string> = {
  'localFit.validation.reasonRequired': 'Give at least one reason: local problem size, match with the IVP, or capacity.',
  'localFit.validation.adaptationRequired': 'Say which adaptation is asked of the region.',
  'localFit.validation.localApproachRequired': 'Describe the own local approach.',
  'localFit.validation.stoppedReasonRequired': 'Say why the practice was stopped.',
  'localFit.validation.cycleTaken': 'There is already an assessment for this cycle; change that one.',
  'localFit.validation.cycleNotNewer': 'A later cycle has already been assessed; a new assessment must be for a later cycle.',
  'localFit.validation.noteRequired': 'Say briefly what was discussed or agreed (at least 2 characters).',
  'localFit.validation.participationExists': 'The municipality already has a participation for this theme or action; change that one.',
  'localFit.validation.wrongTheme': 'That goal or action belongs to another theme.',
  'localFit.validation.periodOrder': 'The plan period ends before it starts.',
  'localFit.validation.adoptionDateRequired': 'Give the date the council adopted the plan with its decision reference.',
};

/** Refuses with BAD_USER_INPUT when a domain rule is broken; nothing has been written yet. */
export function refuseOnProblems(problems: readonly RuleProblem[]): void {
  if (problems.length) throw new ValidationError(problems.map((problem) => ({ ...problem, message: MESSAGES[problem.messageKey] ?? problem.messageKey })));
}
