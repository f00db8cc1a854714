/** What the College decides on an agenda item. An assignment or commitment becomes a follow-up with an owner. */
export const DECISION_KINDS = ['VASTSTELLEN', 'INSTEMMEN', 'KENNISNEMEN', 'OPDRACHT', 'TOEZEGGING'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const AGENDA_ITEM_KINDS = ['THEME_REPORT', 'PROPOSAL', 'OTHER'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const MEETING_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export function createsFollowUp(kind: DecisionKind): boolean {
  return kind === 'OPDRACHT' || kind === 'TOEZEGGING';
}

/** A follow-up needs someone to own it and a date; other decisions need neither. */
export function decisionProblems(decision: { kind: DecisionKind; text: string; ownerPersonId?: string | null; dueOn?: string | null }): Array<{ field: string; messageKey: string; message: string }> {
  const problems = [];
  if (decision.text.trim().length < 3) problems.push({ field: 'text', messageKey: 'reporting.errors.decisionText', message: 'Write down what was decided.' });
  if (createsFollowUp(decision.kind)) {
    if (!decision.ownerPersonId) problems.push({ field: 'ownerPersonId', messageKey: 'reporting.errors.ownerRequired', message: 'An assignment or commitment needs an owner.' });
    if (!decision.dueOn) problems.push({ field: 'dueOn', messageKey: 'reporting.errors.dueRequired', message: 'An assignment or commitment needs a due date.' });
  }
  return problems;
}

/** How a follow-up stands on a given day: every screen shows this one answer (open, overdue, or closed). */
export type FollowUpState = 'OPEN' | 'OVERDUE' | 'CLOSED';

export function followUpState(followUp: { status: string; dueOn: string }, today: string): FollowUpState {
  if (followUp.status !== 'OPEN') return 'CLOSED';
  return followUp.dueOn < today ? 'OVERDUE' : 'OPEN';
}
