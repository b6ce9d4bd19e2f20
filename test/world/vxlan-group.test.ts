// A VXLAN multicast group across hosts joined by the underlay (cables and
// learning switches, not namespaces of one kernel): each host's vxlan joins
// 239.1.1.1 on eth1 when it comes up, flooding goes to the group (TTL 1) and
// the switches deliver it to every member, which learns the sender. The
// single-kernel version is the golden test/golden/vxlan/group-3nodes.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";

function topology(hosts: number): string {
  const l = ["name: vxlan-group", "hosts:"];
  for (let i = 1; i <= hosts; i++) {
    l.push(`  node${i}:`, "    bare: true", `    nics: [{name: eth1, address: 172.16.0.${i}/24}]`, "    startup: |");
    for (const s of [
      // No IPv6 on the overlay: its MLD/ND would reach the group too and come first in the capture.
      "sysctl -qw net.ipv6.conf.default.disable_ipv6=1",
      `ip link add vxlan0 address 02:00:00:00:00:0${i} type vxlan id 100 dstport 4789 group 239.1.1.1 dev eth1`,
      `ip addr add 10.9.0.${i}/24 dev vxlan0`,
      "ip link set vxlan0 up",
    ])
      l.push(`      ${s}`);
  }
  // Two switches: node1 and node2 on sw0, node3 behind sw1, so the group crosses a switch-to-switch link.
  l.push("switches:", "  sw0:", "  sw1:", "links:", "  - {endpoints: [sw0:uplink, sw1]}");
  for (let i = 1; i <= hosts; i++) l.push(`  - {endpoints: [node${i}:eth1, sw${i < 3 ? 0 : 1}]}`);
  return `${l.join("\n")}\n`;
}

describe("vxlan multicast group across hosts", () => {
  it("joins, floods to the group through the switches, and every member learns", async () => {
    const w = await World.fromTopology(topology(3));
    expect(w.bootFailures).toEqual([]);
    const m = await w.run("ip maddr show dev eth1 | grep 'inet '; grep -c 010101EF /proc/net/igmp", { host: "node3" });
    expect(m).toEqual({ stdout: "\tinet  239.1.1.1\n\tinet  224.0.0.1\n1\n", stderr: "", status: 0 });
    // tcpdump on node3 while node1 pings node2 (through ssh, as one script).
    const r = await w.run(
      "tcpdump -n -v -i eth1 -c 1 udp > /tmp/cap 2>/dev/null & sleep 1; ssh node1 'ping -c 1 10.9.0.2' | sed -n 2p; wait; cat /tmp/cap",
      { host: "node3" },
    );
    const c = r.stdout.split("\n");
    expect(c[0]).toMatch(/^64 bytes from 10\.9\.0\.2: icmp_seq=1 ttl=64 time=/);
    c.shift();
    expect(c[0]).toMatch(/ IP \(tos 0x0, ttl 1, id \d+, offset 0, flags \[none\], proto UDP \(17\), length 78\)$/);
    expect(c[1]).toMatch(/^ {4}172\.16\.0\.1\.\d+ > 239\.1\.1\.1\.4789: VXLAN, flags \[I\] \(0x08\), vni 100$/);
    expect(c[2]).toBe("ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 10.9.0.2 tell 10.9.0.1, length 28");
    // node3 heard the group flood and learned node1 behind 172.16.0.1; node2 learned it and answered unicast.
    for (const h of ["node2", "node3"]) {
      const f = await w.run("bridge fdb show dev vxlan0", { host: h });
      expect(f.stdout).toContain("02:00:00:00:00:01 dst 172.16.0.1 self \n");
      expect(f.stdout).toContain("00:00:00:00:00:00 dst 239.1.1.1 via eth1 self permanent\n");
    }
    const f1 = await w.run("bridge fdb show dev vxlan0 | head -1", { host: "node1" });
    expect(f1.stdout).toBe("02:00:00:00:00:02 dst 172.16.0.2 self \n");
  });

  it("a host whose vxlan is down has left the group and hears nothing", async () => {
    const w = await World.fromTopology(topology(3));
    await w.run("ip link set vxlan0 down", { host: "node3" });
    const m = await w.run("grep -c 010101EF /proc/net/igmp", { host: "node3" });
    expect(m.stdout).toBe("0\n");
    await w.run("ping -c 1 10.9.0.2 >/dev/null", { host: "node1" });
    const f = await w.run("bridge fdb show dev vxlan0", { host: "node3" });
    expect(f.stdout).toBe("00:00:00:00:00:00 dst 239.1.1.1 via eth1 self permanent\n");
  });
});
