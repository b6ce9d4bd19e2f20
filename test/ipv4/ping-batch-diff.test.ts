// The ping flood batch (kernel/ipv4/ping_batch.ts) must not change anything
// observable: random scenarios on a bridge with three namespaces and one
// routed through the host — quiet floods of random sizes and counts in the
// foreground and background (two at once among them), floods with a preload
// or output, iptables rules (conntrack and limit matches) appearing and
// flushed in the host and the namespaces, br_netfilter on and off, ebtables,
// captures started mid-flood, FDB flushes and MAC changes, neighbours
// flushed and replaced, links going down and up, addresses going, MTU
// changes, sysctls, the bridge's ageing time 0 (every frame flooded, the
// third namespace dropping its copies), ports not learning (the same, every
// frame to that port's namespace flooded), IPv6 floods, counters read while a
// flood runs — run with the batch on
// and off; the output, `ip -s link`, nstat, /proc/net/snmp, iptables and
// ebtables counters, conntrack, the FDB, every device's counters and drop
// counters, the clock (time, events run, timers made) and the next RNG
// draws must be the same. A run near the event limit must stop where the
// ordinary path stops.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { observeWith } from "../support/world-state.js";
import { labAddr, labEbtables, labIptables, labReadout, labSetup } from "../support/bridge-lab.js";
import { floodBatchStats, setFloodBatch } from "../../src/kernel/ipv4/ping_batch.js";

const N = 3;
const ns = fc.integer({ min: 1, max: N });
const peer = fc.integer({ min: 1, max: N + 1 });

const arbStep = fc.oneof(
  { weight: 6, arbitrary: fc.record({ k: fc.constant("flood" as const), i: ns, j: peer, n: fc.integer({ min: 1, max: 3000 }), size: fc.constantFrom(56, 0, 15, 16, 200, 1400), bg: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("flood2" as const), i: ns, j: peer, n: fc.integer({ min: 1, max: 300 }), preload: fc.constantFrom(1, 3), quiet: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("iptables" as const), where: fc.integer({ min: 0, max: N }), chain: fc.constantFrom("INPUT", "OUTPUT", "FORWARD", "POSTROUTING", "PREROUTING"), what: fc.constantFrom("count", "drop", "ct", "flush") }) },
  fc.record({ k: fc.constant("flood6" as const), i: ns, j: ns, n: fc.integer({ min: 1, max: 3000 }), bg: fc.boolean() }),
  fc.record({ k: fc.constant("ageing" as const), t: fc.constantFrom(0, 30000) }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("learning" as const), i: ns, on: fc.boolean() }) },
  fc.record({ k: fc.constant("brnf" as const), on: fc.boolean() }),
  fc.record({ k: fc.constant("ebtables" as const), what: fc.constantFrom("drop", "count", "flush") }),
  fc.record({ k: fc.constant("tcpdump" as const), i: fc.integer({ min: 0, max: N }) }),
  fc.record({ k: fc.constant("fdb" as const), what: fc.constantFrom("flush", "mac"), i: ns }),
  fc.record({ k: fc.constant("neigh" as const), i: ns, what: fc.constantFrom("flush", "perm", "stale") }),
  fc.record({ k: fc.constant("link" as const), i: ns, up: fc.boolean() }),
  fc.record({ k: fc.constant("addr" as const), i: ns }),
  fc.record({ k: fc.constant("mtu" as const), i: ns, mtu: fc.constantFrom(1280, 1500) }),
  fc.record({ k: fc.constant("sysctl" as const), i: ns, v: fc.constantFrom(0, 1) }),
  fc.record({ k: fc.constant("stats" as const), i: ns }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("sleep" as const), t: fc.constantFrom("0", "0.001", "0.05", "0.5", "2") }) },
);
type Step = typeof arbStep extends fc.Arbitrary<infer T> ? T : never;

const addrOf = (j: number) => labAddr(j, N);

