// Scheduler.sleepInPlace (the shell pays a command's CPU cost without a
// scheduler round trip when it is the only process and, if events fall due
// meanwhile, no other process waits) and exec.ts runAlone (an `ip` that
// modifies run straight through when the shell is the only process there
// is) against the scheduled paths, each alone and both together: random
// scripts with background jobs, pipes, command substitution, sleep, ping,
// tcpdump, traps and signals, `wait`, failing commands, redirections and
// IPv6 bring-up (timers due inside the sleeps), run with the path on and
// off; the output, status, every namespace's counters and drops, the clock
// (time, events run, timers made) and the RNG's next draws must be
// identical — also with an event limit that stops the run part-way, and
// with world.step() stopping a background loop mid-way.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { inPlaceSleeps, LimitExceeded, Scheduler } from "../../src/sim/scheduler.js";
import { Clock } from "../../src/sim/clock.js";
import { runAloneSwitch } from "../../src/kernel/task/exec.js";
import { observeSteps, observeWith } from "../support/world-state.js";
import { containerScript } from "../support/container.js";

const set = (on: boolean): void => {
  inPlaceSleeps.enabled = on;
  runAloneSwitch.enabled = on;
};
const setSleeps = (on: boolean): void => {
  inPlaceSleeps.enabled = on;
};
const setRunAlone = (on: boolean): void => {
  runAloneSwitch.enabled = on;
};


const STMTS = [
  "ip -n c1 link set lo up",
  "ip link set vh1 down; ip link set vh1 up",
  "ip -n c2 addr add 2001:db8::$i/64 dev eth0; i=$((i + 1))",
  "ip -6 addr add 2001:db8:1::$i/64 dev br0 2>&1; i=$((i + 1))",
  "sleep 0", "sleep 0.1", "sleep 1",
  "ip netns exec c1 ping -c 2 -i 0.2 -W 1 10.0.0.3 > /dev/null; echo ping $?",
  "timeout 2 tcpdump -i vh1 -n -t -l -c 3 2>&1 &",
  "ip netns exec c2 timeout 1 tcpdump -i eth0 -n -t -l 2>/dev/null | head -2 &",
  "trap 'echo usr1 $i' USR1; kill -USR1 $$",
  "trap 'echo usr1 late $i' USR1; ( sleep 0.5; kill -USR1 $$ ) & sleep 1; echo after",
  "x=$(ip -o link show lo | cut -c1-12); echo \"x=$x\"",
  "ip link set nosuch up; echo st=$?",
  "ip link show lo > o.txt; wc -l < o.txt",
  "ip addr show dev nosuch 2> e.txt; cat e.txt",
  "wait", "wait $!; echo w=$?",
  "for k in 1 2 3; do ip -n c1 link set lo up; done",
  "j=0; while [ $j -lt 4 ]; do j=$((j + 1)); ip link set lo up; done &",
  "echo abc | cat | tr a b",
  "sleep 0.3 & sleep 0.2; echo fg",
  "bash -c 'ip link set lo up; exit 3'; echo $?",
  "( ip link set lo up; sleep 0.1 ) | cat",
  "ip link add d$i type dummy; ip link set d$i up; i=$((i + 1))",
  "echo $RANDOM > /dev/null; ip -n c2 link set eth0 down; ip -n c2 link set eth0 up",
  "ip -n c1 route add 10.9.0.0/16 via 10.0.0.1 2>&1; ip -n c1 route del 10.9.0.0/16 2>&1",
  "{ ip link set lo up; echo grp; } 2>&1 | cat &",
  "kill %1 2>/dev/null; echo k=$?",
  "false; ip link set lo up || echo no",
  "ip -n c1 addr add 10.0.0.2/16 dev eth0; echo a=$?",
  "ip netns add c1; ip netns add c$i; ip netns del c$i; i=$((i + 1))",
  "ip -n nosuch link set lo up; ip -n c1 -n c2 link set lo up",
  "ip link del nosuch; ip link add vh1 type veth peer name zz$i",
  "ip route add 10.7.0.0/16 via 10.0.0.9 dev br0; ip addr add 10.0.0.1/16 dev br0; ip route add 10.7.0.0/16 via 10.0.0.9; ip route del 10.7.0.0/16",
  "ip -6 route add 2001:db8:9::/64 dev br0; ip route del 2001:db8:9::/64 dev br0",
  "ip link set lo up > f.txt; ip link set nosuch up 2> e2.txt; cat f.txt e2.txt",
  "ip link set nosuch up 2>&1 | cat; ip link set nosuch up 2>/dev/null; echo $?",
  "exec 3>&2; ip addr del 10.9.9.9/8 dev lo 2>&3",
  "timeout 1 ip monitor neigh &",
  "ip neigh add 10.0.0.$((50 + i)) lladdr 02:00:00:00:00:01 dev br0 2>&1; i=$((i + 1))",
  "ip link set br0 down; echo down; ip link set br0 up; echo up",
  "ip link set vh2 down; echo mid; ip link set vh2 up; echo up2",
  "ip addr add 10.5.0.$i/16 dev br0; echo added; i=$((i + 1))",
];

const stmt = fc.constantFrom(...STMTS);

