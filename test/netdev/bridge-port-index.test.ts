// The bridge's per-port-add walks kept incremental (kernel/bridge/br_stp_sel.ts:
// the state selection walks only ports that are not quiet; br_if.ts: the port
// number bitmap and the lowest port address, MTU and TSO limits kept on the bridge) must not change
// anything observable:
// random scenarios on two bridges (ports added, removed and re-added, links and
// bridges going up and down, STP on and off with a link between the bridges so
// BPDUs pick a root port, bridge and port priorities, path costs, bridge and
// port addresses and port MTUs changed, time passing through the forward delays) run with
// the index on and off, and everything is compared: the script's output
// (bridge -d link, ip -d link, bridge fdb, counters), every device's counters
// and drop counters, the clock (time, events run, timers made) and the next
// draws of the world's RNG.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { setCarrierIndex, setStpSelIndex, stpSelCounts } from "../../src/kernel/bridge/br_stp_sel.js";
import { setBrIdCache } from "../../src/kernel/bridge/br_if.js";
import { worldState } from "../support/world-state.js";

const N = 6;
const i = fc.integer({ min: 1, max: N });
const b = fc.integer({ min: 0, max: 1 });

const arbStep = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constant("master" as const), i, b }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("up" as const), i, side: fc.constantFrom("host", "ns") }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("down" as const), i, side: fc.constantFrom("host", "ns") }) },
  fc.record({ k: fc.constant("nomaster" as const), i }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("stp" as const), b, on: fc.boolean(), fd: fc.constantFrom(0, 200, 400) }) },
  fc.record({ k: fc.constant("prio" as const), b, v: fc.constantFrom(100, 32768, 40000) }),
  fc.record({ k: fc.constant("portprio" as const), i, v: fc.constantFrom(5, 32, 40) }),
  fc.record({ k: fc.constant("cost" as const), i, v: fc.constantFrom(1, 7, 100) }),
  fc.record({ k: fc.constant("braddr" as const), b, v: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constant("portaddr" as const), i, v: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constant("mtu" as const), i, v: fc.constantFrom(1280, 1500, 9000) }),
  fc.record({ k: fc.constant("brdown" as const), b }),
  fc.record({ k: fc.constant("brup" as const), b }),
  { weight: 2, arbitrary: fc.record({ k: fc.constant("link" as const), x: fc.constant("x"), up: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("sleep" as const), t: fc.constantFrom("0.5", "2", "5", "16") }) },
  fc.record({ k: fc.constant("show" as const), i }),
  fc.record({ k: fc.constant("ping" as const), i, j: i }),
);
type Step = (typeof arbStep extends fc.Arbitrary<infer T> ? T : never) | { k: "link"; x: "y"; up: boolean };

function stepText(s: Step): string {
  switch (s.k) {
    case "master":
      return `ip link set vh${s.i} master br${s.b}`;
    case "up":
      return s.side === "host" ? `ip link set vh${s.i} up` : `ip -n c${s.i} link set eth0 up`;
    case "down":
      return s.side === "host" ? `ip link set vh${s.i} down` : `ip -n c${s.i} link set eth0 down`;
    case "nomaster":
      return `ip link set vh${s.i} nomaster`;
    case "stp":
      return `ip link set br${s.b} type bridge stp_state ${s.on ? 1 : 0} forward_delay ${s.fd}`;
    case "prio":
      return `ip link set br${s.b} type bridge priority ${s.v}`;
    case "portprio":
      return `bridge link set dev vh${s.i} priority ${s.v}`;
    case "cost":
      return `bridge link set dev vh${s.i} cost ${s.v}`;
    case "braddr":
      return `ip link set br${s.b} address 02:00:00:00:0b:0${s.v}`;
    case "mtu":
      return `ip link set vh${s.i} mtu ${s.v}`;
    case "portaddr":
      return `ip link set vh${s.i} address 02:00:00:00:0${s.v}:0${s.i}`;
    case "brdown":
      return `ip link set br${s.b} down`;
    case "brup":
      return `ip link set br${s.b} up`;
    case "link":
      return `ip link set ${s.x}0 master br0 ${s.up ? "up" : "down"}; ip link set ${s.x}1 master br1 ${s.up ? "up" : "down"}`;
    case "sleep":
      return `sleep ${s.t}`;
    case "show":
      return `bridge -d link show dev vh${s.i}; ip -d link show br0 | grep -o 'root_port [0-9]*\\|bridge_id [^ ]*\\|designated_root [^ ]*'`;
    case "ping":
      return `ip netns exec c${s.i} ping -c 1 -W 1 10.0.0.${s.j + 1} > /dev/null; echo ping $?`;
  }
}

