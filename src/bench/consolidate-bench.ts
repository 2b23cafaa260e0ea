/**
 * `npm run bench`: consolidation of 10, 100 and 1000 generated departmental workbooks (the real 淮安 2024
 * city figures split across that many departments; template and hand-made layouts mixed, see
 * src/consolidate/demoSet.ts), next to the floor of the same files (unzip + SAX-parse the sheet XML only).
 * Prints files per second, peak memory (RSS and heap, sampled) and the time ratio to the floor, and checks
 * that each consolidation gives back the published city figures.
 *
 * Usage: node dist/bench/consolidate-bench.js [SIZES...] [--keep]   (default sizes 10 100 1000)
 * Files are generated into the system's temporary folder and removed afterwards unless --keep.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { performance } from 'perf_hooks';
import { departmentSet } from '../consolidate/demoSet';
import { publishedReportFigures } from '../examples/published';
import { loadExampleJson } from '../examples/node';
import { consolidateFiles } from '../consolidate/node/files';
import { writeDepartmentFiles } from '../consolidate/node/demoFiles';
import { parseSheetXml } from './floor';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * Peak memory while a task runs, sampled every 2 ms and at every `sample()` call; plus the live heap
 * (heapUsed right after a full GC) at ten checkpoints through the files, which shows what the run
 * keeps, as opposed to garbage not yet collected.
 */
class MemoryPeak {
  rss = 0;
  heap = 0;
  live = 0;
  private timer: NodeJS.Timeout | undefined;
  start(): void {
    gc();
    this.rss = 0;
    this.heap = 0;
    this.live = process.memoryUsage().heapUsed;
    this.sample();
    this.timer = setInterval(() => this.sample(), 2);
  }
  checkpoint(): void {
    this.sample();
    gc();
    const live = process.memoryUsage().heapUsed;
    if (live > this.live) this.live = live;
  }
  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.rss) this.rss = m.rss;
    if (m.heapUsed > this.heap) this.heap = m.heapUsed;
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.sample();
  }
}

interface Measure {
  readonly seconds: number;
  /** CPU time of this process (user + system): steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly rssMB: number;
  readonly heapMB: number;
  /** Largest live heap (after a full GC) at the checkpoints. */
  readonly liveMB: number;
  /** heapUsed after the task and a full GC, minus before: what the task keeps. */
  readonly retainedMB: number;
}

async function measure(total: number, task: (sample: () => void) => Promise<unknown>): Promise<{ m: Measure; value: unknown }> {
  const peak = new MemoryPeak();
  gc();
  const base = process.memoryUsage().heapUsed;
  peak.start();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const every = Math.max(1, Math.ceil(total / 10));
  let done = 0;
  const value = await task(() => (++done % every === 0 ? peak.checkpoint() : peak.sample()));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak.stop();
  gc();
  const retained = process.memoryUsage().heapUsed - base;
  const mb = (n: number) => n / (1024 * 1024);
  return { m: { seconds, cpuSeconds, rssMB: mb(peak.rss), heapMB: mb(peak.heap), liveMB: mb(peak.live), retainedMB: mb(retained) }, value };
}


const pad = (s: string | number, n: number) => String(s).padStart(n);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keep = args.indexOf('--keep') >= 0;
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const runs = sizes.length > 0 ? sizes : [10, 100, 1000];
  const published = publishedReportFigures(loadExampleJson('huaian-2024'));
  const city = published.figures;
  console.log(`Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0].model}), ${os.platform()} ${os.arch()}`);
  console.log('Departmental workbooks: 淮安 2024 city figures split across N departments (2/3 our template, 1/3 hand-made layouts).\n');
  const rows: string[] = [];
  for (const n of runs) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nianbao-bench-${n}-`));
    try {
      const g0 = Date.now();
      const files = await writeDepartmentFiles(dir, departmentSet(city, published.year, n));
      const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
      console.log(`N=${n}: generated ${n} files (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${((Date.now() - g0) / 1000).toFixed(1)} s`);

      const floor = await measure(n, async (sample) => {
        let cells = 0;
        for (const f of files) {
          cells += (await parseSheetXml(f)).cells;
          sample();
        }
        return cells;
      });
      const run = await measure(n, async (sample) => (await consolidateFiles([dir], { onFile: () => sample() })).result);
      const result = run.value as Awaited<ReturnType<typeof consolidateFiles>>['result'];
      const wrong = Object.keys(city.cells).filter((k) => city.cells[k].value !== result.summary.cells[k].value);
      const included = result.sources.filter((s) => s.status === 'included').length;
      const check = wrong.length === 0 && included === n ? 'equal to the published figures' : `MISMATCH: ${wrong.length} figures differ, ${included}/${n} included`;
      const line = (label: string, m: Measure) =>
        `  ${label.padEnd(28)}${pad((n / m.seconds).toFixed(1), 9)} files/s ${pad(m.seconds.toFixed(2), 8)} s (CPU ${pad(m.cpuSeconds.toFixed(2), 6)} s)   peak RSS ${pad(m.rssMB.toFixed(0), 5)} MB   peak heap ${pad(m.heapMB.toFixed(0), 5)} MB   live heap ${pad(m.liveMB.toFixed(1), 5)} MB   retained ${pad(m.retainedMB.toFixed(2), 6)} MB`;
      console.log(line('floor (unzip + SAX XML):', floor.m));
      console.log(line('consolidation:', run.m));
      console.log(`  ratio consolidation/floor: ${(run.m.seconds / floor.m.seconds).toFixed(1)}× wall time, ${(run.m.cpuSeconds / floor.m.cpuSeconds).toFixed(1)}× CPU time; result ${check}; ${floor.value} cells parsed by the floor\n`);
      rows.push(
        `| ${n} | ${(n / run.m.seconds).toFixed(1)} | ${(n / floor.m.seconds).toFixed(1)} | ${(run.m.seconds / floor.m.seconds).toFixed(1)}× | ${(run.m.cpuSeconds / floor.m.cpuSeconds).toFixed(1)}× | ${run.m.rssMB.toFixed(0)} / ${floor.m.rssMB.toFixed(0)} | ${run.m.heapMB.toFixed(0)} / ${floor.m.heapMB.toFixed(0)} | ${run.m.liveMB.toFixed(1)} / ${floor.m.liveMB.toFixed(1)} | ${run.m.retainedMB.toFixed(2)} |`,
      );
      if (wrong.length > 0 || included !== n) process.exitCode = 1;
    } finally {
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
      else console.log(`  files kept in ${dir}`);
    }
  }
  console.log('| files | consolidation files/s | floor files/s | wall-time ratio | CPU-time ratio | peak RSS MB (cons./floor) | peak heap MB (cons./floor) | live heap MB after GC (cons./floor) | retained heap MB |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
