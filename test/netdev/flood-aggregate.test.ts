// The aggregated flood (kernel/core/dev_rx.ts RxBatch, bridge/br_forward.ts
// brFlood) and its bulk form, the counted flood (bridge/br_flood_count.ts,
// dev_rx.ts RxCount), must not change anything observable: random scenarios on a bridge
// (containers coming up, IPv6 addresses whose last 32 bits collide so DAD and
// neighbour discovery act, pings, tcpdump started mid-way on either side,
// counters read (the IPv6 MIB too), ports leaving, links going down, IPv6 switched off, ip6tables
// and ebtables rules, namespaces deleted) run twice, with the fast path on and
// off (and with only the per-device batches), and everything is compared: the script's output, every device's
// counters and every drop counter of every namespace, the clock (time, events
// run, timers made) and the next draws of the world's RNG.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { rxBatchCounts, setAggregatedFlood } from "../../src/kernel/core/dev_rx.js";
import { setCountedFlood } from "../../src/kernel/bridge/br_flood_count.js";
import { sysctlWrite } from "../../src/kernel/fs/procfs-sys.js";
import { procNetSnmp6 } from "../../src/kernel/ipv6/proc_snmp6.js";
import { netCore } from "../../src/kernel/core/net_namespace.js";
import { worldState } from "../support/world-state.js";
import { devGetByName } from "../../src/kernel/core/dev.js";
import { devQueueXmit } from "../../src/kernel/core/dev_xmit.js";
import { allocSkb } from "../../src/kernel/core/skbuff.js";
import type { NetDevice } from "../../src/kernel/core/netdevice.js";
import { in6DevGet } from "../../src/kernel/ipv6/inet6_dev.js";
import { containerScript } from "../support/container.js";

const N = 5;