/** Per container at the start: 0 no port, 1 a port of br0, 2 of br1, 3 a port of br0 left down. */
type Attach = number[];
const arbAttach = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: N, maxLength: N });

function script(steps: Step[], attach: Attach = [1, 2, 1, 2, 1, 2]): string {
  const lines = ["ip link add br0 type bridge", "ip link add br1 type bridge", "ip link set br0 up", "ip link set br1 up"];
  lines.push("ip link add x0 type veth peer name x1", "ip link add y0 type veth peer name y1");
  for (let k = 1; k <= N; k++) {
    lines.push(
      `ip netns add c${k}`,
      `ip link add vh${k} type veth peer name vc${k}`,
      `ip link set vc${k} netns c${k}`,
      `ip -n c${k} link set vc${k} name eth0`,
      `ip -n c${k} addr add 10.0.0.${k + 1}/16 dev eth0`,
      `ip -n c${k} link set eth0 up`,
    );
    const a = attach[k - 1]!;
    if (a) lines.push(`ip link set vh${k} master br${a === 2 ? 1 : 0}`);
    if (a === 1 || a === 2) lines.push(`ip link set vh${k} up`);
  }
  for (const s of steps) lines.push(`${stepText(s)} 2>&1`);
  lines.push("sleep 40");
  lines.push("bridge -d link; bridge fdb show | grep -v ' 33:33:\\| 01:00:5e:'; ip -d link; ip -s -s link");
  return lines.join("\n") + "\n";
}

async function observe(text: string, on: boolean): Promise<string> {
  setStpSelIndex(on);
  setBrIdCache(on);
  setCarrierIndex(on);
  const world = new World({ seed: 11, bare: true });
  const r = await world.run(text);
  return [`status ${r.status}`, r.stdout, r.stderr, worldState(world)].join("\n");
}

