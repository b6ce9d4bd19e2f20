// ip6_forward() (net/ipv6/ip6_output.c) and the input route's failure
// (ip6_pkt_drop, net/ipv6/route.c) for unicast that is not ours: no route
// at all, or an unreachable/throw route, is answered with ICMPv6 destination
// unreachable / no route, a prohibit route with administratively prohibited,
// a blackhole route drops silently; with
// net.ipv6.conf.all.forwarding=0 the packet is dropped silently; frames not
// addressed to this host's MAC are dropped; a hop limit of 1 or less is
// answered with ICMPv6 time exceeded (hop limit); otherwise the hop limit
// goes down by one on our own copy of the bytes, ip6tables FORWARD sees it
// with both devices, and ip6_output sends it towards the next hop.
// A packet too big for the next link gets ICMPv6 Packet Too Big.
// A source that is unspecified, loopback or multicast is dropped, a link-local
// one answered with destination unreachable / beyond scope (both InAddrErrors)
// — unless the packet leaves by the device it came in on.
// Leaving by the device it came in on, it sends an ICMPv6 redirect first.
// Left out: proxy_ndp (ip6_forward_proxy_check), router alert.

import { IPSTATS_FORWDATAGRAMS, IPSTATS_FRAGFAILS, IPSTATS_INADDRERRORS, IPSTATS_INHDRERRORS, IPSTATS_INNOROUTES, IPSTATS_INTOOBIGERRORS } from "../core/snmp.js";
import { ip6Stats } from "./mib6.js";
import { ICMPV6_DEST_UNREACH, ICMPV6_PKT_TOOBIG, ICMPV6_TIME_EXCEED } from "../../wire/icmpv6.js";
import { IPV6_MIN_MTU } from "./rt6_exception.js";
import type { Ip6cbSkb } from "./ip6_fragment.js";
import { NFPROTO_IPV6, NF_INET_FORWARD } from "../../uapi/x_tables.js";
import { devGetByIndex } from "../core/dev.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { skbCopy, type SkBuff } from "../core/skbuff.js";
import { nfHook } from "../netfilter/core.js";
import { icmp6Send } from "./icmp.js";
import { ip6ForwardRedirect } from "./ndisc_redirect.js";
import { cnfAll } from "./inet6_dev.js";
import { setIp6Forward } from "./ip6_input.js";
import { ip6Output, setSkbRt6 } from "./ip6_output.js";
import { ip6RouteOutput, rt6MultipathSeen, type Flow6 } from "./route.js";
import { fib6RulesCustom } from "../ipv4/fib_rules.js";
import { ip6FromBytes } from "../../wire/addr.js";
import { RTN_BLACKHOLE, RTN_PROHIBIT } from "../../uapi/route.js";

/** ICMPV6_NOROUTE, ICMPV6_ADM_PROHIBITED, ICMPV6_EXC_HOPLIMIT */
const NOROUTE = 0;
const ADM_PROHIBITED = 1;
const EXC_HOPLIMIT = 0;
/** ICMPV6_NOT_NEIGHBOUR: beyond the scope of the source address. */
const NOT_NEIGHBOUR = 2;

/** The flowi6 of a received packet (IPv6 header at 14): no extension headers are walked. */
function ip6InputFlow(skb: SkBuff): Flow6 {
  const b = skb.data;
  const proto = b[20]!;
  const fl: Flow6 = { iif: skb.dev.ifindex, saddr: ip6FromBytes(b, 22), mark: skb.mark, proto, flowlabel: ((b[15]! & 0x0f) << 16) | (b[16]! << 8) | b[17]! };
  if ((proto === 6 || proto === 17) && b.length >= 58) {
    fl.sport = (b[54]! << 8) | b[55]!;
    fl.dport = (b[56]! << 8) | b[57]!;
  }
  return fl;
}

