// Every packet the IPv4 model drops is counted under its SKB_DROP_REASON_*
// name in the namespace that dropped it: a TTL expiring at a router, echo
// requests queued on a neighbour that never resolves, strict rp_filter.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { liveNets } from "../../src/kernel/core/net_namespace.js";
import { devGetByName, netDrops } from "../../src/kernel/core/dev.js";
import type { NetNamespace } from "../../src/kernel/core/netns.js";

function nsWith(world: World, dev: string): NetNamespace {
  const ns = liveNets(world.host()).find((n) => devGetByName(n, dev));
  if (!ns) throw new Error(`no namespace has ${dev}`);
  return ns;
}

const ROUTER = `
ip netns add h1; ip netns add r; ip netns add h2
ip link add a1 netns h1 type veth peer name ra netns r
ip link add a2 netns h2 type veth peer name rb netns r
ip -n h1 addr add 10.0.1.2/24 dev a1
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n h2 addr add 10.0.2.2/24 dev a2
ip -n h1 link set a1 up; ip -n h2 link set a2 up; ip -n r link set ra up; ip -n r link set rb up
ip -n h1 route add default via 10.0.1.1
ip -n h2 route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
`;

describe("drop reasons", () => {
  it("counts TTL_EXPIRED at the router", async () => {
    const w = new World({ seed: 1, bare: true });
    const r = await w.run(`${ROUTER}ip netns exec h1 ping -c 2 -i 0.3 -t 1 10.0.2.2 >/dev/null`);
    expect(r.status).toBe(1);
    expect(netDrops(nsWith(w, "ra")).get("TTL_EXPIRED")).toBe(2);
  });

  it("counts IP_RPFILTER under strict reverse-path filtering", async () => {
    const w = new World({ seed: 1, bare: true });
    const r = await w.run(
      // h1 resolves the router first: an ARP request "tell 10.0.9.9" would already fail rp_filter.
      `${ROUTER}ip netns exec h1 ping -c 1 10.0.1.1 >/dev/null\nip -n h1 addr add 10.0.9.9/32 dev a1\nip -n r route add 10.0.9.0/24 via 10.0.2.2\n` +
        `ip netns exec r sysctl -qw net.ipv4.conf.ra.rp_filter=1\nip netns exec h1 ping -c 1 -W 1 -I 10.0.9.9 10.0.2.2 >/dev/null`,
    );
    expect(r.status).toBe(1);
    expect(netDrops(nsWith(w, "ra")).get("IP_RPFILTER")).toBe(1);
  });

  it("counts NEIGH_FAILED for packets that waited on a neighbour that never answered", async () => {
    const w = new World({ seed: 1, bare: true });
    const r = await w.run(
      "ip link add veth0 type veth peer name veth1\nip addr add 10.0.0.1/24 dev veth0\nip link set veth0 up\nip link set veth1 up\nping -c 3 10.0.0.2 >/dev/null",
    );
    expect(r.status).toBe(1);
    expect(netDrops(w.host().initNet).get("NEIGH_FAILED")).toBe(3);
  });
});
