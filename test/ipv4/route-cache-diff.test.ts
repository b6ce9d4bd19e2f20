// The route cache (src/kernel/ipv4/route_cache.ts) must not change anything
// observable: random scenarios on a router (the host) with three namespaces,
// where pings run in the background (namespace to namespace through the
// host, and from the host) while routes are added, deleted and replaced,
// policy rules come and go (iif, to, from, fwmark, suppress_ifgroup),
// addresses are removed and re-added, links go down and up, devices change
// group or move to another namespace and back, rp_filter / forwarding /
// accept_local change, iptables drops and marks, and `ip route get` asks
// for input and output decisions. Each scenario runs with the cache on and
// off and everything is compared: the script's output, every device's
// counters and drop counters of every namespace, the clock and the next
// draws of the world's RNG. A missing invalidation (a kind of change that
// does not bump rt_genid) makes the cached run answer with a stale route.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { worldState } from "../support/world-state.js";
import { routeCacheStats, setRouteCacheEnabled } from "../../src/kernel/ipv4/route_cache.js";

const N = 3;
const ns = fc.integer({ min: 1, max: N });

const arbStep = fc.oneof(
  fc.record({ k: fc.constant("route" as const), op: fc.constantFrom("add", "del", "replace"), type: fc.constantFrom("blackhole", "unreachable", "prohibit"), j: ns }),
  fc.record({ k: fc.constant("wrongdev" as const), j: ns, dev: ns }),
  fc.record({ k: fc.constant("nsroute" as const), i: ns, del: fc.boolean() }),
  { weight: 3, arbitrary: fc.record({
    k: fc.constant("rule" as const),
    sel: fc.constantFrom("iif v1", "iif v2", "to 10.9.2.0/24", "from 10.9.3.2", "fwmark 3", "iif lo"),
    act: fc.constantFrom("prohibit", "unreachable", "lookup 100", "lookup main suppress_ifgroup 5"),
    prio: fc.constantFrom(5, 6),
  }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("ruledel" as const), prio: fc.constantFrom(5, 6) }) },
  fc.record({ k: fc.constant("table100" as const), j: ns, dev: ns }),
  fc.record({ k: fc.constant("addr" as const), i: ns, side: fc.constantFrom("host", "ns"), secondary: fc.boolean() }),
  fc.record({ k: fc.constant("link" as const), i: ns, side: fc.constantFrom("host", "ns"), up: fc.boolean() }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("group" as const), i: ns, g: fc.constantFrom(0, 5) }) },
  fc.record({ k: fc.constant("move" as const), i: ns }),
  fc.record({ k: fc.constant("sysctl" as const), dev: fc.constantFrom("all", "v1", "v2", "v3"), key: fc.constantFrom("rp_filter", "forwarding", "accept_local"), v: fc.constantFrom(0, 1, 2) }),
  fc.record({ k: fc.constant("iptables" as const), i: ns, what: fc.constantFrom("drop", "flush", "mark", "unmark") }),
  fc.record({ k: fc.constant("get" as const), i: ns, j: ns }),
  fc.record({ k: fc.constant("mtu" as const), i: ns, mtu: fc.constantFrom(1300, 1500) }),
  fc.record({ k: fc.constant("bigping" as const), i: ns, j: ns, flush: fc.boolean() }),
  fc.record({ k: fc.constant("ping" as const), i: ns, j: fc.integer({ min: 0, max: N }) }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("sleep" as const), t: fc.constantFrom("0.02", "0.1", "0.3") }) },
);
type Step = typeof arbStep extends fc.Arbitrary<infer T> ? T : never;

