// An IPv4 route as the bytes of an RTM_NEWROUTE message (what `ip route save`
// writes and `restore`/`showdump` read): struct rtmsg, then the attributes in
// the order net/ipv4/fib_semantics.c fib_dump_info() puts them — RTA_TABLE,
// RTA_DST, RTA_PRIORITY, RTA_METRICS (rtnetlink_put_metrics: RTAX_LOCK, then
// by index, RTAX_CC_ALGO as a name), RTA_PREFSRC, RTA_NH_ID, then the one
// nexthop (fib_nexthop_info: RTA_GATEWAY or RTA_VIA, RTA_OIF; then RTA_FLOW)
// or RTA_MULTIPATH (struct rtnexthop + RTA_GATEWAY/RTA_VIA, RTA_FLOW each).

import { inetRtnlTalk } from "../../../kernel/ipv4/rtnl_inet.js";
import { kerr } from "../../../uapi/errno.js";
import { AF_INET, AF_INET6 } from "../../../uapi/if_addr.js";
import type { RtMsg, RtNexthop, RtaMetrics } from "../../../uapi/route.js";
import {
  attrList,
  checkMagic,
  dumpSeq,
  fromFile,
  NLMSG_HDRLEN,
  NlBody,
  nlmsg,
  parseAttrs,
  rdIn4,
  rdIn6,
  rdStr,
  rdU16,
  rdU32,
  rdU8,
  RESTORE_FLAGS,
  restoreTalk,
  type NlMsgIn,
} from "../lib/rtnl_dump.js";
import { newFilter, printRoute } from "./iproute.js";
import type { IpCtx } from "./iplink.js";

export const RTM_NEWROUTE = 24;
export const RTM_DELROUTE = 25;
export const RTMSG_LEN = 12;

const RTA_DST = 1;
const RTA_SRC = 2;
const RTA_OIF = 4;
const RTA_GATEWAY = 5;
const RTA_PRIORITY = 6;
const RTA_PREFSRC = 7;
const RTA_METRICS = 8;
const RTA_MULTIPATH = 9;
const RTA_FLOW = 11;
const RTA_TABLE = 15;
const RTA_VIA = 18;
const RTA_NH_ID = 30;
const RTAX_LOCK = 1;
const RTAX_CC_ALGO = 16;

function putVia6(b: NlBody, v: bigint): void {
  b.attr(RTA_VIA, (a) => a.u16(AF_INET6).in6(v));
}

function putMetrics(b: NlBody, mx: RtaMetrics): void {
  b.attr(RTA_METRICS, (n) => {
    if (mx.lock) n.attrU32(RTAX_LOCK, mx.lock);
    const cc = mx.cc;
    const vals = [...mx.vals].sort((x, y) => x[0] - y[0]);
    let ccDone = cc === undefined;
    for (const [k, v] of vals) {
      if (!ccDone && k > RTAX_CC_ALGO) {
        n.attrStr(RTAX_CC_ALGO, cc!);
        ccDone = true;
      }
      n.attrU32(k, v);
    }
    if (!ccDone) n.attrStr(RTAX_CC_ALGO, cc!);
  });
}

