// The bridge-family base chains at work (nft_do_chain for NFPROTO_BRIDGE with
// the expressions ebtables-nft emits): at each NF_BR_* hook the base chains
// of the bridge's namespace run in priority order (nat PREROUTING -300,
// filter -200, nat OUTPUT 100, nat POSTROUTING 300), all before br_netfilter's
// own hooks (priority 0 and up), which is why this runs first in brNfHook.
//
// A rule matches on the outer Ethernet type (or any 802.3 length), source and
// destination MAC under a mask, the input/output port name and the bridge
// name (logical in/out), each invertible; a matching rule counts the packet
// (bytes as skb->len, the frame without its 14-byte Ethernet header, as the
// bridge hooks see it) and applies its verdict. A user chain ends with its
// policy rule (if any) or returns; a base chain ends with its policy.

import { netCore } from "../../core/net_namespace.js";
import { user2credits } from "../xt/xt_limit.js";
import type { EbtLimitMatch, EbtAmongList, EbtAmongMatch, Ebt8023Match, EbtArpMatch, EbtVlanMatch, EbtChain, EbtEntry, EbtHook, EbtIface, EbtIpMatch, EbtMac, EbtMarkMatch, EbtTable, EbtVerdict } from "../../../uapi/ebtables.js";
import { setEbtHook, type BrNfHookName } from "../../bridge/br_forward.js";
import { kfreeSkbReason } from "../../core/dev_rx.js";
import type { NetDevice } from "../../core/netdevice.js";
import type { SkBuff } from "../../core/skbuff.js";
import { ebtPernet } from "./eb_tables.js";
import { nftNativeBridgeChains, nftNativeHasBridge } from "../nft_native.js";
import { NF_DROP } from "../core.js";
import { NS_PER_JIFFY } from "../../core/jiffies.js";

/** NFT_JUMP_STACK_SIZE: deeper nesting never happens (the store has no loops' depth check; we stop there). */
const JUMP_STACK = 16;

interface Pkt {
  skb: SkBuff;
  hook: EbtHook;
  data: Uint8Array;
  len: bigint;
  in?: NetDevice;
  out?: NetDevice;
}

function ifaceMatches(want: EbtIface | undefined, dev: NetDevice | undefined): boolean {
  if (!want) return true;
  const name = dev?.name ?? "";
  const hit = want.name.endsWith("+") ? name.startsWith(want.name.slice(0, -1)) : name === want.name;
  return hit !== want.inv;
}

function macMatches(want: EbtMac | undefined, d: Uint8Array, off: number): boolean {
  if (!want) return true;
  let hit = true;
  for (let i = 0; i < 6; i++) if (((d[off + i] ?? 0) & want.mask[i]!) !== (want.mac[i]! & want.mask[i]!)) hit = false;
  return hit !== want.inv;
}

function entryMatches(e: EbtEntry, p: Pkt): boolean {
  if (e.proto) {
    const type = ((p.data[12] ?? 0) << 8) | (p.data[13] ?? 0);
    const hit = e.proto.type === "LENGTH" ? type < 0x0600 : type === e.proto.type;
    if (hit === e.proto.inv) return false;
  }
  if (!macMatches(e.src, p.data, 6) || !macMatches(e.dst, p.data, 0)) return false;
  if (!ifaceMatches(e.in, p.in) || !ifaceMatches(e.out, p.out)) return false;
  if (!ifaceMatches(e.logicalIn, p.in?.master) || !ifaceMatches(e.logicalOut, p.out?.master)) return false;
  for (const m of e.matches ?? []) {
    const hit =
      m.kind === "ip" ? ipMatches(m, p.data)
      : m.kind === "arp" ? arpMatches(m, p.data)
      : m.kind === "vlan" ? vlanMatches(m, p.data)
      : m.kind === "802_3" ? llcMatches(m, p.data)
      : m.kind === "among" ? amongMatches(m, p.data)
      : m.kind === "limit" ? limitMatches(m, p)
      : m.kind === "pkttype" ? (PKTTYPES.indexOf(p.skb.pktType) === m.type) !== m.inv
      : markMatches(m, p.skb.mark);
    if (!hit) return false;
  }
  return true;
}

