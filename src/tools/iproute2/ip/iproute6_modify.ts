// `ip -6 route add|del|change|replace|get` (ip/iproute.c iproute_modify / iproute_get for
// AF_INET6): the words iproute_modify reads (src, via [inet6], tos, expires, metric, scope, the
// metrics, onlink, nexthop, nhid, protocol, table, vrf, dev, pref, PREFIX|default with an optional
// TYPE), their errors, sent as RTM_NEWROUTE/RTM_DELROUTE through the IPv6 model's door
// (kernel/ipv6/addrconf_rtnl.ts); `get ADDR [oif|dev DEV]` printed as print_route does for a single
// answer ("from ::", "src", metric, pref). iproute.ts hands over when the family is inet6 or the
// destination is IPv6. Left out: encap, realms, ttl-propagate.

import { inet6RtnlTalk } from "../../../kernel/ipv6/addrconf_rtnl.js";
import { RT_TABLE_LOCAL, RT_TABLE_MAIN, RTM_F_FIB_MATCH, RTN_ANYCAST, RTN_BROADCAST, RTN_LOCAL, RTN_NAT, RTN_UNICAST, RTNH_F_ONLINK, RTPROT_BOOT } from "../../../uapi/route.js";
import { formatIp6, ip6FromBytes, ip6ToBytes } from "../../../wire/addr.js";
import { printRoute6 } from "./iproute6.js";
import { protocolArg, protoN2a, rtntypeA2n, scopeA2n, rtntypeN2a, tableA2n, tableN2a } from "../lib/inet.js";
import { duparg2, getUnsigned, incompleteCommand, invarg, IpExit, llIndexToName, llNameToIndex, matches, nlError } from "../lib/utils.js";
import type { Inet6RtnlRequest } from "../../../uapi/in6.js";
import type { IpCtx } from "./iplink.js";
import { parsePrefix6 } from "./ipaddress6.js";
import { parseNexthops } from "./iproute_nexthops.js";
import { getAddr6 } from "../lib/inet.js";
import type { RtaMetrics, RtMsg, RtNexthop } from "../../../uapi/route.js";
import { dsfieldA2n, getFlowArg, metricArg, printRtaMetrics, timeMetricArg, usage as iprouteUsage } from "./iproute.js";
import { ipvrfGetTable } from "../lib/vrf.js";

/** Whether iproute_modify/iproute_get speak IPv6 for these words. */
export function routeWantsInet6(ctx: IpCtx, argv: string[]): boolean {
  if (ctx.family === "inet6") return true;
  // An IPv4 address before every IPv6 one, each of those after `via inet6`: an IPv4 route with IPv6 next hops (RTA_VIA).
  const v4 = argv.findIndex((a) => /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(a));
  const v6 = argv.map((a, i) => (a.includes(":") && parsePrefix6(a) !== undefined ? i : -1)).filter((i) => i >= 0);
  if (v6.length && v4 >= 0 && v4 < v6[0]! && v6.every((i) => argv[i - 1] === "inet6" && argv[i - 2] === "via")) return false;
  return v6.length > 0;
}

function badPrefix(ctx: IpCtx, v: string): never {
  ctx.err(`Error: inet6 prefix is expected rather than "${v}".\n`);
  throw new IpExit(1);
}

