// The one way the API's OpenAPI document becomes src/api/schema.d.ts: used by `npm run gen:api` and by the
// test that fails when the committed types are stale.
import openapiTS, { astToString } from 'openapi-typescript';

export const header =
  '// Generated from web-client/openapi.json by `npm run gen:api` (openapi-typescript). Do not edit by hand.\n';

/** The API writes every property of every object it answers (JsonIgnoreCondition.Never), so all are required. */
export async function toTypeScript(spec) {
  const ast = await openapiTS(spec, { propertiesRequiredByDefault: true, alphabetize: false });
  return header + astToString(ast);
}

/** The snapshot's text: two-space JSON with a final newline, as the .NET snapshot test compares it. */
export function snapshotText(spec) {
  return JSON.stringify(spec, null, 2) + '\n';
}
