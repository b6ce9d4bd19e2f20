// The neighbour table's own storage (kernel/core/neighbour.ts): entries kept
// per device, searched in a short list and indexed by a Map past eight, the
// table's order being creation order across devices. many-entries.sh
// interleaves three devices' entries (12 each, so both lookups are used),
// deletes, replaces, re-adds, flushes and downs a device; its .expected was
// written by the previous implementation (one string-keyed Map per
// namespace) and pins that nothing observable changed. Not a kernel
// recording: the kernel dumps in hash order, the model in creation order.
// Also: appendSmall/prependSmall/insertSmall (core/small_array.ts).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { appendSmall, insertSmall, prependSmall } from "../../src/kernel/core/small_array.js";

const DIR = join(import.meta.dirname, "neigh-table");

describe("neighbour table storage", () => {
  it("keeps creation order and every operation's result (many-entries.sh)", async () => {
    const world = new World({ seed: 1, bare: true });
    const r = await world.run(readFileSync(join(DIR, "many-entries.sh"), "utf8"));
    const got = `${r.stdout}--stderr--\n${r.stderr}--status ${r.status}\n`;
    expect(got).toBe(readFileSync(join(DIR, "many-entries.expected"), "utf8"));
  });

  // The records chained from dev.neighRecs (both tables, namespaces around moves); .expected written by
  // the previous implementation (records in a WeakMap keyed by the device, one per table).
  it("keeps each table's records of one device apart across moves and drops (records-move.sh)", async () => {
    const world = new World({ seed: 1, bare: true });
    const r = await world.run(readFileSync(join(DIR, "records-move.sh"), "utf8"));
    const got = `${r.stdout}--stderr--\n${r.stderr}--status ${r.status}\n`;
    expect(got).toBe(readFileSync(join(DIR, "records-move.expected"), "utf8"));
  });

  it("forgets a device's entries when it moves to another namespace, and finds them by key after", async () => {
    const world = new World({ seed: 1, bare: true });
    const r = await world.run(
      [
        "ip netns add x",
        "ip link add a0 type veth peer name b0",
        "for i in 1 2 3 4 5 6 7 8 9 10; do ip neigh add 10.0.0.$i lladdr 02:00:00:00:00:0$((i % 10)) dev a0; done",
        "ip neigh show dev a0 | wc -l",
        "ip link set a0 netns x",
        "ip neigh show | wc -l",
        "ip -n x neigh show | wc -l",
        "ip -n x neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev a0",
        "ip -n x neigh show",
        "ip -n x neigh get 10.0.0.9 dev a0",
      ].join("\n"),
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("10\n0\n0\n10.0.0.9 dev a0 lladdr 02:00:00:00:00:99 PERMANENT \n10.0.0.9 dev a0 lladdr 02:00:00:00:00:99 PERMANENT \n");
  });
});

describe("small arrays", () => {
  it("append, prepend and insert give the same contents as push, unshift and splice", () => {
    for (let n = 0; n < 40; n++) {
      const base = Array.from({ length: n }, (_, i) => i);
      const a = base.slice();
      a.push(-1);
      expect(appendSmall(base.slice(), -1)).toEqual(a);
      const p = base.slice();
      p.unshift(-1);
      expect(prependSmall(base.slice(), -1)).toEqual(p);
      for (const at of [0, Math.floor(n / 2), n]) {
        const s = base.slice();
        s.splice(at, 0, -1);
        expect(insertSmall(base.slice(), at, -1)).toEqual(s);
      }
    }
  });

  it("copies short lists and grows long ones in place", () => {
    const short = [1, 2];
    expect(appendSmall(short, 3)).not.toBe(short);
    const long = Array.from({ length: 16 }, (_, i) => i);
    expect(appendSmall(long, 16)).toBe(long);
  });
});
