export * from './report-deadlines';
export * from './report-workflow';
export * from './report-content';
export * from './report-prefill';
export * from './my-tasks';
export * from './decisions';
