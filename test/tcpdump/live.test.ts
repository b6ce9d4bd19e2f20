// Live capture through the uapi PacketSocket contract, with a stand-in
// provider playing the kernel: frames arrive at virtual times, signals stop
// the capture. The expected stderr/stdout shapes were recorded from the real
// tcpdump 4.99.3 in the kernel sandbox (see the header of each case); the
// frames are the ones of pcaps/icmp.pcap, so the packet lines match its
// recorded -r output.

import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";
import { tcpdumpMain } from "../../src/tools/tcpdump/tcpdump.js";
import type { Program } from "../../src/kernel/task/program.js";
import { InStream, OutStream } from "../../src/kernel/task/stdio.js";
import { SIGINT, SIGTERM } from "../../src/uapi/signal.js";
import { PACKET_HOST, PACKET_OUTGOING, registerPacketSocketProvider, type CapturedFrame, type PacketSocketProvider } from "../../src/uapi/packet.js";
import { PcapReader } from "../../src/tools/tcpdump/savefile.js";
import { readFileSync } from "node:fs";
import { HERE } from "./support.js";

function icmpFrames(): Uint8Array[] {
  const r = PcapReader.open(new Uint8Array(readFileSync(`${HERE}pcaps/icmp.pcap`)));
  if ("error" in r) throw new Error(r.error);
  const out: Uint8Array[] = [];
  for (let n = r.next(); n.kind === "packet"; n = r.next()) out.push(n.packet.data);
  return out;
}
const [REQ, REP] = icmpFrames() as [Uint8Array, Uint8Array];

/** Frames at 1 s and 1.5 s of virtual time on veth0 (ifindex 2): the request out, the reply in. */
function provider(): PacketSocketProvider {
  const script: Array<Omit<CapturedFrame, "ts"> & { at: number }> = [
    { at: 1e9, bytes: REQ, ifindex: 2, ifname: "veth0", hatype: 1, pkttype: PACKET_OUTGOING },
    { at: 1.5e9, bytes: REP, ifindex: 2, ifname: "veth0", hatype: 1, pkttype: PACKET_HOST },
  ];
  return {
    devices: () => [
      { name: "lo", ifindex: 1, up: true, running: true, loopback: true },
      { name: "veth0", ifindex: 2, up: true, running: true, loopback: false },
      { name: "veth1", ifindex: 3, up: false, running: false, loopback: false },
    ],
    indexToName: (_t, i) => ["", "lo", "veth0", "veth1"][i] || undefined,
    open: (task, dev) => {
      if (dev === "veth1") return { ok: false, errno: "ENETDOWN" };
      if (dev !== "veth0" && dev !== "any") return { ok: false, errno: "ENODEV" };
      let i = 0;
      return {
        ok: true,
        socket: {
          next: (t) =>
            t.block<CapturedFrame | null>((w) => {
              const f = script[i];
              if (!f) return; // nothing more: wait until a signal
              const clock = task.sched.clock;
              const tm = clock.at(Math.max(f.at, clock.now), () => {
                i++;
                w.wake({ ...f, ts: f.at });
              });
              return () => tm.cancel();
            }),
          stats: () => ({ received: i, dropped: 0 }),
          close: () => {},
        },
      };
    },
  };
}

/** Runs tcpdump as a child, sends `sig` at `killAt` ns (unless undefined), returns its output. */
async function live(argv: string[], killAt: number | undefined, sig = SIGINT, setup?: (w: World) => void) {
  registerPacketSocketProvider(provider());
  const w = new World({ bare: true });
  setup?.(w);
  const wrapper: Program = async (ctx) => {
    const child = ctx.task.host.fork(ctx.task, "tcpdump");
    void child.start((t) =>
      tcpdumpMain({ argv: ["tcpdump", ...argv], env: ctx.env, task: t, stdin: new InStream(t, 0), stdout: new OutStream(t, 1), stderr: new OutStream(t, 2) }),
    );
    if (killAt !== undefined) {
      await ctx.task.sleep(killAt);
      child.signal(sig);
    }
    return child.waitExit(ctx.task);
  };
  const r = await w.runProgram(wrapper, ["wrapper"]);
  return { ...r, world: w };
}

const REQ_LINE = "00:00:01.000000 IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 77, seq 1, length 64\n";
const REP_LINE = "00:00:01.500000 IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id 77, seq 1, length 64\n";
const STATS = (n: number) =>
  `${n} packet${n === 1 ? "" : "s"} captured\n${n} packet${n === 1 ? "" : "s"} received by filter\n0 packets dropped by kernel\n`;

