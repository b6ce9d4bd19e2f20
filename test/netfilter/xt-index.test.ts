// The chain index (src/kernel/netfilter/xt_index.ts) must not change any
// outcome: random chains of 32+ rules (exact and masked addresses on either
// side, inversions, protocols, interfaces, counting rules, RETURN, a jump to
// a long user chain) against random packets, compared with a plain walk of
// every rule in order — the verdict, and every rule's and the policy's
// counters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xtDoChain, ipPacketMatch } from "../../src/kernel/netfilter/x_tables.js";
import { xtChainIndex } from "../../src/kernel/netfilter/xt_index.js";
import type { XtPkt } from "../../src/kernel/netfilter/pktinfo.js";
import { IPT_INV_DSTIP, IPT_INV_SRCIP, XT_INV_PROTO, type XtChain, type XtEntryTarget, type XtRule } from "../../src/uapi/x_tables.js";
import { NF_ACCEPT, NF_DROP } from "../../src/kernel/netfilter/core.js";

const ADDRS = [0x0a000001, 0x0a000002, 0x0a000003, 0xc0000201, 0xc0000202];

const arbRule = fc.record({
  sKind: fc.constantFrom("exact", "exact", "exact", "any", "net"),
  s: fc.constantFrom(...ADDRS),
  dKind: fc.constantFrom("exact", "any", "any", "net"),
  d: fc.constantFrom(...ADDRS),
  invS: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
  invD: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  proto: fc.constantFrom(0, 0, 0, 1, 6),
  invProto: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  iniface: fc.constantFrom("", "", "", "v1", "v+", "e9"),
  target: fc.constantFrom<XtEntryTarget["kind"] | "ACCEPT" | "DROP" | "RETURN" | "jump">("none", "none", "ACCEPT", "DROP", "RETURN", "jump"),
});

type RuleSpec = typeof arbRule extends fc.Arbitrary<infer T> ? T : never;

function mkRule(s: RuleSpec, handle: number, userChain: boolean): XtRule {
  const mask = (k: string) => (k === "exact" ? 0xffffffff : k === "net" ? 0xffffff00 : 0);
  const target: XtEntryTarget =
    s.target === "none"
      ? { kind: "none" }
      : s.target === "jump"
        ? userChain
          ? { kind: "none" }
          : { kind: "jump", chain: "SUB", goto: handle % 2 === 0 }
        : { kind: "verdict", verdict: s.target as "ACCEPT" | "DROP" | "RETURN" };
  return {
    handle,
    entry: {
      ip: {
        src: s.sKind === "any" ? 0 : s.s,
        smsk: mask(s.sKind),
        dst: s.dKind === "any" ? 0 : s.d,
        dmsk: mask(s.dKind),
        iniface: s.iniface,
        outiface: "",
        proto: s.proto,
        flags: 0,
        invflags: (s.invS ? IPT_INV_SRCIP : 0) | (s.invD ? IPT_INV_DSTIP : 0) | (s.proto && s.invProto ? XT_INV_PROTO : 0),
      },
      matches: [],
      target,
    },
    counters: { pcnt: 0n, bcnt: 0n },
  };
}

function pkt(saddr: number, daddr: number, protocol: number, inName: string): XtPkt {
  return {
    skb: { data: new Uint8Array(14 + 84) } as never,
    state: {} as never,
    hook: 2,
    in: { name: inName } as never,
    nhoff: 14,
    thoff: 34,
    iph: { ihl: 20, tos: 0, totLen: 84, id: 0, fragOff: 0, ttl: 64, protocol, saddr, daddr },
    fragoff: 0,
    hotdrop: false,
  };
}

