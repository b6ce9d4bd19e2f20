// The executors' value-or-promise convention (src/shell/interp/sync-exec.ts)
// against the awaiting chain (syncExecutors.enabled = false: every executor
// returns the promise its old async version did): random scripts of loops,
// if/elif, functions with return, break/continue N, builtins writing into
// pipes whose reader wakes, `ip` run straight through or failing, commands
// not found, background jobs, pipelines, traps and signals, `wait`, set -e
// and ERR, tcpdump in the background, command substitution — also under an
// event limit and a command budget that stop the run part-way, and with
// world.step() stopping a background loop. Status, output, every namespace's
// devices and counters, the clock and the RNG's next draws must be identical.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { syncExecutors } from "../../src/shell/interp/sync-exec.js";
import { observeSteps, observeWith } from "../support/world-state.js";
import { containerScript } from "../support/container.js";
import { raceScript } from "../support/race-scripts.mjs";

const set = (on: boolean): void => {
  syncExecutors.enabled = on;
};

/** Runs `text` with the sync executors on or off; everything observable as one string. */
function observe(text: string, on: boolean, limits: { maxEvents?: number; maxCommands?: number } = {}): Promise<string> {
  return observeWith(text, set, on, { seed: 11, limits });
}

const CORE = [
  "j=0; while [ $j -lt 3 ]; do j=$((j + 1)); ip link set lo up; done; echo j=$j",
  "until [ $j -ge 2 ]; do j=$((j + 1)); echo u$j; done",
  "for k in a b c; do echo $k; [ $k = b ] && break; done",
  "for k in 1 2 3; do if [ $k -eq 2 ]; then continue; fi; echo k$k; done",
  "for k in 1 2; do for m in 1 2; do if [ $m = 2 ]; then continue 2; fi; echo $k$m; done; done",
  "while :; do while true; do break 2; done; echo never; done; echo out",
  "f() { echo f$1; ip link set lo up; return 3; }; f x; echo r=$?",
  "g() { for k in 1 2 3; do [ $k = 2 ] && return $k; done; }; g; echo g=$?",
  "if ip link set nosuch up 2>/dev/null; then echo yes; elif [ $i -gt 0 ]; then echo elif; else echo no; fi",
  "if false; then :; fi; echo if=$?",
  "{ echo g1; ip link set lo up; echo g2; } | cat",
  "{ for k in 1 2 3; do echo p$k; done; } | { read a; echo got $a; cat; }",
  "{ echo e1 >&2; echo o1; } 2>&1 | cat",
  "echo bg1 & echo fg1; wait",
  "{ for k in 1 2; do echo b$k; ip link set lo up; done; } & for k in 1 2; do echo f$k; done; wait",
  "(( i++ )); echo i=$i",
  "[[ $i -gt 1 ]] && echo big",
  "set -e; true; set +e; echo e=$?",
  "trap 'echo err $?' ERR; false; ip link set nosuch up 2>/dev/null; trap - ERR",
  "ip link set nosuch up; echo st=$?",
  "nosuchcmd; echo nf=$?",
  "shift 0; :; true; false; echo $?",
  "x=$(for k in 1 2; do echo s$k; done); echo \"$x\"",
  "sleep 0.1 & while [ $j -lt 2 ]; do j=$((j + 1)); echo w$j; done; wait",
  "trap 'echo usr1 $i' USR1; kill -USR1 $$; echo after",
  "trap 'echo late $i' USR1; ( sleep 0.2; kill -USR1 $$ ) & for k in 1 2 3; do sleep 0.1; echo t$k; done",
  "exec 3>&1; echo to3 >&3; printf '%s\\n' pf",
  "ip link set lo up > /dev/null; echo $?",
  "ip netns exec c1 ip link set lo up; echo ne=$?",
  "timeout 1 tcpdump -i br0 -n -t -l -c 2 2>&1 &",
  "ip link set vh1 down; ip link set vh1 up",
  "ip -n c1 addr add 2001:db8::$i/64 dev eth0; i=$((i + 1))",
  "ip link add d$i type dummy; ip link set d$i up; i=$((i + 1))",
  "echo $RANDOM; j=0",
  "( exit 3 ); echo sub=$?",
  "bash -c 'for k in 1 2; do echo b$k; ip link set lo up; done; exit 4'; echo $?",
  "case $i in 1) echo one;; *) echo many;; esac",
  "for ((q = 0; q < 2; q++)); do echo q$q; done",
  "cd /tmp; pwd; cd /",
  "read -r v <<< hello; echo v=$v",
  "kill %1 2>/dev/null; echo k=$?",
  "wait $!; echo w=$?",
  "! true; echo neg=$?",
  "time true 2>/dev/null",
  "echo ping | while read l; do echo got $l; done",
  "j=0; while [ $j -lt 60 ]; do j=$((j + 1)); done; echo loop=$j",
  // Loops paying their cost while another process sleeps (the pay is scheduled, not in place).
  "sleep 0.5 & j=0; while [ $j -lt 80 ]; do j=$((j + 1)); done; echo loop=$j; wait",
  "sleep 0.5 & for k in {1..80}; do :; done; echo k=$k; wait",
  "sleep 0.5 & for k in {1..30}; do shift 0; [ $k -gt 0 ]; done; echo k=$k; wait",
];

