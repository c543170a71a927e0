import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The real API (which serves the built web app) on a fresh SQLite database, in Development so the demo accounts
// exist. The config is read again by every worker: only the first reading (the runner's) makes the new folder, and
// the workers inherit its name through the environment.
process.env.PETITIONS_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'petitions-e2e-'));
const data = process.env.PETITIONS_E2E_DATA;
const port = Number(process.env.PETITIONS_E2E_PORT ?? 5181);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // The README's one command: builds the web app into wwwroot/ when it is missing or stale, then serves both.
    command: `dotnet run --project ../api/Petitions.Api --no-launch-profile --urls ${baseURL}`,
    url: `${baseURL}/swagger/v1/swagger.json`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: process.env.PETITIONS_E2E_LOG ? 'pipe' : 'ignore',
    stderr: 'pipe',
    env: {
      ASPNETCORE_ENVIRONMENT: 'Development',
      ConnectionStrings__Petitions: `Data Source=${join(data, 'e2e.db')}`,
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
    },
  },
});
