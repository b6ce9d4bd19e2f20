// The masks: recorded kernel output (test/verify/recordings, raw, recorded
// twice by test/verify/record.sh) must mask to the same text, and masking must
// never hide a real difference.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MASK_RULES, UNORDERED_LINES, macFromEui64, maskOutput } from "../../src/verify/mask.js";

const dir = join(import.meta.dirname, "recordings");
const script = readFileSync(join(dir, "randomness.sh"), "utf8");
const run1 = readFileSync(join(dir, "randomness.run1"), "utf8");
const run2 = readFileSync(join(dir, "randomness.run2"), "utf8");
const m1 = maskOutput(run1, { script });

describe("maskOutput on two recordings of the same script", () => {
  it("the raw recordings differ (the kernel is random)", () => {
    expect(run1).not.toBe(run2);
  });

  it("the masked recordings are identical", () => {
    expect(maskOutput(run2, { script })).toBe(m1);
  });

  it("is deterministic and idempotent", () => {
    expect(maskOutput(run1, { script })).toBe(m1);
    expect(maskOutput(m1, { script })).toBe(m1);
  });

  it("masks every kind of randomness in the recording", () => {
    for (const token of [
      "link/ether <mac1> brd ff:ff:ff:ff:ff:ff link-netns ns1",
      "inet6 fe80::<mac2-eui64>/64 scope link",
      "link  33:33:ff:<mac2-low24>",
      "inet6 ff02::1:ff<mac2-low24>",
      '"address":"<mac1>"',
      "time=<t> ms",
      "0% packet loss, time <t>ms",
      "rtt min/avg/max/mdev = <t>/<t>/<t>/<t> ms",
      "ident=<id1>",
      "ICMP echo request, id <id2>, seq 1",
      "ICMP echo reply, id <id2>, seq 1",
      "used <t>/<t>/<t>probes 4 REACHABLE",
      "gc timer\t\t<t>",
      "gc_timer <t>",
      "forward_delay_timer <t>",
      "bridge_id 8000.<mac4>",
      "<time> 02:00:00:00:00:02 > <mac2>, ethertype IPv4",
      "ttl 64, id <ipid>, offset 0",
      "ttl 64, id 0, offset 0",
      "10.0.0.2.<port1> > 10.0.0.3.8080: Flags [S], cksum <cksum> (incorrect -> <cksum>), seq <seq>",
      "TS val <ts> ecr 0",
      "ack 1, win 63",
      'users:(("nc",pid=<pid1>,fd=4))',
      "net:[<nsino1>]",
      "ns1 <nsino2>",
    ]) {
      expect(m1).toContain(token);
    }
  });

  it("keeps what the kernel does not randomise", () => {
    expect(m1).toContain("link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff\n"); // set by the script
    expect(m1).toContain("inet6 fe80::ff:fe00:2/64 scope link"); // derived from it
    expect(m1).toContain("br0\t\t8000.000000000000\tno"); // a bridge without ports has a zero id
    expect(m1).toContain("02:00:00:00:00:02 dev veth2 master br0 permanent"); // set by the script
    expect(m1).toContain("br0\t\t8000.020000000002\tno\t\tveth0"); // derived from the script's MAC
    expect(m1).toContain("bridge_id 8000.2:0:0:0:0:2");
    expect(m1).toContain(" hello time\t\t   2.00"); // configured, not a running timer
    expect(m1).toContain("10.0.0.3.8080");
  });

  it("sorts hash-ordered listings", () => {
    const order = (t: string) => t.split("\n").filter((l) => /^10\.0\.0\.\d lladdr/.test(l)).map((l) => l.slice(0, 8));
    expect(order(m1)).toEqual(["10.0.0.2", "10.0.0.2", "10.0.0.3", "10.0.0.3"]);
    // as seen on the kernel: the same neighbours listed .3 then .2, and .2 then .3
    const a = "10.0.0.3 lladdr 32:9d:32:4c:b1:a9 REACHABLE \n10.0.0.2 lladdr 42:92:c7:dc:67:c5 REACHABLE \n";
    const b = "10.0.0.2 lladdr 72:fc:6b:a0:e0:47 REACHABLE \n10.0.0.3 lladdr 76:6e:9b:c5:e0:fb REACHABLE \n";
    expect(maskOutput(a)).toBe(maskOutput(b));
    expect(maskOutput(a)).toBe("10.0.0.2 lladdr <mac1> REACHABLE \n10.0.0.3 lladdr <mac2> REACHABLE \n");
    // ... but a different state is still a difference
    expect(maskOutput(a)).not.toBe(maskOutput(b.replace("REACHABLE", "STALE")));
  });
});

