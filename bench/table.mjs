// Prints bench/run's table from its results.tsv (label, pushes, format, tool, wall s, cpu s, peak RSS KB per line).
// Medians over the runs; each ratio is the median of the per-round ratios (round i of datalayer-lint against round
// i of the baseline, run right after it), so a slow moment of a shared machine hits both sides of a ratio.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => {
  const [label, pushes, format, tool, wall, cpu, rss] = line.split('\t');
  return { label, pushes: Number(pushes), format, tool, wall: Number(wall), cpu: Number(cpu), rss: Number(rss) / 1024 };
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const groups = new Map();
for (const row of rows) {
  const key = row.label.startsWith('start') ? `${row.label} ${row.format}` : row.label;
  if (!groups.has(key)) groups.set(key, new Map());
  const byTool = groups.get(key);
  if (!byTool.has(row.tool)) byTool.set(row.tool, []);
  byTool.get(row.tool).push(row);
}
const fmt = (x, d = 2) => x.toFixed(d);
const rate = (pushes, wall) => (pushes > 1 ? ` (${fmt(pushes / wall / 1000, 1)}k pushes/s)` : '');
const lines = [
  '| input | datalayer-lint wall · CPU · RSS | baseline | baseline wall · CPU · RSS | throughput ratio | CPU ratio | RSS ratio |',
  '|---|---|---|---|---|---|---|',
];
for (const [label, byTool] of groups) {
  const lint = byTool.get('datalayer-lint');
  const name = label.startsWith('start ') ? `start-up, one small ${label.slice(6)} file` : `${label.replace(/^(\d+)/, (n) => Number(n).toLocaleString('en'))}`;
  const lw = median(lint.map((r) => r.wall));
  const lintCell = `${fmt(lw)} s${rate(lint[0].pushes, lw)} · ${fmt(median(lint.map((r) => r.cpu)))} s · ${Math.round(median(lint.map((r) => r.rss)))} MB`;
  for (const [tool, base] of byTool) {
    if (tool === 'datalayer-lint') continue;
    const bw = median(base.map((r) => r.wall));
    const pairs = Math.min(lint.length, base.length);
    const ratio = (f) => median(Array.from({ length: pairs }, (_, i) => f(lint[i], base[i])));
    lines.push(`| ${name} | ${lintCell} | ${tool} | ${fmt(bw)} s${rate(base[0].pushes, bw)} · ${fmt(median(base.map((r) => r.cpu)))} s · ${Math.round(median(base.map((r) => r.rss)))} MB | ${fmt(ratio((l, b) => b.wall / l.wall))} | ${fmt(ratio((l, b) => l.cpu / b.cpu))} | ${fmt(ratio((l, b) => l.rss / b.rss))} |`);
  }
}
console.log(lines.join('\n'));
console.log('\nthroughput ratio = baseline wall / datalayer-lint wall (≥ 1: datalayer-lint is as fast or faster);');
console.log('CPU and RSS ratios = datalayer-lint / baseline (≤ 1 is better). Medians of per-round ratios.');
