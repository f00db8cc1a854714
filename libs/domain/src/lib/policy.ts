import { AbilityBuilder, createMongoAbility, MongoAbility, subject as tag } from '@casl/ability';
import { Principal, Role, RoleGrant } from './roles';

/**
 * The one policy definition of Regie. The API enforces it on every query, field and mutation;
 * the web app evaluates the same rules only to hide what a user cannot do.
 */
export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete' | ReportingAction;
export type SubjectName =
  | 'all'
  | 'Region'
  | 'Municipality'
  | 'Strategy'
  | 'Theme'
  | 'ThemeMandate'
  | 'Goal'
  | 'Indicator'
  | 'Measurement'
  | 'Action'
  // An action's parts that someone other than its theme's plan keepers may change: a partner its own.
  | 'Milestone'
  | 'CapacityCommitment'
  | 'AuditEvent'
  | 'User'
  | AccountSubject
  | LocalFitSubject
  | ReportingSubject
  // Background jobs and notifications (board pack, reminders): personal records.
  | 'BackgroundJob'
  | 'Notification';

/** What every role of a region may read. */
const REGIONAL: SubjectName[] = ['Region', 'Municipality', 'Strategy', 'Theme', 'ThemeMandate', 'Goal', 'Indicator', 'Measurement', 'Action', 'Milestone', 'CapacityCommitment'];
/** The parts of a theme's plan its driver and co-drivers maintain. */
const THEME_PLAN: SubjectName[] = ['Goal', 'Indicator', 'Action', 'Measurement', 'Milestone', 'CapacityCommitment'];

/** The attributes rules may test. Every regional record carries its regionId. */
export interface SubjectAttributes {
  id?: string;
  regionId?: string | null;
  themeId?: string | null;
  municipalityId?: string | null;
  /** The user a personal record belongs to: who started a job, who receives a notification. */
  userId?: string;
  /** Reporting: whether a progress report has been submitted to the College (readable beyond its theme). */
  published?: boolean;
  /** Reporting: the person who owns a follow-up. */
  ownerPersonId?: string | null;
  /**
   * Reporting: the organisation a contribution speaks for. Strategy: the organisation a capacity line is
   * committed by, or the organisation responsible for a milestone.
   */
  organisationId?: string | null;
  /** Accounts: the role a grant gives (or an invitation's first grant). */
  role?: Role;
  /** Reporting: the organisations that own or take part in an action of the report's theme (who may contribute). */
  actionOrganisationIds?: readonly string[];
}

// CASL's string-subject typing cannot express per-subject conditions here; Action and SubjectName keep call sites honest.
export type RegieAbility = MongoAbility;

export function defineAbilityFor(principal: Principal | null): RegieAbility {
  const { can, build } = new AbilityBuilder<RegieAbility>(createMongoAbility);
  for (const grant of principal?.grants ?? []) {
    const region = grant.regionId;
    switch (grant.role) {
      case 'ADMIN':
        can('manage', 'all');
        break;
      case 'BUREAU':
        can('read', [...REGIONAL, 'AuditEvent'], { regionId: region });
        can(['create', 'update', 'delete'], REGIONAL.filter((name) => name !== 'Region'), { regionId: region });
        break;
      case 'DRIVER':
      case 'CO_DRIVER':
        can('read', REGIONAL, { regionId: region });
        can(['create', 'update', 'delete'], THEME_PLAN, { regionId: region, themeId: grant.themeId ?? undefined });
        break;
      case 'MUNICIPALITY':
        can('read', REGIONAL, { regionId: region });
        can('update', 'Municipality', { id: grant.municipalityId ?? undefined, regionId: region });
        can(['create', 'update', 'delete'], 'Measurement', { regionId: region, municipalityId: grant.municipalityId ?? undefined });
        break;
      case 'COLLEGE':
      case 'VIEWER':
        can('read', REGIONAL, { regionId: region });
        break;
      case 'PARTNER':
        definePartnerRules(can, grant);
        break;
    }
    grantLocalFit(can, grant);
    defineReportingRules(can, grant);
    defineAccountRules(can, grant);
  }
  if (principal) can('read', 'User', { id: principal.userId });
  if (principal?.personId) can('update', 'FollowUp', { ownerPersonId: principal.personId });
  // Background jobs and notifications: each user reads the jobs they started and reads and marks
  // their own notifications. Whether a job may be started at all is the submitting capability's check.
  if (principal) {
    can('read', 'BackgroundJob', { userId: principal.userId });
    can(['read', 'update'], 'Notification', { userId: principal.userId });
  }
  return build();
}

