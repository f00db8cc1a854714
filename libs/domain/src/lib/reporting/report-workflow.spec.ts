import { isEditable, isPublished, nextStatus, REPORT_STATUSES, REPORT_TRANSITIONS, ReportStatus, signOffProblem } from './report-workflow';

describe('report workflow', () => {
  it('allows exactly these moves', () => {
    const allowed = REPORT_STATUSES.flatMap((status) => REPORT_TRANSITIONS.map((transition) => [status, transition, nextStatus(status, transition)] as const)).filter(([, , to]) => to !== null);
    expect(allowed).toEqual([
      ['DRAFT', 'OPEN_CONTRIBUTIONS', 'CONTRIBUTIONS'],
      ['DRAFT', 'SIGN_OFF', 'SIGNED_OFF'],
      ['CONTRIBUTIONS', 'SIGN_OFF', 'SIGNED_OFF'],
      ['SIGNED_OFF', 'SUBMIT', 'SUBMITTED'],
      ['SIGNED_OFF', 'CORRECT', 'DRAFT'],
      ['SUBMITTED', 'MARK_DISCUSSED', 'DISCUSSED'],
      ['SUBMITTED', 'CORRECT', 'DRAFT'],
      ['DISCUSSED', 'CORRECT', 'DRAFT'],
    ]);
  });

  it('keeps signed-off and later reports closed to edits and open to readers only once submitted', () => {
    const editable = REPORT_STATUSES.filter(isEditable);
    const published: ReportStatus[] = REPORT_STATUSES.filter(isPublished);
    expect(editable).toEqual(['DRAFT', 'CONTRIBUTIONS']);
    expect(published).toEqual(['SUBMITTED', 'DISCUSSED']);
  });

  it('refuses a sign-off by the only author', () => {
    expect(signOffProblem([], 'driver')).toBe('reporting.errors.onlyAuthor');
    expect(signOffProblem(['driver'], 'driver')).toBe('reporting.errors.onlyAuthor');
    expect(signOffProblem(['driver', 'om'], 'driver')).toBeNull();
    expect(signOffProblem(['bureau'], 'driver')).toBeNull();
  });
});
