// Prints the gzipped size of the JavaScript the sign-in and group-leader screens load first (the entry chunk and
// its static imports), and fails the build when it passes the budget. Other screens are React.lazy chunks.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 170;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, '../api/Petitions.Api/wwwroot');
const html = readFileSync(join(out, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+\.css)"/g)].map((m) => m[1]);
const size = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0);
const js = size([...new Set(initial)]);
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(`Initial JavaScript (sign-in and group-leader screens): ${kb(js)} KB gzipped in ${new Set(initial).size} file(s); CSS ${kb(size(css))} KB gzipped; budget ${BUDGET_KB} KB`);
const uncompressed = [...new Set([...initial, ...css])].filter((f) => !existsSync(join(out, `${f}.br`)) || !existsSync(join(out, `${f}.gz`)));
if (uncompressed.length > 0) {
  console.error(`No precompressed .br and .gz beside ${uncompressed.join(', ')} (scripts/precompress.mjs).`);
  process.exit(1);
}
if (js / 1024 > BUDGET_KB) {
  console.error(`Initial JavaScript is over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
