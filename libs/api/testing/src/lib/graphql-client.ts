export interface GraphqlError {
  message: string;
  extensions?: { code?: string; messageKey?: string; fields?: Array<{ field: string; messageKey: string }> };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
  headers: Headers;
}

/** A browser-like GraphQL client: JSON POSTs to /graphql that keep the session cookie between calls. */
export class GraphqlClient {
  private cookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  get sessionCookie(): string | null {
    return this.cookie;
  }

  useCookie(cookie: string | null): void {
    this.cookie = cookie;
  }

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
  }

  /** Signs in with a demo account (password "demo") and fails loudly when that does not work. */
  async login(email: string, password = 'demo'): Promise<this> {
    const result = await this.request('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }', { email, password });
    if (result.errors) throw new Error(`login as ${email} failed: ${result.errors[0].message}`);
    return this;
  }
}

/** The error codes of a response, for `expect(codes(result)).toEqual(['FORBIDDEN'])`. */
export function codes(result: GraphqlResponse<unknown>): string[] {
  return (result.errors ?? []).map((error) => error.extensions?.code ?? 'NONE');
}