const core = fc.constantFrom(...CORE);
const wrapped = fc.oneof(
  { weight: 6, arbitrary: core },
  { weight: 1, arbitrary: core.map((s) => `{ ${s}; } &`) },
  { weight: 1, arbitrary: core.map((s) => `( ${s} ) 2>&1 | cat`) },
  { weight: 1, arbitrary: core.map((s) => `for w in 1 2; do ${s}; done`) },
  { weight: 1, arbitrary: core.map((s) => `{ ${s}; } > out.txt 2>&1; cat out.txt`) },
  { weight: 1, arbitrary: core.map((s) => `w=0; while [ $w -lt 2 ]; do w=$((w + 1)); ${s}; done`) },
);

function script(body: string[]): string {
  const lines = ["i=1; j=0", "ip link add br0 type bridge", "ip link set br0 up", containerScript(1), ...body];
  lines.push("wait", "sleep 2", "ip -s link", "echo end $i $j");
  return `${lines.join("\n")}\n`;
}

describe("executors returning a value or a promise (sync-exec.ts)", () => {
  afterEach(() => set(true));

  it("hand-picked: loops, functions, pipes and jobs in one instant", async () => {
    const scripts = [
      "for k in 1 2 3; do echo a$k; done | { read x; echo got $x; cat; }",
      "{ while [ $i -lt 4 ]; do i=$((i + 1)); echo bg$i; done; } & while [ $j -lt 3 ]; do j=$((j + 1)); echo fg$j; done; wait",
      "f() { echo in; return 2; }; { f; echo st=$?; } | cat; f; echo $?",
      "exec 2>&1; { echo x; nosuch; echo y; } | cat; for k in 1 2; do ip link set nosuch up; done",
      "set -e; for k in 1 2; do true; done; (false); echo never",
      "trap 'echo T' EXIT; for k in 1 2; do [ $k = 2 ] && exit 5; echo k$k; done",
      "{ bash -c 'kill -9 $$'; echo after; } 2>&1 | cat; echo done",
    ];
    for (const s of scripts) {
      const t = script([s]);
      expect(await observe(t, true), s).toBe(await observe(t, false));
    }
  }, 120_000);

  // Processes of one instant writing to one output, as in expand-sync.test.ts: where the
  // microtask turns of the executors decide the order (found with the aloneness gate removed).
  it("hand-picked: races decided by the executors' turns", async () => {
    const scripts = [
      "exec 2>&1\nfor k in 1 2; do echo e >&2; done &\n{ v=x; echo \"v=$v\"; ip link set lo up; } & ip link set lo up\nwait\necho end\n",
      "exec 2>&1\n{ if true; then echo t; fi; f() { echo f; }; f; } & f() { echo f; }; f\nfor k in 1 2; do printf '%s|' x; echo; done &\n{ printf '%s|' x; echo; break; } & break\n( f() { echo f; }; f ) 2>&1 | cat\nf() { echo f; }; f\n{ sleep 0; sleep 0; } & sleep 0\nwait\necho end\n",
    ];
    for (const s of scripts) expect(await observe(s, true), s).toBe(await observe(s, false));
  });

  it("random races in one instant", async () => {
    await fc.assert(
      fc.asyncProperty(raceScript(), async (s) => {
        expect(await observe(s, true), s).toBe(await observe(s, false));
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 600_000);

  it("random scripts", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wrapped, { minLength: 1, maxLength: 8 }), async (body) => {
        const t = script(body);
        expect(await observe(t, true)).toBe(await observe(t, false));
      }),
      { numRuns: 40, seed: 20261122, endOnFailure: true },
    );
  }, 600_000);

  it("stops at the same point under an event limit or a command budget", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(wrapped, { minLength: 1, maxLength: 6 }),
        fc.oneof(fc.record({ maxEvents: fc.integer({ min: 20, max: 1500 }) }), fc.record({ maxCommands: fc.integer({ min: 5, max: 200 }) })),
        async (body, limits) => {
          const t = script(body);
          expect(await observe(t, true, limits)).toBe(await observe(t, false, limits));
        },
      ),
      { numRuns: 30, seed: 1122, endOnFailure: true },
    );
  }, 600_000);

  it("stops where world.step() stops, with a background loop", async () => {
    const text = `ip link add br0 type bridge; ip link set br0 up\n${containerScript(1)}\n( k=0; while :; do k=$((k + 1)); if [ $((k % 3)) -eq 0 ]; then ip link set lo up; fi; for m in 1 2; do ip -n c1 link set eth0 down; ip -n c1 link set eth0 up; done; done ) > /dev/null 2>&1 &\necho started\n`;
    for (const step of [1_000_000, 2_500_000, 333_333_333]) expect(await observeSteps(text, set, true, step)).toBe(await observeSteps(text, set, false, step));
  }, 120_000);
});