/** Marks a plain record with its subject type, so conditions can be checked against it. */
export function asSubject<T extends SubjectAttributes>(type: Exclude<SubjectName, 'all'>, record: T) {
  return tag(type, { ...record });
}

// ---- Accounts (issue 11) -------------------------------------------------------------------------
/**
 * UserAccount: an account as seen from one region (its regionId is the region it is invited into or holds
 * a grant in). RoleAssignment: one grant, with its role and region.
 */
export type AccountSubject = 'UserAccount' | 'RoleAssignment';

/** The roles the programme bureau hands out in its own region; ADMIN and BUREAU are for an admin. */
export const BUREAU_GRANTABLE_ROLES: readonly Role[] = ['DRIVER', 'CO_DRIVER', 'MUNICIPALITY', 'COLLEGE', 'VIEWER', 'PARTNER'];

/**
 * An admin manages accounts and every grant in its region (regionId null: every region, via manage all above);
 * the bureau of a region invites and (de)activates accounts there and grants or revokes only the
 * bureau-grantable roles there.
 */
function defineAccountRules(can: AbilityBuilder<RegieAbility>['can'], grant: RoleGrant): void {
  const regionId = grant.regionId;
  switch (grant.role) {
    case 'ADMIN':
      if (regionId) can('manage', ['UserAccount', 'RoleAssignment'], { regionId });
      break;
    case 'BUREAU':
      can(['read', 'create', 'update'], 'UserAccount', { regionId });
      can('read', 'RoleAssignment', { regionId });
      can(['create', 'delete'], 'RoleAssignment', { regionId, role: { $in: [...BUREAU_GRANTABLE_ROLES] } });
      break;
  }
}

// ---- Local fit (issue 5) -------------------------------------------------------------------------
/** The subjects of municipal participation and local fit. */
export type LocalFitSubject = 'Ivp' | 'Participation' | 'LocalFitAssessment' | 'LocalFitComment' | 'GoodPractice' | 'PracticeAdoption' | 'OverlapSignal';
/** What every role of a region may read about local fit; overlap signals are for the bureau. */
const LOCAL_FIT_READABLE: LocalFitSubject[] = ['Ivp', 'Participation', 'LocalFitAssessment', 'LocalFitComment', 'GoodPractice', 'PracticeAdoption'];
/** What a municipality official records for the own municipality only. */
const MUNICIPAL_RECORDS: LocalFitSubject[] = ['Ivp', 'Participation', 'LocalFitAssessment', 'PracticeAdoption'];

/**
 * Municipality officials draft their own municipality's IVP register, participation, fit and practice
 * adoption; drivers and co-drivers comment on fit for their theme; the bureau comments, manages the
 * practice library (and adoption states) and sees and handles the overlap signals.
 */
