// Child process of cases/08-flannel.mjs (run with --expose-gc):
//   node --expose-gc bench/workers/flannel.mjs LIB SCRIPT HOSTS PODS PAIRS
// Runs bench/scripts/flannel.sh in one World in two timed halves (`build`,
// then `ping` in the same world) and prints one JSON line: wall and CPU ms of
// each half, heap used after GC before and after the build (the World kept
// alive), both outputs, and whether every pair answered.
import { readFileSync } from "node:fs";

const [lib, scriptPath, hosts, pods, pairs] = process.argv.slice(2);
const { World } = await import(lib);
const script = readFileSync(scriptPath, "utf8");
const gc = globalThis.gc ?? (() => {});

async function half(world, stage) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const r = await world.run(script, { args: [hosts, pods, pairs, stage], scriptName: "flannel.sh" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, status: r.status, stdout: r.stdout.slice(-300), stderr: r.stderr.slice(0, 300) };
}

gc(); gc();
const heapBefore = process.memoryUsage().heapUsed;
const world = new World({ seed: 1, bare: true, limits: { maxCommands: 1e9, maxEvents: 1e10 } });
const build = await half(world, "build");
gc(); gc();
const heapAfter = process.memoryUsage().heapUsed;
const ping = await half(world, "ping");
const ok =
  build.status === 0 &&
  build.stderr === "" &&
  build.stdout === `built: ${hosts} nodes, ${Number(hosts) * Number(pods)} pods\n` &&
  ping.status === 0 &&
  ping.stdout === `pinged: ${pairs} pairs, ${pairs} answered\n`;
process.stdout.write(
  `${JSON.stringify({ hosts: Number(hosts), pods: Number(pods), pairs: Number(pairs), build, ping, heapBefore, heapAfter, rssMb: process.memoryUsage().rss / 1e6, ok, keep: world.hosts.size })}\n`,
);