export function iprouteModify6(ctx: IpCtx, cmd: "RTM_NEWROUTE" | "RTM_DELROUTE", flags: number, argv: string[]): number {
  let dst: { addr: bigint; len: number } | undefined;
  let gw: bigint | undefined;
  let dev: string | undefined;
  let metric: number | undefined;
  let table = RT_TABLE_MAIN;
  // iproute_modify(): only additions default to proto boot and type unicast.
  let protocol = cmd === "RTM_DELROUTE" ? 0 : RTPROT_BOOT;
  let type = cmd === "RTM_DELROUTE" ? 0 : RTN_UNICAST;
  let nexthops: RtNexthop[] | undefined;
  const metrics: RtaMetrics = { lock: 0, vals: [] };
  let pref: number | undefined;
  let expires: number | undefined;
  let nhid: number | undefined;
  let tableOk = false;
  let prefsrc: bigint | undefined;
  let onlink = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "src") prefsrc = getAddr6(ctx, next());
    else if (a === "via") {
      let v = next();
      if (v === "inet6") v = next();
      gw = getAddr6(ctx, v);
    } else if (a === "tos" || matches(a, "dsfield")) {
      const v = next();
      if (dsfieldA2n(v) === undefined) invarg(ctx, '"tos" value is invalid\n', v);
    } else if (a === "expires") {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined) invarg(ctx, '"expires" value is invalid\n', v);
      expires = n;
    } else if (matches(a, "metric") || matches(a, "priority") || a === "preference") {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined) invarg(ctx, '"metric" value is invalid\n', v);
      metric = n;
    } else if (a === "scope") {
      // IPv6 routes have no scope: checked, sent, and not kept.
      const v = next();
      if (scopeA2n(v) === undefined) invarg(ctx, 'invalid "scope" value\n', v);
    } else if (metricArg(ctx, a, next, metrics)) continue;
    else if (timeMetricArg(ctx, a, next, metrics)) continue;
    else if (matches(a, "onlink")) onlink = true;
    else if (a === "nexthop") {
      // parse_nexthops(): the rest of the line is the nexthops.
      nexthops = parseNexthops(ctx, argv.slice(i), () => undefined, true);
      break;
    } else if (a === "nhid") {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined) invarg(ctx, '"id" value is invalid\n', v);
      nhid = n;
    } else if (matches(a, "protocol")) protocol = protocolArg(ctx, next());
    else if (matches(a, "table")) {
      const v = next();
      const t = tableA2n(v);
      if (t === undefined) invarg(ctx, '"table" value is invalid\n', v);
      table = t;
      tableOk = true;
    } else if (matches(a, "vrf")) {
      const v = next();
      const t = ipvrfGetTable(ctx, v);
      if (t === 0) invarg(ctx, "Invalid VRF\n", v);
      table = t;
      tableOk = true;
    } else if (a === "dev" || a === "oif") dev = next();
    else if (matches(a, "pref")) {
      // RTA_PREF: ICMPV6_ROUTER_PREF_LOW 3, MEDIUM 0, HIGH 1.
      const v = next();
      if (v === "low") pref = 3;
      else if (v === "medium") pref = 0;
      else if (v === "high") pref = 1;
      else invarg(ctx, '"pref" value is invalid\n', v);
    } else {
      let v = a === "to" ? next() : a;
      // NODE_SPEC's optional TYPE before the prefix (rtnl_rtntype_a2n on a word not starting with a digit).
      if ((v[0]! < "0" || v[0]! > "9") && rtntypeA2n(v) !== undefined) {
        type = rtntypeA2n(v)!;
        v = next();
      }
      if (matches(v, "help")) iprouteUsage(ctx);
      if (dst) duparg2(ctx, "to", v);
      if (v === "default" || v === "any" || v === "all") dst = { addr: 0n, len: 0 };
      else dst = parsePrefix6(v) ?? badPrefix(ctx, v);
    }
  }
  if (!dst) iprouteUsage(ctx);
  // iproute_modify(): local, broadcast, nat and anycast routes go to the local table unless one is named.
  if (!tableOk && (type === RTN_LOCAL || type === RTN_BROADCAST || type === RTN_NAT || type === RTN_ANYCAST)) table = RT_TABLE_LOCAL;
  let oif: number | undefined;
  if (dev !== undefined) {
    oif = llNameToIndex(ctx, dev);
    if (!oif) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return 1;
    }
  }
  const d = dst ?? { addr: 0n, len: 0 };
  try {
    inet6RtnlTalk(ctx.task, {
      type: cmd,
      rtm_family: 10,
      nlmsg_flags: flags,
      rtm_dst_len: d.len,
      rtm_table: table,
      rtm_protocol: protocol,
      rtm_type: type,
      RTA_DST: ip6ToBytes(d.addr),
      RTA_GATEWAY: gw === undefined ? undefined : ip6ToBytes(gw),
      RTA_PREFSRC: prefsrc === undefined ? undefined : ip6ToBytes(prefsrc),
      rtm_flags: onlink ? RTNH_F_ONLINK : undefined,
      RTA_OIF: oif,
      RTA_PRIORITY: metric,
      RTA_METRICS: metrics.vals.length || metrics.lock || metrics.cc !== undefined ? metrics : undefined,
      RTA_PREF: pref,
      RTA_EXPIRES: expires,
      RTA_NH_ID: nhid,
      RTA_MULTIPATH: nexthops?.length
        ? nexthops.map((nh) => ({ rtnh_flags: nh.rtnh_flags, rtnh_hops: nh.rtnh_hops, rtnh_ifindex: nh.rtnh_ifindex, RTA_GATEWAY: nh.RTA_GATEWAY6 === undefined ? undefined : ip6ToBytes(nh.RTA_GATEWAY6) }))
        : undefined,
    });
  } catch (e) {
    nlError(ctx, e);
    return 2;
  }
  return 0;
}

