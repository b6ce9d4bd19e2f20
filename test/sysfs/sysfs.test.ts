// /sys/class/net on a booted (non-bare) world: the VM's virtio NIC sits on its
// PCI function, not under devices/virtual. cases/nic.out was recorded by
// running cases/nic.sh with bash on the recording VM itself (read-only: it
// only reads /sys), with IFINDEX changed from 4 to 2 (that VM also has two
// ifb devices the model's VM does not). Goldens for namespaces are in
// test/golden/sysfs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { World } from "../../src/world/world.js";

const dir = join(import.meta.dirname, "cases");

it("shows the VM's NIC where the recording VM has it", async () => {
  const w = new World({ seed: 1 });
  const r = await w.run(`exec 2>&1\n${readFileSync(join(dir, "nic.sh"), "utf8")}`);
  expect(`${r.stdout}[exit ${r.status}]\n`).toBe(readFileSync(join(dir, "nic.out"), "utf8"));
});
