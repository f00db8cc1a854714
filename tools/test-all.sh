#!/usr/bin/env bash
# `npm test`: every check Regie has, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
step() { printf '\n== %s\n' "$1"; }

step "lint (with module boundaries)"
npx nx run-many -t lint --outputStyle=static
tools/check-boundaries.sh

step "generated code is up to date"
npm run --silent codegen -- --check

step "unit tests"
npx nx run-many -t test --outputStyle=static

step "API integration tests (PostgreSQL server when one answers, embedded otherwise)"
npx nx run api:integration --outputStyle=static

step "build"
npx nx run-many -t build -p api web --outputStyle=static

step "browser tests (Playwright, Debian's Chromium)"
npx playwright test --config e2e/playwright.config.ts
