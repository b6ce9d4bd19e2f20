// ipv6_rcv() reduced to what the model needs (net/ipv6/ip6_input.c,
// ndisc.c's receive side): frames of ETH_P_IPV6 are accepted by a device
// with IPv6 enabled (so they are not counted as "no handler"), dropped with
// IPV6DISABLED otherwise; neighbour solicitations and advertisements are
// checked against our tentative addresses for duplicate address detection
// (a solicitation carrying our own nonce is our own, looped back by a
// switch, and is ignored, as enhanced DAD does). Nothing else is delivered:
// the model has no IPv6 sockets or forwarding.

import { parseIcmpv6 } from "../../wire/icmpv6.js";
import { NEXTHDR_ICMP, parseIpv6 } from "../../wire/ipv6.js";
import { IFA_F_TENTATIVE } from "../../uapi/if_addr.js";
import { devAddPack, kfreeSkbReason } from "../core/dev_rx.js";
import { ETH_P_IPV6, type SkBuff } from "../core/skbuff.js";
import { addrconfDadFailure } from "./addrconf.js";
import { cnf, in6DevGet } from "./inet6_dev.js";

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function ipv6Rcv(skb: SkBuff): void {
  const dev = skb.dev;
  const idev = in6DevGet(dev);
  if (!idev || cnf(dev, "disable_ipv6")) {
    kfreeSkbReason(skb, "IPV6DISABLED");
    return;
  }
  const ip = parseIpv6(skb.data.subarray(14));
  if (!ip.ok) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  if (ip.repr.nextHeader !== NEXTHDR_ICMP || ip.repr.hopLimit !== 255) return;
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

