// Like containers.mjs, for runs too long to wait for (100 000 containers on a
// shared machine): the script also prints its counter to stderr every 1 000
// containers (one `echo` per 1 000, nothing else changes), and each such line
// is reported with the wall time, CPU time and heap used so far, so a run cut
// short still shows its rate and can be extrapolated. Not used by the cases.
//   node --expose-gc bench/workers/containers-progress.mjs LIB SCRIPT N
// stderr: "1000 wall 5.6 cpu 5.7 heap 56MB" lines; stdout: one JSON line at the end.
import { readFileSync } from "node:fs";

const [lib, scriptPath, nText] = process.argv.slice(2);
const n = Number(nText);
const { World } = await import(lib);
const step = "  i=$((i + 1))\n";
const source = readFileSync(scriptPath, "utf8");
if (!source.includes(step)) throw new Error(`${scriptPath}: no "${step.trim()}" line to report progress at`);
const script = source.replace(step, `  if [ $((i % 1000)) -eq 0 ]; then echo $i >&2; fi\n${step}`);
const gc = globalThis.gc ?? (() => {});

gc();
gc();
const before = process.memoryUsage().heapUsed;
const world = new World({ seed: 1, bare: true, limits: { maxCommands: 1e9, maxEvents: 1e10 } });
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const since = () => {
  const c = process.cpuUsage(c0);
  return `wall ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} cpu ${((c.user + c.system) / 1e6).toFixed(1)}`;
};
const r = await world.run(script, {
  args: [String(n)],
  scriptName: "containers.sh",
  onStderr: (s) => process.stderr.write(`${s.trim()} ${since()} heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}MB\n`),
});
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = process.cpuUsage(c0);
gc();
gc();
const after = process.memoryUsage().heapUsed;
process.stdout.write(
  `${JSON.stringify({ n, ms, cpuMs: (cpu.user + cpu.system) / 1000, heapBefore: before, heapAfter: after, perContainer: (after - before) / n, status: r.status, keep: world.hosts.size })}\n`,
);