function script(body: string[]): string {
  const lines = ["i=1", "ip link add br0 type bridge", "ip link set br0 up", containerScript(1), containerScript(2), ...body];
  lines.push("wait", "sleep 3", "ip -s -s link", "ip -6 addr", "ip -n c1 -6 addr; ip -n c2 -6 neigh; ip -n c2 -s link");
  return lines.join("\n") + "\n";
}

describe("sleeps done in place (Scheduler.sleepInPlace)", () => {
  afterEach(() => set(true));

  it("changes nothing observable (random scripts, paths on and off)", async () => {
    const t0 = inPlaceSleeps.taken;
    const e0 = inPlaceSleeps.events;
    const r0 = runAloneSwitch.taken;
    await fc.assert(
      fc.asyncProperty(fc.array(stmt, { minLength: 1, maxLength: 10 }), async (body) => {
        const text = script(body);
        const off = await observeWith(text, set, false, { seed: 5 });
        expect(await observeWith(text, set, true, { seed: 5 })).toBe(off);
        expect(await observeWith(text, setSleeps, false, { seed: 5 })).toBe(off);
        expect(await observeWith(text, setRunAlone, false, { seed: 5 })).toBe(off);
      }),
      { numRuns: 30, seed: 20261122, endOnFailure: true },
    );
    // The paths were taken, with events run inside the sleeps too.
    expect(inPlaceSleeps.taken - t0).toBeGreaterThan(500);
    expect(inPlaceSleeps.events - e0).toBeGreaterThan(100);
    expect(runAloneSwitch.taken - r0).toBeGreaterThan(500);
  }, 600_000);

  it("stops where drive() stops at its event limit", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stmt, { minLength: 1, maxLength: 6 }), fc.integer({ min: 20, max: 1500 }), async (body, maxEvents) => {
        const text = script(body);
        const on = await observeWith(text, set, true, { seed: 9, maxEvents });
        const off = await observeWith(text, set, false, { seed: 9, maxEvents });
        expect(on).toBe(off);
      }),
      { numRuns: 25, seed: 1122, endOnFailure: true },
    );
  }, 600_000);

  it("stops where world.step() stops, with a background loop paying", async () => {
    const text = `ip link add br0 type bridge; ip link set br0 up\n${containerScript(1)}\n( while :; do ip link set lo up; ip -n c1 link set eth0 down; ip -n c1 link set eth0 up; done ) > /dev/null 2>&1 &\necho started\n`;
    for (const step of [1_000_000, 2_500_000, 333_333_333]) expect(await observeSteps(text, set, true, step)).toBe(await observeSteps(text, set, false, step));
  }, 120_000);

  // The scheduler alone: one process sleeping (in place or scheduled) among
  // timers that make timers (now, at the sleep's end, later), a drive() whose
  // stop condition turns true in an event, an event limit, a second drive()
  // to the end. Every event, every resumption, the clock and counters logged.
  it("runs the same events in the same order as the scheduled sleep (scheduler level)", async () => {
    const timerArb = fc.record({ at: fc.integer({ min: 0, max: 20 }), kids: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }) });
    const arb = fc.record({
      timers: fc.array(timerArb, { maxLength: 12 }),
      sleeps: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
      stopAt: fc.option(fc.integer({ min: 0, max: 30 })),
      maxEvents: fc.option(fc.integer({ min: 1, max: 30 })),
    });
    const run = async (on: boolean, c: typeof arb extends fc.Arbitrary<infer T> ? T : never): Promise<string[]> => {
      inPlaceSleeps.enabled = on;
      const clock = new Clock();
      const sched = new Scheduler(clock);
      const log: string[] = [];
      let stop = false;
      let id = 0;
      const timer = (at: number, kids: number[]): void => {
        const me = id++;
        clock.at(at, () => {
          log.push(`ev${me}@${clock.now} left ${sched.eventsLeft}`);
          for (const k of kids) timer(clock.now + k, []);
        });
      };
      for (const t of c.timers) timer(t.at, t.kids);
      if (c.stopAt !== null) clock.at(c.stopAt, () => (stop = true));
      sched.spawned();
      const proc = (async () => {
        for (const ns of c.sleeps) {
          const p = sched.sleepInPlace(undefined, ns);
          if (p) await p;
          log.push(`woke@${clock.now} ev ${clock.eventsRun} made ${clock.timersMade} wk ${sched.wakeups}`);
        }
        sched.exited();
      })();
      for (const [done, lim] of [[() => stop, c.maxEvents ?? Infinity], [() => false, Infinity]] as const) {
        try {
          log.push(`drive ${await sched.drive(done, lim)} @${clock.now}`);
        } catch (e) {
          log.push(`drive ${e instanceof LimitExceeded ? e.message : String(e)} @${clock.now}`);
        }
      }
      await proc;
      log.push(`end @${clock.now} ev ${clock.eventsRun} made ${clock.timersMade} wk ${sched.wakeups}`);
      return log;
    };
    try {
      await fc.assert(
        fc.asyncProperty(arb, async (c) => {
          expect(await run(true, c)).toEqual(await run(false, c));
        }),
        { numRuns: 2000, seed: 7 },
      );
    } finally {
      inPlaceSleeps.enabled = true;
    }
  }, 120_000);
});
