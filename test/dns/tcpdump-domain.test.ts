// tcpdump's DNS decoding (print-domain.ts) against the real tcpdump 4.99:
// cases/dns-samples.pcap was captured in the kernel sandbox while
// test/dns/pcapgen.py (a python3 client and server on 127.0.0.1:53) exchanged
// queries and replies of many shapes (A, AAAA, CNAME chain, MX, TXT, SRV, NS
// with glue, NXDOMAIN with SOA, REFUSED, SERVFAIL without RA, PTR, EDNS0 OPT,
// CHAOS class, TC, ANY, CD, no RD, the root name, a 5-byte datagram); the
// cases/tcpdump-*.out files are what Debian 12's tcpdump printed reading it
// with -n, -n -v, -n -vv, -n -vvv and without -n. Re-record: see record.sh.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { World } from "../../src/world/world.js";

const dir = join(__dirname, "cases");

for (const [flags, file] of [
  ["-n", "tcpdump-n.out"],
  ["-n -v", "tcpdump-n-v.out"],
  ["-n -vv", "tcpdump-n-vv.out"],
  ["-n -vvv", "tcpdump-n-vvv.out"],
  ["", "tcpdump-names.out"],
] as const) {
  test(`tcpdump ${flags} -r dns-samples.pcap`, async () => {
    const w = new World({ bare: true });
    w.host().fs.writeFile(undefined, "/", "/tmp/dns-samples.pcap", new Uint8Array(readFileSync(join(dir, "dns-samples.pcap"))));
    const r = await w.run(`cd /tmp; tcpdump ${flags} -r dns-samples.pcap 2>&1`);
    expect(r.stdout).toBe(readFileSync(join(dir, file), "utf8"));
  });
}
