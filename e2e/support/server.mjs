// Starts the real web server (nginx with deploy/nginx.conf, via scripts/serve.sh) on a
// free loopback port for the tests, and stops it afterwards.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

export const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
export const dist = path.join(root, 'dist');

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Changes a file of a copy of dist/ by hand, as the fault and update tests do: its Brotli
 * copy (`file.br`, which nginx would send in its place) goes, so that the change is sent.
 */
export function alterServedFile(file, content) {
  fs.writeFileSync(file, content);
  fs.rmSync(`${file}.br`, { force: true });
}

/**
 * Serves `dir` (dist/ unless told; the benchmarks serve their own builds). `inlineStyles`
 * lets its pages set style attributes (scripts/serve.sh: the vis-timeline peer).
 */
export async function startServer(dir = dist, { inlineStyles = false } = {}) {
  if (dir === dist && !fs.existsSync(path.join(dist, 'sitemap.xml'))) {
    throw new Error('dist/ is not built: run `make dist` first');
  }
  const port = await freePort();
  const child = spawn('bash', [path.join(root, 'scripts/serve.sh'), dir, String(port)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: inlineStyles ? { ...process.env, SERVE_INLINE_STYLES: '1' } : process.env,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    stop: () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } },
  };
}

/** Every page path the site publishes, from the sitemap the pre-render step wrote. */
export function sitePaths() {
  const xml = fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
}

/**
 * Whether a page is one without wasm (`WITHOUT_WASM` in src/wasm_files.rs: the home, safety,
 * table of every incident, teacher's guide, sources and not-found pages): pre-rendered,
 * with nothing to take over.
 * Only the statistics and the school tools have a wasm file.
 */
export const withoutWasm = (p) => !/^\/[a-z]{2}\/(statistics|schools\/(quiz|classroom|check))\/$/.test(p);

/** The language a path is written in: its prefix; `/` is Azerbaijani. */
export const langOf = (p) => p.split('/')[1] || 'az';
