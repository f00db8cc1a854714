/**
 * Overlap signals: plans that duplicate each other, flagged for the programme bureau with the reason so
 * the duplicate is discussed rather than multiplied (the 2009 complaint of "too many overlapping actions").
 */

/** A regional action as the rules see it: which goals it serves and in which municipalities it runs. */
export interface ActionReach {
  actionId: string;
  goalIds: readonly string[];
  municipalityIds: readonly string[];
}

/** A municipality's own local approach and the regional goal(s) it targets. */
export interface LocalApproach {
  participationId: string;
  municipalityId: string;
  goalIds: readonly string[];
}

export type OverlapSignal =
  | { kind: 'LOCAL_APPROACH_DUPLICATES_ACTION'; participationId: string; municipalityId: string; actionId: string; goalId: string }
  | { kind: 'ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES'; actionId: string; otherActionId: string; goalId: string; municipalityIds: string[] };

/**
 * Rule 1: a municipality runs its own approach for a goal while a regional action serving that goal also
 * runs in that municipality.
 */
export function localApproachOverlaps(approaches: readonly LocalApproach[], actions: readonly ActionReach[]): OverlapSignal[] {
  const signals: OverlapSignal[] = [];
  for (const approach of approaches) {
    for (const action of actions) {
      if (!action.municipalityIds.includes(approach.municipalityId)) continue;
      const goalId = approach.goalIds.find((goal) => action.goalIds.includes(goal));
      if (goalId) signals.push({ kind: 'LOCAL_APPROACH_DUPLICATES_ACTION', participationId: approach.participationId, municipalityId: approach.municipalityId, actionId: action.actionId, goalId });
    }
  }
  return signals;
}

/**
 * Rule 2: two regional actions serve the same goal and largely the same municipalities — at least half of
 * the smaller action's municipalities (and at least one). Each pair is reported once, for its first shared goal.
 */
export function actionPairOverlaps(actions: readonly ActionReach[]): OverlapSignal[] {
  const signals: OverlapSignal[] = [];
  for (let i = 0; i < actions.length; i += 1) {
    for (let j = i + 1; j < actions.length; j += 1) {
      const [a, b] = [actions[i], actions[j]];
      const goalId = a.goalIds.find((goal) => b.goalIds.includes(goal));
      if (!goalId) continue;
      const shared = a.municipalityIds.filter((id) => b.municipalityIds.includes(id));
      const smaller = Math.min(a.municipalityIds.length, b.municipalityIds.length);
      if (shared.length >= 1 && shared.length * 2 >= smaller) {
        signals.push({ kind: 'ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES', actionId: a.actionId, otherActionId: b.actionId, goalId, municipalityIds: [...shared].sort() });
      }
    }
  }
  return signals;
}

/**
 * The facts an overlap signal stands on: its kind and every id involved (goal, actions, the municipality's
 * participation, the municipalities concerned), in a fixed order. A bureau's "handled" mark is stored under
 * (a hash of) this text, so the mark holds exactly as long as the facts do: when a further municipality joins
 * both actions, the goal or the replaced action changes, the text changes and the signal is open again.
 * Wording changes (a renamed action, a reworded local approach) are not new facts and keep the mark.
 */
export function overlapSignalFacts(signal: OverlapSignal): string {
  if (signal.kind === 'LOCAL_APPROACH_DUPLICATES_ACTION') {
    return [signal.kind, `goal=${signal.goalId}`, `action=${signal.actionId}`, `participation=${signal.participationId}`, `municipalities=${signal.municipalityId}`].join('|');
  }
  const actions = [signal.actionId, signal.otherActionId].sort().join(',');
  return [signal.kind, `goal=${signal.goalId}`, `actions=${actions}`, `municipalities=${[...signal.municipalityIds].sort().join(',')}`].join('|');
}
