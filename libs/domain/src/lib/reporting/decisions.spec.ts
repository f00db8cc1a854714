import { followUpState } from './decisions';

describe('followUpState', () => {
  it('is overdue from the day after the due date while open', () => {
    expect(followUpState({ status: 'OPEN', dueOn: '2026-12-04' }, '2026-12-04')).toBe('OPEN');
    expect(followUpState({ status: 'OPEN', dueOn: '2026-12-03' }, '2026-12-04')).toBe('OVERDUE');
  });
  it('is closed once closed, however late', () => {
    expect(followUpState({ status: 'CLOSED', dueOn: '2009-12-31' }, '2026-12-04')).toBe('CLOSED');
  });
});
