import { EMPTY_REPORT_CONTENT, normaliseDimensions, reportContentProblems } from './report-content';

describe('reportContentProblems', () => {
  it('accepts an empty report and green without explanation', () => {
    expect(reportContentProblems(EMPTY_REPORT_CONTENT)).toEqual([]);
    expect(reportContentProblems({ ...EMPTY_REPORT_CONTENT, dimensions: [{ dimension: 'RESULTS', status: 'GREEN', explanation: null }] })).toEqual([]);
  });

  it('requires an explanation for amber and red, and wording for a decision', () => {
    const problems = reportContentProblems({
      ...EMPTY_REPORT_CONTENT,
      dimensions: [
        { dimension: 'RESULTS', status: 'AMBER', explanation: '  ' },
        { dimension: 'COOPERATION', status: 'RED', explanation: null },
        { dimension: 'ACTIONS', status: 'RED', explanation: 'Capaciteit politie ontbreekt' },
      ],
      request: 'DECISION',
      requestText: '',
    });
    expect(problems.map((problem) => problem.field)).toEqual(['dimensions.RESULTS.explanation', 'dimensions.COOPERATION.explanation', 'requestText']);
  });

  it('refuses a dimension assessed twice', () => {
    const problems = reportContentProblems({
      ...EMPTY_REPORT_CONTENT,
      dimensions: [
        { dimension: 'RESULTS', status: 'GREEN', explanation: null },
        { dimension: 'RESULTS', status: 'GREEN', explanation: null },
      ],
    });
    expect(problems).toEqual([expect.objectContaining({ field: 'dimensions.RESULTS', messageKey: 'reporting.errors.dimensionTwice' })]);
  });

  it('normalises to every dimension once in the fixed order', () => {
    expect(normaliseDimensions([{ dimension: 'COOPERATION', status: 'AMBER', explanation: ' traag ' }])).toEqual([
      { dimension: 'RESULTS', status: null, explanation: null },
      { dimension: 'ACTIONS', status: null, explanation: null },
      { dimension: 'CAPACITY_AND_MONEY', status: null, explanation: null },
      { dimension: 'COOPERATION', status: 'AMBER', explanation: 'traag' },
    ]);
  });
});
