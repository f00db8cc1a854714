import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 3210);
const dataDir = process.env['E2E_DATA_DIR'] ?? `/tmp/regie-e2e-${process.pid}`;

/** Journeys through the built portal (npm run build) on a fresh embedded database, in Debian's Chromium. */
export default defineConfig({
  testDir: './tests',
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? 'list' : [['list'], ['html', { open: 'never', outputFolder: '../dist/playwright-report' }]],
  outputDir: '../dist/test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && node dist/api/main.js`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: { PORT: String(port), DATA_DIR: dataDir, DEMO_MODE: 'true', NODE_ENV: 'development', LOGIN_MAX_FAILURES: '50' },
  },
});