describe("bridge port index (state selection, port numbers)", () => {
  afterEach(() => {
    setStpSelIndex(true);
    setBrIdCache(true);
    setCarrierIndex(true);
  });

  it("changes nothing observable (random scenarios, index on and off)", async () => {
    const c0 = stpSelCounts.indexed;
    await fc.assert(
      fc.asyncProperty(fc.array(arbStep, { minLength: 1, maxLength: 16 }), arbAttach, async (steps, attach) => {
        const text = script(steps, attach);
        const fast = await observe(text, true);
        const slow = await observe(text, false);
        expect(fast).toBe(slow);
      }),
      { numRuns: Number(process.env.BP_RUNS ?? 30), seed: 20261122, endOnFailure: true },
    );
    expect(stpSelCounts.indexed - c0).toBeGreaterThan(300);
  }, 900_000);

  it("a port that reaches forwarding by its forward delay timer keeps the bridge's carrier", async () => {
    const steps: Step[] = [
      { k: "stp", b: 0, on: true, fd: 200 },
      { k: "up", i: 1, side: "host" },
      { k: "sleep", t: "5" },
      { k: "master", i: 2, b: 0 },
    ];
    const text = script(steps, [3, 0, 0, 0, 0, 0]);
    const fast = await observe(text, true);
    expect(fast).toBe(await observe(text, false));
    expect(fast).toMatch(/br0: <BROADCAST,MULTICAST,UP,LOWER_UP>/);
  }, 120_000);

  // find_portno(): the lowest number no port holds, a freed one reused (the bitmap kept on the bridge).
  it("a new port takes the lowest free port number", async () => {
    const w = new World({ seed: 1, bare: true });
    const lines = ["ip link add br0 type bridge"];
    for (let k = 1; k <= 5; k++) lines.push(`ip link add v${k} type veth peer name w${k}`, `ip link set v${k} master br0`);
    lines.push("ip link set v2 nomaster", "ip link set v4 nomaster", "ip link set v4 master br0", "ip link set v2 master br0", "ip link add v6 type veth peer name w6", "ip link set v6 master br0");
    lines.push("for d in v1 v2 v3 v4 v5 v6; do ip -d link show $d | grep -o 'port_no 0x[0-9a-f]*'; done");
    const r = await w.run(lines.join("\n") + "\n");
    expect(r.stdout + r.stderr).toBe(["0x1", "0x4", "0x3", "0x2", "0x5", "0x6"].map((n) => `port_no ${n}\n`).join(""));
  });

  // The kept minimums: a port added below them lowers them, the lowest port leaving or changing its MTU raises them.
  it("the bridge's MTU and TSO limits follow its ports, the same with the kept minimums", async () => {
    const lines = ["ip link add br0 type bridge"];
    for (let k = 1; k <= 3; k++) lines.push(`ip link add v${k} type veth peer name w${k}`);
    lines.push("ip link add vx0 type vxlan id 5 dstport 4789", "ip link set vx0 mtu 1400");
    const show = "ip -d link show br0 | grep -o 'mtu [0-9]*\\|tso_max_size [0-9]*\\|tso_max_segs [0-9]*' | tr '\\n' ' '; echo";
    for (const step of [
      "ip link set v1 master br0",
      "ip link set v2 mtu 1400",
      "ip link set v2 master br0",
      "ip link set v3 mtu 1300",
      "ip link set v3 master br0",
      "ip link set v3 nomaster",
      "ip link set v2 mtu 9000",
      "ip link set v1 mtu 2000",
      "ip link set vx0 master br0",
      "ip link set vx0 nomaster",
      "ip link set v1 nomaster",
    ])
      lines.push(step, show);
    const text = lines.join("\n") + "\n";
    const fast = await observe(text, true);
    expect(fast).toBe(await observe(text, false));
    expect(fast.match(/^mtu [0-9]+/gm)).toEqual(["mtu 1500", "mtu 1500", "mtu 1400", "mtu 1400", "mtu 1300", "mtu 1400", "mtu 1500", "mtu 2000", "mtu 1400", "mtu 2000", "mtu 9000"]);
  }, 120_000);

  it("an STP ring: root port, a blocked port and a topology change, the same with the index", async () => {
    const steps: Step[] = [
      { k: "stp", b: 0, on: true, fd: 200 },
      { k: "stp", b: 1, on: true, fd: 200 },
      { k: "prio", b: 1, v: 100 },
      { k: "link", x: "x", up: true },
      { k: "link", x: "y", up: true },
      { k: "sleep", t: "5" },
      { k: "show", i: 2 },
      { k: "master", i: 3, b: 0 },
      { k: "portprio", i: 2, v: 5 },
      { k: "sleep", t: "2" },
      { k: "link", x: "x", up: false },
      { k: "sleep", t: "16" },
      { k: "show", i: 1 },
      { k: "link", x: "x", up: true },
      { k: "cost", i: 2, v: 7 },
      { k: "sleep", t: "16" },
    ];
    const text = script(steps);
    const fast = await observe(text, true);
    expect(fast).toBe(await observe(text, false));
    expect(fast).toMatch(/state blocking/);
    expect(fast).toMatch(/root_port [1-9]/);
  }, 120_000);
});
