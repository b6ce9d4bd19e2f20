// Random scripts whose processes run in one virtual instant and write to one
// output (`{ a; b; } & b`, `a | { b; cat; }`, …), where the microtask turns of
// the shell's executors decide the order of effects. Shared by
// test/shell/sync-exec.test.ts and bench/workers/xcheck.mjs (two builds).
import fc from "fast-check";

/** Statements the races are made of. */
export const RACE = [
  "printf '%s|' x; echo", "v=x; echo \"v=$v\"", "echo a", "ip link set lo up", "true", "[ 1 -eq 1 ] && echo eq",
  "for k in 1 2; do echo k$k; done", "j=0; while [ $j -lt 2 ]; do j=$((j + 1)); echo w$j; done", "if true; then echo t; fi",
  "f() { echo f; }; f", "nosuch 2>/dev/null; echo nf", "ip link set nosuch up", "echo e >&2", "break", "sleep 0",
  "kill -USR1 $$", "trap 'echo tr' USR1", "echo $RANDOM >/dev/null", "x=$(echo s); echo $x", "wait", "(( i++ )); echo i$i",
  "false || echo or && echo and",
];

/** @returns {fc.Arbitrary<string>} a whole script */
export function raceScript() {
  const simple = fc.constantFrom(...RACE);
  const stmt = fc.oneof(
    { weight: 3, arbitrary: simple },
    { weight: 2, arbitrary: fc.tuple(simple, simple).map(([a, b]) => `{ ${a}; ${b}; } & ${b}`) },
    { weight: 2, arbitrary: fc.tuple(simple, simple).map(([a, b]) => `${a} | { ${b}; cat; }`) },
    { weight: 1, arbitrary: simple.map((a) => `( ${a} ) 2>&1 | cat`) },
    { weight: 1, arbitrary: simple.map((a) => `for k in 1 2; do ${a}; done &`) },
    { weight: 1, arbitrary: fc.tuple(simple, simple).map(([a, b]) => `while [ $i -lt 3 ]; do i=$((i + 1)); ${a}; ${b}; done`) },
  );
  return fc.array(stmt, { minLength: 1, maxLength: 8 }).map((s) => `i=0; exec 2>&1\n${s.join("\n")}\nwait\necho end\n`);
}
