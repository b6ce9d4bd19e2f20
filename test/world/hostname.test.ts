// hostname 3.23 against recordings from the real one (cases/*.out, recorded
// by record.sh in kernel-sandbox with cases/hosts.txt as /etc/hosts), and the
// per-host names of a multi-host world.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";

const cases = join(import.meta.dirname, "cases");

describe("hostname", () => {
  it("matches the recorded transcript (cases/hostname.sh)", async () => {
    // Bare, as kernel-sandbox's host is: no eth0 address to list in -I.
    const w = new World({ bare: true });
    const hosts = readFileSync(join(cases, "hosts.txt"), "utf8");
    w.host().fs.writeFile(undefined, "/", "/etc/hosts", hosts);
    const r = await w.run(`exec 2>&1\n${readFileSync(join(cases, "hostname.sh"), "utf8")}`);
    expect(r.stdout).toBe(readFileSync(join(cases, "hostname.out"), "utf8"));
  });

  it("each host has its own name; /etc/hosts lists the others", async () => {
    const w = new World({ hosts: ["a", "b", "c"] });
    const r = await w.run("hostname; hostname -f; hostname -i; cat /etc/hostname; tail -4 /etc/hosts", { host: "b" });
    expect(r).toEqual({
      stdout: "b\nb\n127.0.1.1\nb\n\n# hosts of this nslab world\n10.0.0.1\ta\n10.0.0.3\tc\n",
      stderr: "",
      status: 0,
    });
  });
});