function stepText(s: Step): string {
  switch (s.k) {
    case "flood":
      return `ip netns exec n${s.i} ping -f -q -c ${s.n} -s ${s.size} -W 0.5 ${addrOf(s.j)} ${s.bg ? `> fl-${s.i}-${s.n}.txt 2>&1 &` : "| tail -3; echo flood $?"}`;
    case "flood6":
      return `ip netns exec n${s.i} ping -6 -f -q -c ${s.n} -W 0.5 fd00::${s.j} ${s.bg ? `> f6-${s.i}-${s.n}.txt 2>&1 &` : "| tail -3; echo flood6 $?"}`;
    case "learning":
      return `ip link set v${s.i} type bridge_slave learning ${s.on ? "on" : "off"}`;
    case "ageing":
      return `ip link set br0 type bridge ageing_time ${s.t}`;
    case "flood2":
      return `ip netns exec n${s.i} ping -f ${s.quiet ? "-q " : ""}-l ${s.preload} -c ${s.n} -W 0.5 ${addrOf(s.j)} | tail -3; echo flood $?`;
    case "iptables":
      return labIptables(s.where, s.chain, s.what);
    case "brnf":
      return `sysctl -qw net.bridge.bridge-nf-call-iptables=${s.on ? 1 : 0}`;
    case "ebtables":
      return labEbtables(s.what);
    case "tcpdump":
      return s.i
        ? `ip netns exec n${s.i} timeout 0.3 tcpdump -l -i e${s.i} -n -e -xx icmp 2>&1 | head -20 >> cap-${s.i}.txt &`
        : "timeout 0.3 tcpdump -l -i br0 -n -e -xx icmp 2>&1 | head -20 >> cap-0.txt &";
    case "fdb":
      return s.what === "flush" ? `ip link set v${s.i} type bridge_slave fdb_flush` : `ip -n n${s.i} link set e${s.i} address 02:00:00:00:0${s.i}:0${s.i}`;
    case "neigh":
      switch (s.what) {
        case "flush":
          return `ip -n n${s.i} neigh flush dev e${s.i}`;
        case "perm":
          return `ip -n n${s.i} neigh replace 10.9.0.${(s.i % N) + 1} lladdr 02:00:00:00:00:0${s.i} dev e${s.i} nud permanent`;
        case "stale":
          return `ip -n n${s.i} neigh change 10.9.0.${(s.i % N) + 1} dev e${s.i} nud stale 2>&1`;
      }
      return "";
    case "link":
      return `ip link set v${s.i} ${s.up ? "up" : "down"}`;
    case "addr":
      return `ip -n n${s.i} addr del 10.9.0.${s.i}/24 dev e${s.i} || ip -n n${s.i} addr add 10.9.0.${s.i}/24 dev e${s.i}; ip -n n${s.i} route replace default via 10.9.0.254 2>/dev/null; true`;
    case "mtu":
      return `ip -n n${s.i} link set e${s.i} mtu ${s.mtu}`;
    case "sysctl":
      return `ip netns exec n${s.i} sysctl -qw net.ipv4.icmp_echo_ignore_all=${s.v}`;
    case "stats":
      return `ip -n n${s.i} -s link show e${s.i}; ip netns exec n${s.i} nstat -az 2>&1 | grep -i -e icmp -e ip | grep -v '^#'; ip -n n${s.i} neigh`;
    case "sleep":
      return `sleep ${s.t}`;
  }
}

function script(steps: Step[]): string {
  const lines = labSetup(N, true);
  lines.push("modprobe br_netfilter 2>/dev/null; sysctl -qw net.bridge.bridge-nf-call-iptables=0 2>/dev/null; true");
  lines.push("ip netns exec n1 ping -f -q -c 5000 -W 0.5 10.9.0.2 > bg.txt 2>&1 &");
  for (const s of steps) lines.push(`${stepText(s)} 2>&1`);
  lines.push(...labReadout(N, "bg.txt fl-*.txt f6-*.txt 2>/dev/null", true));
  return lines.join("\n") + "\n";
}

function observe(text: string, on: boolean, maxEvents?: number): Promise<string> {
  return observeWith(text, setFloodBatch, on, { seed: 7, maxEvents });
}

