import { addDays } from './report-deadlines';

/**
 * The part of a progress report nobody has to type: computed from the strategy's data as of a date,
 * stored with every submitted version so a frozen report always shows what its writers saw.
 */
export interface ReportPrefill {
  asOf: string;
  indicators: PrefillIndicator[];
  actions: PrefillAction[];
  money: PrefillMoney;
  followUps: PrefillFollowUp[];
  /** Municipalities where the theme does not fit, or only with adaptation, with their reasons (local fit). */
  notFittingMunicipalities: PrefillLocalFit[];
  changes: PrefillChange[];
}

export interface PrefillLocalFit {
  municipalityName: string;
  verdict: 'FITS_WITH_ADAPTATION' | 'DOES_NOT_FIT';
  /** The reasons the municipality gave: local problem size, match with its IVP, available capacity. */
  reasons: string[];
  adaptationAsked: string | null;
}

export type Trend = 'IMPROVING' | 'WORSENING' | 'STABLE' | 'UNKNOWN';
export type IndicatorDirectionName = 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER';

export interface PrefillIndicator {
  indicatorId: string;
  goalTitle: string;
  name: string;
  unit: string | null;
  direction: IndicatorDirectionName;
  baseline: number | null;
  target: number | null;
  latestPeriod: string | null;
  latestValue: number | null;
  previousPeriod: string | null;
  previousValue: number | null;
  trend: Trend;
}

export type MilestoneState = 'DONE' | 'OVERDUE' | 'DUE' | 'LATER';

export interface PrefillMilestone {
  milestoneId: string;
  title: string;
  dueOn: string;
  doneOn: string | null;
  state: MilestoneState;
  /** The due date the previous report showed, when it has moved since. */
  movedFrom: string | null;
}

export interface PrefillAction {
  actionId: string;
  title: string;
  phase: string;
  status: string;
  milestones: PrefillMilestone[];
}

export interface PrefillMoney {
  budgetCommitted: number;
  budgetSpent: number;
  capacityHours: number;
  capacityFte: number;
}

export interface PrefillFollowUp {
  followUpId: string;
  kind: string;
  text: string;
  ownerName: string | null;
  dueOn: string | null;
  meetingDate: string;
  overdue: boolean;
}

export type ChangeKind = 'NEW_VALUE' | 'PHASE_CHANGED' | 'MILESTONE_MOVED' | 'MILESTONE_DONE' | 'FOLLOW_UP_NEW' | 'FOLLOW_UP_CLOSED';

export interface PrefillChange {
  kind: ChangeKind;
  subject: string;
  /** Phases as their code, dates as YYYY-MM-DD; a new value as "value (period)" for versions frozen before the fields below. */
  from: string | null;
  to: string | null;
  /** NEW_VALUE: the numbers, their unit and periods, so every reader formats them in their own notation. */
  fromValue?: number | null;
  toValue?: number | null;
  fromPeriod?: string | null;
  toPeriod?: string | null;
  unit?: string | null;
}

/** How far ahead a milestone counts as due in this report rather than later. */
export const DUE_WINDOW_DAYS = 120;

export function trendOf(direction: IndicatorDirectionName, previous: number | null, latest: number | null): Trend {
  if (previous === null || latest === null) return 'UNKNOWN';
  if (latest === previous) return 'STABLE';
  const lower = latest < previous;
  return lower === (direction === 'LOWER_IS_BETTER') ? 'IMPROVING' : 'WORSENING';
}

export function milestoneState(dueOn: string, doneOn: string | null, asOf: string): MilestoneState {
  if (doneOn && doneOn <= asOf) return 'DONE';
  if (dueOn < asOf) return 'OVERDUE';
  return dueOn <= addDays(asOf, DUE_WINDOW_DAYS) ? 'DUE' : 'LATER';
}

const fmt = (value: number | null, period: string | null) => (value === null ? null : `${value}${period ? ` (${period})` : ''}`);

/**
 * Marks milestones moved since the previous report and lists what changed: new indicator values, action
 * phases, moved and completed milestones, follow-ups opened and closed. Without a previous report nothing
 * counts as changed.
 */
export function withChangesSince(previous: ReportPrefill | null, current: ReportPrefill): ReportPrefill {
  if (!previous) return { ...current, changes: [] };
  const changes: PrefillChange[] = [];
  const oldIndicators = new Map(previous.indicators.map((indicator) => [indicator.indicatorId, indicator]));
  for (const indicator of current.indicators) {
    const old = oldIndicators.get(indicator.indicatorId);
    if (indicator.latestPeriod && indicator.latestPeriod !== old?.latestPeriod) {
      changes.push({
        kind: 'NEW_VALUE',
        subject: indicator.name,
        from: fmt(old?.latestValue ?? null, old?.latestPeriod ?? null),
        to: fmt(indicator.latestValue, indicator.latestPeriod),
        fromValue: old?.latestValue ?? null,
        toValue: indicator.latestValue,
        fromPeriod: old?.latestPeriod ?? null,
        toPeriod: indicator.latestPeriod,
        unit: indicator.unit,
      });
    }
  }
  const oldActions = new Map(previous.actions.map((action) => [action.actionId, action]));
  const actions = current.actions.map((action) => {
    const old = oldActions.get(action.actionId);
    if (old && old.phase !== action.phase) changes.push({ kind: 'PHASE_CHANGED', subject: action.title, from: old.phase, to: action.phase });
    const oldMilestones = new Map((old?.milestones ?? []).map((milestone) => [milestone.milestoneId, milestone]));
    const milestones = action.milestones.map((milestone) => {
      const before = oldMilestones.get(milestone.milestoneId);
      const movedFrom = before && before.dueOn !== milestone.dueOn ? before.dueOn : null;
      if (movedFrom) changes.push({ kind: 'MILESTONE_MOVED', subject: milestone.title, from: movedFrom, to: milestone.dueOn });
      if (milestone.state === 'DONE' && before && before.state !== 'DONE') changes.push({ kind: 'MILESTONE_DONE', subject: milestone.title, from: null, to: milestone.doneOn });
      return { ...milestone, movedFrom };
    });
    return { ...action, milestones };
  });
  const oldFollowUps = new Set(previous.followUps.map((followUp) => followUp.followUpId));
  const currentFollowUps = new Set(current.followUps.map((followUp) => followUp.followUpId));
  for (const followUp of current.followUps) {
    if (!oldFollowUps.has(followUp.followUpId)) changes.push({ kind: 'FOLLOW_UP_NEW', subject: followUp.text, from: null, to: followUp.dueOn });
  }
  for (const followUp of previous.followUps) {
    if (!currentFollowUps.has(followUp.followUpId)) changes.push({ kind: 'FOLLOW_UP_CLOSED', subject: followUp.text, from: followUp.dueOn, to: null });
  }
  return { ...current, actions, changes };
}
