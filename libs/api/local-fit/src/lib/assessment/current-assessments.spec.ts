import { LocalFitAssessmentEntity } from './local-fit-assessment.entity';
import { currentAssessments } from './local-fit.service';

const assessment = (municipalityId: string, themeId: string, cycle: string, verdict: LocalFitAssessmentEntity['verdict']) => ({ id: `${municipalityId}-${themeId}-${cycle}`, municipalityId, themeId, cycle, verdict }) as LocalFitAssessmentEntity;

describe('currentAssessments', () => {
  it('keeps the newest cycle per municipality and theme, whatever the order', () => {
    const rows = [assessment('utrecht', 'ondermijning', '2009', 'FITS'), assessment('utrecht', 'ondermijning', '2010', 'DOES_NOT_FIT'), assessment('zeist', 'ondermijning', '2009', 'FITS'), assessment('utrecht', 'overlast', '2009', 'FITS_WITH_ADAPTATION')];
    expect(currentAssessments(rows).map((row) => row.id).sort()).toEqual(['utrecht-ondermijning-2010', 'utrecht-overlast-2009', 'zeist-ondermijning-2009']);
    expect(currentAssessments([...rows].reverse()).map((row) => row.id).sort()).toEqual(['utrecht-ondermijning-2010', 'utrecht-overlast-2009', 'zeist-ondermijning-2009']);
  });

  it('answers nothing for nothing', () => {
    expect(currentAssessments([])).toEqual([]);
  });
});
