import { changeEnds } from './change-text';

const phase = (code: string) => ({ PLAN: 'plan', EXECUTION: 'uitvoering' })[code] ?? code;

describe('changeEnds', () => {
  it('writes new values in Dutch notation with their unit and period', () => {
    const change = { kind: 'NEW_VALUE', from: '4695 (2009-K3)', to: '26.7 (2010-K1)', fromValue: 4695, toValue: 26.7, fromPeriod: '2009-K3', toPeriod: '2010-K1', unit: '%' };
    expect(changeEnds(change, 'nl', phase)).toEqual({ from: '4.695 % (2009-K3)', to: '26,7 % (2010-K1)' });
    expect(changeEnds(change, 'en', phase)).toEqual({ from: '4,695 % (2009-K3)', to: '26.7 % (2010-K1)' });
  });
  it('keeps the text of versions frozen before the numbers were stored', () => {
    expect(changeEnds({ kind: 'NEW_VALUE', from: null, to: '85 (2010-T1)' }, 'nl', phase)).toEqual({ from: '—', to: '85 (2010-T1)' });
  });
  it('names phases and writes dates out', () => {
    expect(changeEnds({ kind: 'PHASE_CHANGED', from: 'PLAN', to: 'EXECUTION' }, 'nl', phase)).toEqual({ from: 'plan', to: 'uitvoering' });
    expect(changeEnds({ kind: 'MILESTONE_MOVED', from: '2010-02-01', to: '2010-04-01' }, 'nl', phase)).toEqual({ from: '1 februari 2010', to: '1 april 2010' });
  });
});
