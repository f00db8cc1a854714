import { AuditEventFilter } from '@regie/web/data-access';
import { endOfDay, startOfDay, translationKey } from '@regie/web/util';

export const AUDIT_PAGE_SIZE = 25;

/** The audit page's state as it lives in the address bar, so a filtered view can be bookmarked and shared. */
export interface AuditQuery {
  entityType: string;
  action: string;
  from: string;
  to: string;
  page: number;
}

/** The kinds of records the API audits, with their labels. */
export const AUDITED_ENTITY_TYPES = [
  { value: 'Municipality', label: translationKey('audit.entityTypes.Municipality') },
  { value: 'Goal', label: translationKey('audit.entityTypes.Goal') },
  { value: 'Indicator', label: translationKey('audit.entityTypes.Indicator') },
  { value: 'Measurement', label: translationKey('audit.entityTypes.Measurement') },
  { value: 'Action', label: translationKey('audit.entityTypes.Action') },
  { value: 'Milestone', label: translationKey('audit.entityTypes.Milestone') },
  { value: 'CapacityCommitment', label: translationKey('audit.entityTypes.CapacityCommitment') },
  { value: 'BudgetLine', label: translationKey('audit.entityTypes.BudgetLine') },
  { value: 'ThemeMandate', label: translationKey('audit.entityTypes.ThemeMandate') },
  { value: 'User', label: translationKey('audit.entityTypes.User') },
] as const;

const VERBS = [
  { verb: 'create', label: translationKey('audit.verbs.create') },
  { verb: 'update', label: translationKey('audit.verbs.update') },
  { verb: 'delete', label: translationKey('audit.verbs.delete') },
] as const;

const SESSION_ACTIONS = [
  { value: 'session.login', label: translationKey('audit.verbs.login') },
  { value: 'session.login.oidc', label: translationKey('audit.verbs.loginOidc') },
  { value: 'session.logout', label: translationKey('audit.verbs.logout') },
] as const;

export interface ActionOption {
  value: string;
  label: string;
}

export interface ActionGroup {
  entityType: string;
  label: string;
  actions: ActionOption[];
}

/** "Municipality" → "municipality": the API names actions `<entity>.<verb>`. */
function actionPrefix(entityType: string): string {
  return entityType.charAt(0).toLowerCase() + entityType.slice(1);
}

/** The actions that can be chosen, grouped by the kind of record; only that kind's when one is chosen. */
export function actionGroups(entityType: string): ActionGroup[] {
  return AUDITED_ENTITY_TYPES.filter((type) => !entityType || type.value === entityType).map((type) => ({
    entityType: type.value,
    label: type.label,
    actions:
      type.value === 'User'
        ? SESSION_ACTIONS.map((action) => ({ ...action }))
        : VERBS.map((verb) => ({ value: `${actionPrefix(type.value)}.${verb.verb}`, label: verb.label })),
  }));
}

/** The label key of an action as recorded, e.g. "municipality.update" → "audit.verbs.update"; null if unknown. */
export function actionLabel(action: string): string | null {
  const session = SESSION_ACTIONS.find((known) => known.value === action);
  if (session) return session.label;
  const verb = VERBS.find((known) => action.endsWith(`.${known.verb}`));
  return verb ? verb.label : null;
}

export function entityTypeLabel(entityType: string): string | null {
  return AUDITED_ENTITY_TYPES.find((type) => type.value === entityType)?.label ?? null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the query parameters leniently: anything malformed is simply no filter. */
export function parseAuditQuery(params: { entityType?: string; action?: string; from?: string; to?: string; page?: string }): AuditQuery {
  const page = Number(params.page);
  return {
    entityType: params.entityType ?? '',
    action: params.action ?? '',
    from: params.from && ISO_DATE.test(params.from) ? params.from : '',
    to: params.to && ISO_DATE.test(params.to) ? params.to : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Query parameters for the router; empty filters are left out of the address. */
export function toQueryParams(query: AuditQuery): Record<string, string | null> {
  return {
    entityType: query.entityType || null,
    action: query.action || null,
    from: query.from || null,
    to: query.to || null,
    page: query.page > 1 ? String(query.page) : null,
  };
}

/** The API filter: whole days in the user's time zone, one page of results. */
export function toFilter(query: AuditQuery): AuditEventFilter {
  return {
    entityType: query.entityType || null,
    action: query.action || null,
    from: query.from ? startOfDay(query.from) : null,
    to: query.to ? endOfDay(query.to) : null,
    offset: (query.page - 1) * AUDIT_PAGE_SIZE,
    limit: AUDIT_PAGE_SIZE,
  };
}

/** Audit values are JSON; show strings without quotes and an empty value as a dash. */
export function displayValue(json: string | null): string {
  if (json === null) return '—';
  try {
    const value: unknown = JSON.parse(json);
    if (value === null || value === '') return '—';
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}
