import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { codes } from '@regie/api/testing';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, TestApp } from '../support/test-app';

const post = (app: TestApp, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the GraphQL surface', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('matches the committed api/schema.graphql (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8').replace(/^#.*\n/gm, '').trim();
    const live = printSchema(lexicographicSortSchema(app.nest.get(GraphQLSchemaHost).schema)).trim();
    expect(live).toBe(committed);
  });

  it('refuses operations nested deeper than the limit', async () => {
    const client = await app.as('bureau@regie.example');
    const deep = '{ regions { municipalities { region { municipalities { region { municipalities { region { municipalities { name } } } } } } } } }';
    const result = await client.request(deep);
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0].message).toMatch(/depth 9 exceeds the limit of 8/);
  });

  it('refuses batched requests', async () => {
    const response = await post(app, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBe(400);
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const response = await post(app, JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('never answers bad input with INTERNAL_SERVER_ERROR', async () => {
    const client = await app.as('admin@regie.example');
    const attempts = [
      client.request('{ strategy(id: "not-a-uuid") { id } }'),
      client.request('{ theme(id: "") { id } }'),
      client.request('{ nonsense }'),
      client.request('mutation { updateMunicipality(input: { id: "x", version: 0 }) { id } }'),
      client.request('{ auditEvents(filter: { limit: 100000 }) { total } }'),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(codes(result).length).toBeGreaterThan(0);
      expect(codes(result)).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  it('answers /health once the database answers', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('in production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production', DEMO_MODE: 'false', BOOTSTRAP_ADMIN_EMAIL: 'beheer@regie.example', BOOTSTRAP_ADMIN_PASSWORD: 'een lang wachtwoord' });
  });
  afterAll(() => app.close());

  it('turns introspection and field suggestions off', async () => {
    const client = await app.as('beheer@regie.example', 'een lang wachtwoord');
    expect(codes(await client.request('{ __schema { types { name } } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typo = await client.request('{ regoins { name } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses to start with demo accounts', async () => {
    await expect(startTestApp({ NODE_ENV: 'production', DEMO_MODE: 'true' })).rejects.toThrow(/DEMO_MODE=true is refused/);
  });
});
