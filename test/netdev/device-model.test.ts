// Unit tests of the device model below the tools: ifindex and nsid allocation,
// the packet path through veth (scheduled on the clock, never recursive),
// drop reasons, bridge learning/forwarding, namespace teardown, determinism.

import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { rtnlTalk } from "../../src/kernel/core/rtnetlink.js";
import { copyNetNs, netCore, peernet2id } from "../../src/kernel/core/net_namespace.js";
import { devChangeFlags, devChangeNetNamespace, devGetByName, netDrops } from "../../src/kernel/core/dev.js";
import { devAddPack } from "../../src/kernel/core/dev_rx.js";
import { devQueueXmit } from "../../src/kernel/core/dev_xmit.js";
import { allocSkb, type SkBuff } from "../../src/kernel/core/skbuff.js";
import type { NetDevice } from "../../src/kernel/core/netdevice.js";
import type { NetNamespace } from "../../src/kernel/core/netns.js";
import { IFF_UP } from "../../src/uapi/if_link.js";
import { NLM_F_CREATE, NLM_F_EXCL } from "../../src/uapi/rtnetlink.js";
import type { Task } from "../../src/kernel/task/task.js";
import { sysctlWrite } from "../../src/kernel/fs/procfs-sys.js";

const ETH_P_TEST = 0x88b5; // IEEE local experimental ethertype
const received: Array<{ dev: string; ns: number; len: number }> = [];
devAddPack({ type: ETH_P_TEST, func: (skb) => received.push({ dev: skb.dev.name, ns: skb.dev.net.inum, len: skb.data.length }) });

function setup(seed = 1): { world: World; task: Task } {
  const world = new World({ seed, bare: true });
  const task = world.host().newTask(undefined, "test");
  // Count only the frames these tests send: no IPv6 background traffic (DAD,
  // MLD, router solicitations), as `kernel-sandbox --no-ipv6` records.
  sysctlWrite(task.netns, "net.ipv6.conf.all.disable_ipv6", "1");
  return { world, task };
}

function addVeth(task: Task, a: string, b: string): void {
  rtnlTalk(task, {
    type: "RTM_NEWLINK",
    nlmsg_flags: NLM_F_CREATE | NLM_F_EXCL,
    ifi_index: 0,
    ifi_flags: 0,
    ifi_change: 0,
    attrs: { IFLA_IFNAME: a, IFLA_LINKINFO: { IFLA_INFO_KIND: "veth", IFLA_INFO_DATA: { VETH_INFO_PEER: { ifi_index: 0, attrs: { IFLA_IFNAME: b } } } } },
  });
}

function dev(ns: NetNamespace, name: string): NetDevice {
  const d = devGetByName(ns, name);
  if (!d) throw new Error(`no ${name}`);
  return d;
}

function frame(dst: number[], src: Uint8Array, len = 60): Uint8Array {
  const f = new Uint8Array(len);
  f.set(dst, 0);
  f.set(src, 6);
  f[12] = ETH_P_TEST >> 8;
  f[13] = ETH_P_TEST & 0xff;
  return f;
}

function send(d: NetDevice, data: Uint8Array, now: number): void {
  const skb: SkBuff = allocSkb(data, d, now);
  devQueueXmit(skb);
}

describe("ifindex allocation", () => {
  it("gives the veth peer the lower index and continues cyclically after a delete", () => {
    const { task } = setup();
    addVeth(task, "a1", "a2");
    addVeth(task, "b1", "b2");
    const ns = task.netns;
    expect([dev(ns, "a2").ifindex, dev(ns, "a1").ifindex, dev(ns, "b2").ifindex, dev(ns, "b1").ifindex]).toEqual([2, 3, 4, 5]);
    rtnlTalk(task, { type: "RTM_DELLINK", ifi_index: 0, attrs: { IFLA_IFNAME: "a1" } });
    expect(devGetByName(ns, "a2")).toBeUndefined();
    addVeth(task, "c1", "c2");
    expect([dev(ns, "c2").ifindex, dev(ns, "c1").ifindex]).toEqual([6, 7]);
  });

  it("keeps a moved device's index when free in the target, else allocates", () => {
    const { world, task } = setup();
    const n1 = copyNetNs(world.host());
    n1.get_ref();
    addVeth(task, "x1", "x2"); // 2, 3
    devChangeNetNamespace(dev(task.netns, "x1"), n1);
    expect(dev(n1, "x1").ifindex).toBe(3);
    const other = copyNetNs(world.host());
    other.get_ref();
    const t2 = world.host().newTask(undefined, "t2", { netns: other });
    addVeth(t2, "y1", "y2"); // 2, 3 in other
    devChangeNetNamespace(dev(task.netns, "x2"), other);
    expect(dev(other, "x2").ifindex).toBe(4);
  });
});

describe("namespace ids", () => {
  it("assigns the lowest free id when a device moves, and forgets a dead namespace", () => {
    const { world, task } = setup();
    const init = task.netns;
    const a = copyNetNs(world.host());
    const b = copyNetNs(world.host());
    a.get_ref();
    b.get_ref();
    addVeth(task, "v0", "v1");
    devChangeNetNamespace(dev(init, "v1"), b);
    expect(peernet2id(init, b)).toBe(0);
    expect(peernet2id(b, init)).toBe(0);
    expect(peernet2id(init, a)).toBe(-1);
    b.put_ref();
    expect(b.dead).toBe(true);
    // The peer in init went with its pair.
    expect(devGetByName(init, "v0")).toBeUndefined();
    expect(netCore(init).nsids.size).toBe(0);
  });
});

