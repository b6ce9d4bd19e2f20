// Each configuration moby documents for v28.2.2 (integration/network/bridge/
// iptablesdoc/generated/NAME.md), built with docker commands in a world and
// compared rule for rule with what the real daemon produced (iptablesdoc/NAME.rules).
//
// The documents were generated on a host where net.ipv4.ip_forward was already
// 1 (their FORWARD policy is ACCEPT); a daemon that has to enable forwarding
// itself sets the policy to DROP, so the world enables it first, as that host had.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";

const dir = new URL("./iptablesdoc/", import.meta.url);
const CONFIGS = [
  "new-daemon",
  "usernet-internal",
  "usernet-portmap",
  "usernet-portmap-noicc",
  "usernet-portmap-routed",
  "usernet-portmap-natunprot",
];

describe("Docker 28.2.2 iptables layouts (moby iptablesdoc)", () => {
  for (const name of CONFIGS) {
    it(name, async () => {
      const script = readFileSync(new URL(`${name}.script`, dir), "utf8");
      const rules = readFileSync(new URL(`${name}.rules`, dir), "utf8");
      const w = new World({ seed: 7 });
      const r = await w.run(`sysctl -qw net.ipv4.ip_forward=1\n${script}`);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(rules);
      expect(r.status).toBe(0);
    });
  }

  it("a daemon that enables forwarding itself sets the FORWARD policy to DROP", async () => {
    const w = new World({ seed: 7 });
    const r = await w.run("docker network ls >/dev/null\nsysctl net.ipv4.ip_forward\niptables -S FORWARD");
    expect(r.stdout).toBe("net.ipv4.ip_forward = 1\n-P FORWARD DROP\n-A FORWARD -j DOCKER-USER\n-A FORWARD -j DOCKER-FORWARD\n");
  });

  it("removing the container and the network takes their rules away", async () => {
    const w = new World({ seed: 7 });
    const r = await w.run(
      "sysctl -qw net.ipv4.ip_forward=1\n" +
        "docker network create -o com.docker.network.bridge.name=bridge1 --subnet 192.0.2.0/24 bridge1 >/dev/null\n" +
        "docker run -d --network bridge1 -p 8080:80 --name c1 busybox sleep 3600 >/dev/null\n" +
        "docker rm -f c1 >/dev/null\ndocker network rm bridge1 >/dev/null\n" +
        "iptables -S; iptables -t nat -S; iptables -t raw -S; ip link show bridge1",
    );
    const base = readFileSync(new URL("new-daemon.rules", dir), "utf8");
    expect(r.stdout).toBe(`${base}-P PREROUTING ACCEPT\n-P OUTPUT ACCEPT\n`);
    expect(r.stderr).toBe('Device "bridge1" does not exist.\n');
  });
});