/** ebt_ip_mt(): the IPv4 header after the Ethernet header; ports only in a first fragment. */
function ipMatches(m: EbtIpMatch, d: Uint8Array): boolean {
  const o = 14;
  if (d.length < o + 20) return false;
  const word = (i: number) => (((d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!) >>> 0);
  const test = (hit: boolean, inv: boolean) => hit !== inv;
  if (m.tos && !test(d[o + 1] === m.tos.value, m.tos.inv)) return false;
  if (m.src && !test(((word(o + 12) & m.src.mask) >>> 0) === m.src.addr, m.src.inv)) return false;
  if (m.dst && !test(((word(o + 16) & m.dst.mask) >>> 0) === m.dst.addr, m.dst.inv)) return false;
  if (m.proto) {
    if (!test(d[o + 9] === m.proto.value, m.proto.inv)) return false;
    if (m.icmp) {
      if (((d[o + 6]! << 8) | d[o + 7]!) & 0x1fff) return false;
      const l4 = o + (d[o]! & 15) * 4;
      if (d.length < l4 + 2) return false;
      const t = d[l4]!;
      const c = d[l4 + 1]!;
      const hit = t >= m.icmp.type[0] && t <= m.icmp.type[1] && c >= m.icmp.code[0] && c <= m.icmp.code[1];
      if (!test(hit, m.icmp.inv)) return false;
    }
    if (m.sport || m.dport) {
      if (((d[o + 6]! << 8) | d[o + 7]!) & 0x1fff) return false;
      const l4 = o + (d[o]! & 15) * 4;
      if (d.length < l4 + 4) return false;
      const sp = (d[l4]! << 8) | d[l4 + 1]!;
      const dp = (d[l4 + 2]! << 8) | d[l4 + 3]!;
      if (m.sport && !test(sp >= m.sport.lo && sp <= m.sport.hi, m.sport.inv)) return false;
      if (m.dport && !test(dp >= m.dport.lo && dp <= m.dport.hi, m.dport.inv)) return false;
    }
  }
  return true;
}

const PKTTYPES = ["HOST", "BROADCAST", "MULTICAST", "OTHERHOST", "OUTGOING", "LOOPBACK"];

/** ebt_arp_mt(): the ARP header after the Ethernet header; addresses only for Ethernet/IPv4 ARP. */
function arpMatches(m: EbtArpMatch, d: Uint8Array): boolean {
  const o = 14;
  if (d.length < o + 8) return false;
  const u16 = (i: number) => (d[i]! << 8) | d[i + 1]!;
  const test = (hit: boolean, inv: boolean) => hit !== inv;
  if (m.op && !test(u16(o + 6) === m.op.value, m.op.inv)) return false;
  if (m.htype && !test(u16(o) === m.htype.value, m.htype.inv)) return false;
  if (m.ptype && !test(u16(o + 2) === m.ptype.value, m.ptype.inv)) return false;
  const word = (i: number) => (((d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!) >>> 0);
  if (m.ipSrc || m.ipDst || m.gratuitous) {
    if (d[o + 5] !== 4 || u16(o + 2) !== 0x0800 || d.length < o + 28) return false;
    const spa = word(o + 14);
    const tpa = word(o + 24);
    if (m.ipSrc && !test(((spa & m.ipSrc.mask) >>> 0) === m.ipSrc.addr, m.ipSrc.inv)) return false;
    if (m.ipDst && !test(((tpa & m.ipDst.mask) >>> 0) === m.ipDst.addr, m.ipDst.inv)) return false;
    if (m.gratuitous && !test(spa === tpa, m.gratuitous.inv)) return false;
  }
  if (m.macSrc || m.macDst) {
    if (d[o + 4] !== 6 || u16(o) !== 1 || d.length < o + 28) return false;
    if (m.macSrc && !macMatches(m.macSrc, d, o + 8)) return false;
    if (m.macDst && !macMatches(m.macDst, d, o + 18)) return false;
  }
  return true;
}

/** ebt_vlan_mt(): the tag after the MAC addresses (the model keeps tags in the frame data). */
function vlanMatches(m: EbtVlanMatch, d: Uint8Array): boolean {
  if (d.length < 18) return false;
  const tci = (d[14]! << 8) | d[15]!;
  const encap = (d[16]! << 8) | d[17]!;
  if (m.id && ((tci & 0xfff) === m.id.value) === m.id.inv) return false;
  if (m.prio && ((tci >> 13) === m.prio.value) === m.prio.inv) return false;
  if (m.encap && (encap === m.encap.value) === m.encap.inv) return false;
  return true;
}

/** ebt_802_3_mt(): DSAP and SSAP both equal the sap; the SNAP type only behind SAP 0xaa. */
function llcMatches(m: Ebt8023Match, d: Uint8Array): boolean {
  if (d.length < 17) return false;
  const dsap = d[14]!;
  const ssap = d[15]!;
  // Each of SSAP and DSAP is compared on its own (FWINV): "!" refuses a frame where either equals it.
  if (m.sap && ((ssap !== m.sap.value) !== m.sap.inv || (dsap !== m.sap.value) !== m.sap.inv)) return false;
  if (m.type) {
    if (dsap !== 0xaa || ssap !== 0xaa) return false;
    const ui = (d[16]! & 3) === 3;
    const at = ui ? 20 : 21;
    if (d.length < at + 2) return false;
    if ((((d[at]! << 8) | d[at + 1]!) === m.type.value) === m.type.inv) return false;
  }
  return true;
}

/**
 * among as nft runs it: a set lookup of the MAC (and, with addresses, the IPv4
 * address: only IPv4 frames can match then; a pair without one takes any).
 */
function amongMatches(m: EbtAmongMatch, d: Uint8Array): boolean {
  const one = (l: EbtAmongList | undefined, macOff: number, ipOff: number): boolean => {
    if (!l) return true;
    const isIp = d.length >= 34 && d[12] === 0x08 && d[13] === 0x00;
    if (l.ip && !isIp) return false;
    const addr = l.ip ? (((d[ipOff]! << 24) | (d[ipOff + 1]! << 16) | (d[ipOff + 2]! << 8) | d[ipOff + 3]!) >>> 0) : 0;
    const hit = l.pairs.some((p) => p.mac.every((b, i) => d[macOff + i] === b) && (!l.ip || p.ip === 0 || p.ip === addr));
    return hit !== l.inv;
  };
  return one(m.src, 6, 26) && one(m.dst, 0, 30);
}

const CREDITS_PER_JIFFY = 128;
const limitBuckets = new WeakMap<object, { prev: number; credit: number; cap: number; cost: number }>();

/** xt_limit's token bucket (per rule), refilled by jiffies of the virtual clock. */
function limitMatches(m: EbtLimitMatch, p: Pkt): boolean {
  const now = Math.floor(netCore(p.skb.dev.net).host.clock.now / NS_PER_JIFFY);
  let b = limitBuckets.get(m);
  if (!b) {
    const cost = user2credits(m.avg);
    b = { prev: now, cost, cap: cost * m.burst, credit: cost * m.burst };
    limitBuckets.set(m, b);
  }
  b.credit = Math.min(b.cap, b.credit + (now - b.prev) * CREDITS_PER_JIFFY);
  b.prev = now;
  if (b.credit < b.cost) return false;
  b.credit -= b.cost;
  return true;
}

/** ebt_mark_mt() */
function markMatches(m: EbtMarkMatch, mark: number): boolean {
  const hit = m.or ? (mark & m.mask) !== 0 : ((mark & m.mask) >>> 0) === m.mark;
  return hit !== m.inv;
}

/** Runs a base chain: true = accept (continue to the next hook), false = drop. */
function runChain(t: EbtTable, base: EbtChain, p: Pkt): boolean {
  const stack: { chain: EbtChain; at: number }[] = [];
  let chain = base;
  let at = 0;
  for (let guard = 0; guard < 1_000_000; guard++) {
    const r = chain.rules[at];
    if (!r) {
      // End of chain: a user chain's policy rule, else return; a base chain's policy.
      if (chain.base) return chain.base.policy === "ACCEPT";
      const pol = chain.userPolicy;
      if (pol) {
        pol.counters.pcnt++;
        pol.counters.bcnt += p.len;
        if (pol.verdict !== "RETURN") return pol.verdict === "ACCEPT";
      }
      const back = stack.pop();
      if (!back) return base.base?.policy !== "DROP";
      chain = back.chain;
      at = back.at;
      continue;
    }
    at++;
    if (!entryMatches(r.entry, p)) continue;
    r.counters.pcnt++;
    r.counters.bcnt += p.len;
    const tg = r.entry.target;
    if (tg.kind === "jump") {
      const to = t.chains.find((c) => c.name === tg.chain);
      if (!to || stack.length >= JUMP_STACK) continue;
      stack.push({ chain, at });
      chain = to;
      at = 0;
      continue;
    }
    let verdict: EbtVerdict = tg.verdict;
    if (tg.kind === "nat") {
      // ebt_dnat/snat/redirect_tg(): a private copy of the frame with the new address.
      const d = p.skb.data.slice();
      if (tg.type === "snat") {
        d.set(tg.mac, 6);
        if (tg.arp && d.length >= 28 && d[12] === 0x08 && d[13] === 0x06 && d[18] === 6) d.set(tg.mac, 22);
      } else if (tg.type === "dnat") d.set(tg.mac, 0);
      else {
        const dev = p.hook === 0 ? p.in?.master : p.in;
        if (dev) d.set(dev.addr.subarray(0, 6), 0);
      }
      p.skb.data = d;
      p.data = d;
      verdict = tg.verdict;
    }
    if (tg.kind === "mark") {
      // ebt_mark_tg(): change skb->mark, then the target's own verdict.
      const m = p.skb.mark;
      p.skb.mark = (tg.op === "set" ? tg.value : tg.op === "or" ? m | tg.value : tg.op === "and" ? m & tg.value : m ^ tg.value) >>> 0;
      verdict = tg.verdict;
    }
    if (verdict === "CONTINUE") continue;
    if (verdict === "ACCEPT") return true;
    if (verdict === "DROP") return false;
    // RETURN: back to the caller, or from a base chain its policy.
    const back = stack.pop();
    if (!back) return chain.base?.policy !== "DROP";
    chain = back.chain;
    at = back.at;
  }
  return true;
}

const HOOKS: Record<BrNfHookName, EbtHook> = { PRE_ROUTING: 0, LOCAL_IN: 1, FORWARD: 2, LOCAL_OUT: 3, POST_ROUTING: 4 };

setEbtHook((hook, skb: SkBuff, port, okfn) => {
  const n = HOOKS[hook];
  // Which devices the hook is called with (br_input.c / br_forward.c).
  let indev: NetDevice | undefined;
  let outdev: NetDevice | undefined;
  if (hook === "PRE_ROUTING") indev = skb.dev;
  else if (hook === "LOCAL_IN") indev = port;
  else if (hook === "FORWARD") (indev = skb.dev), (outdev = port);
  else if (hook === "LOCAL_OUT") outdev = port;
  else outdev = skb.dev;
  const net = (indev ?? outdev ?? skb.dev).net;
  // Only called when the namespace has tables (the guard given with the hook).
  const tables = ebtPernet(net).tables;
  // ebtables-nft's chains and nft's own bridge chains share the hook, in priority order (equal: nft's, the newer, first).
  const len = Math.max(0, skb.data.length - 14);
  const chains: { priority: number; run: () => boolean }[] = nftNativeBridgeChains(net, n).map((x) => ({ priority: x.priority, run: () => x.run(skb, indev, outdev, len) !== NF_DROP }));
  const p: Pkt = { skb, hook: n, data: skb.data, len: BigInt(len), in: indev, out: outdev };
  for (const t of tables) for (const c of t.chains) if (c.base?.hook === n) chains.push({ priority: c.base.priority, run: () => runChain(t, c, p) });
  if (!chains.length) return okfn(skb);
  chains.sort((a, b) => a.priority - b.priority);
  for (const c of chains)
    if (!c.run()) {
      kfreeSkbReason(skb, "NETFILTER_DROP");
      return;
    }
  okfn(skb);
}, (net) => ebtPernet(net).tables.length > 0 || nftNativeHasBridge(net));
