// A broadcast storm: two bridges joined by two veth pairs, STP off. On the
// kernel the frames circulate for as long as the loop stands, yet time goes
// on (net_rx_action's budget, then ksoftirqd), so ping's timers fire and the
// script ends. The model must end too (dev_rx.ts, the storm bound). What the
// storm does to ping (loss, late or DUP! replies) and to the counters differs
// from run to run on the kernel: only the shape of the output is checked.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";

const LOOP = `ip link add br0 type bridge
ip link add br1 type bridge
ip link add l1a type veth peer name l1b
ip link add l2a type veth peer name l2b
ip link set l1a master br0
ip link set l2a master br0
ip link set l1b master br1
ip link set l2b master br1
ip netns add a
ip netns add b
ip link add va type veth peer name va0 netns a
ip link add vb type veth peer name vb0 netns b
ip link set va master br0
ip link set vb master br1
ip -n a addr add 10.0.0.1/24 dev va0
ip -n b addr add 10.0.0.2/24 dev vb0
ip -n a link set va0 up
ip -n b link set vb0 up
`;

const STORM = `${LOOP}for d in br0 br1 l1a l1b l2a l2b va vb; do ip link set $d up; done
ip netns exec a ping -c 2 -W 1 10.0.0.2
echo "ping exit $?"
sleep 0.2
echo slept
ip -s link show l1a
ip netns del a
ip netns del b
ip link del br0
ip link del br1
ip link del l1a
ip link del l2a
`;

describe("a bridge loop without STP", () => {
  it("storms, yet ping's timers fire, a sleeping task wakes and the script ends", { timeout: 180_000 }, async () => {
    const w = new World();
    const r = await w.run(STORM);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = r.stdout.split("\n");
    expect(out[0]).toBe("PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.");
    const sum = out.indexOf("--- 10.0.0.2 ping statistics ---");
    expect(sum).toBeGreaterThan(0);
    expect(out[sum + 1]).toMatch(/^2 packets transmitted, [0-9]+ received, (\+[0-9]+ duplicates, )?[0-9]+% packet loss, time [0-9]+ms$/);
    expect(out).toContain("slept");
    expect(out.some((l) => /^ping exit [01]$/.test(l))).toBe(true);
    // The loop's link carried the storm: far more frames than the exchange needs.
    const l1a = out.findIndex((l) => /^\d+: l1a@l1b: /.test(l));
    expect(l1a).toBeGreaterThan(sum);
    expect(out[l1a + 2]).toMatch(/^ +RX: +bytes +packets +errors +dropped +missed +mcast +$/);
    const rxPackets = Number(out[l1a + 3]!.trim().split(/ +/)[1]);
    expect(rxPackets).toBeGreaterThan(10_000);
    // Bounded: ping's 2 s of storm, ksoftirqd's runs 300 µs apart.
    expect(w.clock.eventsRun).toBeLessThan(20_000); // 6830 when written
  });
});
