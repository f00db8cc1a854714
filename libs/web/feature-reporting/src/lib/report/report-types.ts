import type { ProgressReportPageQuery, ReportPrefillFieldsFragment, ReportTextFieldsFragment } from '@regie/web/data-access';

export type ReportDetail = NonNullable<ProgressReportPageQuery['progressReport']>;
export type ReportTextFields = ReportTextFieldsFragment;
export type ReportPrefillFields = ReportPrefillFieldsFragment;
export const DIMENSIONS = ['RESULTS', 'ACTIONS', 'CAPACITY_AND_MONEY', 'COOPERATION'] as const;
export const RAG = ['GREEN', 'AMBER', 'RED'] as const;
