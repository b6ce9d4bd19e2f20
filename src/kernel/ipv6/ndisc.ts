// Neighbour discovery messages the kernel sends on its own (net/ipv6/ndisc.c):
// the neighbour solicitation of duplicate address detection (from ::, to the
// target's solicited-node group, with a nonce option when enhanced_dad is on)
// and router solicitations (from the link-local address, with its MAC in a
// source link-layer address option), and the advertisement answering another
// node's DAD solicitation for an address we hold (to ff02::1, override set,
// with our MAC as target link-layer address). Received solicitations and
// advertisements are handled in ip6_input.ts; answering solicitations for
// address resolution and a neighbour cache for IPv6 are not modelled (nothing
// in the model sends IPv6 unicast).

import { solicitedNode, type Ip6Addr } from "../../wire/addr.js";
import { pseudoSum6At } from "../../wire/checksum.js";
import { icmpv6NdLength, putIcmpv6Nd, type Icmpv6NdRepr, type NdOption } from "../../wire/icmpv6.js";
import { NEXTHDR_ICMP } from "../../wire/ipv6.js";
import type { NetDevice } from "../core/netdevice.js";
import { IP6_MC_ADDRS, IP6_MC_PAYLOAD, ip6McFrame, ip6SendMulticastFrame } from "./ip6_output.js";

function macNumber(dev: NetDevice): number {
  let m = 0;
  for (const b of dev.addr) m = m * 256 + b;
  return m;
}

/**
 * ndisc_send_skb(): the message written into its frame (hop limit 255); to
 * the group's MAC, or to `dstMac` (a unicast probe in PROBE state).
 */
export function ndiscSend(dev: NetDevice, src: Ip6Addr, dst: Ip6Addr, msg: Icmpv6NdRepr, dstMac?: number): void {
  const n = icmpv6NdLength(msg);
  const frame = ip6McFrame(src, dst, n);
  putIcmpv6Nd(msg, frame, IP6_MC_PAYLOAD, pseudoSum6At(frame, IP6_MC_ADDRS, NEXTHDR_ICMP, n));
  ip6SendMulticastFrame(dev, frame, dst, NEXTHDR_ICMP, 255, dstMac);
}

/** ndisc_send_ns() for DAD: from the unspecified address, no source link-layer option. */
export function ndiscSendDadNs(dev: NetDevice, target: Ip6Addr, nonce: Uint8Array | undefined): void {
  const options: NdOption[] = nonce ? [{ kind: "nonce", nonce }] : [];
  ndiscSend(dev, 0n, solicitedNode(target), { kind: "neighbor-solicit", target, options });
}

/** ndisc_send_rs() */
export function ndiscSendRs(dev: NetDevice, src: Ip6Addr, dst: Ip6Addr): void {
  const options: NdOption[] = src !== 0n ? [{ kind: "source-lladdr", mac: macNumber(dev) }] : [];
  ndiscSend(dev, src, dst, { kind: "router-solicit", options });
}

/** ndisc_send_na() as ndisc_recv_ns calls it for DAD: solicited 0, override 1, target link-layer option. */
export function ndiscSendNa(dev: NetDevice, target: Ip6Addr, dst: Ip6Addr, router: boolean): void {
  ndiscSend(dev, target, dst, {
    kind: "neighbor-advert",
    router,
    solicited: false,
    override: true,
    target,
    options: [{ kind: "target-lladdr", mac: macNumber(dev) }],
  });
}
