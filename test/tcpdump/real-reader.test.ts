// A capture file written by nslab's tcpdump -w, copied out of the world and
// read by the real tcpdump -r of this machine (reading a file touches no
// network): both readers must print the same lines, byte for byte, and the
// real one must accept the file without complaint.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";

const REAL = "/usr/bin/tcpdump";

const SCRIPT = `
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip link set v0 up
ip -n a link set v1 up
sleep 0.1
tcpdump -i v0 -w /tmp/cap.pcap -c 6 -n 2>/dev/null &
sleep 0.5
ping -c 2 -i 0.2 -s 300 10.9.0.2 >/dev/null
wait
`;

describe.skipIf(!existsSync(REAL))("tcpdump -w file read by the real tcpdump", () => {
  it("prints what nslab's tcpdump -r prints", async () => {
    const world = new World({ bare: true, seed: 7 });
    const cap = await world.run(SCRIPT);
    expect(cap.status).toBe(0);
    const hex = await world.run("od -A n -v -t x1 /tmp/cap.pcap");
    const bytes = Uint8Array.from(hex.stdout.split(/\s+/).filter(Boolean).map((h) => parseInt(h, 16)));
    expect(bytes.length).toBeGreaterThan(24 + 6 * 16);
    const ours = await world.run("tcpdump -r /tmp/cap.pcap -n -tt -e -v 2>&1");
    const dir = mkdtempSync(join(tmpdir(), "nslab-pcap-"));
    try {
      const file = join(dir, "cap.pcap");
      writeFileSync(file, bytes);
      const real = spawnSync(REAL, ["-r", file, "-n", "-tt", "-e", "-v"], { encoding: "utf8" });
      expect(real.status).toBe(0);
      // The real reader's "reading from file" line names the host path.
      const realOut = (real.stderr + real.stdout).replace(file, "/tmp/cap.pcap");
      expect(ours.stdout).toBe(realOut);
      expect(ours.stdout).toContain("ICMP echo reply");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
