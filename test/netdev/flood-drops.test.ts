// The counted flood's FULL_RING tail drops as owed counts (kernel/bridge/
// br_flood_count.ts: a Fenwick tree over member positions, paid with the
// drivers' counters or when a namespace's drop counters are read) against the
// same drops counted one by one at the flood: 600 containers on one bridge
// (from ~500 ports on, the IPv6 bring-up floods of one instant overflow the
// 1 000-slot backlog, and ports keep joining after overflows, which moves
// positions; then old ports leave and join again), the drop counters read first (containers' namespaces before the
// host's, so no device read pays them on the way), then everything else.
import { afterEach, describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { setCountedDrops } from "../../src/kernel/bridge/br_flood_count.js";
import { netDrops } from "../../src/kernel/core/dev.js";
import { liveNets } from "../../src/kernel/core/net_namespace.js";
import { worldState } from "../support/world-state.js";

const container = `  ip netns add c$i
  ip link add vh$i type veth peer name vc$i
  ip link set vc$i netns c$i
  ip -n c$i link set vc$i name eth0
  ip -n c$i link set eth0 up
  ip link set vh$i master br0
  ip link set vh$i up
  i=$((i + 1))
`;
const script = `ip link add br0 type bridge
ip link set br0 up
i=1
while [ $i -le 600 ]; do
${container}done
sleep 3
ip link set vh5 down
ip -n c7 link set eth0 down
ip -n c7 link set eth0 up
sleep 2
ip link set vh5 up
while [ $i -le 620 ]; do
${container}done
sleep 3
`;

async function observe(counted: boolean): Promise<{ drops: string; rest: string; full: number }> {
  setCountedDrops(counted);
  const world = new World({ seed: 3, bare: true, limits: { maxCommands: 1e6 } });
  const r = await world.run(script);
  const drops: string[] = [];
  let full = 0;
  for (const host of world.hosts.values()) {
    for (const [k, net] of [...liveNets(host).entries()].reverse()) {
      const d = netDrops(net);
      full += d.get("FULL_RING") ?? 0;
      drops.push(`${k} ${JSON.stringify([...d].sort())}`);
    }
  }
  const more = await world.run("ip -n c1 -s link; ip -n c600 -s link; ip -s link show vh1");
  return { drops: drops.join("\n"), rest: [r.status, r.stdout, r.stderr, more.stdout, worldState(world)].join("\n"), full };
}

describe("counted flood tail drops", () => {
  afterEach(() => setCountedDrops(true));

  it("owed FULL_RING drops read as the per-copy count", async () => {
    const fast = await observe(true);
    const slow = await observe(false);
    expect(slow.full).toBeGreaterThan(1000);
    expect(fast.drops).toBe(slow.drops);
    expect(fast.rest).toBe(slow.rest);
  }, 300_000);
});
