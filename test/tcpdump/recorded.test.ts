// Our tcpdump against the real tcpdump 4.99.3: every case in cases.list reads
// a capture (crafted by make-pcaps.ts or captured on the real kernel) and must
// print the same stdout, stderr and exit status as recorded by record.sh; -w
// cases must write the same bytes as the real tcpdump wrote.

import { beforeAll, describe, expect, it } from "vitest";
import { installBareProvider, loadCases, runTcpdump } from "./support.js";

const cases = loadCases();

beforeAll(() => installBareProvider());

describe("tcpdump -r against recorded real output", () => {
  it("has the recorded cases", () => {
    expect(cases.length).toBeGreaterThan(200);
  });
  for (const c of cases) {
    it(c.id, async () => {
      const r = await runTcpdump(c.args);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(c.expected);
      if (c.written) {
        const ours = r.world.host().fs.readFile(undefined, "/", "/tmp/out.pcap");
        expect(Buffer.from(ours).equals(Buffer.from(c.written))).toBe(true);
      }
    });
  }
});
