// Frames crossing hosts: cables (delay, rate and its bounded queue, loss per
// seed, link down) and the learning switch. Frames are put on a NIC through
// dev_queue_xmit; what arrived is read from the device counters, as `ip -s
// link` reports them.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { NS_PER_MS, NS_PER_SEC } from "../../src/sim/clock.js";
import { nic, send } from "./helpers.js";

async function twoHosts(opts: Parameters<World["connect"]>[4] = {}, seed = 1) {
  const w = new World({ hosts: ["a", "b"], lan: false, seed });
  const cable = w.connect("a", "eth1", "b", "eth1", opts);
  for (const h of ["a", "b"]) expect((await w.run("ip link set eth1 up", { host: h })).status).toBe(0);
  return { w, cable };
}

describe("cable", () => {
  it("hot-plugs a NIC that is DOWN until brought up, ifindex after eth0", async () => {
    const w = new World({ hosts: ["a", "b"], lan: false });
    w.connect("a", "eth1", "b", "eth1");
    // Right after `up`, linkwatch has not run yet (eth0's boot event used its
    // once-a-second budget): a dump shows the transient (`ip link show eth1`,
    // one device, would settle the event first, as 6.18's rtnl_getlink does).
    const r = await w.run("ip -br link show eth1; ip link set eth1 up; ip -br link | grep ^eth1; sleep 1; ip -br link show eth1", { host: "a" });
    expect(r.stdout.replace(/[0-9a-f]{2}(:[0-9a-f]{2}){5}/g, "MAC")).toBe(
      "eth1             DOWN           MAC <BROADCAST,MULTICAST> \n" +
        "eth1             DOWN           MAC <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> \n" +
        "eth1             UP             MAC <BROADCAST,MULTICAST,UP,LOWER_UP> \n",
    );
    expect(nic(w, "a", "eth1").ifindex).toBe(3);
  });

  it("delivers after the link's delay, through the clock", async () => {
    const { w } = await twoHosts({ delay: 5 * NS_PER_MS });
    const rx = nic(w, "b", "eth1").stats;
    const before = rx.rx_packets;
    send(w, "a", "eth1");
    expect(rx.rx_packets).toBe(before); // never synchronously
    await w.step(5 * NS_PER_MS - 1);
    expect(rx.rx_packets).toBe(before);
    await w.step(1);
    expect(rx.rx_packets).toBe(before + 1);
    const r = await w.run("ip -s link show eth1 | sed -n 4p", { host: "b" });
    expect(r.stdout.trim().split(/\s+/).slice(0, 2)).toEqual([String(rx.rx_bytes), String(rx.rx_packets)]);
  });

  it("serialises at the link rate and tail-drops beyond its queue", async () => {
    // 1000-byte frames at 8 Mbit/s take 1 ms each; the queue holds 3.
    const { w, cable } = await twoHosts({ rate: 8e6, queue: 3 });
    const dev = nic(w, "b", "eth1");
    const arrivals: number[] = [];
    const base = dev.stats.rx_packets;
    for (let i = 0; i < 5; i++) send(w, "a", "eth1", undefined, 1000);
    for (let t = 0; t < 5; t++) {
      await w.step(NS_PER_MS);
      arrivals.push(dev.stats.rx_packets - base);
    }
    expect(arrivals).toEqual([1, 2, 3, 3, 3]);
    const st = cable.from(w.underlay.nic(w.host("a"), "eth1"));
    expect(st.drops.get("QUEUE_FULL")).toBe(2);
    expect(st.tx_packets - st.rx_packets).toBe(2);
  });

  it("loses frames from its own seeded RNG: same seed, same losses", async () => {
    const lost = async (seed: number) => {
      const { w, cable } = await twoHosts({ loss: 0.3 }, seed);
      const dev = nic(w, "b", "eth1");
      const base = dev.stats.rx_packets;
      const pattern: number[] = [];
      for (let i = 0; i < 200; i++) {
        send(w, "a", "eth1");
        await w.step(1);
        pattern.push(dev.stats.rx_packets - base);
      }
      const drops = cable.from(w.underlay.nic(w.host("a"), "eth1")).drops.get("LOSS") ?? 0;
      return { pattern: pattern.join(","), drops };
    };
    const one = await lost(7);
    expect(await lost(7)).toEqual(one);
    expect((await lost(8)).pattern).not.toBe(one.pattern);
    expect(one.drops).toBeGreaterThan(35);
    expect(one.drops).toBeLessThan(85);
  });

  it("a link set down takes carrier away from both NICs and drops what is sent", async () => {
    const { w, cable } = await twoHosts();
    cable.setUp(false);
    await w.step(2 * NS_PER_SEC);
    const r = await w.run("ip -br link show eth1", { host: "b" });
    expect(r.stdout).toMatch(/^eth1 +DOWN +\S+ <NO-CARRIER,BROADCAST,MULTICAST,UP> \n$/);
    // Without carrier the NIC's queue holds noop_qdisc: the frame is a tx drop and never reaches the cable.
    const dev = nic(w, "a", "eth1");
    const before = dev.stats.tx_dropped;
    send(w, "a", "eth1");
    await w.step(1);
    expect(dev.stats.tx_dropped).toBe(before + 1);
    expect(cable.from(w.underlay.nic(w.host("a"), "eth1")).drops.get("LINK_DOWN")).toBeUndefined();
    cable.setUp(true);
    await w.step(2 * NS_PER_SEC);
    expect((await w.run("ip -br link show eth1", { host: "b" })).stdout).toMatch(/^eth1 +UP /);
  });

  it("refuses to plug a NIC twice", () => {
    const w = new World({ hosts: ["a", "b", "c"], lan: false });
    w.connect("a", "eth1", "b", "eth1");
    expect(() => w.connect("a", "eth1", "c", "eth1")).toThrow("a:eth1 is already connected");
  });
});