describe("ping flood batch", () => {
  afterEach(() => setFloodBatch(true));

  it("changes nothing observable (random scenarios, batch on and off)", async () => {
    const trips0 = floodBatchStats.trips;
    await fc.assert(
      fc.asyncProperty(fc.array(arbStep, { minLength: 1, maxLength: 10 }), async (steps) => {
        const text = script(steps);
        const fast = await observe(text, true);
        const plain = await observe(text, false);
        expect(fast).toBe(plain);
      }),
      { numRuns: 20, seed: 20261122, endOnFailure: true },
    );
    // The batch was taken.
    expect(floodBatchStats.trips - trips0).toBeGreaterThan(20_000);
  }, 900_000);

  // Scenarios aimed at one guard each (random ones reach them seldom).
  const AIMED: Record<string, string> = {
    // Every request flooded (v2 does not learn), the third namespace drops its copy: a drop per round trip.
    "drop per round trip": "ip link set v2 type bridge_slave learning off; ip link set v2 type bridge_slave fdb_flush; ip netns exec n1 ping -f -q -c 3000 10.9.0.2 | tail -2",
    // The neighbour goes STALE: the first round trip arms the DELAY timer.
    "neighbour stale": "ip -n n1 neigh change 10.9.0.2 dev e1 nud stale; ip netns exec n1 ping -f -q -c 3000 10.9.0.2 | tail -2; ip -n n1 neigh",
    // Fragmented echoes: a reassembly queue and its timer per datagram.
    "fragments": "ip netns exec n1 ping -f -q -s 3000 -c 3000 10.9.0.2 | tail -2; ip netns exec n1 ping -f -q -s 3000 -c 3000 10.9.8.2 | tail -2",
    // Replies ignored: every probe waits its 10 ms.
    "no replies": "ip netns exec n2 sysctl -qw net.ipv4.icmp_echo_ignore_all=1; ip netns exec n1 ping -f -q -c 300 10.9.0.2 | tail -2",
    // An ICMP error (not rate limited) for every probe, at once.
    "errors": "sysctl -qw net.ipv4.icmp_ratelimit=0; ip route add prohibit 10.9.7.0/24; ip netns exec n1 ping -f -q -c 3000 10.9.7.1 | tail -2; ip netns exec n1 nstat -az | grep -i icmp",
    // Two floods at once, and one against a capture started later.
    "two floods": "ip netns exec n1 ping -f -q -c 3000 10.9.0.2 > a.txt & ip netns exec n3 ping -f -q -c 3000 10.9.8.2 | tail -2; sleep 0.001; ip netns exec n2 timeout 0.3 tcpdump -c 3 -v -n -i e2 icmp 2>&1 & sleep 0.01; ip netns exec n2 ping -f -q -c 3000 10.9.0.1 | tail -2; wait; cat a.txt",
  };
  for (const [name, steps] of Object.entries(AIMED)) {
    it(`changes nothing observable: ${name}`, async () => {
      const text = script([]).replace("ip netns exec n1 ping -f -q -c 5000 -W 0.5 10.9.0.2 > bg.txt 2>&1 &", `ip netns exec n1 ping -c 1 10.9.0.2 > /dev/null; ip netns exec n1 ping -c 1 10.9.8.2 > /dev/null\n${steps}`);
      expect(await observe(text, true)).toBe(await observe(text, false));
    }, 300_000);
  }

  it("stops at the event limit where the ordinary path stops", async () => {
    const setup = ["ip link add br0 type bridge", "ip link set br0 up"];
    for (let i = 1; i <= 2; i++) {
      setup.push(`ip netns add n${i}`, `ip link add v${i} type veth peer name e${i}`, `ip link set e${i} netns n${i}`);
      setup.push(`ip -n n${i} addr add 10.9.0.${i}/24 dev e${i}`, `ip -n n${i} link set e${i} up`, `ip link set v${i} master br0`, `ip link set v${i} up`);
    }
    const flood = `${setup.join("\n")}\nip netns exec n1 ping -f -q -c 100000 10.9.0.2; echo $?\n`;
    for (const limit of [5_000, 61_235]) {
      const trips0 = floodBatchStats.trips;
      const fast = await observe(flood, true, limit);
      expect(floodBatchStats.trips - trips0).toBeGreaterThan(0);
      expect(fast).toContain("event limit");
      expect(fast).toBe(await observe(flood, false, limit));
    }
  }, 300_000);
});
