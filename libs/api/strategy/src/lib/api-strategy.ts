export function apiStrategy(): string {
  return 'api-strategy';
}
