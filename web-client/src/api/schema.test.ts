import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTypeScript } from '../../scripts/openapi-to-ts.mjs';

// The .NET suite checks openapi.json against the running API; this checks schema.d.ts against openapi.json.
describe('generated API types', () => {
  it('are what openapi-typescript makes of the committed OpenAPI snapshot (else run `npm run gen:api`)', async () => {
    const root = resolve(__dirname, '../..');
    const snapshot: unknown = JSON.parse(readFileSync(resolve(root, 'openapi.json'), 'utf8'));
    const committed = readFileSync(resolve(root, 'src/api/schema.d.ts'), 'utf8');
    const generated = await toTypeScript(snapshot);
    expect(generated === committed, 'src/api/schema.d.ts is stale: run `npm run gen:api` in web-client/ and commit it').toBe(true);
  }, 30_000);
});
