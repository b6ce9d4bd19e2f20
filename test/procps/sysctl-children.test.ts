// sysctlChildren (the /proc/sys/net directories) answers without building
// every key of the namespace. Differential check against the plain scan it
// replaced: every key from sysctlKeys, its next component after the prefix,
// and under net.ipv4/6.conf|neigh the device name as devNameIn finds it
// (device names may contain dots, and may look like other names' prefixes).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { netCore } from "../../src/kernel/core/net_namespace.js";
import type { NetNamespace } from "../../src/kernel/core/netns.js";
import { sysctlChildren, sysctlKeys } from "../../src/kernel/fs/procfs-sys.js";
import { World } from "../../src/world/world.js";

function plainScan(ns: NetNamespace, prefix: string): Map<string, "dir" | "file"> {
  const out = new Map<string, "dir" | "file">();
  const p = prefix ? `${prefix}.` : "";
  const devDir = /^net\.ipv[46]\.(conf|neigh)$/.test(prefix);
  for (const k of sysctlKeys(ns)) {
    if (!k.startsWith(p)) continue;
    const rest = k.slice(p.length);
    if (devDir) {
      const names = ["all", "default", ...netCore(ns).byName.keys()];
      out.set(names.find((n) => rest.startsWith(`${n}.`)) ?? rest.slice(0, rest.indexOf(".")), "dir");
      continue;
    }
    const i = rest.indexOf(".");
    if (i < 0) out.set(rest, "file");
    else out.set(rest.slice(0, i), "dir");
  }
  return out;
}

/** Every dotted prefix of every key, and a few that match nothing or only part of a name. */
function prefixes(ns: NetNamespace): string[] {
  const set = new Set<string>(["", "net.ipv4.conf.d", "net.ipv6.neigh.d0.1", "nope", "net.ipv4.conf.all.forwarding"]);
  for (const k of sysctlKeys(ns)) {
    const parts = k.split(".");
    for (let i = 1; i < parts.length; i++) set.add(parts.slice(0, i).join("."));
  }
  return [...set];
}

function check(world: World): void {
  const ns = world.host().newTask(undefined, "test").netns;
  for (const p of prefixes(ns)) {
    const got = sysctlChildren(ns, p);
    const want = plainScan(ns, p);
    expect([...got], p).toEqual([...want]);
  }
}

const NAMES = ["d0", "d0.1", "d0.1.2", "d1", "d1.forwarding", "d1.mtu", "x.y", "all.z", "e"];

describe("sysctlChildren", () => {
  it("matches the plain scan in a booted host and a bare one", async () => {
    check(new World({ bare: true }));
    const w = new World({ internet: false });
    await w.run("ip link add d0 type dummy; ip link add d0.1 type dummy; ip link add d1.forwarding type dummy; ip link add d1 type dummy; ip link set d0.1 mtu 1000\n");
    check(w);
  });

  it("matches the plain scan after random device adds, renames, deletes and MTU changes (no IPv6 below 1280)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.constantFrom("add", "add", "rename", "del", "mtu"), fc.constantFrom(...NAMES), fc.constantFrom(...NAMES)),
          { minLength: 1, maxLength: 8 },
        ),
        async (ops) => {
          const w = new World({ bare: true });
          let script = "";
          for (const [op, a, b] of ops) {
            if (op === "add") script += `ip link add ${a} type dummy 2>/dev/null\n`;
            else if (op === "rename") script += `ip link set ${a} name ${b} 2>/dev/null\n`;
            else if (op === "mtu") script += `ip link set ${a} mtu ${b.length % 2 ? 1000 : 1500} 2>/dev/null\n`;
            else script += `ip link del ${a} 2>/dev/null\n`;
          }
          await w.run(script);
          check(w);
        },
      ),
      { numRuns: 40, seed: 6 },
    );
  });
});
