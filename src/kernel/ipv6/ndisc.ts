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
import { emitIcmpv6, type Icmpv6Repr, type NdOption } from "../../wire/icmpv6.js";
import { NEXTHDR_ICMP } from "../../wire/ipv6.js";
import type { NetDevice } from "../core/netdevice.js";
import { ip6SendMulticast } from "./ip6_output.js";

function macNumber(dev: NetDevice): number {
  let m = 0;
  for (const b of dev.addr) m = m * 256 + b;
  return m;
}

function send(dev: NetDevice, src: Ip6Addr, dst: Ip6Addr, msg: Icmpv6Repr): void {
  ip6SendMulticast(dev, src, dst, NEXTHDR_ICMP, 255, emitIcmpv6(msg, src, dst));
}

/** ndisc_send_ns() for DAD: from the unspecified address, no source link-layer option. */
export function ndiscSendDadNs(dev: NetDevice, target: Ip6Addr, nonce: Uint8Array | undefined): void {
  const options: NdOption[] = nonce ? [{ kind: "nonce", nonce }] : [];
  send(dev, 0n, solicitedNode(target), { kind: "neighbor-solicit", target, options });
}

/** ndisc_send_rs() */
export function ndiscSendRs(dev: NetDevice, src: Ip6Addr, dst: Ip6Addr): void {
  const options: NdOption[] = src !== 0n ? [{ kind: "source-lladdr", mac: macNumber(dev) }] : [];
  send(dev, src, dst, { kind: "router-solicit", options });
}

/** ndisc_send_na() as ndisc_recv_ns calls it for DAD: solicited 0, override 1, target link-layer option. */
export function ndiscSendNa(dev: NetDevice, target: Ip6Addr, dst: Ip6Addr, router: boolean): void {
  send(dev, target, dst, {
    kind: "neighbor-advert",
    router,
    solicited: false,
    override: true,
    target,
    options: [{ kind: "target-lladdr", mac: macNumber(dev) }],
  });
}