export async function iprouteGet6(ctx: IpCtx, argv: string[]): Promise<number> {
  let addr: bigint | undefined;
  let dev: string | undefined;
  let from: bigint | undefined;
  let mark: number | undefined;
  let iif: string | undefined;
  const flow: Pick<RtMsg, "rtm_flags" | "RTA_SPORT" | "RTA_DPORT" | "RTA_IP_PROTO"> = { rtm_flags: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "oif" || a === "dev") dev = argv[++i];
    else if (a === "from") {
      const v = argv[++i] ?? "";
      from = parsePrefix6(v)?.addr ?? badPrefix(ctx, v);
    } else if (a === "mark") {
      const v = argv[++i] ?? "";
      mark = getUnsigned(v);
      if (mark === undefined) invarg(ctx, "invalid mark value", v);
    } else if (a === "iif") iif = argv[++i];
    else if (getFlowArg(ctx, a, () => argv[++i] ?? "", flow)) continue;
    else if (a === "uid" || a === "tos" || a === "dsfield") i++;
    else {
      const v = a === "to" ? (argv[++i] ?? "") : a;
      addr = parsePrefix6(v)?.addr ?? badPrefix(ctx, v);
    }
  }
  const fibmatch = (flow.rtm_flags & RTM_F_FIB_MATCH) !== 0;
  if (addr === undefined) {
    ctx.err("need at least a destination address\n");
    return 1;
  }
  let oif = 0;
  if (dev !== undefined) {
    oif = llNameToIndex(ctx, dev);
    if (!oif) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return 1;
    }
  }
  let iifIndex = 0;
  if (iif !== undefined) {
    iifIndex = llNameToIndex(ctx, iif);
    if (!iifIndex) {
      ctx.err(`Cannot find device "${iif}"\n`);
      return 1;
    }
  }
  let r;
  try {
    const req: Extract<Inet6RtnlRequest, { type: "RTM_GETROUTE"; RTA_DST: Uint8Array }> = { type: "RTM_GETROUTE", rtm_family: 10, RTA_DST: ip6ToBytes(addr), RTA_OIF: oif || undefined };
    if (from !== undefined) req.RTA_SRC = ip6ToBytes(from);
    if (mark) req.RTA_MARK = mark;
    if (iifIndex) req.RTA_IIF = iifIndex;
    if (flow.RTA_IP_PROTO !== undefined) req.RTA_IP_PROTO = flow.RTA_IP_PROTO;
    if (flow.RTA_SPORT !== undefined) req.RTA_SPORT = flow.RTA_SPORT;
    if (flow.RTA_DPORT !== undefined) req.RTA_DPORT = flow.RTA_DPORT;
    if (fibmatch) req.rtm_flags = RTM_F_FIB_MATCH;
    const rep = inet6RtnlTalk(ctx.task, req);
    if (rep.type !== "route6") return 2;
    r = rep.route;
  } catch (e) {
    nlError(ctx, e);
    return 2;
  }
  if (fibmatch) {
    // print_route() of the FIB entry, as `ip -6 route show` prints it.
    printRoute6(ctx, r, { tb: 0, oif: 0 });
    await ctx.out.flush();
    return 0;
  }
  let line = r.rtm_type !== RTN_UNICAST ? `${rtntypeN2a(r.rtm_type)} ` : "";
  line += `${formatIp6(addr)} from ${from !== undefined ? formatIp6(from) : "::"} `;
  if (r.RTA_GATEWAY) line += `via ${formatIp6(ip6FromBytes(r.RTA_GATEWAY))} `;
  line += `dev ${llIndexToName(ctx, r.RTA_OIF)} `;
  if (r.RTA_TABLE !== RT_TABLE_MAIN) line += `table ${tableN2a(r.RTA_TABLE)} `;
  if (r.rtm_protocol !== RTPROT_BOOT) line += `proto ${protoN2a(r.rtm_protocol)} `;
  if (r.RTA_PREFSRC) line += `src ${formatIp6(ip6FromBytes(r.RTA_PREFSRC))} `;
  line += `metric ${r.RTA_PRIORITY} `;
  // print_rta_cacheinfo() and the metrics of an RTF_CACHE answer (a learned path MTU).
  if (r.RTA_EXPIRES) line += `expires ${Math.trunc(r.RTA_EXPIRES / 100)}sec `;
  ctx.out.raw(line);
  if (r.RTA_METRICS) printRtaMetrics(ctx, r.RTA_METRICS);
  else if (r.RTA_MTU !== undefined) ctx.out.raw(`mtu ${r.RTA_MTU} `);
  if (r.RTA_IIF) ctx.out.raw(`iif ${llIndexToName(ctx, r.RTA_IIF)} `);
  ctx.out.raw(`pref ${["medium", "high", "", "low"][r.RTA_PREF] ?? r.RTA_PREF}\n`);
  await ctx.out.flush();
  return 0;
}
