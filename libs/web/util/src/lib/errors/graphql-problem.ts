/** The error codes of the Regie API (API-CONTRACT.md), plus what the browser itself can run into. */
export type ProblemCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK'
  | 'UNKNOWN';

export interface FieldProblem {
  field: string;
  messageKey: string;
  /** Values for the message's placeholders, e.g. the actions that still need a goal. */
  params?: Record<string, unknown>;
}

/** What the interface needs to know about a failed request: a code to branch on and keys to translate. */
export interface Problem {
  code: ProblemCode;
  messageKey: string;
  fields: FieldProblem[];
}

const KNOWN_CODES = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'INTERNAL_SERVER_ERROR']);

const DEFAULT_KEYS: Record<ProblemCode, string> = {
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  BAD_USER_INPUT: 'errors.badUserInput',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.conflict',
  TOO_MANY_REQUESTS: 'errors.tooManyAttempts',
  INTERNAL_SERVER_ERROR: 'errors.internal',
  NETWORK: 'errors.network',
  UNKNOWN: 'errors.unknown',
};

interface FormattedError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((item) =>
    typeof item['field'] === 'string' && typeof item['messageKey'] === 'string'
      ? [{ field: item['field'], messageKey: item['messageKey'], ...(isRecord(item['params']) ? { params: item['params'] } : {}) }]
      : [],
  );
}

function graphqlErrorsOf(error: unknown): FormattedError[] | null {
  // Apollo Client 4 raises CombinedGraphQLErrors with the server's `errors`; read it by shape so this
  // library needs no Apollo import and works on plain GraphQL responses too.
  if (isRecord(error) && Array.isArray(error['errors'])) return error['errors'].filter(isRecord);
  return null;
}

/** Reads the first GraphQL error's code, message key and field errors; anything else is a network or unknown problem. */
export function readProblem(error: unknown): Problem {
  const errors = graphqlErrorsOf(error);
  if (!errors) {
    const network = isRecord(error) && (error['name'] === 'ServerError' || error['name'] === 'TypeError' || error['name'] === 'ServerParseError');
    const code: ProblemCode = network ? 'NETWORK' : 'UNKNOWN';
    return { code, messageKey: DEFAULT_KEYS[code], fields: [] };
  }
  const first = errors[0];
  const extensions = first?.extensions ?? {};
  const rawCode = extensions['code'];
  const code: ProblemCode = typeof rawCode === 'string' && KNOWN_CODES.has(rawCode) ? (rawCode as ProblemCode) : 'UNKNOWN';
  const messageKey = typeof extensions['messageKey'] === 'string' ? extensions['messageKey'] : DEFAULT_KEYS[code];
  return { code, messageKey, fields: readFields(extensions['fields']) };
}

/** True when the server says the session is gone (not a wrong password, which is UNAUTHENTICATED too). */
export function isSessionExpired(problem: Problem): boolean {
  return problem.code === 'UNAUTHENTICATED' && problem.messageKey === 'errors.unauthenticated';
}
