// The timing of the traffic a veth sends by itself after bring-up, checked
// against the envelope measured on the real kernel (HZ 250, kernel-sandbox,
// `tcpdump -ttttt` relative to `ip link set veth0 up`):
//   MLD report from ::          +2 jiffies, again below 1 s later
//   DAD solicitation            below router_solicitation_delay (1 s)
//   DAD over                    retrans_time (1 s) after the solicitation:
//                               MLD report from the link-local address + RS
//   second post-DAD report      below 1 s after that
//   next RS                     4 s * [0.9, 1.1], then twice that * [0.95, 1.05]
// Goldens cannot see these (tcpdump timestamps are masked), so this test does,
// over several seeds.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { rtnlTalk } from "../../src/kernel/core/rtnetlink.js";
import { devChangeFlags, devGetByName } from "../../src/kernel/core/dev.js";
import { netCore } from "../../src/kernel/core/net_namespace.js";
import { IFF_UP } from "../../src/uapi/if_link.js";
import { NLM_F_CREATE, NLM_F_EXCL } from "../../src/uapi/rtnetlink.js";
import { sysctlWrite } from "../../src/kernel/fs/procfs-sys.js";

const MS = 1_000_000;

interface Sent {
  t: number;
  kind: "mld-any" | "mld-ll" | "ns" | "rs";
}

async function bringUp(seed: number): Promise<Sent[]> {
  const world = new World({ seed, bare: true });
  const task = world.host().newTask(undefined, "test");
  rtnlTalk(task, {
    type: "RTM_NEWLINK",
    nlmsg_flags: NLM_F_CREATE | NLM_F_EXCL,
    ifi_index: 0,
    ifi_flags: 0,
    ifi_change: 0,
    attrs: { IFLA_IFNAME: "veth0", IFLA_LINKINFO: { IFLA_INFO_KIND: "veth", IFLA_INFO_DATA: { VETH_INFO_PEER: { ifi_index: 0, attrs: { IFLA_IFNAME: "veth1" } } } } },
  });
  sysctlWrite(task.netns, "net.ipv6.conf.veth1.disable_ipv6", "1");
  const v0 = devGetByName(task.netns, "veth0")!;
  const v1 = devGetByName(task.netns, "veth1")!;
  const sent: Sent[] = [];
  netCore(task.netns).taps.add((skb, dir) => {
    if (dir !== "out" || skb.dev !== v0) return;
    const d = skb.data;
    if (d[12] !== 0x86 || d[13] !== 0xdd) return;
    const srcAny = d.subarray(22, 38).every((b) => b === 0);
    const nh = d[20];
    const type = nh === 0 ? d[62] : d[54];
    const t = world.now - t0;
    if (type === 143) sent.push({ t, kind: srcAny ? "mld-any" : "mld-ll" });
    else if (type === 135) sent.push({ t, kind: "ns" });
    else if (type === 133) sent.push({ t, kind: "rs" });
  });
  devChangeFlags(v1, IFF_UP, IFF_UP);
  const t0 = world.now;
  devChangeFlags(v0, IFF_UP, IFF_UP);
  await world.step(20_000 * MS);
  return sent;
}

describe("IPv6 bring-up timing", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: sequence and delays within the kernel's envelope`, async () => {
      const s = await bringUp(seed);
      const of = (k: Sent["kind"]) => s.filter((x) => x.kind === k).map((x) => x.t);
      const any = of("mld-any");
      const ll = of("mld-ll");
      const ns = of("ns");
      const rs = of("rs");
      expect(any.length).toBe(2);
      expect(any[0]).toBe(8 * MS);
      expect(any[1]! - any[0]!).toBeLessThan(1000 * MS);
      expect(ns.length).toBe(1);
      expect(ns[0]).toBeLessThan(1000 * MS);
      expect(ll.length).toBe(2);
      expect(ll[0]! - ns[0]!).toBe(1000 * MS);
      expect(rs[0]).toBe(ll[0]);
      expect(ll[1]! - ll[0]!).toBeGreaterThanOrEqual(8 * MS);
      expect(ll[1]! - ll[0]!).toBeLessThan(1008 * MS);
      expect(rs.length).toBeGreaterThanOrEqual(3);
      const i1 = rs[1]! - rs[0]!;
      const i2 = rs[2]! - rs[1]!;
      expect(i1).toBeGreaterThanOrEqual(3600 * MS);
      expect(i1).toBeLessThanOrEqual(4400 * MS);
      expect(i2 / i1).toBeGreaterThanOrEqual(1.9);
      expect(i2 / i1).toBeLessThanOrEqual(2.1);
    });
  }

  it("differs between seeds (the delays are random, from the world RNG)", async () => {
    const a = (await bringUp(1)).map((x) => x.t);
    const b = (await bringUp(2)).map((x) => x.t);
    expect(a).not.toEqual(b);
  });
});
