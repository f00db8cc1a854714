import { COMMON_PASSWORDS } from './common-passwords';
import { passwordProblem, PASSWORD_MIN_LENGTH } from './password-rule';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('paarse-olifant-fietst-naar-Zeist')).toBeNull();
    expect(passwordProblem('x'.repeat(5) + 'abcdefgh')).toBeNull();
  });

  it.each(['', 'kort', 'elf-tekens!', 'a'.repeat(PASSWORD_MIN_LENGTH - 1)])('refuses %p as too short', (password) => {
    expect(passwordProblem(password)).toBe('password.tooShort');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('😀'.repeat(6))).toBe('password.tooShort');
  });

  it.each(['wachtwoord123', 'Password2024', 'WELKOMWELKOM', 'wachtwoord2026!', 'qwertyuiop123', 'correcthorsebatterystaple', 'aaaaaaaaaaaaaa', 'abababababab'])(
    'refuses the common or trivial %p',
    (password) => {
      expect(passwordProblem(password)).toBe('password.tooCommon');
    },
  );

  it('refuses every listed password of the minimum length or longer', () => {
    const long = [...COMMON_PASSWORDS].filter((common) => common.length >= PASSWORD_MIN_LENGTH);
    expect(long.length).toBeGreaterThan(20);
    expect(long.filter((common) => passwordProblem(common) !== 'password.tooCommon')).toEqual([]);
  });

  it('refuses absurdly long input', () => {
    expect(passwordProblem('a1b2c3d4e5'.repeat(30))).toBe('password.tooLong');
  });

  it('ships a list of a few hundred entries', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(300);
  });
});
