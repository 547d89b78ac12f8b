// `npm start`: build the static site if it is missing or older than the sources, then serve out/ on localhost.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeBasePath } from './base-path.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'out', 'index.html');
const port = process.env.PORT ?? '3000';

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(...['app', 'components', 'content', 'lib'].map((d) => newest(path.join(root, d))));
if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < sources) {
  console.log('Building the site (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`Serving out/ on http://localhost:${port}${normalizeBasePath(process.env.BASE_PATH)}/ (Ctrl+C stops it)`);
const child = spawn(process.execPath, [path.join(root, 'scripts', 'static-server.mjs'), 'out'], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: port } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