function grantLocalFit(can: AbilityBuilder<RegieAbility>['can'], grant: RoleGrant): void {
  const region = grant.regionId;
  // Partners take no part in municipal local fit: its registers, drafts and comments are the municipalities' and the region's.
  if (grant.role === 'ADMIN' || grant.role === 'PARTNER') return;
  can('read', LOCAL_FIT_READABLE, { regionId: region });
  switch (grant.role) {
    case 'BUREAU':
      can('read', 'OverlapSignal', { regionId: region });
      // Marking a signal discussed/handled (or opening it again) is the bureau's call.
      can('update', 'OverlapSignal', { regionId: region });
      can(['create', 'update', 'delete'], ['GoodPractice', 'PracticeAdoption'], { regionId: region });
      can('create', 'LocalFitComment', { regionId: region });
      break;
    case 'DRIVER':
    case 'CO_DRIVER':
      can('create', 'LocalFitComment', { regionId: region, themeId: grant.themeId ?? undefined });
      break;
    case 'MUNICIPALITY':
      can(['create', 'update', 'delete'], MUNICIPAL_RECORDS, { regionId: region, municipalityId: grant.municipalityId ?? undefined });
      break;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reporting cycle (issue 4): meetings, cycles, progress reports, contributions, decisions, follow-ups.
// ---------------------------------------------------------------------------------------------------------
export type ReportingAction = 'contribute' | 'signOff' | 'submit';
export type ReportingSubject = 'CollegeMeeting' | 'ReportCycle' | 'ProgressReport' | 'ReportContribution' | 'Decision' | 'FollowUp';

/** What every role of a region may read of the reporting cycle, besides the reports themselves. */
const REPORTING_REGIONAL: SubjectName[] = ['CollegeMeeting', 'ReportCycle', 'Decision', 'FollowUp'];

function defineReportingRules(can: AbilityBuilder<RegieAbility>['can'], grant: RoleGrant): void {
  const regionId = grant.regionId;
  if (grant.role === 'ADMIN') return;
  can('read', REPORTING_REGIONAL, { regionId });
  // Submitted reports are for everyone in the region: the College decides on them, municipalities and viewers follow them.
  can('read', 'ProgressReport', { regionId, published: true });
  // A partner reads only its own organisation's contributions (definePartnerRules), not the others' input.
  if (grant.role !== 'PARTNER') can('read', 'ReportContribution', { regionId, published: true });
  switch (grant.role) {
    case 'BUREAU':
      // The bureau keeps meetings, cycles and decisions, drafts and checks reports, and submits them; it never signs off.
      can(['create', 'update', 'delete'], REPORTING_REGIONAL, { regionId });
      can(['read', 'update', 'submit'], 'ProgressReport', { regionId });
      can('read', 'ReportContribution', { regionId });
      break;
    case 'DRIVER':
      can(['read', 'update', 'signOff'], 'ProgressReport', { regionId, themeId: grant.themeId ?? undefined });
      can('read', 'ReportContribution', { regionId, themeId: grant.themeId ?? undefined });
      break;
    case 'CO_DRIVER':
      can(['read', 'contribute'], 'ProgressReport', { regionId, themeId: grant.themeId ?? undefined });
      can('read', 'ReportContribution', { regionId, themeId: grant.themeId ?? undefined });
      can(['create', 'update'], 'ReportContribution', { regionId, themeId: grant.themeId ?? undefined, organisationId: grant.organisationId ?? undefined });
      break;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Partner organisations (issue 11): Halt, GGD, Reclassering, … update their own part of the plan.
// ---------------------------------------------------------------------------------------------------------
/** What the region shares with its partners: the plan and its figures, not who-said-what about it. */
export const PARTNER_READABLE: SubjectName[] = [...REGIONAL];

/**
 * A PARTNER grant of organisation O in region R:
 * - reads the region's plan (Region, Municipality, Strategy, Theme, ThemeMandate, Goal, Indicator, Measurement,
 *   Action with its milestones and capacity), the College's meetings, cycles, decisions and follow-ups, and
 *   submitted progress reports (defineReportingRules);
 * - does NOT read the audit log, local fit (IVP register, participation, assessment drafts, comments, practices,
 *   overlap signals: grantLocalFit skips partners), draft reports, or other organisations' contributions;
 * - updates its own capacity commitments (organisationId = O) and its own milestones (responsible organisation
 *   = O), and of a milestone only its dates: marking it done or reopening it (doneOn) and moving it (dueOn);
 * - writes the contribution of O to a report of a theme in which O owns or takes part in an action (the
 *   report's actionOrganisationIds), in the contribute step, like a co-driver; it reads that contribution.
 *   The service puts actionOrganisationIds on the report subject; the rule stays a plain condition.
 * Everything else is refused: other organisations' lines, goals, indicators, actions' own fields, adding or
 * deleting milestones, capacity or budget lines, mandates, municipalities, meetings.
 */
function definePartnerRules(can: AbilityBuilder<RegieAbility>['can'], grant: RoleGrant): void {
  const regionId = grant.regionId;
  const organisationId = grant.organisationId ?? undefined;
  if (!regionId || !organisationId) return;
  can('read', PARTNER_READABLE, { regionId });
  can('update', 'CapacityCommitment', { regionId, organisationId });
  can('update', 'Milestone', ['doneOn', 'dueOn'], { regionId, organisationId });
  can('contribute', 'ProgressReport', { regionId, actionOrganisationIds: organisationId });
  can(['read', 'create', 'update'], 'ReportContribution', { regionId, organisationId });
  // Issue 12 (commitments): a partner will update the commitments its organisation made here,
  // e.g. can('update', 'Commitment', { regionId, organisationId }).
}
