// Differential test of the container path's kernel shortcuts (session 8,
// bench/README.md "Session 8: kernel work behind the ip commands"): random
// scenarios of namespaces, veth pairs, bridges, IPv4 addresses (primary and
// secondary, /32, /31, peer, metric, noprefixroute, on lo), links going down
// and up, addresses deleted and devices moved, renamed and deleted, run with
// each shortcut on and off; the script's output (every routing table, the
// addresses, links, sysctls), every device's counters, drop counters, the
// clock and the RNG draws must be the same. Each shortcut must also have
// been taken, so the comparison is not vacuous.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fibMagicFast } from "../../src/kernel/ipv4/fib_frontend.js";
import { notifierFilter } from "../../src/kernel/core/dev.js";
import { sysctlConfPointer } from "../../src/kernel/fs/procfs-sys.js";
import { observeWith } from "../support/world-state.js";

const N = 3;

const arbStep = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constant("addr" as const), i: fc.integer({ min: 0, max: N }), host: fc.integer({ min: 1, max: 6 }), len: fc.constantFrom(8, 24, 24, 30, 31, 32), net: fc.integer({ min: 0, max: 1 }), opt: fc.constantFrom("", "", "metric 7", "noprefixroute", "peer 10.9.0.1", "brd +", "brd 10.0.255.255") }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("flip" as const), i: fc.integer({ min: 0, max: N }), side: fc.constantFrom("c", "h", "lo") }) },
  fc.record({ k: fc.constant("del" as const), i: fc.integer({ min: 0, max: N }) }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("twin" as const), i: fc.integer({ min: 1, max: N }), host: fc.integer({ min: 0, max: 3 }), len: fc.constantFrom(16, 24), flip: fc.constantFrom("d0", "eth0", "") }) },
  fc.record({ k: fc.constant("loaddr" as const), i: fc.integer({ min: 1, max: N }), host: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ k: fc.constant("master" as const), i: fc.integer({ min: 1, max: N }), b: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ k: fc.constant("route" as const), i: fc.integer({ min: 1, max: N }), net: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ k: fc.constant("rename" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("move" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("dellink" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("sysctl" as const), i: fc.integer({ min: 1, max: N }), v: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ k: fc.constant("sleep" as const), t: fc.constantFrom("0.1", "1", "3") }),
  fc.record({ k: fc.constant("mac" as const), i: fc.integer({ min: 1, max: N }), b: fc.integer({ min: 1, max: 250 }), side: fc.constantFrom("c", "h") }),
  fc.record({ k: fc.constant("mtu" as const), i: fc.integer({ min: 1, max: N }), mtu: fc.constantFrom(1000, 1400, 1500, 9000), side: fc.constantFrom("c", "h", "d") }),
  fc.record({ k: fc.constant("macvlan" as const), i: fc.integer({ min: 1, max: N }) }),
  fc.record({ k: fc.constant("knob" as const), i: fc.integer({ min: 1, max: N }), key: fc.constantFrom("ipv6.conf.eth0.router_solicitations", "ipv6.conf.eth0.disable_ipv6", "ipv6.conf.default.router_solicitations", "ipv6.conf.all.forwarding", "ipv6.neigh.eth0.retrans_time_ms", "ipv4.conf.default.arp_ignore", "ipv4.conf.eth0.arp_ignore", "ipv4.neigh.eth0.base_reachable_time_ms", "ipv6.conf.d0.dad_transmits"), v: fc.constantFrom("0", "1", "2", "300") }),
  fc.record({ k: fc.constant("newdev" as const), i: fc.integer({ min: 1, max: N }), n: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ k: fc.constant("ping" as const), i: fc.integer({ min: 1, max: N }), j: fc.integer({ min: 1, max: N }) }),
);

type Step = typeof arbStep extends fc.Arbitrary<infer T> ? T : never;

/** Namespace c$i's command prefix (i = 0: the host's namespace, on the bridges). */
function at(i: number): string {
  return i === 0 ? "ip" : `ip -n c${i}`;
}

function script(steps: Step[]): string {
  const lines = [
    "ip link add br0 type bridge",
    "ip link add br1 type bridge",
    "ip addr add 10.0.0.1/16 dev br0",
    "ip link set br0 up",
  ];
  for (let i = 1; i <= N; i++) {
    lines.push(
      `ip netns add c${i}`,
      `ip link add vh${i} type veth peer name vc${i}`,
      `ip link set vc${i} netns c${i}`,
      `ip -n c${i} link set vc${i} name eth0`,
      `ip -n c${i} addr add 10.0.0.${i + 1}/16 dev eth0`,
      `ip -n c${i} addr add fd00::${i + 1}/64 dev eth0 nodad`,
      `ip -n c${i} link set eth0 up`,
      `ip -n c${i} link set lo up`,
      `ip link set vh${i} master br0`,
      `ip link set vh${i} up`,
      `ip -n c${i} route add default via 10.0.0.1`,
      `ip -n c${i} link add d0 type dummy`,
      `ip -n c${i} link set d0 up`,
    );
  }
  const dev = (i: number) => (i === 0 ? "br0" : "eth0");
  for (const s of steps) {
    switch (s.k) {
      case "addr":
        lines.push(`${at(s.i)} addr add 10.${s.net}.${s.len === 8 ? 0 : 1}.${s.host}/${s.len} ${s.opt} dev ${dev(s.i)}`);
        break;
      case "flip": {
        const d = s.side === "lo" ? "lo" : s.side === "h" && s.i > 0 ? `vh${s.i}` : dev(s.i);
        const p = s.side === "h" && s.i > 0 ? "ip" : at(s.i);
        lines.push(`${p} link set ${d} down`, `${p} link set ${d} up`);
        break;
      }
      case "del":
        lines.push(`${at(s.i)} addr del 10.0.0.${s.i + 1}/16 dev ${dev(s.i)}`, `${at(s.i)} addr add 10.0.0.${s.i + 1}/16 dev ${dev(s.i)}`);
        break;
      case "twin":
        // The same subnet on a second device: routes of one prefix with other sources and devices.
        // (host 0: eth0's own address, so routes differing only in their device.)
        lines.push(`${at(s.i)} addr add 10.0.${s.host === 0 ? `0.${s.i + 1}` : `${s.len === 16 ? 200 : 0}.${s.host + 50}`}/${s.len} dev d0`);
        if (s.flip) lines.push(`${at(s.i)} link set ${s.flip} down`, `${at(s.i)} link set ${s.flip} up`);
        break;
      case "loaddr":
        lines.push(`${at(s.i)} addr add 127.0.0.${s.host + 1}/8 dev lo`);
        break;
      case "master":
        lines.push(`ip link set br${s.b} up`, `ip link set vh${s.i} master br${s.b}`);
        break;
      case "route":
        lines.push(`${at(s.i)} route add 10.${s.net + 5}.0.0/16 via 10.0.0.1 metric ${s.net}`);
        break;
      case "rename":
        lines.push(`${at(s.i)} link set eth0 down`, `${at(s.i)} link set eth0 name e${s.i}`, `${at(s.i)} link set e${s.i} name eth0`, `${at(s.i)} link set eth0 up`);
        break;
      case "move":
        lines.push(`ip link set vh${s.i} netns c${s.i}`, `ip -n c${s.i} link set vh${s.i} up`, `ip -n c${s.i} addr add 10.0.0.${s.i + 100}/16 dev vh${s.i}`);
        break;
      case "dellink":
        lines.push(`ip link del vh${s.i}`);
        break;
      case "sysctl":
        lines.push(`ip netns exec c${s.i} sysctl -q -w net.ipv4.conf.eth0.promote_secondaries=${s.v}`);
        break;
      case "sleep":
        lines.push(`sleep ${s.t}`);
        break;
      case "mac":
        lines.push(s.side === "h" ? `ip link set vh${s.i} address 02:00:00:00:01:${s.b.toString(16).padStart(2, "0")}` : `${at(s.i)} link set eth0 address 02:00:00:00:02:${s.b.toString(16).padStart(2, "0")}`);
        break;
      case "mtu":
        lines.push(s.side === "h" ? `ip link set vh${s.i} mtu ${s.mtu}` : `${at(s.i)} link set ${s.side === "d" ? "d0" : "eth0"} mtu ${s.mtu}`);
        break;
      case "macvlan":
        lines.push(`${at(s.i)} link add mv0 link d0 type macvlan mode bridge`, `${at(s.i)} link set mv0 up`, `${at(s.i)} link set d0 down`, `${at(s.i)} link set d0 up`);
        break;
      case "knob":
        lines.push(`ip netns exec c${s.i} sysctl -q -w net.${s.key}=${s.v}`);
        break;
      case "newdev":
        lines.push(`${at(s.i)} link add n${s.n} type dummy`, `${at(s.i)} link set n${s.n} up`, `${at(s.i)} link set n${s.n} name eth9`, `${at(s.i)} link set eth9 name n${s.n}`);
        break;
      case "ping":
        lines.push(`ip netns exec c${s.i} ping -c 1 -W 1 10.0.0.${s.j + 1}`, `ip netns exec c${s.i} ping -6 -c 1 -W 1 fd00::${s.j + 1}`);
        break;
    }
  }
  for (let i = 0; i <= N; i++) {
    lines.push(`${at(i)} route show table all`, `${at(i)} -d addr`, `${at(i)} -d link`);
  }
  lines.push("ip -s link", "bridge fdb show", "bridge -d link");
  for (let i = 1; i <= N; i++) lines.push(`ip netns exec c${i} sysctl -a 2>/dev/null | grep -E 'conf|neigh' | md5sum`);
  for (let i = 1; i <= N; i++) lines.push(`ip -n c${i} neigh`, `ip -n c${i} -6 neigh`);
  return lines.map((l) => `${l} 2>&1`).join("\n");
}

/**
 * Random scripts run with a shortcut on and off (`set`), everything compared;
 * `after` runs once after each pair (a counter read, a switch reset).
 */
async function sameWithAndWithout(set: (on: boolean) => void, fcSeed: number, after: () => void = () => {}): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(arbStep, { minLength: 4, maxLength: 24 }), fc.integer({ min: 1, max: 1000 }), async (steps, seed) => {
      const text = script(steps);
      const on = await observeWith(text, set, true, { seed });
      after();
      const off = await observeWith(text, set, false, { seed });
      after();
      expect(on).toBe(off);
    }),
    { numRuns: 40, seed: fcSeed },
  );
}

describe("container path kernel shortcuts: the same with and without", () => {
  it("fib_magic's answer for a route already there", async () => {
    const before = fibMagicFast.hits;
    await sameWithAndWithout((on) => {
      fibMagicFast.on = on;
    }, 8008);
    // Taken often enough for the comparison to mean something.
    expect(fibMagicFast.hits - before).toBeGreaterThan(100);
  }, 300_000);

  it("the notifier chain per event", async () => {
    await sameWithAndWithout((on) => {
      notifierFilter.on = on;
    }, 8009);
  }, 300_000);

  it("the sysctl reads through the device's own table entry", async () => {
    // On: every read through the pointer checks it against the table's own entry (a stale one throws).
    await sameWithAndWithout(
      (on) => {
        sysctlConfPointer.on = on;
        sysctlConfPointer.check = on;
      },
      8010,
      () => {
        sysctlConfPointer.check = false;
      },
    );
  }, 300_000);
});
