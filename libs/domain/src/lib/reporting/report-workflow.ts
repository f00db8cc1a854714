/**
 * The life of a progress report: the bureau or the driver drafts it, co-drivers add their organisation's
 * contribution, the driver signs it off, the bureau submits it to the College (it lands on the agenda and
 * is frozen as a version), the College discusses it. A correction reopens it as the next version.
 */
export const REPORT_STATUSES = ['DRAFT', 'CONTRIBUTIONS', 'SIGNED_OFF', 'SUBMITTED', 'DISCUSSED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_TRANSITIONS = ['OPEN_CONTRIBUTIONS', 'SIGN_OFF', 'SUBMIT', 'MARK_DISCUSSED', 'CORRECT'] as const;
export type ReportTransition = (typeof REPORT_TRANSITIONS)[number];

const MOVES: Record<ReportTransition, { from: readonly ReportStatus[]; to: ReportStatus }> = {
  OPEN_CONTRIBUTIONS: { from: ['DRAFT'], to: 'CONTRIBUTIONS' },
  SIGN_OFF: { from: ['DRAFT', 'CONTRIBUTIONS'], to: 'SIGNED_OFF' },
  SUBMIT: { from: ['SIGNED_OFF'], to: 'SUBMITTED' },
  MARK_DISCUSSED: { from: ['SUBMITTED'], to: 'DISCUSSED' },
  CORRECT: { from: ['SIGNED_OFF', 'SUBMITTED', 'DISCUSSED'], to: 'DRAFT' },
};

/** The status after the transition, or null when the transition is not possible from this status. */
export function nextStatus(status: ReportStatus, transition: ReportTransition): ReportStatus | null {
  const move = MOVES[transition];
  return move.from.includes(status) ? move.to : null;
}

/** The text and contributions can change only before sign-off; after that only a correction reopens them. */
export function isEditable(status: ReportStatus): boolean {
  return status === 'DRAFT' || status === 'CONTRIBUTIONS';
}

/** Submitted and discussed reports are what the College, municipalities and viewers may read. */
export function isPublished(status: ReportStatus): boolean {
  return status === 'SUBMITTED' || status === 'DISCUSSED';
}

/**
 * Four eyes: the driver may sign off only a report somebody else also wrote or contributed to.
 * Returns a message key when the sign-off must be refused.
 */
export function signOffProblem(authorUserIds: readonly string[], signerUserId: string): string | null {
  return authorUserIds.some((id) => id !== signerUserId) ? null : 'reporting.errors.onlyAuthor';
}
