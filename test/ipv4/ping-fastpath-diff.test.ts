// The per-packet shortcuts of the ping flood path must not change anything
// observable: kernel/core/fast_paths.ts (netfilter hooks with nothing
// registered called through without a continuation, IPv4 and bridge; echo
// requests/replies answered in the frame with the reply's checksum updated
// from the request's sum), the bridge FDB's remembered hits
// (bridge/br_fdb_table.ts) and the clock's FIFO for timers of the current
// instant (sim/clock.ts). Random scenarios on a bridge with three
// namespaces and one routed through the host — pings of random sizes,
// patterns, TOS and TTL, floods, preloads, broadcast pings, iptables rules
// appearing and going at every IPv4 hook (host and namespaces, conntrack
// matches among them), br_netfilter switched on and off, ebtables rules,
// captures running, FDB entries flushed, aged and re-learned, addresses and
// links changing, counters read — run with all of them on and all off, and
// everything is compared: the output, every device's counters and drop
// counters of every namespace, the clock (time, events run, timers made) and
// the next draws of the world's RNG.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { observeWith } from "../support/world-state.js";
import { labAddr, labEbtables, labIptables, labReadout, labSetup } from "../support/bridge-lab.js";
import { setPktFastPaths } from "../../src/kernel/core/fast_paths.js";
import { setFdbHitCache } from "../../src/kernel/bridge/br_fdb_table.js";
import { setClockNowFifo } from "../../src/sim/clock.js";

const N = 3;
const ns = fc.integer({ min: 1, max: N });
const peer = fc.integer({ min: 1, max: N + 1 });

const arbStep = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant("ping" as const), i: ns, j: peer, size: fc.constantFrom(0, 1, 7, 8, 9, 15, 16, 17, 55, 56, 57, 63, 64, 65, 200, 1471, 1473), pat: fc.constantFrom("", "ff", "00", "a5", "0102030405"), tos: fc.constantFrom(0, 4, 0x10), ttl: fc.constantFrom(0, 1, 64) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("flood" as const), i: ns, j: peer, n: fc.integer({ min: 1, max: 300 }), preload: fc.constantFrom(1, 3), quiet: fc.boolean() }) },
  fc.record({ k: fc.constant("bcast" as const), i: ns }),
  { weight: 3, arbitrary: fc.record({ k: fc.constant("iptables" as const), where: fc.integer({ min: 0, max: N }), chain: fc.constantFrom("INPUT", "OUTPUT", "FORWARD", "POSTROUTING", "PREROUTING"), what: fc.constantFrom("count", "drop", "ct", "flush", "mark") }) },
  fc.record({ k: fc.constant("brnf" as const), on: fc.boolean() }),
  fc.record({ k: fc.constant("ebtables" as const), what: fc.constantFrom("drop", "count", "flush") }),
  fc.record({ k: fc.constant("tcpdump" as const), i: fc.integer({ min: 0, max: N }) }),
  fc.record({ k: fc.constant("fdb" as const), what: fc.constantFrom("flush", "ageing", "show", "mac") , i: ns }),
  fc.record({ k: fc.constant("link" as const), i: ns, up: fc.boolean() }),
  fc.record({ k: fc.constant("addr" as const), i: ns }),
  fc.record({ k: fc.constant("sysctl" as const), i: ns, key: fc.constantFrom("icmp_echo_ignore_all", "icmp_echo_ignore_broadcasts"), v: fc.constantFrom(0, 1) }),
  fc.record({ k: fc.constant("stats" as const), i: ns }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("sleep" as const), t: fc.constantFrom("0.001", "0.05", "0.5", "3") }) },
);
type Step = typeof arbStep extends fc.Arbitrary<infer T> ? T : never;

const addrOf = (j: number) => labAddr(j, N);