const arbStep = fc.oneof(
  fc.record({ k: fc.constant("up" as const), i: fc.integer({ min: 1, max: N }) }),
  { weight: 4, arbitrary: fc.record({ k: fc.constant("addr6" as const), i: fc.integer({ min: 1, max: N }), low: fc.integer({ min: 1, max: 2 }), samePrefix: fc.boolean(), nodad: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("sleep" as const), t: fc.constantFrom("0.001", "0.3", "1", "4") }) },
  fc.record({ k: fc.constant("ping" as const), i: fc.integer({ min: 1, max: N }), j: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("tcpdump" as const), i: fc.integer({ min: 0, max: N }), t: fc.constantFrom(1, 3) }),
  fc.record({ k: fc.constant("stats" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("down" as const), i: fc.integer({ min: 1, max: N }), side: fc.constantFrom("host", "ns") }),
  fc.record({ k: fc.constant("nomaster" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("noipv6" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("ip6tables" as const), i: fc.integer({ min: 0, max: N }), chain: fc.constantFrom("INPUT", "PREROUTING", "FORWARD", "POSTROUTING") }),
  fc.record({ k: fc.constant("ebtables" as const) }),
  fc.record({ k: fc.constant("hairpin" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("delns" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("mtu" as const), i: fc.integer({ min: 1, max: N }) }),
);
type Step = typeof arbStep extends fc.Arbitrary<infer T> ? T : never;


function stepText(s: Step): string {
  switch (s.k) {
    case "up":
      return `ip -n c${s.i} link set eth0 up; ip link set vh${s.i} master br0 up`;
    case "addr6":
      // Few distinct low bits, so targets collide across containers: the
      // whole address (DAD fails) or only its last 32 bits (ndisc parses, does nothing).
      return `ip -n c${s.i} addr add 2001:db8:${s.samePrefix ? 0 : s.i}::${s.low}/64 dev eth0${s.nodad ? " nodad" : ""}`;
    case "sleep":
      return `sleep ${s.t}`;
    case "ping":
      return `ip netns exec c${s.i} ping -c 1 -W 1 10.0.0.${s.j + 1} > /dev/null; echo ping $?`;
    case "tcpdump":
      return s.i === 0
        ? `timeout ${s.t} tcpdump -i vh1 -n -t -l >> cap.txt 2>> err.txt &`
        : `ip netns exec c${s.i} timeout ${s.t} tcpdump -i eth0 -n -t -l >> cap.txt 2>> err.txt &`;
    case "stats":
      return `cat /sys/class/net/vh${s.i}/statistics/tx_packets /sys/class/net/vh${s.i}/statistics/rx_packets; ip -n c${s.i} -s link show eth0; ip netns exec c${s.i} cat /proc/net/snmp6 /proc/net/dev_snmp6/eth0 | grep -v ' 0$'`;
    case "down":
      return s.side === "host" ? `ip link set vh${s.i} down` : `ip -n c${s.i} link set eth0 down`;
    case "nomaster":
      return `ip link set vh${s.i} nomaster`;
    case "noipv6":
      return `ip netns exec c${s.i} sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1`;
    case "ip6tables":
      return s.i === 0 ? `ip6tables -A ${s.chain === "INPUT" || s.chain === "PREROUTING" ? "FORWARD" : s.chain} -t ${s.chain === "POSTROUTING" ? "mangle" : "filter"} -j ACCEPT` : `ip netns exec c${s.i} ip6tables -t mangle -A ${s.chain} -j ACCEPT`;
    case "ebtables":
      return `ebtables -A FORWARD -j ACCEPT`;
    case "hairpin":
      return `bridge link set dev vh${s.i} hairpin on`;
    case "delns":
      return `ip netns del c${s.i}`;
    case "mtu":
      return `ip link set vh${s.i} mtu 1280; ip -n c${s.i} link set eth0 mtu 1280`;
  }
}

function script(steps: Step[]): string {
  const lines = ["ip link add br0 type bridge", "ip link set br0 up"];
  for (let i = 1; i <= N; i++) lines.push(containerScript(i));
  for (const s of steps) lines.push(`${stepText(s)} 2>&1`);
  lines.push("sleep 5", "wait");
  lines.push("sort cap.txt 2>/dev/null | uniq -c; sort err.txt 2>/dev/null | uniq -c");
  lines.push("ip -s -s link; ip6tables -L -v -n -x 2>&1; ip6tables -t mangle -L -v -n -x 2>&1; ebtables -L --Lc 2>&1");
  lines.push("cat /proc/net/snmp6 /proc/net/dev_snmp6/* | grep -v ' 0$'");
  for (let i = 1; i <= N; i++) lines.push(`ip -n c${i} -s -s link 2>&1; ip -n c${i} -6 addr 2>&1; ip -n c${i} -6 neigh 2>&1; ip netns exec c${i} cat /proc/net/snmp6 /proc/net/dev_snmp6/eth0 2>&1 | grep -v ' 0$'`);
  return lines.join("\n") + "\n";
}

/** Everything observable, as one string. */
type Mode = boolean | "batch";
/** on: both fast paths; "batch": the per-device batches only; off: neither. */
async function observe(text: string, on: Mode, between?: (w: World) => Promise<string>): Promise<string> {
  setAggregatedFlood(on !== false);
  setCountedFlood(on === true);
  const world = new World({ seed: 7, bare: true });
  const r = await world.run(text);
  const out: string[] = [`status ${r.status}`, r.stdout, r.stderr];
  if (between) out.push(await between(world));
  out.push(worldState(world));
  return out.join("\n");
}

describe("aggregated flood", () => {
  afterEach(() => {
    setAggregatedFlood(true);
    setCountedFlood(true);
  });

  it("changes nothing observable (random scenarios, fast paths on, batches only, off)", async () => {
    const c0 = rxBatchCounts.counted;
    await fc.assert(
      fc.asyncProperty(fc.array(arbStep, { minLength: 1, maxLength: 14 }), async (steps) => {
        const text = script(steps);
        const fast = await observe(text, true);
        const slow = await observe(text, false);
        expect(fast).toBe(slow);
        expect(await observe(text, "batch")).toBe(slow);
      }),
      { numRuns: 25, seed: 20261122, endOnFailure: true },
    );
    expect(rxBatchCounts.counted - c0).toBeGreaterThan(100);
  }, 900_000);

  it("the scenario used takes the fast path and DAD still finds a duplicate through it", async () => {
    const text = [
      "ip link add br0 type bridge",
      "ip link set br0 up",
      containerScript(1),
      containerScript(2),
      containerScript(3),
      "sleep 3",
      "ip -n c1 addr add 2001:db8::5/64 dev eth0",
      "sleep 3",
      "ip -n c2 addr add 2001:db8::5/64 dev eth0",
      "sleep 3",
      "ip -n c2 -6 addr show dev eth0 | grep 2001",
      "ip -s link show vh3",
    ].join("\n");
    const q0 = rxBatchCounts.queued;
    const k0 = rxBatchCounts.quiet;
    const fast = await observe(text, true);
    const queued = rxBatchCounts.queued - q0;
    const quiet = rxBatchCounts.quiet - k0;
    const slow = await observe(text, false);
    expect(rxBatchCounts.queued - q0).toBe(queued);
    expect(fast).toBe(slow);
    expect(fast).toContain("dadfailed");
    // Most deliveries were batched and passed over; the duplicate's solicitation was not.
    expect(queued).toBeGreaterThan(20);
    expect(quiet).toBeGreaterThan(queued / 2);
    expect(quiet).toBeLessThan(queued);
  }, 60_000);

  // 250 ports: a handful of frames sent at one instant flood ~2 000 copies
  // into the 1 000-slot backlog, so batches fill it, meet FULL_RING drops and
  // are drained across several softirq runs, interleaved with real frames
  // (a solicitation whose target's last 32 bits match a receiver's address,
  // an ARP broadcast) that go the slow way.
  it("keeps the backlog's order and its FULL_RING drops", async () => {
    const n = 250;
    const lines = ["ip link add br0 type bridge", "ip link set br0 up", "i=1", `while [ $i -le ${n} ]; do`];
    lines.push(containerScript(1).replaceAll("c1", "c$i").replaceAll("vh1", "vh$i").replaceAll("vc1", "vc$i").replace("10.0.0.2/16", "10.0.$((i / 200)).$((i % 200 + 2))/16"));
    lines.push("i=$((i + 1))", "done", "sleep 3");
    const text = lines.join("\n") + "\n";
    const eth0 = (w: World, i: number): NetDevice => {
      const vh = devGetByName(w.host().initNet, `vh${i}`)!;
      return netCore(vh.ops.getLinkNet!(vh)).devices.get(vh.iflink)!;
    };
    const ipv6 = (src: NetDevice, dstLow: number, hop: number, type: number, target: bigint): Uint8Array => {
      const f = new Uint8Array(14 + 40 + 24);
      f.set([0x33, 0x33, 0xff, (dstLow >> 16) & 0xff, (dstLow >> 8) & 0xff, dstLow & 0xff], 0);
      f.set(src.addr, 6);
      f.set([0x86, 0xdd, 0x60, 0, 0, 0, 0, 24, 58, hop], 12);
      f.set([0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, (dstLow >> 16) & 0xff, (dstLow >> 8) & 0xff, dstLow & 0xff], 38);
      f[54] = type;
      for (let k = 0; k < 16; k++) f[62 + k] = Number((target >> BigInt(8 * (15 - k))) & 0xffn);
      return f;
    };
    const between = async (w: World): Promise<string> => {
      const target = in6DevGet(eth0(w, 7))!.addrs[0]!.addr;
      const low = Number(target & 0xffffffn);
      for (let k = 1; k <= 9; k++) {
        const src = eth0(w, k * 20);
        // An ARP broadcast, a listener report (hop limit 1), a solicitation for container 7's address:
        // the first softirq run ends inside the report's counted flood.
        const data = k % 3 === 0 ? ipv6(src, low, 255, 135, target) : k % 3 === 2 ? ipv6(src, 0x16, 1, 143, 0n) : new Uint8Array([...[255, 255, 255, 255, 255, 255], ...src.addr, 0x08, 0x06, ...new Array(46).fill(0)]);
        devQueueXmit(allocSkb(data, src, w.now));
      }
      // Between two softirq runs of this instant (floods still in the
      // backlog): read counters, then change a receiver (its IPv6 off) and
      // a port (down), so floods in flight go on device by device.
      const seen: string[] = [];
      const nsOf = (i: number) => eth0(w, i).net;
      w.clock.at(w.now, () => {
        seen.push(procNetSnmp6(nsOf(3)), JSON.stringify(eth0(w, 3).stats), JSON.stringify(eth0(w, 240).stats), procNetSnmp6(nsOf(240)));
        sysctlWrite(nsOf(100), "net.ipv6.conf.eth0.disable_ipv6", "1");
        seen.push(procNetSnmp6(nsOf(3)), procNetSnmp6(nsOf(100)), JSON.stringify(eth0(w, 100).stats));
      });
      w.clock.at(w.now, () => {
        seen.push(procNetSnmp6(nsOf(3)), procNetSnmp6(nsOf(240)), JSON.stringify(eth0(w, 3).stats), JSON.stringify(devGetByName(w.host().initNet, "vh3")!.stats));
      });
      const r = await w.run("sleep 1; ip -s link show vh7; ip -n c7 -s link; ip -n c7 -6 neigh; ip -n c250 -s link; ip -n c100 -s link; ip netns exec c100 cat /proc/net/snmp6");
      return seen.map((x, i) => x.split("\n").map((l) => `S${i} ${l}`).join("\n")).join("\n") + r.stdout + r.stderr;
    };
    const q0 = rxBatchCounts.queued;
    const c0 = rxBatchCounts.counted;
    const fast = await observe(text, true, between);
    const queued = rxBatchCounts.queued - q0;
    const counted = rxBatchCounts.counted - c0;
    const slow = await observe(text, false, between);
    expect(fast).toBe(slow);
    expect(await observe(text, "batch", between)).toBe(slow);
    expect(queued).toBeGreaterThan(1000);
    expect(counted).toBeGreaterThan(1000);
    expect(fast).toMatch(/"FULL_RING",\d+/);
  }, 300_000);
});
