// The data files the pages are built from, so a test (or a benchmark) computes what a
// page should show instead of copying it from the page.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './server.mjs';

/** The rows of a file in data/ as objects (the files have no quoted commas). */
export function readCsv(name) {
  const [header, ...lines] = fs.readFileSync(path.join(root, 'data', name), 'utf8').trim().split('\n');
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])));
}