function stepText(s: Step): string {
  switch (s.k) {
    case "ping": {
      const opts = [`-c 2 -i 0.01 -W 0.2 -s ${s.size}`];
      if (s.pat) opts.push(`-p ${s.pat}`);
      if (s.tos) opts.push(`-Q ${s.tos}`);
      if (s.ttl) opts.push(`-t ${s.ttl}`);
      return `ip netns exec n${s.i} ping ${opts.join(" ")} ${addrOf(s.j)}; echo ping $?`;
    }
    case "flood":
      return `ip netns exec n${s.i} ping -f ${s.quiet ? "-q " : ""}-l ${s.preload} -c ${s.n} -W 0.5 ${addrOf(s.j)} | tail -3; echo flood $?`;
    case "bcast":
      return `ip netns exec n${s.i} ping -b -c 2 -i 0.01 -W 0.2 10.9.0.255 2>&1 | tail -3`;
    case "iptables":
      return labIptables(s.where, s.chain, s.what);
    case "brnf":
      return `sysctl -qw net.bridge.bridge-nf-call-iptables=${s.on ? 1 : 0}`;
    case "ebtables":
      return labEbtables(s.what);
    case "tcpdump":
      return s.i
        ? `ip netns exec n${s.i} timeout 0.3 tcpdump -l -i e${s.i} -n -e -xx icmp >> cap-${s.i}.txt 2>&1 &`
        : "timeout 0.3 tcpdump -l -i br0 -n -e -xx icmp >> cap-0.txt 2>&1 &";
    case "fdb":
      switch (s.what) {
        case "flush":
          return `ip link set v${s.i} type bridge_slave fdb_flush`;
        case "ageing":
          return "ip link set br0 type bridge ageing_time 100; sleep 2; ip link set br0 type bridge ageing_time 30000";
        case "show":
          return "bridge fdb show br br0 | grep -v permanent | sort";
        case "mac":
          return `ip -n n${s.i} link set e${s.i} address 02:00:00:00:0${s.i}:0${s.i}`;
      }
      return "";
    case "link":
      return `ip link set v${s.i} ${s.up ? "up" : "down"}`;
    case "addr":
      return `ip -n n${s.i} addr del 10.9.0.${s.i}/24 dev e${s.i} || ip -n n${s.i} addr add 10.9.0.${s.i}/24 dev e${s.i}; ip -n n${s.i} route replace default via 10.9.0.254 2>/dev/null; true`;
    case "sysctl":
      return `ip netns exec n${s.i} sysctl -qw net.ipv4.${s.key}=${s.v}`;
    case "stats":
      return `ip -n n${s.i} -s link show e${s.i}; ip netns exec n${s.i} nstat -az 2>&1 | grep -i icmp | grep -v '^#'`;
    case "sleep":
      return `sleep ${s.t}`;
  }
}

/** Rules present from the start: none (every hook plain), or counting rules at the bridge's and the namespaces' hooks. */
const BASE_RULES = [
  "",
  "iptables -A FORWARD -p icmp; iptables -t mangle -A POSTROUTING -p icmp; ip netns exec n2 iptables -A INPUT -p icmp; ip netns exec n1 iptables -A OUTPUT -p icmp",
  "iptables -A FORWARD -p icmp --icmp-type echo-reply -m limit --limit 100/s --limit-burst 5 -j ACCEPT; iptables -A FORWARD -p icmp --icmp-type echo-reply -j DROP",
];

function script(steps: Step[], base: number): string {
  const lines = labSetup(N);
  lines.push("modprobe br_netfilter 2>/dev/null; sysctl -qw net.bridge.bridge-nf-call-iptables=1 2>/dev/null; true");
  if (BASE_RULES[base]) lines.push(BASE_RULES[base]);
  // A flood in the background while the steps change things.
  lines.push("ip netns exec n1 ping -f -q -c 3000 -W 0.5 10.9.0.2 > bg.txt 2>&1 &");
  for (const s of steps) lines.push(`${stepText(s)} 2>&1`);
  lines.push(...labReadout(N, "bg.txt"));
  return lines.join("\n") + "\n";
}

function setAll(on: boolean): void {
  setPktFastPaths(on);
  setFdbHitCache(on);
  setClockNowFifo(on);
}

/** Everything observable, as one string. */
function observe(text: string, on: boolean): Promise<string> {
  return observeWith(text, setAll, on, { seed: 5 });
}

describe("ping flood fast paths", () => {
  afterEach(() => setAll(true));

  it("change nothing observable (random scenarios, fast paths on and off)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbStep, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: BASE_RULES.length - 1 }), async (steps, base) => {
        const text = script(steps, base);
        const fast = await observe(text, true);
        const plain = await observe(text, false);
        expect(fast).toBe(plain);
      }),
      { numRuns: 20, seed: 20261122, endOnFailure: true },
    );
  }, 900_000);
});
