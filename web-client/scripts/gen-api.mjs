// Regenerates openapi.json and src/api/schema.d.ts from the API.
//   npm run gen:api                       starts the API (dotnet run, temporary database) and reads its document
//   PETITIONS_API=http://localhost:5080 npm run gen:api   reads the document of an API that is already running
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotText, toTypeScript } from './openapi-to-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function fetchDocument(base) {
  // A connection made while the API is still starting may never be answered: give up on it and try again.
  const response = await fetch(new URL('/swagger/v1/swagger.json', base), { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET /swagger/v1/swagger.json answered ${response.status}`);
  return response.json();
}

async function withApi(work) {
  if (process.env.PETITIONS_API) return work(process.env.PETITIONS_API);
  const port = 5300 + Math.floor(Math.random() * 500);
  const data = mkdtempSync(join(tmpdir(), 'petitions-gen-'));
  const api = spawn(
    'dotnet',
    ['run', '--project', resolve(root, '../api/Petitions.Api'), '-p:SkipWebClient=true', '--no-launch-profile', '--urls', `http://127.0.0.1:${port}`],
    {
      env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', ConnectionStrings__Petitions: `Data Source=${join(data, 'gen.db')}` },
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its own process group, so the API that `dotnet run` starts is stopped with it.
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work(base);
      } catch (error) {
        if (process.env.GEN_DEBUG) console.error('attempt', attempt, String(error), error.cause ? String(error.cause) : '');
        if (attempt > 240 || api.exitCode !== null) throw error;
        await new Promise((done) => setTimeout(done, 500));
      }
    }
  } finally {
    const stopped = new Promise((done) => (api.exitCode !== null ? done() : api.once('exit', done)));
    const signal = (name) => {
      try {
        process.kill(-api.pid, name);
      } catch {
        /* already gone */
      }
    };
    signal('SIGINT');
    await Promise.race([stopped, new Promise((done) => setTimeout(done, 10_000))]);
    signal('SIGKILL');
    rmSync(data, { recursive: true, force: true });
  }
}

await withApi(async (base) => {
  const spec = await fetchDocument(base);
  writeFileSync(join(root, 'openapi.json'), snapshotText(spec));
  writeFileSync(join(root, 'src/api/schema.d.ts'), await toTypeScript(spec));
  console.log('Wrote openapi.json and src/api/schema.d.ts');
});
