// Route, rule, address, link and neighbour changes while a ping runs: the
// per-packet shortcuts on the unicast path (the neighbour entry each device
// found last, one lookup result object per FIB alias, the frame slab) must
// give exactly what the plain lookups gave. The expected output is what the
// tree printed before those shortcuts existed (commit fd69dca, where every
// packet walked the FIB and the neighbour table by key); it is nslab's own
// output, not the kernel's (the losses depend on where the changes fall
// between probes, which the kernel's timing does not pin).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { World } from "../../src/world/world.js";

const EXPECTED = "PING 10.9.0.2 (10.9.0.2) 56(84) bytes of data.\n\n--- 10.9.0.2 ping statistics ---\n600 packets transmitted, 545 received, 9.16667% packet loss, time 1638ms\nrtt min/avg/max/mdev = 0.000/0.000/0.000/0.000 ms\n10.9.0.2 dev e1 lladdr 9a:4d:4c:e8:7e:f4 REACHABLE \n10.9.0.1 dev e2 lladdr 46:c7:bc:f1:b8:cf REACHABLE \n    RX:  bytes packets errors dropped  missed   mcast           \n         57886     595      0       0       0       0 \n    TX:  bytes packets errors dropped carrier collsns           \n         54046     555      0       0       0       0 \n";

it("gives the uncached path's results when routes, rules, addresses, links and neighbours change mid-ping", async () => {
  const w = new World({ seed: 1, bare: true });
  const r = await w.run(readFileSync(join(import.meta.dirname, "mid-flood/changes.sh"), "utf8"));
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(EXPECTED);
});