/** The body (rtmsg and attributes) of an IPv4 route from a dump. */
export function encodeRoute(r: RtMsg): NlBody {
  const b = new NlBody()
    .u8(r.rtm_family)
    .u8(r.rtm_dst_len)
    .u8(r.rtm_src_len)
    .u8(r.rtm_tos)
    .u8(r.rtm_table)
    .u8(r.rtm_protocol)
    .u8(r.rtm_scope)
    .u8(r.rtm_type)
    .u32(r.rtm_flags);
  if (r.RTA_TABLE !== undefined) b.attrU32(RTA_TABLE, r.RTA_TABLE);
  if (r.RTA_DST !== undefined) b.attrIn4(RTA_DST, r.RTA_DST);
  if (r.RTA_SRC !== undefined) b.attrIn4(RTA_SRC, r.RTA_SRC);
  if (r.RTA_PRIORITY !== undefined) b.attrU32(RTA_PRIORITY, r.RTA_PRIORITY);
  if (r.RTA_METRICS) putMetrics(b, r.RTA_METRICS);
  if (r.RTA_PREFSRC !== undefined) b.attrIn4(RTA_PREFSRC, r.RTA_PREFSRC);
  if (r.RTA_NH_ID !== undefined) b.attrU32(RTA_NH_ID, r.RTA_NH_ID);
  if (r.RTA_MULTIPATH) {
    b.attr(RTA_MULTIPATH, (a) => {
      for (const nh of r.RTA_MULTIPATH!) {
        const at = a.b.length;
        a.u16(0).u8(nh.rtnh_flags).u8(nh.rtnh_hops).u32(nh.rtnh_ifindex);
        if (nh.RTA_GATEWAY !== undefined) a.attrIn4(RTA_GATEWAY, nh.RTA_GATEWAY);
        if (nh.RTA_VIA6 !== undefined) putVia6(a, nh.RTA_VIA6);
        if (nh.RTA_FLOW !== undefined) a.attrU32(RTA_FLOW, nh.RTA_FLOW);
        const len = a.b.length - at;
        a.b[at] = len & 0xff;
        a.b[at + 1] = (len >>> 8) & 0xff;
      }
    });
  } else {
    if (r.RTA_GATEWAY !== undefined) b.attrIn4(RTA_GATEWAY, r.RTA_GATEWAY);
    if (r.RTA_VIA6 !== undefined) putVia6(b, r.RTA_VIA6);
    if (r.RTA_OIF !== undefined) b.attrU32(RTA_OIF, r.RTA_OIF);
    if (r.RTA_FLOW !== undefined) b.attrU32(RTA_FLOW, r.RTA_FLOW);
  }
  return b;
}

function getMetrics(p: Uint8Array): RtaMetrics {
  const mx: RtaMetrics = { lock: 0, vals: [] };
  for (const [k, v] of attrList(p, 0)) {
    if (k === RTAX_LOCK) mx.lock = rdU32(v);
    else if (k === RTAX_CC_ALGO) mx.cc = rdStr(v);
    else mx.vals.push([k, rdU32(v)]);
  }
  return mx;
}

function getVia6(p: Uint8Array): bigint | undefined {
  return rdU16(p) === AF_INET6 ? rdIn6(p.subarray(2)) : undefined;
}

function getMultipath(p: Uint8Array): RtNexthop[] {
  const out: RtNexthop[] = [];
  let o = 0;
  while (o + 8 <= p.length) {
    const len = rdU16(p, o);
    if (len < 8 || o + len > p.length) break;
    const nh: RtNexthop = { rtnh_flags: rdU8(p.subarray(o + 2)), rtnh_hops: rdU8(p.subarray(o + 3)), rtnh_ifindex: rdU32(p, o + 4) | 0 };
    const tb = parseAttrs(p.subarray(o, o + len), 8);
    if (tb.has(RTA_GATEWAY)) nh.RTA_GATEWAY = rdIn4(tb.get(RTA_GATEWAY)!);
    if (tb.has(RTA_VIA)) nh.RTA_VIA6 = getVia6(tb.get(RTA_VIA)!);
    if (tb.has(RTA_FLOW)) nh.RTA_FLOW = rdU32(tb.get(RTA_FLOW)!);
    out.push(nh);
    o += (len + 3) & ~3;
  }
  return out;
}

/** An RTM_{NEW,DEL}ROUTE body back into the typed message (what the kernel would parse of it). */
export function decodeRoute(body: Uint8Array): RtMsg {
  const h = (i: number) => body[i] ?? 0;
  const r: RtMsg = {
    rtm_family: h(0),
    rtm_dst_len: h(1),
    rtm_src_len: h(2),
    rtm_tos: h(3),
    rtm_table: h(4),
    rtm_protocol: h(5),
    rtm_scope: h(6),
    rtm_type: h(7),
    rtm_flags: rdU32(body, 8),
  };
  const tb = parseAttrs(body, RTMSG_LEN);
  const u32 = (t: number) => rdU32(tb.get(t)!);
  if (tb.has(RTA_TABLE)) r.RTA_TABLE = u32(RTA_TABLE);
  if (tb.has(RTA_DST)) r.RTA_DST = rdIn4(tb.get(RTA_DST)!);
  if (tb.has(RTA_SRC)) r.RTA_SRC = rdIn4(tb.get(RTA_SRC)!);
  if (tb.has(RTA_PRIORITY)) r.RTA_PRIORITY = u32(RTA_PRIORITY);
  if (tb.has(RTA_METRICS)) r.RTA_METRICS = getMetrics(tb.get(RTA_METRICS)!);
  if (tb.has(RTA_PREFSRC)) r.RTA_PREFSRC = rdIn4(tb.get(RTA_PREFSRC)!);
  if (tb.has(RTA_NH_ID)) r.RTA_NH_ID = u32(RTA_NH_ID);
  if (tb.has(RTA_GATEWAY)) r.RTA_GATEWAY = rdIn4(tb.get(RTA_GATEWAY)!);
  if (tb.has(RTA_VIA)) r.RTA_VIA6 = getVia6(tb.get(RTA_VIA)!);
  if (tb.has(RTA_OIF)) r.RTA_OIF = u32(RTA_OIF) | 0;
  if (tb.has(RTA_FLOW)) r.RTA_FLOW = u32(RTA_FLOW);
  if (tb.has(RTA_MULTIPATH)) r.RTA_MULTIPATH = getMultipath(tb.get(RTA_MULTIPATH)!);
  return r;
}

