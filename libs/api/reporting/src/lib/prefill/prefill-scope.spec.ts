import { prefillScope } from './report-prefill.service';

describe('prefillScope', () => {
  it('reads a past cycle as of its meeting, and a coming one as of today', () => {
    expect(prefillScope('t1', '2010-06-17', '2026-11-29')).toEqual({ themeId: 't1', meetingDate: '2010-06-17', asOf: '2010-06-17' });
    expect(prefillScope('t1', '2026-12-09', '2026-11-29')).toEqual({ themeId: 't1', meetingDate: '2026-12-09', asOf: '2026-11-29' });
  });

  it('treats a cycle without a meeting as reporting today', () => {
    expect(prefillScope('t1', null, '2026-11-29')).toEqual({ themeId: 't1', meetingDate: '2026-11-29', asOf: '2026-11-29' });
  });
});