describe("veth packet path", () => {
  it("delivers through the backlog on the clock, not synchronously, and counts both ends", async () => {
    const { world, task } = setup();
    const ns = task.netns;
    addVeth(task, "v0", "v1");
    const v0 = dev(ns, "v0");
    const v1 = dev(ns, "v1");
    devChangeFlags(v0, IFF_UP, IFF_UP);
    devChangeFlags(v1, IFF_UP, IFF_UP);
    received.length = 0;
    send(v0, frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], v0.addr), world.now);
    expect(received).toEqual([]);
    await world.step(0);
    expect(received).toEqual([{ dev: "v1", ns: ns.inum, len: 60 }]);
    expect(v0.stats.tx_packets).toBe(1);
    expect(v1.stats.rx_packets).toBe(1);
    expect(v1.stats.rx_bytes).toBe(60);
  });

  it("survives a flood of replies without growing the stack", async () => {
    const { world, task } = setup();
    const ns = task.netns;
    addVeth(task, "v0", "v1");
    const v0 = dev(ns, "v0");
    const v1 = dev(ns, "v1");
    devChangeFlags(v0, IFF_UP, IFF_UP);
    devChangeFlags(v1, IFF_UP, IFF_UP);
    // A handler that answers every frame: 20000 round trips.
    let left = 20000;
    devAddPack({
      type: 0x88b6,
      func: (skb) => {
        if (left-- <= 0) return;
        const back = skb.dev === v1 ? v1 : v0;
        const f = skb.data.slice();
        send(back, f, world.now);
      },
    });
    const f = frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], v0.addr);
    f[13] = 0xb6;
    send(v0, f, world.now);
    // The first 3000 frames (10 runs of the softirq budget) happen at one
    // virtual instant; the backlog never empties, so ksoftirqd takes the rest,
    // each run of 300 frames 300 µs of CPU after the last (the storm bound).
    await world.step(1);
    expect(v0.stats.rx_packets + v1.stats.rx_packets).toBe(3001);
    await world.step(57 * 300_000 - 1);
    expect(left).toBeGreaterThanOrEqual(0);
    await world.step(1);
    expect(left).toBeLessThan(0);
    expect(v0.stats.rx_packets + v1.stats.rx_packets).toBe(20001);
  });

  it("drops with a named reason when the peer is down or the protocol unknown", async () => {
    const { world, task } = setup();
    const ns = task.netns;
    addVeth(task, "v0", "v1");
    const v0 = dev(ns, "v0");
    const v1 = dev(ns, "v1");
    devChangeFlags(v0, IFF_UP, IFF_UP);
    // The peer is down, so v0 has no carrier: noop_qdisc drops the frame (a tx drop on v0, nothing on v1).
    send(v0, frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], v0.addr), world.now);
    expect(netDrops(ns).get("QDISC_DROP")).toBe(1);
    expect(v0.stats.tx_dropped).toBe(1);
    expect(v1.stats.rx_dropped).toBe(0);
    devChangeFlags(v1, IFF_UP, IFF_UP);
    const f = frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], v0.addr);
    f[12] = 0x12;
    send(v0, f, world.now);
    await world.step(0);
    expect(netDrops(ns).get("UNHANDLED_PROTO")).toBe(1);
    expect(v1.stats.rx_nohandler).toBe(1);
  });
});

describe("bridge", () => {
  it("learns source addresses and forwards known unicast to one port only", async () => {
    const { world, task } = setup();
    const ns = task.netns;
    rtnlTalk(task, { type: "RTM_NEWLINK", nlmsg_flags: NLM_F_CREATE | NLM_F_EXCL, ifi_index: 0, ifi_flags: IFF_UP, ifi_change: IFF_UP, attrs: { IFLA_IFNAME: "br0", IFLA_LINKINFO: { IFLA_INFO_KIND: "bridge" } } });
    const br = dev(ns, "br0");
    const ends: NetDevice[] = [];
    for (const i of [0, 1, 2]) {
      addVeth(task, `p${i}`, `h${i}`);
      const p = dev(ns, `p${i}`);
      const h = dev(ns, `h${i}`);
      rtnlTalk(task, { type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: p.ifindex, ifi_flags: IFF_UP, ifi_change: IFF_UP, attrs: { IFLA_MASTER: br.ifindex } });
      devChangeFlags(h, IFF_UP, IFF_UP);
      ends.push(h);
    }
    const [h0, h1, h2] = ends as [NetDevice, NetDevice, NetDevice];
    received.length = 0;
    // h1 speaks first (broadcast): everyone hears it, the bridge learns where h1 is.
    send(h1, frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], h1.addr), world.now);
    await world.step(0);
    expect(received.map((r) => r.dev).sort()).toEqual(["br0", "h0", "h2"]);
    received.length = 0;
    send(h0, frame([...h1.addr], h0.addr), world.now);
    await world.step(0);
    expect(received.map((r) => r.dev)).toEqual(["h1"]);
    expect(h2.stats.rx_packets).toBe(1);
    // The bridge took the lowest port address.
    const lowest = ["p0", "p1", "p2"].map((n) => dev(ns, n).addr).sort((a, b) => (Buffer.from(a).compare(Buffer.from(b))))[0]!;
    expect([...br.addr]).toEqual([...lowest]);
  });
});

describe("determinism", () => {
  it("gives the same MACs for the same seed and different ones for another", () => {
    const macs = (seed: number) => {
      const { task } = setup(seed);
      addVeth(task, "v0", "v1");
      return [dev(task.netns, "v0").addr, dev(task.netns, "v1").addr].map((a) => [...a].join(":"));
    };
    expect(macs(7)).toEqual(macs(7));
    expect(macs(7)).not.toEqual(macs(8));
  });
});
