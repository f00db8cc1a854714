import { ValidationError } from '@regie/api/core';
import { refuseOnProblems } from './rule-problems';

describe('refuseOnProblems', () => {
  it('passes when no rule is broken', () => {
    expect(refuseOnProblems([])).toBeUndefined();
  });

  it('refuses with BAD_USER_INPUT naming the field, the message key and an English message', () => {
    let refusal: unknown;
    try {
      refuseOnProblems([{ field: 'adaptationAsked', messageKey: 'localFit.validation.adaptationRequired' }]);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).code).toBe('BAD_USER_INPUT');
    expect((refusal as ValidationError).fields).toEqual([{ field: 'adaptationAsked', messageKey: 'localFit.validation.adaptationRequired', message: 'Say which adaptation is asked of the region.' }]);
  });
});
