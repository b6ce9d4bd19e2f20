// The counted flood's member positions (kernel/bridge/br_flood_count.ts
// memberPos: members kept in ascending port seq, a new port appended, indexes
// renumbered lazily from the lowest one a change moved) against the walk they
// replace (the members sorted into the bridge's port order): random
// scenarios of ports joining, leaving and coming back (links down and up on
// either end, nomaster and master again, namespaces deleted, IPv6 off, new
// containers), one or two steps between checks, so leaving and joining meet
// in one re-evaluation, then a flood from a port no step touches (which
// re-evaluates the members). Every member's position is asked after each step.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { floodPositionsCheck } from "../../src/kernel/bridge/br_flood_count.js";
import { devGetByName } from "../../src/kernel/core/dev.js";
import { brOf } from "../../src/kernel/bridge/br_private.js";

const N = 8;
const i = fc.integer({ min: 1, max: N });
/** Links going down and up again on a few old ports, so they rejoin between newer ones. */
const few = fc.integer({ min: 2, max: 4 });

const arbStep = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constant("down" as const), i: few, side: fc.constantFrom("host", "ns") }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("up" as const), i: few }) },
  fc.record({ k: fc.constant("down" as const), i, side: fc.constantFrom("host", "ns") }),
  fc.record({ k: fc.constant("up" as const), i }),
  fc.record({ k: fc.constant("nomaster" as const), i }),
  fc.record({ k: fc.constant("delns" as const), i }),
  fc.record({ k: fc.constant("noipv6" as const), i }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("new" as const) }) },
  fc.record({ k: fc.constant("sleep" as const), t: fc.constantFrom("0.001", "1") }),
);
type Step = typeof arbStep extends fc.Arbitrary<infer T> ? T : never;

function container(n: string): string {
  return [
    `ip netns add c${n}`,
    `ip link add vh${n} type veth peer name vc${n}`,
    `ip link set vc${n} netns c${n}`,
    `ip -n c${n} link set vc${n} name eth0`,
    `ip -n c${n} link set eth0 up`,
    `ip link set vh${n} master br0`,
    `ip link set vh${n} up`,
  ].join("\n");
}

let fresh = 100;
function stepText(s: Step): string {
  switch (s.k) {
    case "down":
      return s.side === "host" ? `ip link set vh${s.i} down` : `ip -n c${s.i} link set eth0 down`;
    case "up":
      return `ip -n c${s.i} link set eth0 up; ip link set vh${s.i} master br0 up`;
    case "nomaster":
      return `ip link set vh${s.i} nomaster`;
    case "delns":
      return `ip netns del c${s.i}`;
    case "noipv6":
      return `ip netns exec c${s.i} sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1`;
    case "new":
      return container(String(fresh++));
    case "sleep":
      return `sleep ${s.t}`;
  }
}

describe("counted flood member positions", () => {
  it("match the walk after every step (random scenarios)", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(arbStep, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 14 }), async (steps) => {
        fresh = 100;
        const world = new World({ seed: 5, bare: true });
        const setup = ["ip link add br0 type bridge", "ip link set br0 up"];
        for (let k = 0; k <= N; k++) setup.push(container(String(k)));
        await world.run(setup.join("\n") + "\nsleep 2\n");
        const br = brOf(devGetByName(world.host().initNet, "br0")!)!;
        expect(floodPositionsCheck(br)).toEqual([]);
        let a = 0;
        for (const group of steps) {
          // The steps, then a multicast flood from c0 (which no step touches:
          // a listener report for a new address's group) so the flood's
          // members are re-evaluated.
          const flood = `ip -n c0 addr add 2001:db8::${++a}/64 dev eth0 nodad; sleep 0.5`;
          await world.run(group.map((s) => `${stepText(s)} 2>/dev/null`).join("\n") + `\n${flood}\n`);
          const bad = floodPositionsCheck(br);
          expect(bad).toEqual([]);
          checked++;
        }
      }),
      { numRuns: 30, seed: 20261122, endOnFailure: true },
    );
    expect(checked).toBeGreaterThan(100);
  }, 600_000);
});
