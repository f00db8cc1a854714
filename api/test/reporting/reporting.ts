import { GraphqlClient } from '@regie/api/testing';
import { DataSource } from 'typeorm';
import { mutate } from '../support/plan';

export const CREATE_MEETING = 'mutation ($input: CreateMeetingInput!) { createCollegeMeeting(input: $input) { id date version } }';
export const UPDATE_MEETING = 'mutation ($input: UpdateMeetingInput!) { updateCollegeMeeting(input: $input) { id date version } }';
export const CREATE_CYCLE = 'mutation ($input: CreateReportCycleInput!) { createReportCycle(input: $input) { id label deadlines { contributionsDue signOffDue bureauCheckDue papersOutOn } reports { id status version theme { slug } } } }';
export const UPDATE_REPORT = 'mutation ($input: UpdateProgressReportInput!) { updateProgressReport(input: $input) { id version status text { narrative request requestText dimensions { dimension status explanation } } } }';
export const CONTRIBUTE = 'mutation ($input: ContributeInput!) { contributeToReport(input: $input) { id text version organisation { name } } }';
export const TRANSITION = 'mutation ($input: ReportTransitionInput!) { transitionProgressReport(input: $input) { id status version edition } }';
export const RECORD_DECISION = 'mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id kind text followUp { id status dueOn version owner { name } } } }';
export const CLOSE_FOLLOW_UP = 'mutation ($input: CloseFollowUpInput!) { closeFollowUp(input: $input) { id status closedOn version } }';
export const MY_TASKS = '{ myTasks { kind dueOn overdue title themeName cycleLabel reportId followUpId followUpVersion } }';
export const REPORT = `query ($id: ID!) { progressReport(id: $id) {
  id status version edition theme { slug } cycle { label }
  text { narrative dimensions { dimension status explanation } request requestText }
  contributions { text organisation { name } }
  versions { edition text { narrative } contributions { organisationName text } prefill { asOf followUps { text } } }
  prefill { asOf indicators { name latestValue latestPeriod trend } actions { title phase milestones { title state movedFrom } } money { budgetCommitted budgetSpent capacityFte } followUps { text ownerName overdue } changes { kind subject } notFittingMunicipalities { municipalityName verdict reasons adaptationAsked } }
} }`;

export async function ids(dataSource: DataSource) {
  const [strategy] = await dataSource.query("SELECT id, region_id FROM strategy WHERE title LIKE 'Regionale%'");
  const persons = await dataSource.query("SELECT p.id, p.name, t.slug FROM person p JOIN theme_mandate m ON m.person_id = p.id JOIN theme t ON t.id = m.theme_id WHERE m.role = 'DRIVER'");
  const organisations = await dataSource.query("SELECT id, kind FROM organisation WHERE kind IN ('POLICE','PUBLIC_PROSECUTION')");
  return {
    strategyId: strategy.id as string,
    regionId: strategy.region_id as string,
    driverOf: (slug: string) => (persons.find((p: { slug: string }) => p.slug === slug) as { id: string; name: string }),
    om: organisations.find((o: { kind: string }) => o.kind === 'PUBLIC_PROSECUTION').id as string,
    politie: organisations.find((o: { kind: string }) => o.kind === 'POLICE').id as string,
  };
}

/** Opens a new meeting and cycle as the bureau; returns the cycle with its reports. */
export async function openCycle(bureau: GraphqlClient, regionId: string, strategyId: string, label: string, date: string) {
  const meeting = await mutate<{ id: string; version: number }>(bureau, CREATE_MEETING, { input: { regionId, date, location: 'Provinciehuis' } });
  const cycle = await mutate<{ id: string; label: string; deadlines: Record<string, string>; reports: Array<{ id: string; status: string; version: number; theme: { slug: string } }> }>(bureau, CREATE_CYCLE, {
    input: { strategyId, label, meetingId: meeting.id },
  });
  return { meeting, cycle, report: (slug: string) => cycle.reports.find((r) => r.theme.slug === slug) as { id: string; status: string; version: number } };
}