function stepText(s: Step): string {
  switch (s.k) {
    case "route":
      return `ip route ${s.op} ${s.type} 10.9.${s.j}.2/32`;
    case "wrongdev":
      return `ip route replace 10.9.${s.j}.0/24 dev v${s.dev}`;
    case "nsroute":
      return s.del ? `ip -n c${s.i} route del default` : `ip -n c${s.i} route replace default via 10.9.${s.i}.1`;
    case "rule":
      return `ip rule add ${s.sel} ${s.act} prio ${s.prio}`;
    case "ruledel":
      return `ip rule del prio ${s.prio}`;
    case "table100":
      return `ip route replace 10.9.${s.j}.0/24 dev v${s.dev} table 100`;
    case "addr": {
      const a = s.side === "host" ? `10.9.${s.i}.${s.secondary ? 9 : 1}/24 dev v${s.i}` : `10.9.${s.i}.${s.secondary ? 8 : 2}/24 dev eth0`;
      const ip = s.side === "host" ? "ip" : `ip -n c${s.i}`;
      return `${ip} addr del ${a} || { ${ip} addr add ${a}; ip -n c${s.i} route replace default via 10.9.${s.i}.1; }`;
    }
    case "link":
      return `${s.side === "host" ? `ip link set v${s.i}` : `ip -n c${s.i} link set eth0`} ${s.up ? "up" : "down"}`;
    case "group":
      return `ip link set v${s.i} group ${s.g}`;
    case "move":
      return [
        `ip -n c${s.i} link set eth0 netns x`,
        `ip -n x link set eth0 netns c${s.i}`,
        `ip -n c${s.i} addr add 10.9.${s.i}.2/24 dev eth0`,
        `ip -n c${s.i} link set eth0 up`,
        `ip -n c${s.i} route add default via 10.9.${s.i}.1`,
      ].join("; ");
    case "sysctl":
      return `sysctl -qw net.ipv4.conf.${s.dev}.${s.key}=${s.key === "rp_filter" ? s.v : Math.min(s.v, 1)}`;
    case "iptables":
      switch (s.what) {
        case "drop":
          return `iptables -A FORWARD -s 10.9.${s.i}.2 -j DROP`;
        case "flush":
          return `iptables -F FORWARD`;
        case "mark":
          return `ip netns exec c${s.i} iptables -t mangle -A OUTPUT -j MARK --set-mark 3`;
        case "unmark":
          return `ip netns exec c${s.i} iptables -t mangle -F OUTPUT`;
      }
      return "";
    case "get":
      return `ip route get 10.9.${s.j}.2 from 10.9.${s.i}.2 iif v${s.i}; ip -n c${s.i} route get 10.9.${s.j}.2; ip route get 10.9.${s.j}.2`;
    case "mtu":
      return `ip link set v${s.i} mtu ${s.mtu}`;
    case "bigping":
      // Frag needed from the host: the sender learns a path MTU (route_fnhe.ts), then its route shows it.
      return `ip netns exec c${s.i} ping -c 2 -i 0.01 -W 0.05 -s 1400 -M do 10.9.${s.j}.2 2>&1 | tail -3; ip -n c${s.i} route get 10.9.${s.j}.2${s.flush ? `; ip -n c${s.i} route flush cache` : ""}`;
    case "ping":
      return s.j === 0
        ? `ping -c 2 -i 0.01 -W 0.05 10.9.${s.i}.2 > /dev/null; echo ping $?`
        : `ip netns exec c${s.i} ping -c 2 -i 0.01 -W 0.05 10.9.${s.j}.2 > /dev/null; echo ping $?`;
    case "sleep":
      return `sleep ${s.t}`;
  }
}

function script(steps: Step[]): string {
  const lines = ["echo 1 > /proc/sys/net/ipv4/ip_forward", "ip netns add x", "ip route add 10.9.9.0/24 dev lo table 100"];
  for (let i = 1; i <= N; i++) {
    lines.push(
      `ip netns add c${i}`,
      `ip link add v${i} type veth peer name eth0 netns c${i}`,
      `ip addr add 10.9.${i}.1/24 dev v${i}`,
      `ip link set v${i} up`,
      `ip -n c${i} addr add 10.9.${i}.2/24 dev eth0`,
      `ip -n c${i} link set eth0 up`,
      `ip -n c${i} link set lo up`,
      `ip -n c${i} route add default via 10.9.${i}.1`,
    );
  }
  // Floods in the background while the steps change things.
  lines.push("ip netns exec c1 ping -q -i 0.005 -c 400 10.9.2.2 > p1.txt 2>&1 &");
  lines.push("ip netns exec c3 ping -q -i 0.007 -c 300 10.9.1.2 > p3.txt 2>&1 &");
  lines.push("ping -q -i 0.01 -c 200 10.9.3.2 > p0.txt 2>&1 &");
  for (const s of steps) lines.push(`${stepText(s)} 2>&1`, "sleep 0.03");
  lines.push("wait", "cat p1.txt p3.txt p0.txt");
  lines.push("ip -s link; nstat -az 2>&1 | grep -v '^#'; iptables -L -v -n -x; ip route; ip rule");
  for (let i = 1; i <= N; i++) lines.push(`ip -n c${i} -s link 2>&1; ip netns exec c${i} nstat -az 2>&1 | grep -v '^#'; ip netns exec c${i} iptables -t mangle -L -v -n -x`);
  return lines.join("\n") + "\n";
}

/** Everything observable, as one string. */
async function observe(text: string, on: boolean): Promise<string> {
  setRouteCacheEnabled(on);
  const world = new World({ seed: 11, bare: true });
  const r = await world.run(text);
  const out: string[] = [`status ${r.status}`, r.stdout, r.stderr];
  out.push(worldState(world));
  return out.join("\n");
}

describe("route cache", () => {
  afterEach(() => setRouteCacheEnabled(true));

  it("changes nothing observable (random scenarios, cache on and off)", async () => {
    const hits0 = routeCacheStats.hits;
    await fc.assert(
      fc.asyncProperty(fc.array(arbStep, { minLength: 1, maxLength: 14 }), async (steps) => {
        const text = script(steps);
        const cached = await observe(text, true);
        const plain = await observe(text, false);
        expect(cached).toBe(plain);
      }),
      { numRuns: 30, seed: 20261122, endOnFailure: true },
    );
    // The cached runs did answer from the cache.
    expect(routeCacheStats.hits - hits0).toBeGreaterThan(10_000);
  }, 900_000);
});
