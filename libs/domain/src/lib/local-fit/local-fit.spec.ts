import { adoptionProblems, fitAssessmentProblems, fitCycleOf, participationProblems, renewalCycleProblems, rolloutProgress } from './local-fit';

describe('fitAssessmentProblems', () => {
  it('accepts "fits" without reasons', () => {
    expect(fitAssessmentProblems({ verdict: 'FITS' })).toEqual([]);
  });

  it('asks a reason for "does not fit"', () => {
    expect(fitAssessmentProblems({ verdict: 'DOES_NOT_FIT', reasonProblemSize: '  ' })).toEqual([{ field: 'reasonProblemSize', messageKey: 'localFit.validation.reasonRequired' }]);
    expect(fitAssessmentProblems({ verdict: 'DOES_NOT_FIT', reasonCapacity: 'Geen capaciteit' })).toEqual([]);
  });

  it('asks a reason and the adaptation for "fits with adaptation"', () => {
    expect(fitAssessmentProblems({ verdict: 'FITS_WITH_ADAPTATION' }).map((problem) => problem.field)).toEqual(['reasonProblemSize', 'adaptationAsked']);
    expect(fitAssessmentProblems({ verdict: 'FITS_WITH_ADAPTATION', reasonIvpMatch: 'Past bij IVP', adaptationAsked: 'Later instappen' })).toEqual([]);
  });
});

describe('participationProblems', () => {
  it('asks an own approach to be described', () => {
    expect(participationProblems({ level: 'OWN_APPROACH', localApproach: '' })).toEqual([{ field: 'localApproach', messageKey: 'localFit.validation.localApproachRequired' }]);
    expect(participationProblems({ level: 'OWN_APPROACH', localApproach: 'Eigen buurtaanpak' })).toEqual([]);
    expect(participationProblems({ level: 'FULL' })).toEqual([]);
  });
});

describe('adoptionProblems', () => {
  it('asks why a practice was stopped', () => {
    expect(adoptionProblems({ state: 'STOPPED' })).toEqual([{ field: 'stoppedReason', messageKey: 'localFit.validation.stoppedReasonRequired' }]);
    expect(adoptionProblems({ state: 'STOPPED', stoppedReason: 'Te duur' })).toEqual([]);
    expect(adoptionProblems({ state: 'RUNNING' })).toEqual([]);
  });
});

describe('rolloutProgress', () => {
  it('counts municipalities without a record as not started and running or embedded as adopted', () => {
    expect(rolloutProgress(['RUNNING', 'EMBEDDED', 'PREPARING', 'STOPPED'], 8)).toEqual({
      total: 8,
      counts: { NOT_STARTED: 4, PREPARING: 1, RUNNING: 1, EMBEDDED: 1, STOPPED: 1 },
      adoptedPercent: 25,
    });
  });

  it('is zero for a region without municipalities', () => {
    expect(rolloutProgress([], 0).adoptedPercent).toBe(0);
  });
});

describe('fitCycleOf', () => {
  it('is the Dutch calendar year of the moment', () => {
    expect(fitCycleOf(new Date('2026-06-15T12:00:00Z'))).toBe('2026');
    expect(fitCycleOf(new Date('2009-12-31T22:30:00Z'))).toBe('2009');
    // 00:30 on 1 January in the Netherlands.
    expect(fitCycleOf(new Date('2009-12-31T23:30:00Z'))).toBe('2010');
  });
});

describe('renewalCycleProblems', () => {
  it('accepts a later cycle, also a first one', () => {
    expect(renewalCycleProblems('2010', ['2009', '2009-T2'])).toEqual([]);
    expect(renewalCycleProblems('2009', [])).toEqual([]);
  });

  it('refuses a cycle that is taken or older than the newest, so the newest stays the latest renewal', () => {
    expect(renewalCycleProblems('2009', ['2009'])).toEqual([{ field: 'cycle', messageKey: 'localFit.validation.cycleTaken' }]);
    expect(renewalCycleProblems('2009', ['2009-T2'])).toEqual([{ field: 'cycle', messageKey: 'localFit.validation.cycleNotNewer' }]);
    expect(renewalCycleProblems('2008', ['2009'])).toEqual([{ field: 'cycle', messageKey: 'localFit.validation.cycleNotNewer' }]);
  });
});
