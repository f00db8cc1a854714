/** What a user owes: a contribution, a sign-off, a report to check and submit, or a follow-up of a decision. */
export const TASK_KINDS = ['CONTRIBUTION', 'SIGN_OFF', 'SUBMISSION', 'FOLLOW_UP'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface DueTask {
  kind: TaskKind;
  dueOn: string | null;
}

export function isOverdue(task: DueTask, today: string): boolean {
  return task.dueOn !== null && task.dueOn < today;
}

/** Overdue first (oldest first), then by due date, then what has no date. */
export function orderTasks<T extends DueTask>(tasks: readonly T[], today: string): T[] {
  return [...tasks].sort((a, b) => {
    const overdue = Number(isOverdue(b, today)) - Number(isOverdue(a, today));
    if (overdue !== 0) return overdue;
    if (a.dueOn === b.dueOn) return TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind);
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn.localeCompare(b.dueOn);
  });
}
