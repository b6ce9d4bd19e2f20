// ping across hosts: ICMP and ARP over the underlay, with the cable's delay,
// rate and loss showing in ping's own report.
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";

const pair = (link: string) => `hosts:
  a: {nics: [{name: eth1, address: 10.9.0.1/24}]}
  b: {nics: [{name: eth1, address: 10.9.0.2/24}]}
links:
  - endpoints: [a:eth1, b:eth1]
${link}`;

describe("ping between hosts", () => {
  it("crosses the LAN switch of --hosts", async () => {
    const w = new World({ hosts: ["a", "b", "c"] });
    const r = await w.run("ping -c 2 10.0.0.2; ping -c 1 c >/dev/null && echo c answers", { host: "a" });
    expect(r).toEqual({
      stdout:
        "PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.\n" +
        "64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.000 ms\n" +
        "64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=0.000 ms\n\n" +
        "--- 10.0.0.2 ping statistics ---\n" +
        "2 packets transmitted, 2 received, 0% packet loss, time 1000ms\n" +
        "rtt min/avg/max/mdev = 0.000/0.000/0.000/0.000 ms\n" +
        "c answers\n",
      stderr: "",
      status: 0,
    });
    // The switch learnt the three MACs (c answered ARP for itself).
    expect(w.underlay.switches.get("lan")!.fdbEntries().map((e) => e.port)).toHaveLength(3);
  });

  it("takes twice the link delay per round trip (plus ARP on the first)", async () => {
    const w = await World.fromTopology(pair("    delay: 10ms\n"));
    const r = await w.run("ping -c 3 -i 0.2 b | tail -n +2 | head -3");
    expect(r.stdout).toBe(
      "64 bytes from b (10.9.0.2): icmp_seq=1 ttl=64 time=40.0 ms\n" +
        "64 bytes from b (10.9.0.2): icmp_seq=2 ttl=64 time=20.0 ms\n" +
        "64 bytes from b (10.9.0.2): icmp_seq=3 ttl=64 time=20.0 ms\n",
    );
  });

  it("serialises big packets at the link rate", async () => {
    // 1442-byte frames at 1 Mbit/s: 11.536 ms each way.
    const w = await World.fromTopology(pair("    rate: 1mbit\n"));
    const r = await w.run("ping -c 2 -s 1400 10.9.0.2 | sed -n 3p");
    expect(r.stdout).toBe("1408 bytes from 10.9.0.2: icmp_seq=2 ttl=64 time=23.1 ms\n");
  });

  it("loses the same packets for the same seed", async () => {
    const summary = async (seed: number) => {
      const w = await World.fromTopology(pair("    loss: 30%\n"), { seed });
      return (await w.run("ping -c 40 -i 0.2 -q 10.9.0.2 | sed -n 4p")).stdout;
    };
    const one = await summary(3);
    expect(one).toMatch(/^40 packets transmitted, \d+ received, [\d.]+% packet loss, time \d+ms\n$/);
    expect(one).not.toMatch(/ 0% packet loss/);
    expect(await summary(3)).toBe(one);
  });
});