/** restore_handler()'s pass for a route: 0 its local addresses', 1 local networks', 2 the rest (those with a gateway). */
export function restorePass(body: Uint8Array): number {
  const tb = parseAttrs(body, RTMSG_LEN);
  if (tb.has(RTA_GATEWAY)) return 2;
  const src = tb.get(RTA_PREFSRC);
  const dst = tb.get(RTA_DST);
  const same = !!src && !!dst && src.length === dst.length && src.every((x, i) => x === dst[i]);
  return !src || same ? 0 : 1;
}

// ---------------------------------------------------------------- save / restore / showdump

/** route_dump_magic */
export const ROUTE_DUMP_MAGIC = 0x45311224;

/** iproute_restore(): three passes over the file (fseek back each time), so a gateway's own network is there first. */
export async function iprouteRestore(ctx: IpCtx): Promise<number> {
  const f = await checkMagic(ctx, ctx.stdin, ROUTE_DUMP_MAGIC, "route");
  if (!f) return 1;
  if (!f.seekable) {
    ctx.err("Failed to restore: ftell: Illegal seek\n");
    return 1;
  }
  for (let prio = 0; prio < 3; prio++) {
    const err = fromFile(ctx, f, (m) => {
      if (restorePass(m.body) !== prio) return 0;
      return restoreTalk(ctx, () => sendSaved(ctx, m));
    });
    if (err) return 2;
  }
  return 0;
}

/** rtnl_talk() of a saved message: a route goes to the IPv4 door; what the model cannot parse is refused. */
function sendSaved(ctx: IpCtx, m: NlMsgIn): void {
  const r = decodeRoute(m.body);
  if ((m.type !== RTM_NEWROUTE && m.type !== RTM_DELROUTE) || r.rtm_family !== AF_INET) throw kerr("EOPNOTSUPP");
  inetRtnlTalk(ctx.task, {
    type: m.type === RTM_NEWROUTE ? "RTM_NEWROUTE" : "RTM_DELROUTE",
    nlmsg_flags: m.flags | RESTORE_FLAGS,
    msg: r,
  });
}

/** iproute_showdump(): print_route() of each saved message, with an empty filter (so any table but main is named). */
export async function iprouteShowdump(ctx: IpCtx): Promise<number> {
  const f = await checkMagic(ctx, ctx.stdin, ROUTE_DUMP_MAGIC, "route");
  if (!f) return 1;
  const filter = { ...newFilter(), tb: 0 };
  const err = fromFile(ctx, f, (m) => {
    if (m.type !== RTM_NEWROUTE && m.type !== RTM_DELROUTE) {
      const hex = (n: number) => n.toString(16).padStart(8, "0");
      ctx.err(`Not a route: ${hex(m.body.length + NLMSG_HDRLEN)} ${hex(m.type)} ${hex(m.flags)}\n`);
      return 0;
    }
    const r = decodeRoute(m.body);
    if (r.rtm_family !== AF_INET) return 0;
    if (m.type === RTM_DELROUTE) ctx.out.raw("Deleted ");
    printRoute(ctx, r, filter);
    return 0;
  });
  await ctx.out.flush();
  return err ? 2 : 0;
}

/** save_route(): the routes the listing filter passes, as the dump framed them. */
export function saveRoutes(ctx: IpCtx, routes: RtMsg[], filtered: boolean): Uint8Array[] {
  const seq = dumpSeq(ctx);
  // NLM_F_MULTI, and NLM_F_DUMP_FILTERED when the request named a table or device (strict checking).
  const flags = 0x02 | (filtered ? 0x20 : 0);
  return routes.map((r) => nlmsg(RTM_NEWROUTE, flags, seq, ctx.task.pid, encodeRoute(r)));
}
