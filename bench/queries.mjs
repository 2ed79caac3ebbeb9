// Reads criterion's estimates for benches/queries.rs (target/criterion) and writes the
// `queries` section of BENCHMARKS.md.
import fs from 'node:fs';
import path from 'node:path';
import { root, runInfo, writeSection } from './report.mjs';

const dir = path.join(root, 'target/criterion/100k incidents');
const rows = fs.readdirSync(dir)
  .filter((name) => fs.existsSync(path.join(dir, name, 'new/estimates.json')))
  .map((name) => {
    const estimates = JSON.parse(fs.readFileSync(path.join(dir, name, 'new/estimates.json'), 'utf8'));
    const title = JSON.parse(fs.readFileSync(path.join(dir, name, 'new/benchmark.json'), 'utf8')).function_id;
    const { point_estimate: mean, confidence_interval: ci } = estimates.mean;
    const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(0)} µs`);
    return `| ${title} | ${fmt(mean)} | ${fmt(ci.lower_bound)} – ${fmt(ci.upper_bound)} |`;
  });
writeSection('queries', 'bench/queries.mjs', `## Queries over 100,000 incidents (native)

${runInfo()}
\`benches/queries.rs\` with criterion 0.7: 100,000 synthetic incidents
(\`src/statistics/model/synthetic.rs\`); the filter is two districts, injured, three years. Release build.

| query | mean | 95% interval |
| --- | ---: | ---: |
${rows.join('\n')}`);
