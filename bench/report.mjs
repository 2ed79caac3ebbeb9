// Shared by the benchmark scripts: where and on what they ran, and writing one section
// of BENCHMARKS.md between its markers (the other sections are kept).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(fileURLToPath(import.meta.url), '../..');

export function runInfo() {
  let commit = 'uncommitted';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
    if (execSync('git status --porcelain --untracked-files=no', { cwd: root }).toString().trim()) commit += ' with uncommitted changes';
  } catch { /* not a checkout */ }
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`;
  return `Measured ${new Date().toISOString().slice(0, 10)} at commit \`${commit}\` on ${machine}.`;
}

/**
 * Replaces the `name` section of BENCHMARKS.md (or appends it); of the file BENCH_REPORT
 * names instead, if set (`make bench-check` keeps its quick figures out of BENCHMARKS.md).
 */
export function writeSection(name, script, body) {
  const section = `<!-- ${name}:start (written by \`make bench\`: ${script}) -->\n${body.trim()}\n<!-- ${name}:end -->`;
  const target = process.env.BENCH_REPORT ? path.resolve(root, process.env.BENCH_REPORT) : path.join(root, 'BENCHMARKS.md');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`<!-- ${name}:start[\\s\\S]*?<!-- ${name}:end -->`);
  fs.writeFileSync(target, pattern.test(existing) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}\n`);
  console.log(section);
}
