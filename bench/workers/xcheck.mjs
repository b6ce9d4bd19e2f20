// Two builds of nslab on the same random shell scripts (races between
// background jobs and pipelines in one instant, loops, traps, limits):
//   node bench/workers/xcheck.mjs OLD/dist/lib.mjs NEW/dist/lib.mjs RUNS SEED
// Stops at the first script whose status, stdout, stderr, clock (time,
// events run, seq) or next RNG draw differ, and prints it. Used to check
// that a change of the shell's executors is invisible against the build it
// replaces (test/shell/sync-exec.test.ts checks the switch within one build).
import fc from "fast-check";
import { raceScript } from "../../test/support/race-scripts.mjs";
const [oldLib, newLib, runsText, seedText] = process.argv.slice(2);
const O = await import(oldLib), N = await import(newLib);
const script = raceScript();
let n = 0;
for (const s of fc.sample(script, { numRuns: Number(runsText), seed: Number(seedText) })) {
  const r = [];
  for (const L of [O, N]) { const w = new L.World({ seed: 1, bare: true }); const x = await w.run(s); r.push(JSON.stringify([x.status, x.stdout, x.stderr, w.now, w.clock.eventsRun, w.clock.seq, w.rng.u32()])); }
  n++;
  if (r[0] !== r[1]) { console.log("DIFF", JSON.stringify(s), r); process.exit(1); }
}
console.log("same on", n, "scripts");
