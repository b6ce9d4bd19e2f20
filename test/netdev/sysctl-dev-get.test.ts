// sysctlGetDev (kernel/fs/procfs-sys.ts), the per-device read that skips
// building and splitting the key, must answer exactly what sysctlGet answers
// for the whole key: every key of every family for devices with ordinary
// names, names a namespace-wide key uses (all, default), a dotted name, a
// device too small for IPv6, a device that does not exist, unknown suffixes,
// after writes to conf.default, conf.all and the devices' own keys, and after
// renames and a move to another namespace.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { sysctlGet, sysctlGetDev, sysctlKeys } from "../../src/kernel/fs/procfs-sys.js";
import { liveNets } from "../../src/kernel/core/net_namespace.js";

const PREFIXES = ["net.ipv4.conf.", "net.ipv4.neigh.", "net.ipv6.conf.", "net.ipv6.neigh."] as const;

describe("sysctlGetDev", () => {
  it("answers what sysctlGet answers for the whole key", async () => {
    const w = new World({ seed: 3, bare: true });
    const r = await w.run(
      [
        "ip link add eth0 type dummy",
        "ip link add a.b type dummy",
        "ip link add small type dummy mtu 1000",
        "ip link add tiny type dummy mtu 1000",
        "sysctl -qw net.ipv6.conf.default.accept_ra=2 net.ipv4.conf.default.rp_filter=1 net.ipv4.conf.all.forwarding=1",
        "ip link add late type dummy",
        "sysctl -qw net.ipv6.conf.eth0.dad_transmits=3 net.ipv4.neigh.eth0.mcast_solicit=7 net.ipv6.neigh.late.retrans_time_ms=500",
        "sysctl -qw net.ipv4.conf.default.accept_local=1 net.ipv6.conf.all.hop_limit=9",
        "ip link set late name renamed",
        "ip netns add n1",
        "ip link add v0 type veth peer name v1",
        "ip link set v1 netns n1",
        "ip netns exec n1 sysctl -qw net.ipv6.conf.v1.mtu=1300",
        "ip link set small mtu 1400",
      ].join("\n"),
    );
    expect(r.stdout + r.stderr).toBe("");
    let checked = 0;
    for (const host of w.hosts.values()) {
      for (const net of liveNets(host).values()) {
        const suffixes = new Set<string>(["nosuch", "a.b"]);
        for (const k of sysctlKeys(net)) {
          for (const p of PREFIXES) if (k.startsWith(p)) suffixes.add(k.slice(k.lastIndexOf(".") + 1));
        }
        for (const dev of ["lo", "tiny", "eth0", "a.b", "small", "renamed", "late", "v0", "v1", "all", "default", "nosuch", ""]) {
          for (const p of PREFIXES) {
            for (const s of suffixes) {
              expect(sysctlGetDev(net, p, dev, s)).toBe(sysctlGet(net, `${p}${dev}.${s}`));
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
