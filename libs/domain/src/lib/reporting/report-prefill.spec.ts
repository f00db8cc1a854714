import { milestoneState, ReportPrefill, trendOf, withChangesSince } from './report-prefill';

const base: ReportPrefill = {
  asOf: '2010-01-10',
  indicators: [{ indicatorId: 'i1', goalTitle: 'Minder overlast', name: 'Meldingen', unit: null, direction: 'LOWER_IS_BETTER', baseline: 100, target: 80, latestPeriod: '2009-T3', latestValue: 90, previousPeriod: '2009-T2', previousValue: 95, trend: 'IMPROVING' }],
  actions: [{ actionId: 'a1', title: 'Shortlist', phase: 'PLAN', status: 'ON_TRACK', milestones: [{ milestoneId: 'm1', title: 'Groepen geclassificeerd', dueOn: '2010-02-01', doneOn: null, state: 'DUE', movedFrom: null }] }],
  money: { budgetCommitted: 0, budgetSpent: 0, capacityHours: 0, capacityFte: 0 },
  followUps: [{ followUpId: 'f1', kind: 'OPDRACHT', text: 'Plan van aanpak', ownerName: null, dueOn: '2010-01-31', meetingDate: '2009-10-01', overdue: false }],
  notFittingMunicipalities: [],
  changes: [],
};

describe('trendOf', () => {
  it('reads the direction of the indicator', () => {
    expect(trendOf('LOWER_IS_BETTER', 10, 8)).toBe('IMPROVING');
    expect(trendOf('HIGHER_IS_BETTER', 10, 8)).toBe('WORSENING');
    expect(trendOf('HIGHER_IS_BETTER', 8, 8)).toBe('STABLE');
    expect(trendOf('LOWER_IS_BETTER', null, 8)).toBe('UNKNOWN');
  });
});

describe('milestoneState', () => {
  it('tells done, overdue, due within the window and later apart', () => {
    expect(milestoneState('2010-01-01', '2009-12-20', '2010-01-10')).toBe('DONE');
    expect(milestoneState('2010-01-01', null, '2010-01-10')).toBe('OVERDUE');
    expect(milestoneState('2010-03-01', null, '2010-01-10')).toBe('DUE');
    expect(milestoneState('2011-03-01', null, '2010-01-10')).toBe('LATER');
  });
});

describe('withChangesSince', () => {
  it('finds nothing changed without a previous report', () => {
    expect(withChangesSince(null, base).changes).toEqual([]);
  });

  it('lists new values, phase changes, moved and completed milestones, new and closed follow-ups', () => {
    const current: ReportPrefill = {
      ...base,
      indicators: [{ ...base.indicators[0], latestPeriod: '2010-T1', latestValue: 85 }],
      actions: [{ ...base.actions[0], phase: 'EXECUTION', milestones: [{ ...base.actions[0].milestones[0], dueOn: '2010-04-01' }] }],
      followUps: [{ ...base.followUps[0], followUpId: 'f2', text: 'Evaluatie' }],
    };
    const result = withChangesSince(base, current);
    expect(result.actions[0].milestones[0].movedFrom).toBe('2010-02-01');
    expect(result.changes).toEqual([
      { kind: 'NEW_VALUE', subject: 'Meldingen', from: '90 (2009-T3)', to: '85 (2010-T1)', fromValue: 90, toValue: 85, fromPeriod: '2009-T3', toPeriod: '2010-T1', unit: null },
      { kind: 'PHASE_CHANGED', subject: 'Shortlist', from: 'PLAN', to: 'EXECUTION' },
      { kind: 'MILESTONE_MOVED', subject: 'Groepen geclassificeerd', from: '2010-02-01', to: '2010-04-01' },
      { kind: 'FOLLOW_UP_NEW', subject: 'Evaluatie', from: null, to: '2010-01-31' },
      { kind: 'FOLLOW_UP_CLOSED', subject: 'Plan van aanpak', from: '2010-01-31', to: null },
    ]);
  });
});
