// Two builds of nslab on the same random shell scripts (races between
// background jobs and pipelines in one instant, loops, traps, limits):
//   node bench/workers/xcheck.mjs OLD/dist/lib.mjs NEW/dist/lib.mjs RUNS SEED
// Stops at the first script whose status, stdout, stderr, clock (time,
// events run, seq) or next RNG draw differ, and prints it. Used to check
// that a change of the shell's executors is invisible against the build it
// replaces (test/shell/sync-exec.test.ts checks the switch within one build).
import fc from "fast-check";
const [oldLib, newLib, runsText, seedText] = process.argv.slice(2);
const O = await import(oldLib), N = await import(newLib);
const S = ["printf '%s|' x; echo", "v=x; echo \"v=$v\"", "echo a", "ip link set lo up", "true", "[ 1 -eq 1 ] && echo eq", "for k in 1 2; do echo k$k; done", "j=0; while [ $j -lt 2 ]; do j=$((j + 1)); echo w$j; done", "if true; then echo t; fi", "f() { echo f; }; f", "nosuch 2>/dev/null; echo nf", "ip link set nosuch up", "echo e >&2", "break", "sleep 0", "kill -USR1 $$", "trap 'echo tr' USR1", "echo $RANDOM >/dev/null", "x=$(echo s); echo $x", "wait", "(( i++ )); echo i$i", "false || echo or && echo and"];
const simple = fc.constantFrom(...S);
const stmt = fc.oneof(
  { weight: 3, arbitrary: simple },
  { weight: 2, arbitrary: fc.tuple(simple, simple).map(([a, b]) => `{ ${a}; ${b}; } & ${b}`) },
  { weight: 2, arbitrary: fc.tuple(simple, simple).map(([a, b]) => `${a} | { ${b}; cat; }`) },
  { weight: 1, arbitrary: simple.map((a) => `( ${a} ) 2>&1 | cat`) },
  { weight: 1, arbitrary: simple.map((a) => `for k in 1 2; do ${a}; done &`) },
  { weight: 1, arbitrary: fc.tuple(simple, simple).map(([a, b]) => `while [ $i -lt 3 ]; do i=$((i+1)); ${a}; ${b}; done`) },
);
const script = fc.array(stmt, { minLength: 1, maxLength: 8 }).map((s) => `i=0; exec 2>&1\n${s.join("\n")}\nwait\necho end\n`);
let n = 0;
for (const s of fc.sample(script, { numRuns: Number(runsText), seed: Number(seedText) })) {
  const r = [];
  for (const L of [O, N]) { const w = new L.World({ seed: 1, bare: true }); const x = await w.run(s); r.push(JSON.stringify([x.status, x.stdout, x.stderr, w.now, w.clock.eventsRun, w.clock.seq, w.rng.u32()])); }
  n++;
  if (r[0] !== r[1]) { console.log("DIFF", JSON.stringify(s), r); process.exit(1); }
}
console.log("same on", n, "scripts");
