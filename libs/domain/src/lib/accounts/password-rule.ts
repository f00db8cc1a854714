import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * Why a password is refused (a translation key), or null when it is acceptable: long enough, not one of
 * the common passwords (also not with a trivial suffix of digits or "!") and not one character repeated.
 */
export function passwordProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'password.tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'password.tooLong';
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d!.?]+$/, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem) || new Set(lower).size <= 2) return 'password.tooCommon';
  return null;
}
