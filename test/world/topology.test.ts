// Topology files: every validation message (with the line and column it
// points at), and the world a valid file builds.
import { describe, expect, it } from "vitest";
import { NS_PER_MS } from "../../src/sim/clock.js";
import { TopologyError, parseTopology } from "../../src/world/topology/load.js";
import { World } from "../../src/world/world.js";

function error(text: string): string {
  try {
    parseTopology(text, "t.yaml");
  } catch (e) {
    if (e instanceof TopologyError) return e.message;
    throw e;
  }
  return "(valid)";
}

describe("topology validation", () => {
  const cases: Array<[string, string, string]> = [
    ["empty file", "", "t.yaml:1:1: empty file: expected a mapping with hosts"],
    ["not a mapping", "- a\n", "t.yaml:1:1: expected a mapping with hosts (and name, switches, links)"],
    ["YAML syntax", "hosts: [a\nb: 1\n", "t.yaml:2:1: Flow sequence in block collection must be sufficiently indented and end with a ]"],
    ["duplicate key", "hosts:\n  a:\n  a:\n", "t.yaml:3:3: Map keys must be unique"],
    ["hosts missing", "name: x\n", "t.yaml:1:1: hosts: missing"],
    ["no hosts", "hosts: {}\n", "t.yaml:1:8: hosts: expected at least one host"],
    ["hosts not a mapping", "hosts: [a, b]\n", "t.yaml:1:8: hosts: expected a mapping of host names"],
    ["unknown top-level key", "hosts:\n  a:\nnodes: {}\n", "t.yaml:3:1: nodes: unknown key (expected one of: name, hosts, switches, links)"],
    ["name not a string", "name: [1]\nhosts:\n  a:\n", "t.yaml:1:7: name: expected a name"],
    ["bad host name", "hosts:\n  a_b:\n", "t.yaml:2:3: hosts.a_b: invalid name (letters, digits and '-', at most 64 characters)"],
    ["host not a mapping", "hosts:\n  a: 3\n", "t.yaml:2:6: hosts.a: expected a mapping with nics, startup or bare"],
    ["unknown host key", "hosts:\n  a:\n    nic: []\n", "t.yaml:3:5: hosts.a.nic: unknown key (expected one of: nics, startup, bare)"],
    ["nics not a list", "hosts:\n  a:\n    nics: eth1\n", "t.yaml:3:11: hosts.a.nics: expected a list of NICs"],
    ["nic not a mapping", "hosts:\n  a:\n    nics: [eth1]\n", "t.yaml:3:12: hosts.a.nics[0]: expected a NIC like {name: eth1, address: 10.0.0.1/24}"],
    ["nic name missing", "hosts:\n  a:\n    nics:\n      - address: 10.0.0.1/24\n", "t.yaml:4:9: hosts.a.nics[0].name: missing"],
    ["bad nic name", "hosts:\n  a:\n    nics:\n      - name: eth1/2\n", "t.yaml:4:15: hosts.a.nics[0].name: expected an interface name like eth1 (at most 15 characters, no '/', ':' or spaces)"],
    ["nic name not a string", "hosts:\n  a:\n    nics:\n      - name: 7\n", "t.yaml:4:15: hosts.a.nics[0].name: expected an interface name like eth1"],
    ["address without prefix", "hosts:\n  a:\n    nics:\n      - name: eth1\n        address: 10.0.0.1\n", "t.yaml:5:18: hosts.a.nics[0].address: expected CIDR like 10.0.0.1/24"],
    ["address out of range", "hosts:\n  a:\n    nics:\n      - {name: eth1, address: 10.0.0.256/24}\n", "t.yaml:4:31: hosts.a.nics[0].address: expected CIDR like 10.0.0.1/24"],
    ["prefix out of range", "hosts:\n  a:\n    nics:\n      - {name: eth1, address: 10.0.0.1/33}\n", "t.yaml:4:31: hosts.a.nics[0].address: expected CIDR like 10.0.0.1/24"],
    ["nic listed twice", "hosts:\n  a:\n    nics:\n      - name: eth1\n      - name: eth1\n", "t.yaml:5:15: hosts.a.nics[1].name: eth1 is listed twice"],
    ["startup not a string", "hosts:\n  a:\n    startup: [ls]\n", "t.yaml:3:14: hosts.a.startup: expected a script (a string; use | for several lines)"],
    ["bare not a boolean", "hosts:\n  a:\n    bare: maybe\n", "t.yaml:3:11: hosts.a.bare: expected true or false"],
    ["switches not a mapping", "hosts:\n  a:\nswitches: [lan]\n", "t.yaml:3:11: switches: expected a mapping of switch names"],
    ["bad switch key", "hosts:\n  a:\nswitches:\n  lan:\n    vlan: 3\n", "t.yaml:5:5: switches.lan.vlan: unknown key (expected one of: ageing)"],
    ["bad ageing", "hosts:\n  a:\nswitches:\n  lan: {ageing: 300}\n", "t.yaml:4:17: switches.lan.ageing: expected a time like 2ms"],
    ["switch named as a host", "hosts:\n  a:\nswitches:\n  a:\n", "t.yaml:4:3: switches.a: a host is called 'a' too"],
    ["links not a list", "hosts:\n  a:\nlinks: {}\n", "t.yaml:3:8: links: expected a list of links"],
    ["link not a mapping", "hosts:\n  a:\nlinks: [x]\n", 't.yaml:3:9: links[0]: expected a link like {endpoints: ["a:eth1", "b:eth1"]}'],
    ["endpoints missing", "hosts:\n  a:\nlinks:\n  - delay: 2ms\n", "t.yaml:4:5: links[0].endpoints: missing"],
    ["endpoints not a list", "hosts:\n  a:\nlinks:\n  - endpoints: a:eth1\n", 't.yaml:4:16: links[0].endpoints: expected two endpoints like ["a:eth1", "b:eth1"]'],
    ["one endpoint", "hosts:\n  a:\nlinks:\n  - endpoints: [a:eth1]\n", "t.yaml:4:16: links[0].endpoints[1]: missing"],
    ["endpoint not a string", "hosts:\n  a:\nlinks:\n  - endpoints: [a:eth1, 3]\n", "t.yaml:4:25: links[0].endpoints[1]: expected HOST:NIC or SWITCH[:PORT]"],
    ["unknown node", "hosts:\n  a:\nlinks:\n  - endpoints: [a:eth1, c:eth1]\n", "t.yaml:4:25: links[0].endpoints[1]: no host or switch named 'c'"],
    ["host without NIC", "hosts:\n  a:\n  b:\nlinks:\n  - endpoints: [a, b:eth1]\n", "t.yaml:5:17: links[0].endpoints[0]: expected HOST:NIC (which NIC of host 'a'?)"],
    ["bad NIC in endpoint", "hosts:\n  a:\n  b:\nlinks:\n  - endpoints: ['a:e th', b:eth1]\n", "t.yaml:5:17: links[0].endpoints[0]: 'e th' is not an interface name"],
    ["switch with empty port", "hosts:\n  a:\nswitches:\n  lan:\nlinks:\n  - endpoints: ['lan:', a:eth1]\n", "t.yaml:6:17: links[0].endpoints[0]: expected SWITCH or SWITCH:PORT"],
    ["both ends the same", "hosts:\n  a:\nlinks:\n  - endpoints: [a:eth1, a:eth1]\n", "t.yaml:4:16: links[0].endpoints: both ends are a:eth1"],
    ["switch to itself", "hosts:\n  a:\nswitches:\n  lan:\nlinks:\n  - endpoints: [lan, lan]\n", "t.yaml:6:16: links[0].endpoints: both ends are on switch 'lan'"],
    ["NIC linked twice", "hosts:\n  a:\n  b:\n  c:\nlinks:\n  - endpoints: [a:eth1, b:eth1]\n  - endpoints: [a:eth1, c:eth1]\n", "t.yaml:7:17: links[1].endpoints[0]: a:eth1 is already linked (links[0])"],
    ["bad delay", "hosts:\n  a:\n  b:\nlinks:\n  - endpoints: [a:eth1, b:eth1]\n    delay: 2\n", "t.yaml:6:12: links[0].delay: expected a time like 2ms"],
    ["bad loss", "hosts:\n  a:\n  b:\nlinks:\n  - endpoints: [a:eth1, b:eth1]\n    loss: 0.5\n", "t.yaml:6:11: links[0].loss: expected a percentage like 0.5%"],
    ["loss over 100%", "hosts:\n  a:\n  b:\nlinks:\n  - endpoints: [a:eth1, b:eth1]\n    loss: 150%\n", "t.yaml:6:11: links[0].loss: expected a percentage like 0.5%"],
    ["bad rate", "hosts:\n  a:\n  b:\nlinks:\n  - endpoints: [a:eth1, b:eth1]\n    rate: fast\n", "t.yaml:6:11: links[0].rate: expected a rate like 100mbit"],
    ["bad queue", "hosts:\n  a:\n  b:\nlinks:\n  - endpoints: [a:eth1, b:eth1]\n    queue: 0\n", "t.yaml:6:12: links[0].queue: expected a number of frames from 1"],
    ["unknown link key", "hosts:\n  a:\n  b:\nlinks:\n  - endpoints: [a:eth1, b:eth1]\n    jitter: 1ms\n", "t.yaml:6:5: links[0].jitter: unknown key (expected one of: endpoints, delay, loss, rate, queue)"],
  ];
  for (const [what, text, message] of cases) {
    it(what, () => expect(error(text)).toBe(message));
  }

  it("accepts a full file", () => {
    expect(
      error(
        "name: lab\nhosts:\n  a:\n    nics: [{name: eth1, address: 10.0.0.1/24}]\n    startup: |\n      ip link\n  b:\n  c: {bare: true}\n" +
          "switches:\n  lan: {ageing: 10s}\n  sw2:\nlinks:\n  - endpoints: [a:eth1, b:eth1]\n    delay: 1.5ms\n    loss: 0.5%\n    rate: 1gbit\n    queue: 10\n" +
          "  - endpoints: [b:eth2, lan]\n  - endpoints: [c:eth1, lan:9]\n  - endpoints: [lan:uplink, sw2]\n",
      ),
    ).toBe("(valid)");
  });
});