describe("tcpdump live capture", () => {
  it("prints packets, then on SIGINT a blank line and the statistics; exit 0", async () => {
    // Real (sandbox, `tcpdump -i veth0 -n icmp` then kill -INT): stdout ends in "\n"; stderr as below.
    const r = await live(["-i", "veth0", "-n"], 5e9);
    expect(r.stdout).toBe(REQ_LINE.replace("00:00:01", "00:00:01") + REP_LINE + "\n");
    expect(r.stderr).toBe(
      "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\nlistening on veth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n" + STATS(2),
    );
    expect(r.status).toBe(0);
  });

  it("stops after -c packets without the blank line", async () => {
    const r = await live(["-i", "veth0", "-n", "-c", "1"], undefined);
    expect(r).toMatchObject({ stdout: REQ_LINE, status: 0 });
    expect(r.stderr.endsWith(STATS(1))).toBe(true);
  });

  it("-Q in keeps only received frames; the filter applies", async () => {
    expect((await live(["-i", "veth0", "-n", "-Q", "in"], 5e9)).stdout).toBe(`${REP_LINE}\n`);
    expect((await live(["-i", "veth0", "-n", "icmp[icmptype] = icmp-echo"], 5e9)).stdout).toBe(`${REQ_LINE}\n`);
  });

  it("-i any announces LINUX_SLL2 and prints interface and direction", async () => {
    // Real: "tcpdump: data link type LINUX_SLL2" first, then the listening line.
    const r = await live(["-i", "any", "-n"], 5e9);
    expect(r.stderr.split("\n").slice(0, 3)).toEqual([
      "tcpdump: data link type LINUX_SLL2",
      "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode",
      "listening on any, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144 bytes",
    ]);
    expect(r.stdout).toBe(
      "00:00:01.000000 veth0 Out IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 77, seq 1, length 64\n" +
        "00:00:01.500000 veth0 In  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id 77, seq 1, length 64\n\n",
    );
  });

  it("-w writes a savefile (SIGTERM: no blank line) that -r reads back as the same packets", async () => {
    // Real: `tcpdump -i veth0 -n -w x.pcap` killed by TERM: stderr "tcpdump: listening on ..." then the stats.
    const r = await live(["-i", "veth0", "-w", "/tmp/live.pcap"], 5e9, SIGTERM);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("tcpdump: listening on veth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n" + STATS(2));
    const file = r.world.host().fs.readFile(undefined, "/", "/tmp/live.pcap");
    const back = await r.world.runProgram(tcpdumpMain, ["tcpdump", "-r", "/tmp/live.pcap", "-n"]);
    expect(back.stdout).toBe(REQ_LINE + REP_LINE);
    expect(file.length).toBe(24 + 16 + REQ.length + 16 + REP.length);
  });

  it("reports a missing device and a device that is down as the real one does", async () => {
    // Real: `tcpdump -i nope` and `tcpdump -i veth0` with veth0 down, exit status 1.
    expect(await live(["-i", "nope"], undefined)).toMatchObject({ stdout: "", stderr: "tcpdump: nope: No such device exists\n(No such device exists)\n", status: 1 });
    expect(await live(["-i", "veth1"], undefined)).toMatchObject({ stderr: "tcpdump: veth1: That device is not up\n", status: 1 });
  });

  it("-D lists devices in libpcap's order", async () => {
    // Real shape (sandbox): up+running devices, any, lo, then libpcap's other sources, then down devices.
    const r = await live(["-D"], undefined);
    expect(r.stdout).toBe(
      [
        "1.veth0 [Up, Running, Connected]",
        "2.any (Pseudo-device that captures on all interfaces) [Up, Running]",
        "3.lo [Up, Running, Loopback]",
        "4.bluetooth-monitor (Bluetooth Linux Monitor) [Wireless]",
        "5.nflog (Linux netfilter log (NFLOG) interface) [none]",
        "6.nfqueue (Linux netfilter queue (NFQUEUE) interface) [none]",
        "7.dbus-system (D-Bus system bus) [none]",
        "8.dbus-session (D-Bus session bus) [none]",
        "9.veth1 [none, Disconnected]",
        "",
      ].join("\n"),
    );
  });

  it("-i N picks the Nth device of the list", async () => {
    const r = await live(["-i", "1", "-n", "-c", "1"], undefined);
    expect(r.stderr).toContain("listening on veth0,");
    expect(r.stdout).toBe(REQ_LINE);
  });
});
