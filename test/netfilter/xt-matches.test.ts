// Kernel-side matches without a socket or conntrack to set up: u32's
// location arithmetic, classic BPF's loader checks and interpreter, and the
// cluster hash. Expected cluster nodes were recorded from the real kernel
// (test/golden/iptables/traffic-cluster.sh: which of 10.9.0.2-9 each rule
// took); the BPF verdicts are those bpf_check_classic() gives (the refused
// programs also appear in test/golden/iptables/ext-pktmatch.sh).
import { describe, expect, it } from "vitest";
import { u32MatchIt } from "../../src/kernel/netfilter/xt/xt_u32.js";
import { bpfCheckClassic, bpfRun, type BpfSkb } from "../../src/kernel/netfilter/xt/xt_bpf.js";
import { clusterNode } from "../../src/kernel/netfilter/xt/xt_pktmatch.js";
import type { SockFilter, XtU32 } from "../../src/uapi/xt_ext_match.js";
import { XT_U32_AND, XT_U32_AT, XT_U32_RIGHTSH } from "../../src/uapi/xt_ext_match.js";

// An IPv4 ICMP echo request, 10.9.0.1 -> 10.9.0.2, TTL 64, 84 bytes.
const pkt = new Uint8Array(84);
pkt.set([0x45, 0, 0, 84, 0x12, 0x34, 0x40, 0, 64, 1, 0, 0, 10, 9, 0, 1, 10, 9, 0, 2]);
pkt.set([8, 0, 0, 0, 0xab, 0xcd, 0, 1, 0x61, 0x61], 20);

const loc = (n: number, ...ops: [number, number][]) => [{ nextop: 0, number: n }, ...ops.map(([nextop, number]) => ({ nextop, number }))];

describe("u32", () => {
  it("folds &, >> and @ and compares with the ranges", () => {
    const icmpEcho: XtU32 = {
      invert: false,
      // 6&0xFF=1 && 0>>22&0x3C@0>>24=8
      tests: [
        { location: loc(6, [XT_U32_AND, 0xff]), value: [{ min: 1, max: 1 }] },
        { location: loc(0, [XT_U32_RIGHTSH, 22], [XT_U32_AND, 0x3c], [XT_U32_AT, 0], [XT_U32_RIGHTSH, 24]), value: [{ min: 8, max: 8 }] },
      ],
    };
    expect(u32MatchIt(icmpEcho, pkt)).toBe(true);
    // ICMP id and sequence through @4: 0xabcd0001.
    const idSeq: XtU32 = { invert: false, tests: [{ location: loc(0, [XT_U32_RIGHTSH, 22], [XT_U32_AND, 0x3c], [XT_U32_AT, 4]), value: [{ min: 0xabcd0001, max: 0xabcd0001 }] }] };
    expect(u32MatchIt(idSeq, pkt)).toBe(true);
    const ttl65: XtU32 = { invert: false, tests: [{ location: loc(8, [XT_U32_RIGHTSH, 24]), value: [{ min: 65, max: 255 }, { min: 0, max: 63 }] }] };
    expect(u32MatchIt(ttl65, pkt)).toBe(false);
  });

  it("fails a test that reads past the packet", () => {
    const far: XtU32 = { invert: false, tests: [{ location: loc(81), value: [{ min: 0, max: 0xffffffff }] }] };
    expect(u32MatchIt(far, pkt)).toBe(false);
    const last: XtU32 = { invert: false, tests: [{ location: loc(80), value: [{ min: 0, max: 0xffffffff }] }] };
    expect(u32MatchIt(last, pkt)).toBe(true);
    const atFar: XtU32 = { invert: false, tests: [{ location: loc(0, [XT_U32_AND, 0xff], [XT_U32_AT, 20]), value: [{ min: 0, max: 0xffffffff }] }] };
    expect(u32MatchIt(atFar, pkt)).toBe(false);
  });
});

const ins = (code: number, jt: number, jf: number, k: number): SockFilter => ({ code, jt, jf, k });
const skb = (data: Uint8Array): BpfSkb => ({ data, nh: 0, mac: -1, protocol: 0x0800, pktType: "HOST", ifindex: 3, mark: 0x2a, hatype: 1 });

