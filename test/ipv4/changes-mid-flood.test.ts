// Route, rule, address, link, sysctl, iptables, namespace and neighbour
// changes while a ping runs: the per-packet shortcuts (cached route decisions,
// ipv4/route_cache.ts; the neighbour entry each device found last; one lookup
// result object per FIB alias; the frame slab) must give exactly what the
// plain lookups gave. The expected outputs are what the tree printed before
// those shortcuts existed — changes.sh at commit fd69dca, changes-routed.sh
// at dc0f7b7 (before the route cache), where every packet walked the FIB, with
// the two ICMP redirects the router sends since session 10 (route_redirect.ts) —
// and each script also runs with the route cache switched off. They are
// nslab's own outputs, not the kernel's (the losses depend on where the
// changes fall between probes, which the kernel's timing does not pin).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { setRouteCacheEnabled } from "../../src/kernel/ipv4/route_cache.js";

const EXPECTED = "PING 10.9.0.2 (10.9.0.2) 56(84) bytes of data.\n\n--- 10.9.0.2 ping statistics ---\n600 packets transmitted, 545 received, 9.16667% packet loss, time 1638ms\nrtt min/avg/max/mdev = 0.000/0.000/0.000/0.000 ms\n10.9.0.2 dev e1 lladdr 9a:4d:4c:e8:7e:f4 REACHABLE \n10.9.0.1 dev e2 lladdr 46:c7:bc:f1:b8:cf REACHABLE \n    RX:  bytes packets errors dropped  missed   mcast           \n         57886     595      0       0       0       0 \n    TX:  bytes packets errors dropped carrier collsns           \n         54046     555      0       0       0       0 \n";

const dir = join(import.meta.dirname, "mid-flood");

async function run(script: string, cache: boolean): Promise<{ status: number; stdout: string; stderr: string }> {
  setRouteCacheEnabled(cache);
  const w = new World({ seed: 1, bare: true });
  return w.run(readFileSync(join(dir, script), "utf8"));
}

afterEach(() => {
  setRouteCacheEnabled(true);
});

for (const cache of [true, false]) {
  it(`gives the uncached path's results when routes, rules, addresses, links and neighbours change mid-ping (route cache ${cache ? "on" : "off"})`, async () => {
    const r = await run("changes.sh", cache);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(EXPECTED);
  });

  it(`gives the uncached path's results for every kind of change on a routed path (route cache ${cache ? "on" : "off"})`, async () => {
    const r = await run("changes-routed.sh", cache);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, "changes-routed.expected"), "utf8"));
  });
}