/** Replaces the first occurrence of `a` by `b`, insisting it exists. */
function mutate(text: string, a: string, b: string): string {
  expect(text).toContain(a);
  return text.replace(a, b);
}

describe("masking never hides a real difference", () => {
  const cases: [string, string, string][] = [
    ["interface name", "3: veth0@if2", "3: veth9@if2"],
    ["ifindex", "3: veth0@if2", "5: veth0@if2"],
    ["packet count", "2 packets transmitted, 2 received", "2 packets transmitted, 1 received"],
    ["icmp sequence", "icmp_seq=2 ttl=64", "icmp_seq=3 ttl=64"],
    ["ttl", "icmp_seq=1 ttl=64", "icmp_seq=1 ttl=63"],
    ["neighbour state", "REACHABLE", "STALE"],
    ["probes", "probes 4", "probes 3"],
    ["operational state", "master br0 state UP", "master br0 state DOWN"],
    ["is local", "\tno\t\t", "\tyes\t\t"],
    ["MAC written in the script", "02:00:00:00:00:02 dev veth2", "02:00:00:00:00:03 dev veth2"],
    ["broadcast MAC", "brd ff:ff:ff:ff:ff:ff", "brd ff:ff:ff:ff:ff:fe"],
    ["zero bridge id", "8000.000000000000", "8000.000000000001"],
    ["configured timer", "hello time\t\t   2.00", "hello time\t\t   3.00"],
    ["relative tcp ack", "ack 1, win 63", "ack 2, win 63"],
    ["IP id 0", "id 0, offset 0", "id 1, offset 0"],
    ["well-known port", "10.0.0.3.8080", "10.0.0.3.8081"],
    ["flags", "flags [DF], proto ICMP", "flags [none], proto ICMP"],
  ];
  const veth0 = /link\/ether (\S+) brd ff:ff:ff:ff:ff:ff link-netns ns1/.exec(run1)![1]!;
  cases.push(["MAC case", `link/ether ${veth0}`, `link/ether ${veth0.toUpperCase()}`]);
  for (const [what, a, b] of cases) {
    it(what, () => {
      expect(maskOutput(mutate(run1, a, b), { script })).not.toBe(m1);
    });
  }

  it("which device a MAC belongs to (two places swapped to different MACs)", () => {
    // veth0 in ns-less `ip link` and its permanent FDB entry must stay the same device.
    const mac = /link\/ether (\S+) brd ff:ff:ff:ff:ff:ff link-netns ns1/.exec(run1)![1]!;
    const other = /(\S+) dev veth2 master br0 \n/.exec(run1)![1]!;
    expect(maskOutput(mutate(run1, `${mac} dev veth0 master br0 permanent`, `${other} dev veth0 master br0 permanent`), { script })).not.toBe(m1);
  });

  it("a link-local not derived from the device's MAC", () => {
    const t = "link/ether 5a:11:22:33:44:55 brd ff:ff:ff:ff:ff:ff\n    inet6 fe80::5811:22ff:fe33:4456/64 scope link\n";
    const good = maskOutput(t);
    expect(good).toContain("fe80::<mac2-eui64>");
    expect(maskOutput(t.replace("4456", "4455"))).toContain("fe80::<mac1-eui64>");
  });
});

