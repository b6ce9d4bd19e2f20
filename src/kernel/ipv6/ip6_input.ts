// ipv6_rcv() reduced to what the model needs (net/ipv6/ip6_input.c,
// ndisc.c's receive side): frames of ETH_P_IPV6 are accepted by a device
// with IPv6 enabled (so they are not counted as "no handler"), dropped with
// IPV6DISABLED otherwise; neighbour solicitations and advertisements are
// checked against our tentative addresses for duplicate address detection
// (a solicitation carrying our own nonce is our own, looped back by a
// switch, and is ignored, as enhanced DAD does). Nothing else is delivered:
// the model has no IPv6 sockets or forwarding.

import { NDISC_NEIGHBOUR_ADVERTISEMENT, NDISC_NEIGHBOUR_SOLICITATION, parseIcmpv6 } from "../../wire/icmpv6.js";
import { IPV6_HLEN, NEXTHDR_ICMP, parseIpv6 } from "../../wire/ipv6.js";
import { IFA_F_TENTATIVE } from "../../uapi/if_addr.js";
import { devAddPack, kfreeSkbReason } from "../core/dev_rx.js";
import { ETH_P_IPV6, type SkBuff } from "../core/skbuff.js";
import { addrconfDadFailure } from "./addrconf.js";
import { cnf, in6DevGet, type Inet6Ifaddr } from "./inet6_dev.js";

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function dadUnderWay(a: Inet6Ifaddr): boolean {
  return (a.flags & IFA_F_TENTATIVE) !== 0 && a.state === "PROCESS";
}

function ipv6Rcv(skb: SkBuff): void {
  const dev = skb.dev;
  const idev = in6DevGet(dev);
  if (!idev || cnf(dev, "disable_ipv6")) {
    kfreeSkbReason(skb, "IPV6DISABLED");
    return;
  }
  // The header checks of parseIpv6, read in place: a bridge floods every
  // container's MLD reports, DAD and router solicitations to every port, so
  // most frames here are for a group nobody in this namespace listens to.
  const b = skb.data;
  const len = b.length - 14;
  if (len < IPV6_HLEN || b[14]! >> 4 !== 6 || len < IPV6_HLEN + ((b[18]! << 8) | b[19]!)) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  if (b[20] !== NEXTHDR_ICMP || b[21] !== 255) return;
  // Only a neighbour solicitation or advertisement for one of our tentative
  // addresses does anything (a DAD conflict); with no DAD under way, nothing
  // below could act, so the frame ends here unparsed, exactly as it would
  // have after parsing.
  if (!idev.addrs.some(dadUnderWay)) return;
  // ICMPv6 type: only 135/136 parse as a solicitation or advertisement.
  const t = b[54];
  if (((b[18]! << 8) | b[19]!) < 4 || (t !== NDISC_NEIGHBOUR_SOLICITATION && t !== NDISC_NEIGHBOUR_ADVERTISEMENT)) return;
  const ip = parseIpv6(b.subarray(14));
  if (!ip.ok) return;
  const icmp = parseIcmpv6(ip.payload);
  if (!icmp.ok) return;
  const m = icmp.repr;
  if (m.kind !== "neighbor-solicit" && m.kind !== "neighbor-advert") return;
  const ifp = idev.addrs.find((a) => a.addr === m.target && a.flags & IFA_F_TENTATIVE && a.state === "PROCESS");
  if (!ifp) return;
  if (m.kind === "neighbor-solicit") {
    if (ip.repr.src !== 0n) return;
    const nonce = m.options.find((o) => o.kind === "nonce");
    if (nonce && nonce.kind === "nonce" && sameBytes(nonce.nonce, ifp.dadNonce)) return;
  }
  addrconfDadFailure(ifp);
}

devAddPack({ type: ETH_P_IPV6, func: ipv6Rcv });