describe("World.fromTopology", () => {
  const TWO = `name: two
hosts:
  a:
    nics:
      - name: eth1
        address: 192.168.50.1/24
    startup: |
      echo "a starts: $(ip -br -4 addr show eth1)"
  b:
    nics:
      - name: eth1
        address: 192.168.50.2/24
    startup: echo b starts
links:
  - endpoints: ["a:eth1", "b:eth1"]
    delay: 3ms
    rate: 100mbit
`;

  it("addresses the NICs through ip, then runs the startup scripts in order", async () => {
    let out = "";
    const w = await World.fromTopology(TWO, { onStdout: (t) => (out += t) });
    expect(out).toBe("a starts: eth1             UP             192.168.50.1/24 \nb starts\n");
    expect(w.bootFailures).toEqual([]);
    const r = await w.run("hostname; ip -br -4 addr show eth1; ip -br link show eth1 | cut -c1-30; tail -1 /etc/hosts; ssh b hostname");
    expect(r).toEqual({
      stdout: "a\neth1             UP             192.168.50.1/24 \neth1             UP           \n192.168.50.2\tb\nb\n",
      stderr: "",
      status: 0,
    });
    const cable = w.underlay.cables[0]!;
    expect([cable.delay, cable.rate, cable.loss]).toEqual([3 * NS_PER_MS, 1e8, 0]);
  });

  it("reports a failing startup script and goes on", async () => {
    let err = "";
    const w = await World.fromTopology("hosts:\n  a:\n    startup: |\n      echo oops >&2\n      exit 4\n  b:\n", { onStderr: (t) => (err += t) });
    expect(err).toBe("oops\n");
    expect(w.bootFailures.map((f) => [f.host, f.what, f.status])).toEqual([["a", "startup", 4]]);
  });

  it("puts hosts on a switch", async () => {
    const w = await World.fromTopology(
      "hosts:\n  a: {nics: [{name: eth1, address: 10.1.0.1/24}]}\n  b: {nics: [{name: eth1, address: 10.1.0.2/24}]}\n  c: {nics: [{name: eth1, address: 10.1.0.3/24}]}\nswitches:\n  lan:\nlinks:\n  - endpoints: [a:eth1, lan]\n  - endpoints: [b:eth1, lan]\n  - endpoints: [c:eth1, lan:7]\n",
    );
    expect([...w.underlay.switches.get("lan")!.ports.keys()]).toEqual(["1", "2", "7"]);
    expect((await w.run("tail -2 /etc/hosts", { host: "c" })).stdout).toBe("10.1.0.1\ta\n10.1.0.2\tb\n");
  });
});
