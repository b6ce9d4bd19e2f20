// Child process for bench cases that time part of a script inside one World:
//   node --expose-gc bench/workers/run-script.mjs LIB SETUP-FILE TIMED-FILE [ARGS...]
// Runs SETUP (untimed), then TIMED in the same world, both as bash files with
// ARGS; prints one JSON line with the timed wall and CPU ms, both outputs and statuses.
import { readFileSync } from "node:fs";

const [lib, setupPath, timedPath, ...args] = process.argv.slice(2);
const { World } = await import(lib);
const world = new World({ seed: 1, bare: true, limits: { maxCommands: 1e9, maxEvents: 1e10 } });
const setup = setupPath === "-" ? { status: 0, stdout: "", stderr: "" } : await world.run(readFileSync(setupPath, "utf8"), { args });
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const r = await world.run(readFileSync(timedPath, "utf8"), { args });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
// CPU time (user+sys) as well: on a shared machine wall time swings with the load.
const c = process.cpuUsage(c0);
const cpuMs = (c.user + c.system) / 1000;
process.stdout.write(`${JSON.stringify({ ms, cpuMs, setup, timed: r })}\n`);
