// ll_name_to_index() through the index-only RTM_GETLINK
// (kernel/core/rtnetlink.ts rtnlGetlinkIfindex, tools/iproute2/lib/utils.ts
// getlinkIndexOnly) against the full reply it replaces: random scripts over
// devices of every kind that fills differently (veth with its peer in another
// namespace, so the fill allocates a link-netnsid; bridge and its ports;
// vxlan; macvlan; dummy), names that exist, do not, look like "ifN" or are too
// long, through `ip`, `ip -n` and `bridge` commands that resolve names, run
// with the fast path on and off: output, status, every namespace's nsids and
// links, counters, clock and RNG identical.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { getlinkIndexOnly } from "../../src/tools/iproute2/lib/utils.js";
import { worldState } from "../support/world-state.js";

const SETUP = `
ip netns add a
ip netns add b
ip link add br0 type bridge
ip link add v1 type veth peer name p1
ip link add d0 type dummy
`;

const DEV = ["v1", "p1", "br0", "d0", "vx0", "mv0", "eth0", "lo", "if1", "if99", "nosuch", "averyveryverylongname"];
const NS = ["", "-n a ", "-n b ", "-n nosuch "];

const step = fc.oneof(
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV), fc.constantFrom("up", "down", "mtu 1400", "master br0", "nomaster", "name eth0")).map(([n, d, what]) => `ip ${n}link set ${d} ${what}`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `ip ${n}link set ${d} netns ${n ? "1" : "a"}`),
  fc.tuple(fc.constantFrom("a", "b"), fc.constantFrom(...DEV)).map(([n, d]) => `ip link set ${d} netns ${n}`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV), fc.integer({ min: 1, max: 9 })).map(([n, d, k]) => `ip ${n}addr add 10.0.0.${k}/24 dev ${d}`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `ip ${n}route add 10.9.0.0/16 dev ${d}`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `ip ${n}neigh add 10.0.0.77 lladdr 02:00:00:00:00:01 dev ${d}`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `ip ${n}link add vx0 type vxlan id 5 dev ${d} dstport 4789`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `ip ${n}link add mv0 link ${d} type macvlan mode bridge`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `ip ${n}-o link show dev ${d}`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `ip ${n}-o addr show dev ${d}`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `bridge ${n}fdb add 02:00:00:00:00:02 dev ${d} master`),
  fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...DEV)).map(([n, d]) => `bridge ${n}link set dev ${d} cost 7`),
  fc.constantFrom("ip link add v2 type veth peer name p2 netns b", "ip -n b link set p2 name eth0", "ip netns del a", "ip netns set b 5"),
);

const FINAL = `
for n in "" a b; do
  if [ -n "$n" ]; then x="-n $n"; else x=""; fi
  echo "== $n"; ip $x netns list-id; ip $x -d -o link show; ip $x -o addr show; ip $x route show
done 2>&1
`;

async function run(script: string, on: boolean) {
  getlinkIndexOnly.enabled = on;
  try {
    const w = new World({ seed: 5, bare: true });
    const r = await w.run(`${SETUP}\n${script}\n${FINAL}`);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, state: worldState(w) };
  } finally {
    getlinkIndexOnly.enabled = true;
  }
}

describe("ll_name_to_index through the index-only RTM_GETLINK", () => {
  it("changes nothing observable (random scripts, fast path on and off)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const script = steps.join("\n");
        const on = await run(script, true);
        const off = await run(script, false);
        expect(on).toEqual(off);
      }),
      { numRuns: 100, seed: 6 },
    );
  }, 120_000);

  it("allocates the veth peer's link-netnsid as the full reply does", async () => {
    // Created with its peer in b, nothing has filled p2 in b yet: the rename looks it up by
    // name (the rename itself fills nothing), and that reply gives the root namespace an nsid in b.
    const script = "ip link add v2 type veth peer name p2 netns b\nip -n b netns list-id\nip -n b link set p2 name eth0\nip -n b netns list-id";
    const on = await run(script, true);
    expect(on).toEqual(await run(script, false));
    expect(on.stdout.startsWith("nsid 0 \n")).toBe(true);
  });
});