function ip6Forward(skbIn: SkBuff, dst: bigint): void {
  const dev = skbIn.dev;
  const ns = dev.net;
  if (skbIn.pktType !== "HOST") {
    kfreeSkbReason(skbIn, "OTHERHOST");
    return;
  }
  // ip6_route_input(): the rules and the multipath hash see the receiving
  // device, the source, the mark, the flow label and the next header (and the
  // ports, fib6_rules_early_flow_dissect / the flow dissector); a flow built
  // only when rules or sibling routes may read it.
  const fl = fib6RulesCustom(ns) || rt6MultipathSeen(ns) ? ip6InputFlow(skbIn) : undefined;
  const found = ip6RouteOutput(ns, dst, 0, devGetByIndex(ns, 1), fl);
  if (!found || "reject" in found) {
    // The reject route's dst.input: dst_discard for a blackhole (silent),
    // ip6_pkt_prohibit, else ip6_pkt_discard (also the null entry's).
    const type = found?.reject.type;
    if (type === RTN_BLACKHOLE) {
      kfreeSkbReason(skbIn, "NOT_SPECIFIED");
      return;
    }
    ip6Stats(dev, IPSTATS_INNOROUTES);
    icmp6Send(skbIn, ICMPV6_DEST_UNREACH, type === RTN_PROHIBIT ? ADM_PROHIBITED : NOROUTE, 0);
    kfreeSkbReason(skbIn, "IP_NOROUTE");
    return;
  }
  const route = found;
  if (!cnfAll(dev, "forwarding")) {
    ip6Stats(dev, IPSTATS_INADDRERRORS);
    kfreeSkbReason(skbIn, "IP_INADDRERRORS");
    return;
  }
  const hops = skbIn.data[21]!;
  if (hops <= 1) {
    ip6Stats(dev, IPSTATS_INHDRERRORS);
    icmp6Send(skbIn, ICMPV6_TIME_EXCEED, EXC_HOPLIMIT, 0);
    kfreeSkbReason(skbIn, "TTL_EXPIRED");
    return;
  }
  // Leaving by the device it came in on: the sender is told a better first
  // hop (ndisc_redirect.ts). By another: a source that must not be forwarded.
  if (route.dev === dev) ip6ForwardRedirect(skbIn, route);
  else {
    const src = ip6FromBytes(skbIn.data, 22);
    const top = src >> 112n;
    if (src === 0n || src === 1n || top >> 8n === 0xffn) {
      ip6Stats(dev, IPSTATS_INADDRERRORS);
      kfreeSkbReason(skbIn, "IP_INADDRERRORS");
      return;
    }
    if ((top & 0xffc0n) === 0xfe80n) {
      // "This check is security critical": a link-local source stays on its link.
      icmp6Send(skbIn, ICMPV6_DEST_UNREACH, NOT_NEIGHBOUR, 0);
      ip6Stats(dev, IPSTATS_INADDRERRORS);
      kfreeSkbReason(skbIn, "IP_INADDRERRORS");
      return;
    }
  }
  // ip6_pkt_too_big(): what does not fit the next link is answered with
  // Packet Too Big (routers never fragment), from the output device
  // (ip6_dst_mtu_maybe_forward: the device's MTU, at least 1280).
  // A packet conntrack rebuilt (frag_max_size, ignore_df) is too big only when its largest fragment was.
  const mtu = Math.max(route.dev.mtu, IPV6_MIN_MTU);
  const fragMax = (skbIn as Ip6cbSkb).ip6FragMax;
  if (skbIn.data.length - 14 > mtu && (fragMax === undefined || fragMax > mtu)) {
    icmp6Send(skbIn, ICMPV6_PKT_TOOBIG, 0, mtu);
    ip6Stats(dev, IPSTATS_INTOOBIGERRORS);
    ip6Stats(route.dev, IPSTATS_FRAGFAILS);
    kfreeSkbReason(skbIn, "PKT_TOO_BIG");
    return;
  }
  // skb_cow() + hop_limit--: our own copy of the bytes from here on.
  const skb = skbCopy(skbIn);
  skb.data[21] = hops - 1;
  setSkbRt6(skb, route);
  nfHook(NFPROTO_IPV6, NF_INET_FORWARD, ns, skb, dev, route.dev, (s) => {
    // ip6_forward_finish()
    ip6Stats(route.dev, IPSTATS_FORWDATAGRAMS);
    ip6Output(s);
  });
}

setIp6Forward(ip6Forward);
