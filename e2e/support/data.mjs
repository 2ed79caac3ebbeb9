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

/** A message of locales/{lang}/{file}.ftl (one line), with `{ $name }` left in place. */
export function message(lang, file, id) {
  const text = fs.readFileSync(path.join(root, 'locales', lang, `${file}.ftl`), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${lang}/${file}.ftl has no ${id}`);
  return line.slice(id.length + 3).trim();
}