describe("switch", () => {
  it("floods unknown unicast, learns sources, forwards known unicast, ages entries out", async () => {
    const w = new World({ hosts: ["a", "b", "c"] });
    await w.boot();
    const lan = w.underlay.switches.get("lan")!;
    const mac = (h: string) => nic(w, h, "eth0").addr;
    const rx = (h: string) => nic(w, h, "eth0").stats.rx_packets;
    const before = { a: rx("a"), b: rx("b"), c: rx("c") };
    const flooded = lan.stats.flooded;
    // a -> b, b unknown: flooded to b and c.
    send(w, "a", "eth0", mac("b"));
    await w.step(1);
    expect([rx("b") - before.b, rx("c") - before.c]).toEqual([1, 1]);
    expect(lan.stats.flooded).toBe(flooded + 1);
    // b -> a: a was learnt, only a gets it.
    send(w, "b", "eth0", mac("a"));
    await w.step(1);
    expect([rx("a") - before.a, rx("c") - before.c]).toEqual([1, 1]);
    // a -> b again: b is known now.
    send(w, "a", "eth0", mac("b"));
    await w.step(1);
    expect([rx("b") - before.b, rx("c") - before.c]).toEqual([2, 1]);
    const fmt = (m: Uint8Array) => [...m].map((b) => b.toString(16).padStart(2, "0")).join(":");
    const ports = new Map(lan.fdbEntries().map((e) => [e.mac, e.port]));
    expect(ports.get(fmt(mac("a")))).toBe("1");
    expect(ports.get(fmt(mac("b")))).toBe("2");
    // Five minutes later the entries are gone and b is flooded to again.
    await w.step(300 * NS_PER_SEC);
    expect(lan.fdbEntries()).toEqual([]);
    send(w, "a", "eth0", mac("b"));
    await w.step(1);
    expect(rx("c") - before.c).toBe(2);
  });
});