describe("classic BPF", () => {
  // nfbpf_compile RAW 'icmp[icmptype] == 8' style: ldb [9]; jeq #1; ldb [20]; jeq #8; ret #65535; ret #0
  const echo = [ins(0x30, 0, 0, 9), ins(0x15, 0, 3, 1), ins(0x30, 0, 0, 20), ins(0x15, 0, 1, 8), ins(0x06, 0, 0, 65535), ins(0x06, 0, 0, 0)];

  it("loads programs the kernel loads and refuses the others", () => {
    expect(bpfCheckClassic(echo)).toBe(true);
    expect(bpfCheckClassic([ins(0x06, 0, 0, 0)])).toBe(true);
    expect(bpfCheckClassic([ins(99, 0, 0, 0)])).toBe(false); // STX|MEM as last insn: no RET
    expect(bpfCheckClassic([ins(0x60, 0, 0, 3), ins(0x06, 0, 0, 0)])).toBe(false); // M[3] read before written
    expect(bpfCheckClassic([ins(0x05, 0, 0, 1), ins(0x06, 0, 0, 0)])).toBe(false); // ja past the end
    expect(bpfCheckClassic([ins(0x34, 0, 0, 0), ins(0x16, 0, 0, 0)])).toBe(false); // div #0
    expect(bpfCheckClassic([ins(0x02, 0, 0, 3), ins(0x60, 0, 0, 3), ins(0x16, 0, 0, 0)])).toBe(true);
    expect(bpfCheckClassic([ins(0x0e, 0, 0, 0)])).toBe(false); // RET|X is not classic
    expect(bpfCheckClassic([ins(0x20, 0, 0, 0xfffff000 + 100), ins(0x16, 0, 0, 0)])).toBe(false); // unknown ancillary
  });

  it("runs over the packet from the IPv4 header", () => {
    expect(bpfRun(echo, skb(pkt))).toBe(65535);
    const reply = pkt.slice();
    reply[20] = 0;
    expect(bpfRun(echo, skb(reply))).toBe(0);
    // ld len; jge #150 ... ret #1 / ret #0
    const big = [ins(0x80, 0, 0, 0), ins(0x35, 0, 1, 150), ins(0x06, 0, 0, 1), ins(0x06, 0, 0, 0)];
    expect(bpfRun(big, skb(pkt))).toBe(0);
    expect(bpfRun(big, skb(new Uint8Array(200)))).toBe(1);
    // ldx 4*([0]&0xf); ldh [x+2] -> the ICMP checksum slot... here id: ldh [x+4]; ret a
    expect(bpfRun([ins(0xb1, 0, 0, 0), ins(0x48, 0, 0, 4), ins(0x16, 0, 0, 0)], skb(pkt))).toBe(0xabcd);
    // A load past the end ends the program with 0.
    expect(bpfRun([ins(0x20, 0, 0, 82), ins(0x16, 0, 0, 0)], skb(pkt))).toBe(0);
    // Ancillary: skb->mark, ifindex, protocol.
    expect(bpfRun([ins(0x20, 0, 0, 0xfffff000 + 20), ins(0x16, 0, 0, 0)], skb(pkt))).toBe(0x2a);
    expect(bpfRun([ins(0x20, 0, 0, 0xfffff000 + 8), ins(0x16, 0, 0, 0)], skb(pkt))).toBe(3);
    expect(bpfRun([ins(0x20, 0, 0, 0xfffff000), ins(0x16, 0, 0, 0)], skb(pkt))).toBe(0x800);
    // Division by X = 0 ends with 0; scratch memory round trip.
    expect(bpfRun([ins(0x00, 0, 0, 7), ins(0x3c, 0, 0, 0), ins(0x16, 0, 0, 0)], skb(pkt))).toBe(0);
    expect(bpfRun([ins(0x00, 0, 0, 7), ins(0x02, 0, 0, 5), ins(0x00, 0, 0, 1), ins(0x60, 0, 0, 5), ins(0x16, 0, 0, 0)], skb(pkt))).toBe(7);
  });
});

describe("cluster hash", () => {
  const ip = (last: number) => ((10 << 24) | (9 << 16) | last) >>> 0;
  it("puts each source on the node the kernel chose", () => {
    // seed 0xdeadbeef, 2 nodes: the kernel matched node 0 (mask 0x1) for .4, .6, .7.
    const two = [2, 3, 4, 5, 6, 7, 8, 9].map((i) => clusterNode(ip(i), 0xdeadbeef, 2));
    expect(two).toEqual([1, 1, 0, 1, 0, 0, 1, 1]);
    // seed 7, 3 nodes: ! nodemask 0x5 (nodes 0 and 2) matched .5, .6, .8, i.e. node 1 there.
    const three = [2, 3, 4, 5, 6, 7, 8, 9].map((i) => clusterNode(ip(i), 7, 3) === 1);
    expect(three).toEqual([false, false, false, true, true, false, true, false]);
  });
});

describe("connbytes load", () => {
  it("forces conntrack accounting on in its namespace with the kernel's warning, once", async () => {
    const { World } = await import("../../src/world/world.js");
    const { printkRecords } = await import("../../src/kernel/printk.js");
    const w = new World({ bare: true, seed: 1 });
    const r = await w.run(`
cat /proc/sys/net/netfilter/nf_conntrack_acct
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 2 --connbytes-mode bytes --connbytes-dir both
cat /proc/sys/net/netfilter/nf_conntrack_acct
`);
    expect(r.stdout).toBe("0\n1\n");
    const recs = printkRecords(w.host()).filter((x) => x.text.startsWith("xt_connbytes"));
    expect(recs.map((x) => [x.level, x.text])).toEqual([[4, "xt_connbytes: Forcing CT accounting to be enabled"]]);
  });
});
