import { GraphqlClient } from '@regie/api/testing';
import { DataSource } from 'typeorm';

export async function themeId(dataSource: DataSource, slug: string): Promise<string> {
  const [row] = await dataSource.query('SELECT id FROM theme WHERE slug = $1', [slug]);
  return row.id;
}

export async function organisationId(dataSource: DataSource, name: string): Promise<string> {
  const [row] = await dataSource.query('SELECT id FROM organisation WHERE name = $1', [name]);
  return row.id;
}

/** Runs a mutation that must succeed and returns its single result field. */
export async function mutate<T = Record<string, unknown>>(client: GraphqlClient, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await client.request<Record<string, T>>(query, variables);
  if (result.errors) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data ?? {})[0];
}

export const CREATE_GOAL = 'mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id title version } }';
export const UPDATE_GOAL = 'mutation ($input: UpdateGoalInput!) { updateGoal(input: $input) { id title version } }';
export const CREATE_INDICATOR = 'mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id name cadence baseline target version } }';
export const RECORD_MEASUREMENT = 'mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id period periodEnd value municipalityId } }';
export const CREATE_ACTION = 'mutation ($input: CreateActionInput!) { createAction(input: $input) { id title phase version } }';
export const ADD_MILESTONE = 'mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id dueOn doneOn version } }';
export const ADD_CAPACITY = 'mutation ($input: AddCapacityInput!) { addCapacity(input: $input) { id amount unit } }';
export const ADD_BUDGET = 'mutation ($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id committed spent } }';