describe("individual rules", () => {
  it("every rule says why and what showed it", () => {
    for (const r of [...MASK_RULES, ...UNORDERED_LINES]) expect(r.reason.length).toBeGreaterThan(20);
    for (const r of MASK_RULES) expect(r.evidence.length).toBeGreaterThan(10);
  });

  it("EUI-64 link-locals map back to their MAC, also when zero groups vanish", () => {
    expect(macFromEui64("e054", "e0", "c2", "69a4")).toBe("e254e0c269a4");
    expect(macFromEui64("476", "95", "a3", "5fdf")).toBe("067695a35fdf");
    expect(macFromEui64(undefined, "", "00", "1")).toBe("020000000001");
    const t = "link/ether 02:00:00:5a:00:01 brd ff:ff:ff:ff:ff:ff\ninet6 fe80::ff:fe5a:1/64\n";
    expect(maskOutput(t)).toBe("link/ether <mac1> brd ff:ff:ff:ff:ff:ff\ninet6 fe80::<mac1-eui64>/64\n");
  });

  it("upper-case MACs (old ifconfig HWaddr) keep their case and identity", () => {
    const t = "eth0 HWaddr 36:5F:BE:DC:14:14\nlink/ether 36:5f:be:dc:14:14\n";
    expect(maskOutput(t)).toBe("eth0 HWaddr <MAC1>\nlink/ether <mac1>\n");
  });

  it("brctl bridge ids and iproute2's unpadded bridge ids", () => {
    const t = "br0\t\t8000.42043e2c4d34\tno\nbridge_id 8000.42:4:3e:2c:4d:34 designated_root 8000.42:04:3e:2c:4d:34\n";
    // the padded form is not how iproute2 prints it: left visible
    expect(maskOutput(t)).toBe("br0\t\t8000.<mac1-hex>\tno\nbridge_id 8000.<mac1> designated_root 8000.42:04:3e:2c:4d:34\n");
    expect(maskOutput("br0\t\t8000.000000000000\tno\n")).toBe("br0\t\t8000.000000000000\tno\n");
  });

  it("group addresses are kept", () => {
    const t = "33:33:00:00:00:01 01:00:5e:00:00:01 01:80:c2:00:00:00 ff:ff:ff:ff:ff:ff\n";
    expect(maskOutput(t)).toBe(t);
  });

  it("an unknown solicited-node address is kept", () => {
    expect(maskOutput("inet6 ff02::1:ff00:1\n")).toBe("inet6 ff02::1:ff00:1\n");
  });

  it("large tcp sequence numbers are absolute (masked), small ones relative (kept)", () => {
    expect(maskOutput("Flags [P.], seq 1:7, ack 1,")).toBe("Flags [P.], seq 1:7, ack 1,");
    expect(maskOutput("Flags [P.], seq 3327031234:3327031240, ack 1664585599,")).toBe("Flags [P.], seq <seq>, ack <seq>,");
  });

  it("ephemeral ports are numbered; ports in the script are kept", () => {
    const t = "10.0.0.1.57072 > 10.0.0.2.8080\n10.0.0.2.8080 > 10.0.0.1.57072\n10.0.0.1.40000 > 10.0.0.2.8080\n";
    expect(maskOutput(t)).toBe(
      "10.0.0.1.<port1> > 10.0.0.2.8080\n10.0.0.2.8080 > 10.0.0.1.<port1>\n10.0.0.1.<port2> > 10.0.0.2.8080\n",
    );
    expect(maskOutput(t, { script: "nc -p 40000 10.0.0.2 8080" })).toContain("10.0.0.1.40000 >");
  });

  it("tcpdump timestamps in every -t form", () => {
    expect(maskOutput("02:09:16.569033 ARP, Request")).toBe("<time> ARP, Request");
    expect(maskOutput("2024-05-01 02:09:16.569033 ARP")).toBe("<time> ARP");
    expect(maskOutput("1714528156.569033 ARP")).toBe("<time> ARP");
  });

  it("ip -t / -ts monitor timestamps, and nothing else on their lines", () => {
    expect(maskOutput("Timestamp: Sun Nov 22 22:23:50 2026 75313 usec")).toBe("Timestamp: <date>");
    expect(maskOutput("Timestamp: Thu Jan  1 00:00:00 2026 304506 usec")).toBe("Timestamp: <date>");
    expect(maskOutput("[2026-11-22T22:23:50.599422] [LINK]3: d0: <BROADCAST,MULTICAST> mtu 1500")).toBe(
      "[<time>] [LINK]3: d0: <BROADCAST,MULTICAST> mtu 1500",
    );
  });

  it("conntrack -o xml: seconds left and the random id, nothing else", () => {
    const flow = (t: number, id: number, mark: number) =>
      `<flow><meta direction="independent"><state>ESTABLISHED</state><timeout>${t}</timeout><mark>${mark}</mark><use>1</use><id>${id}</id><assured/></meta></flow>`;
    expect(maskOutput(flow(49, 1646446608, 0))).toBe(maskOutput(flow(50, 3695606655, 0)));
    expect(maskOutput(flow(49, 1646446608, 0))).not.toBe(maskOutput(flow(49, 1646446608, 3)));
  });

  it("showmacs runs are sorted after masking; the local flag stays compared", () => {
    const a = "port no\tmac addr\t\tis local?\tageing timer\n  1\tfe:39:03:80:9b:41\tyes\t\t   0.00\n  1\t42:92:c7:dc:67:c5\tno\t\t   0.05\n";
    const b = "port no\tmac addr\t\tis local?\tageing timer\n  1\t22:92:c7:dc:67:c5\tno\t\t   0.01\n  1\tfe:39:03:80:9b:41\tyes\t\t   0.00\n";
    expect(maskOutput(a)).toBe(maskOutput(b));
    expect(maskOutput(a)).toBe("port no\tmac addr\t\tis local?\tageing timer\n  1\t<mac1>\tno\t\t<t>\n  1\t<mac2>\tyes\t\t<t>\n");
  });

  it("conntrack timeouts and ids", () => {
    const t = "icmp     1 29 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=9512 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=9512 mark=0 use=1\n";
    expect(maskOutput(t)).toBe(
      "icmp     1 <t> src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=<id1> src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=<id1> mark=0 use=1\n",
    );
  });
});