/** What ipt_do_table does, rule after rule, with no index. */
function reference(base: XtChain, sub: XtChain, p: XtPkt): number {
  const stack: { chain: XtChain; next: number }[] = [];
  let chain = base;
  let i = 0;
  for (;;) {
    if (i >= chain.rules.length) {
      const back = stack.pop();
      if (back) {
        chain = back.chain;
        i = back.next;
        continue;
      }
      break;
    }
    const r = chain.rules[i++]!;
    if (!ipPacketMatch(r.entry.ip, p)) continue;
    r.counters.pcnt++;
    r.counters.bcnt += 84n;
    const t = r.entry.target;
    if (t.kind === "none") continue;
    if (t.kind === "verdict") {
      if (t.verdict === "ACCEPT") return NF_ACCEPT;
      if (t.verdict === "DROP") return NF_DROP;
      const back = stack.pop();
      if (!back) break;
      chain = back.chain;
      i = back.next;
      continue;
    }
    if (t.kind === "jump") {
      if (!t.goto) stack.push({ chain, next: i });
      chain = sub;
      i = 0;
    }
  }
  base.base!.counters.pcnt++;
  return base.base!.policy === "ACCEPT" ? NF_ACCEPT : NF_DROP;
}

function chains(specs: RuleSpec[], subSpecs: RuleSpec[], policy: "ACCEPT" | "DROP"): [XtChain, XtChain] {
  const base: XtChain = {
    name: "FORWARD",
    handle: 1,
    base: { hook: 2, priority: 0, policy, counters: { pcnt: 0n, bcnt: 0n }, stats: true },
    rules: specs.map((s, i) => mkRule(s, i + 10, false)),
    refs: 0,
  };
  const sub: XtChain = { name: "SUB", handle: 2, rules: subSpecs.map((s, i) => mkRule(s, i + 1000, true)), refs: 1 };
  return [base, sub];
}

const counters = (cs: XtChain[]) => cs.flatMap((c) => [...c.rules.map((r) => `${r.counters.pcnt}/${r.counters.bcnt}`), c.base ? `${c.base.counters.pcnt}` : ""]);

describe("x_tables chain index", () => {
  it("gives the verdicts and counters of a walk of every rule", () => {
    fc.assert(
      fc.property(
        fc.array(arbRule, { minLength: 32, maxLength: 120 }),
        fc.array(arbRule, { minLength: 0, maxLength: 60 }),
        fc.constantFrom<"ACCEPT" | "DROP">("ACCEPT", "DROP"),
        fc.array(fc.tuple(fc.constantFrom(...ADDRS, 0x0a000063), fc.constantFrom(...ADDRS), fc.constantFrom(1, 6, 17), fc.constantFrom("v1", "e9", "w0")), { minLength: 1, maxLength: 20 }),
        (specs, subSpecs, policy, packets) => {
          const [b1, s1] = chains(specs, subSpecs, policy);
          const [b2, s2] = chains(specs, subSpecs, policy);
          for (const [sa, da, proto, dev] of packets) {
            const want = reference(b1, s1, pkt(sa, da, proto, dev));
            const got = xtDoChain("filter", b2, (n) => (n === "SUB" ? s2 : undefined), pkt(sa, da, proto, dev));
            expect(got).toBe(want);
          }
          expect(counters([b2, s2])).toEqual(counters([b1, s1]));
        },
      ),
      { numRuns: 300, seed: 6 },
    );
  });

  it("indexes the bench's chain (10 000 -s x/32 -j DROP) by source", () => {
    const rules = Array.from({ length: 10_000 }, (_, i) =>
      mkRule({ sKind: "exact", s: 0xc0000000 + i, dKind: "any", d: 0, invS: false, invD: false, proto: 0, invProto: false, iniface: "", target: "DROP" }, i + 1, false),
    );
    const x = xtChainIndex(rules)!;
    expect(x.bySrc).toBe(true);
    expect(x.rest.length).toBe(0);
    expect(x.groups.size).toBe(10_000);
    const [base] = chains([], [], "ACCEPT");
    base.rules = rules;
    expect(xtDoChain("filter", base, () => undefined, pkt(0x0a090001, 0x0a090002, 1, "v1"))).toBe(NF_ACCEPT);
    expect(xtDoChain("filter", base, () => undefined, pkt(0xc0000000 + 4242, 0x0a090002, 1, "v1"))).toBe(NF_DROP);
    expect(rules[4242]!.counters.pcnt).toBe(1n);
    expect(base.base!.counters.pcnt).toBe(1n);
  });

  it("walks short chains rule by rule", () => {
    expect(xtChainIndex([])).toBeNull();
  });
});
