// `ip route ... nexthop NH nexthop NH ...` (iproute.c parse_nexthops /
// parse_one_nh) and the RTA_MULTIPATH listing (print_rta_multipath), for IPv4
// and (gateways in RTA_GATEWAY6) IPv6.

import type { RtMsg, RtNexthop } from "../../../uapi/route.js";
import { RTNH_F_ONLINK } from "../../../uapi/route.js";
import { fmt4, getAddr, getAddr6 } from "../lib/inet.js";
import { formatIp6, parseIp6 } from "../../../wire/addr.js";
import { getUnsigned, invarg, IpExit, llIndexToName, llNameToIndex, matches } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import type { IpOut } from "../lib/json_print.js";

/** print_rta_flow(): a route's or nexthop's realms. */
export function printRtaFlow(out: IpOut, flow: number): void {
  const from = flow >>> 16;
  const to = flow & 0xffff;
  if (out.isJson) {
    out.openObject("flow");
    if (from) out.string("JSON", "from", "", String(from));
    out.string("JSON", "to", "", String(to));
    out.closeObject();
  } else out.raw(from ? `realms ${from}/${to} ` : `realm ${to} `);
}


/** print_rta_via(): another family's next hop (RTA_VIA), as `via inet6 ADDR`. */
export function printRtaVia6(out: IpOut, a: bigint): void {
  if (out.isJson) {
    out.openObject("via");
    out.string("JSON", "family", null, "inet6");
    out.string("JSON", "host", null, formatIp6(a));
    out.closeObject();
  } else {
    out.string("FP", null, "via %s ", "inet6");
    out.cstring("FP", "inet6", null, "%s ", formatIp6(a));
  }
}

/** exit(-1) after a message, as parse_nexthops does. */
function fail(ctx: IpCtx, msg: string): never {
  ctx.err(msg);
  throw new IpExit(255);
}

/**
 * parse_nexthops(): argv starts at the first "nexthop"; each nexthop takes
 * via [inet] ADDR, dev NAME, weight 1..256, onlink, realms REALM; for
 * `ip -6 route` (inet6) the gateway is an IPv6 address.
 */
export function parseNexthops(ctx: IpCtx, argv: string[], realms: (s: string) => number | undefined, inet6 = false): RtNexthop[] {
  const nhs: RtNexthop[] = [];
  let i = 0;
  while (i < argv.length) {
    if (argv[i] !== "nexthop") fail(ctx, `Error: "nexthop" or end of line is expected instead of "${argv[i]}"\n`);
    if (i + 1 >= argv.length) fail(ctx, 'Error: unexpected end of line after "nexthop"\n');
    const nh: RtNexthop = { rtnh_flags: 0, rtnh_hops: 0, rtnh_ifindex: 0 };
    const need = (): string => {
      if (i + 1 >= argv.length) {
        ctx.err("Command line is not complete. Try option \"help\"\n");
        throw new IpExit(255);
      }
      return argv[++i]!;
    };
    for (i++; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === "via") {
        let v = need();
        if (v === (inet6 ? "inet6" : "inet")) v = need();
        else if (!inet6 && v === "inet6") {
          nh.RTA_VIA6 = getAddr6(ctx, need());
          continue;
        }
        if (inet6) nh.RTA_GATEWAY6 = getAddr6(ctx, v);
        else nh.RTA_GATEWAY = getAddr(ctx, v, "inet");
      } else if (a === "dev") {
        const d = need();
        nh.rtnh_ifindex = llNameToIndex(ctx, d);
        if (!nh.rtnh_ifindex) {
          ctx.err(`Cannot find device "${d}"\n`);
          fail(ctx, "Error: cannot parse nexthop\n");
        }
      } else if (a === "weight") {
        const v = need();
        const w = getUnsigned(v);
        if (w === undefined || w === 0 || w > 256) invarg(ctx, '"weight" is invalid\n', v);
        nh.rtnh_hops = w - 1;
      } else if (a === "onlink") nh.rtnh_flags |= RTNH_F_ONLINK;
      else if (matches(a, "realms")) {
        const v = need();
        const r = realms(v);
        if (r === undefined) invarg(ctx, '"realm" value is invalid\n', v);
        nh.RTA_FLOW = r;
      } else break;
    }
    nhs.push(nh);
  }
  return nhs;
}

/** print_rta_multipath() for a unicast route's nexthops. */
export function printRtaMultipath(ctx: IpCtx, nhs: RtMsg["RTA_MULTIPATH"], flagsOf: (flags: number) => void): void {
  const out = ctx.out;
  out.openArray("JSON", "nexthops");
  for (const nh of nhs ?? []) {
    out.openObject(null);
    out.string("FP", null, `${out.sl}\tnexthop `, null);
    if (nh.RTA_GATEWAY !== undefined) {
      out.string("FP", null, "via ", null);
      out.cstring("ANY", "inet", "gateway", "%s ", fmt4(nh.RTA_GATEWAY));
    } else if (nh.RTA_GATEWAY6 !== undefined) {
      out.string("FP", null, "via ", null);
      out.cstring("ANY", "inet6", "gateway", "%s ", formatIp6(nh.RTA_GATEWAY6));
    }
    if (nh.RTA_VIA6 !== undefined) printRtaVia6(out, nh.RTA_VIA6);
    if (nh.RTA_FLOW) printRtaFlow(out, nh.RTA_FLOW);
    out.string("ANY", "dev", "dev %s ", llIndexToName(ctx, nh.rtnh_ifindex));
    out.int("ANY", "weight", "weight %d ", nh.rtnh_hops + 1);
    flagsOf(nh.rtnh_flags);
    out.closeObject();
  }
  out.closeArray("JSON", "");
}
