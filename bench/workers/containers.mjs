// Child process of cases/04-containers.mjs (run with --expose-gc):
//   node --expose-gc bench/workers/containers.mjs LIB SCRIPT N
// Builds N containers in one World with bench/scripts/SCRIPT and prints one
// JSON line: wall and CPU ms of world.run, heap used after GC before and after (the
// World kept alive), the exit status, and a check that the last container
// came out right (its eth0 address and default route).
import { readFileSync } from "node:fs";

const [lib, scriptPath, nText] = process.argv.slice(2);
const n = Number(nText);
const { World } = await import(lib);
const script = readFileSync(scriptPath, "utf8");
const gc = globalThis.gc ?? (() => {});

gc(); gc();
const before = process.memoryUsage().heapUsed;
const world = new World({ seed: 1, bare: true, limits: { maxCommands: 1e9, maxEvents: 1e10 } });
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const r = await world.run(script, { args: [String(n)], scriptName: "containers.sh" });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
// CPU time too: on a shared machine it moves much less than wall time.
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
gc(); gc();
const after = process.memoryUsage().heapUsed;
const b = Math.floor((n - 1) / 1000);
const h = ((n - 1) % 1000) + 2;
const check = await world.run(`ip -n c${n} -4 -o addr show eth0; ip -n c${n} route show default`);
const ok =
  r.status === 0 &&
  r.stderr === "" &&
  check.stdout.includes(`inet 10.${b}.${h >> 8}.${h & 255}/16`) &&
  check.stdout.includes(`default via 10.${b}.0.1 dev eth0`);
process.stdout.write(
  `${JSON.stringify({ n, ms, cpuMs, heapBefore: before, heapAfter: after, perContainer: (after - before) / n, status: r.status, ok, stderr: r.stderr.slice(0, 300), check: check.stdout.slice(0, 300), keep: world.hosts.size })}\n`,
);
