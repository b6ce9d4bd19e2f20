// ip6SendUnicast writes its frame once, in place, and reads the flow hash's
// addresses and a partial checksum's pseudo-header from the bytes it wrote;
// net.ipv6.auto_flowlabels is read once per generation of the namespace's
// sysctl table. Every IPv6 unicast frame two namespaces exchange (ICMPv6
// echo and errors, UDP, TCP), while auto_flowlabels moves through 1, 0, 3 and
// 2 in either namespace and tx checksumming is switched off, must be what the
// layered emitter builds from its parsed header, carry the label
// ip6_make_flowlabel gives by definition (addresses folded as BigInts here)
// under the sender's setting at that moment, and leave TCP/UDP checksums
// partial exactly while the sending device offloads them.

import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { netCore } from "../../src/kernel/core/net_namespace.js";
import { jhash3 } from "../../src/kernel/core/jhash.js";
import { sysctlGet } from "../../src/kernel/fs/procfs-sys.js";
import { txCsumOffload, partialCsum6 } from "../../src/kernel/ipv4/csum_offload.js";
import { parseEthernet } from "../../src/wire/ethernet.js";
import { emitIpv6, parseIpv6 } from "../../src/wire/ipv6.js";
import { get16 } from "../../src/wire/bytes.js";
import type { NetNamespace } from "../../src/kernel/core/netns.js";
import type { NetDevice } from "../../src/kernel/core/netdevice.js";

const SETUP = `
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip link set v0 up
ip -n a link set v1 up
ip -n a addr add fd00::2/64 dev v1 nodad
ip addr add fd00::1/64 dev v0 nodad
ip -n a addr add fd00::1234:5678:9abc:def0/64 dev v1 nodad
`;

function traffic(i: number): string {
  return `
ping -6 -c 2 -q fd00::2 > /dev/null
ping -6 -c 1 -q fd00::1234:5678:9abc:def0 > /dev/null
echo u${i} | nc -6 -u -w1 fd00::2 53
nc -6 -z fd00::2 81
ip netns exec a nc -6 -l 80${i} > /dev/null &
sleep 0.2
echo t${i} | nc -6 -N fd00::1234:5678:9abc:def0 80${i}
wait
sleep 0.5
`;
}

/** ip6_make_flowlabel() by definition: the addresses' 32-bit words XORed (as BigInts), the ports, the protocol. */
function expectedLabel(mode: string | undefined, src: bigint, dst: bigint, nh: number, payload: Uint8Array): number {
  if (mode !== "1" && mode !== "3") return 0;
  const fold = (a: bigint): number => Number((a ^ (a >> 32n) ^ (a >> 64n) ^ (a >> 96n)) & 0xffffffffn);
  const ports = nh === 6 || nh === 17 ? ((payload[0]! << 24) | (payload[1]! << 16) | (payload[2]! << 8) | payload[3]!) >>> 0 : 0;
  const h = jhash3(fold(src), fold(dst), (ports ^ nh) >>> 0, 0x6c616265);
  return ((h << 16) | (h >>> 16)) & 0xfffff;
}

describe("IPv6 unicast frames written in place", () => {
  it("carry the defined header, flow label and partial checksum under every setting", async () => {
    const world = new World({ seed: 11, bare: true });
    const task = world.host().newTask(undefined, "test");
    const root = task.netns;
    expect((await world.run(SETUP)).stderr).toBe("");
    const v0 = [...netCore(root).devices.values()].find((d) => d.name === "v0");
    const a = (v0?.priv as { peer?: NetDevice } | undefined)?.peer?.net;
    const seen = { frames: 0, labelled: 0, partial: 0, full: 0 };
    const check = (skb: { data: Uint8Array; dev: NetDevice }, ns: NetNamespace): void => {
      const f = skb.data;
      if (f[12] !== 0x86 || f[13] !== 0xdd || f[38] === 0xff) return;
      const eth = parseEthernet(f);
      expect(eth.ok).toBe(true);
      if (!eth.ok) return;
      const ip = parseIpv6(eth.payload);
      expect(ip.ok).toBe(true);
      if (!ip.ok) return;
      if (ip.repr.nextHeader === 58 && ip.payload[0]! >= 133 && ip.payload[0]! <= 137) return; // ND: ndisc's own
      seen.frames++;
      expect([...f.subarray(14)]).toEqual([...emitIpv6(ip.repr, ip.payload)]);
      expect(ip.repr.trafficClass).toBe(0);
      const mode = sysctlGet(ns, "net.ipv6.auto_flowlabels");
      expect(ip.repr.flowLabel).toBe(expectedLabel(mode, ip.repr.src, ip.repr.dst, ip.repr.nextHeader, ip.payload));
      if (ip.repr.flowLabel) seen.labelled++;
      const nh = ip.repr.nextHeader;
      if (nh === 6 || nh === 17) {
        const off = nh === 6 ? 16 : 6;
        const partial = partialCsum6(ip.repr.src, ip.repr.dst, nh, ip.payload.length);
        if (txCsumOffload(skb.dev, 6)) {
          expect(get16(ip.payload, off)).toBe(partial);
          seen.partial++;
        } else {
          expect(get16(ip.payload, off)).not.toBe(partial);
          seen.full++;
        }
      }
    };
    // Each side's frames as it transmits them (the tap of the sender's namespace, PACKET_OUTGOING).
    netCore(root).taps.add((skb) => {
      if (skb.pktType === "OUTGOING") check(skb, root);
    });
    expect(a).toBeDefined();
    netCore(a!).taps.add((skb) => {
      if (skb.pktType === "OUTGOING") check(skb, a!);
    });
    const steps = [
      "",
      "sysctl -qw net.ipv6.auto_flowlabels=0",
      "ip netns exec a sysctl -qw net.ipv6.auto_flowlabels=3",
      "sysctl -qw net.ipv6.auto_flowlabels=3; ip netns exec a sysctl -qw net.ipv6.auto_flowlabels=2",
      "ethtool -K v0 tx off > /dev/null; ip netns exec a ethtool -K v1 tx off > /dev/null",
      "sysctl -qw net.ipv6.auto_flowlabels=1; ip netns exec a sysctl -qw net.ipv6.auto_flowlabels=0",
    ];
    for (let i = 0; i < steps.length; i++) {
      const r = await world.run(`${steps[i]}\n${traffic(i)}`);
      expect(r.stderr).toBe("");
    }
    expect(seen.frames).toBeGreaterThan(60);
    expect(seen.labelled).toBeGreaterThan(20);
    expect(seen.labelled).toBeLessThan(seen.frames);
    expect(seen.partial).toBeGreaterThan(10);
    expect(seen.full).toBeGreaterThan(4);
  });
});
