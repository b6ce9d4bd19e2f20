// The kernel's own ND and MLD frames are written in place (ip6McFrame,
// putIcmpv6Nd, ip6SendMulticastFrame) rather than built layer by layer. Every
// IPv6 frame a bridge sees during container bring-up, address resolution,
// NUD probes, a DAD conflict and a link flap must be exactly what the layered
// emitters build from its parsed headers (emitEthernet(emitIpv6(
// [emitIpv6Options](emitIcmpv6)))), with a valid ICMPv6 checksum.

import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { netCore } from "../../src/kernel/core/net_namespace.js";
import { emitEthernet, parseEthernet } from "../../src/wire/ethernet.js";
import { emitIpv6, emitIpv6Options, NEXTHDR_HOP, NEXTHDR_ICMP, parseIpv6, parseIpv6Options } from "../../src/wire/ipv6.js";
import { emitIcmpv6, icmpv6ChecksumOk, parseIcmpv6 } from "../../src/wire/icmpv6.js";

const SCRIPT = `
ip link add br0 type bridge
ip link set br0 up
i=1
while [ $i -le 8 ]; do
  ip netns add c$i
  ip link add vh$i type veth peer name vc$i
  ip link set vc$i netns c$i
  ip -n c$i link set vc$i name eth0
  ip -n c$i addr add fd00::$i/64 dev eth0
  ip -n c$i link set eth0 up
  ip link set vh$i master br0
  ip link set vh$i up
  i=$((i+1))
done
sleep 3
ip netns exec c2 ping -6 -c 2 fd00::1
ip -n c7 addr add fd00::1/64 dev eth0
sleep 35
ip netns exec c2 ping -6 -c 8 fd00::1
ip -n c3 link set eth0 down
ip -n c3 link set eth0 up
sleep 3
`;

describe("ND/MLD frames written in place", () => {
  it("equal the layered emitters' frames for the same headers", async () => {
    const world = new World({ seed: 3, bare: true });
    const task = world.host().newTask(undefined, "test");
    const frames: Uint8Array[] = [];
    netCore(task.netns).taps.add((skb) => {
      if (skb.data[12] === 0x86 && skb.data[13] === 0xdd) frames.push(skb.data.slice());
    });
    const r = await world.run(SCRIPT);
    expect(r.stderr).toBe("");
    const kinds = new Map<string, number>();
    for (const f of frames) {
      const eth = parseEthernet(f);
      expect(eth.ok).toBe(true);
      if (!eth.ok) continue;
      const ip = parseIpv6(eth.payload);
      expect(ip.ok).toBe(true);
      if (!ip.ok) continue;
      let icmpBytes = ip.payload;
      let hbh: ReturnType<typeof parseIpv6Options> | undefined;
      if (ip.repr.nextHeader === NEXTHDR_HOP) {
        hbh = parseIpv6Options(ip.payload);
        expect(hbh.ok).toBe(true);
        if (!hbh.ok) continue;
        icmpBytes = hbh.payload;
      } else expect(ip.repr.nextHeader).toBe(NEXTHDR_ICMP);
      expect(icmpv6ChecksumOk(icmpBytes, ip.repr.src, ip.repr.dst)).toBe(true);
      const icmp = parseIcmpv6(icmpBytes);
      expect(icmp.ok).toBe(true);
      if (!icmp.ok) continue;
      kinds.set(icmp.repr.kind, (kinds.get(icmp.repr.kind) ?? 0) + 1);
      // The fields the layered form would echo: flow label and class 0 (the kernel's own ND/MLD; a
      // socket's echo carries an automatic flow label), ND's hop limit 255, MLD's 1 behind Router Alert.
      const echo = icmp.repr.kind === "echo-request" || icmp.repr.kind === "echo-reply";
      expect([ip.repr.trafficClass, echo ? 0 : ip.repr.flowLabel]).toEqual([0, 0]);
      if (icmp.repr.kind === "mld2-report") {
        expect(ip.repr.hopLimit).toBe(1);
        expect(hbh?.ok && [...emitIpv6Options(hbh.repr, new Uint8Array(0))]).toEqual([58, 0, 5, 2, 0, 0, 1, 0]);
      } else if (icmp.repr.kind !== "echo-request" && icmp.repr.kind !== "echo-reply") expect(ip.repr.hopLimit).toBe(255);
      if (ip.repr.dst >> 120n === 0xffn) expect(eth.repr.dst).toBe(0x333300000000 + Number(ip.repr.dst & 0xffffffffn));
      let payload = emitIcmpv6(icmp.repr, ip.repr.src, ip.repr.dst);
      if (hbh?.ok) payload = emitIpv6Options(hbh.repr, payload);
      const again = emitEthernet(eth.repr, emitIpv6(ip.repr, payload));
      expect([...again]).toEqual([...f]);
    }
    // Every kind the kernel sends by itself was seen.
    for (const k of ["mld2-report", "neighbor-solicit", "neighbor-advert", "router-solicit", "echo-request", "echo-reply"]) {
      expect(kinds.get(k) ?? 0).toBeGreaterThan(0);
    }
  });
});
