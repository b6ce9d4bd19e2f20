// `nslab run --hosts` and `nslab run --topology` through the built CLI.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nslab } from "../cli/support.js";

const dir = mkdtempSync(join(tmpdir(), "nslab-world-cli-"));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const HINT = "Try 'nslab run --help' for more information.\n";

describe("nslab run --hosts", () => {
  it("runs the script on the first host of a LAN", async () => {
    const s = file("h.sh", "hostname; ip -br -4 addr show eth0; ssh c 'hostname; ip -br -4 addr show eth0'; ping -c 1 -q b | sed -n 4p\n");
    expect(await nslab(["run", "--hosts", "a,b,c", s])).toEqual({
      stdout:
        "a\neth0             UP             10.0.0.1/24 \nc\neth0             UP             10.0.0.3/24 \n" +
        "1 packets transmitted, 1 received, 0% packet loss, time 0ms\n",
      stderr: "",
      status: 0,
    });
  });

  it("refuses bad lists and combinations", async () => {
    const s = file("x.sh", "true\n");
    const cases: Array<[string[], string]> = [
      [["--hosts", "a,,b"], "nslab: --hosts: invalid host name '' (letters, digits and '-')\n"],
      [["--hosts", "a,b,a"], "nslab: --hosts: host 'a' is named twice\n"],
      [["--bare", "--hosts", "a"], "nslab: --bare and --hosts cannot be used together\n"],
      [["--hosts", "a", "--topology", "t.yaml"], "nslab: --hosts and --topology cannot be used together\n"],
    ];
    for (const [args, err] of cases) {
      expect(await nslab(["run", ...args, s]), args.join(" ")).toEqual({ stdout: "", stderr: err + HINT, status: 2 });
    }
  });

  it("--help says what addresses the hosts get", async () => {
    const r = await nslab(["--help"]);
    expect(r.stdout).toContain("nslab run --hosts a,b,c [--seed N] FILE|- [ARG...]");
    expect(r.stdout).toContain("(from 0) at 10.0.0.(i+1)/24");
  });
});

describe("nslab run --topology", () => {
  it("builds the world, runs startup scripts, then the script on the first host", async () => {
    const t = file(
      "t.yaml",
      "hosts:\n  x:\n    nics: [{name: eth1, address: 10.5.0.1/24}]\n    startup: echo x is up\n  y:\n    nics: [{name: eth1, address: 10.5.0.2/24}]\nlinks:\n  - endpoints: [x:eth1, y:eth1]\n    delay: 1ms\n",
    );
    const s = file("t.sh", "hostname; ping -c 2 -i 0.5 y | sed -n 3p; ssh y hostname\n");
    expect(await nslab(["run", "--topology", t, s])).toEqual({
      stdout: "x is up\nx\n64 bytes from y (10.5.0.2): icmp_seq=2 ttl=64 time=2.00 ms\ny\n",
      stderr: "",
      status: 0,
    });
  });

  it("points at the line of a mistake, exit 2", async () => {
    const t = file("bad.yaml", "hosts:\n  a:\n    nics:\n      - name: eth1\n        address: 10.0.0.1\n");
    expect(await nslab(["run", "--topology", t, file("y.sh", "true\n")])).toEqual({
      stdout: "",
      stderr: `nslab: ${t}:5:18: hosts.a.nics[0].address: expected CIDR like 10.0.0.1/24\n`,
      status: 2,
    });
  });

  it("reports a failing startup script and runs the script anyway", async () => {
    const t = file("fail.yaml", "hosts:\n  a:\n    startup: ip link set nope up\n");
    expect(await nslab(["run", "--topology", t, file("z.sh", "echo ran\n")])).toEqual({
      stdout: "ran\n",
      stderr: 'Cannot find device "nope"\nnslab: host a: startup exited with status 1\n',
      status: 0,
    });
  });

  it("cannot read a missing file", async () => {
    expect(await nslab(["run", "--topology", join(dir, "none.yaml"), file("w.sh", "true\n")])).toEqual({
      stdout: "",
      stderr: `nslab: cannot read '${join(dir, "none.yaml")}': No such file or directory\n`,
      status: 2,
    });
  });

  it("runs the example", async () => {
    const r = await nslab(["run", "--topology", "examples/two-hosts.yaml", "examples/two-hosts.sh"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("64 bytes from 10.10.0.2: icmp_seq=1 ttl=63 time=10.0 ms\n");
  });
});
