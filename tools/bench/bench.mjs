// Timings of the hot screens against the built portal with the demo data: `npm run bench`.
// Budgets are per request, at the 95th percentile, on this 2-core machine with the embedded engine, about
// three times what an idle machine measured (November 2026); a miss exits non-zero.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kind, parse, print, visit } from 'graphql';

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const DATA_DIR = `/tmp/regie-bench-${process.pid}`;

/** Operation name → [variables, p95 budget in ms]. Variables may be functions of earlier answers. */
const SCENARIOS = [
  ['StrategyOverview', () => ({}), 100],
  ['StrategyTree', () => ({}), 200],
  ['ThemePage', ({ themeId }) => ({ id: themeId, includeEnded: true }), 250],
  ['LocalFitMatrix', ({ strategyId }) => ({ strategyId }), 100],
  ['ProgressReportPage', ({ reportId }) => ({ id: reportId }), 150],
  ['MyTasks', () => ({}), 100],
  ['AuditEvents', () => ({ filter: { limit: 50 } }), 100],
];

function documents() {
  const dir = 'libs/web/data-access/src/lib';
  const files = readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.graphql'));
  const definitions = files.flatMap((file) => parse(readFileSync(join(dir, String(file)), 'utf8')).definitions);
  const fragments = new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return (name) => {
    const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
    if (!operation) throw new Error(`No operation ${name} in ${dir}`);
    const needed = new Map();
    const collect = (node) => visit(node, { FragmentSpread: ({ name: { value } }) => { if (!needed.has(value)) { needed.set(value, fragments.get(value)); collect(fragments.get(value)); } } });
    collect(operation);
    return [operation, ...needed.values()].map(print).join('\n');
  };
}

async function waitForHealth() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The portal did not start.');
}

async function main() {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const server = spawn('node', ['dist/api/main.js'], { env: { ...process.env, PORT: String(PORT), DATA_DIR, DEMO_MODE: 'true', NODE_ENV: 'development', LOGIN_MAX_FAILURES: '50' }, stdio: 'ignore' });
  try {
    await waitForHealth();
    const documentOf = documents();
    let cookie = '';
    const request = async (query, variables) => {
      const response = await fetch(`${BASE}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    await request('mutation { login(email: "bureau@regie.example", password: "demo") { id } }');
    const overview = await request(documentOf('StrategyOverview'));
    const strategy = overview.strategies[0];
    const cycles = await request('query ($id: ID!) { reportCycles(strategyId: $id) { reports { id } } }', { id: strategy.id });
    const context = { themeId: strategy.themes[0].id, strategyId: strategy.id, reportId: cycles.reportCycles.flatMap((cycle) => cycle.reports)[0].id };

    let failed = false;
    console.log(`scenario                      p50 ms   p95 ms   budget`);
    for (const [name, variables, budget] of SCENARIOS) {
      const query = documentOf(name);
      for (let i = 0; i < 3; i += 1) await request(query, variables(context));
      const times = [];
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        await request(query, variables(context));
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const p50 = times[Math.floor(RUNS * 0.5)];
      const p95 = times[Math.min(RUNS - 1, Math.floor(RUNS * 0.95))];
      const ok = p95 <= budget;
      failed ||= !ok;
      console.log(`${name.padEnd(28)} ${p50.toFixed(0).padStart(7)} ${p95.toFixed(0).padStart(8)} ${String(budget).padStart(8)} ${ok ? 'ok' : 'OVER BUDGET'}`);
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    server.kill();
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

await main();
