// Frames arriving on a bridge port (net/bridge/br_input.c): br_handle_frame is
// the port's rx_handler. It learns the source address, then either passes the
// frame up as if it had arrived on the bridge device (addressed to the bridge
// or to any port's own address: this is why, in seed 003, replies to veth0's
// MAC reach mbr0 and never the socket bound to veth0), forwards it to the port
// the FDB names, or floods it. Link-local control frames (01:80:c2:00:00:0X,
// other than STP) are forwarded when the bridge's group_fwd_mask has their bit and
// consumed otherwise; BPDUs go to STP when it runs and are forwarded like any
// frame when it does not; no_linklocal_learn keeps them out of the FDB.

import { netifReceiveSkb, kfreeSkbReason } from "../core/dev_rx.js";
import type { RxHandlerResult } from "../core/netdevice.js";
import { isMulticastEtherAddr } from "../core/netdevice.js";
import { netCore } from "../core/net_namespace.js";
import { ETH_HLEN, skbClone, type SkBuff } from "../core/skbuff.js";
import { fdbFindAt, fdbUpdateAt } from "./br_fdb.js";
import { brFlood, brForward, brNfHook } from "./br_forward.js";
import { brMulticastRcv } from "./br_multicast.js";
import { brDoProxySuppressArp } from "./br_arp_nd_proxy.js";
import { brStpRcv } from "./br_stp_bpdu.js";
import { BR_STATE_DISABLED, BR_STATE_FORWARDING, BR_STATE_LEARNING, portOf } from "./br_private.js";

/** br_pass_frame_up(): the bridge device receives the frame. */
function passFrameUp(skb: SkBuff): void {
  const brdev = skb.dev.master!;
  const st = brdev.stats;
  st.rx_packets++;
  // dev_sw_netstats_rx_add(brdev, skb->len): the port's eth_type_trans already pulled
  // the Ethernet header, so the bridge's rx bytes count 14 fewer per frame than the
  // port's (the header is still in front of our skb.data here).
  st.rx_bytes += skb.data.length - ETH_HLEN;
  const up = skbClone(skb);
  up.dev = brdev;
  up.brInput = true;
  if (up.pktType === "OTHERHOST" && brdev.promiscuity === 0) up.pktType = "HOST";
  brNfHook("LOCAL_IN", up, netifReceiveSkb, skb.dev);
}

/** br_handle_frame_finish() */
function handleFrameFinish(skb: SkBuff): void {
  const p = portOf(skb.dev);
  if (!p) {
    kfreeSkbReason(skb, "BRIDGE_NO_PORT");
    return;
  }
  const br = p.br;
  const now = netCore(br.dev.net).host.clock.now;
  if (p.locked) {
    // BR_PORT_LOCKED: only a source the FDB already places on this port, and not one of
    // the bridge's own addresses, gets in (no roaming onto it, nothing learned from a miss).
    const src = fdbFindAt(br, skb.data, 6);
    if (!src || src.dst !== p || src.isLocal) {
      kfreeSkbReason(skb, "BRIDGE_LOCKED");
      return;
    }
  }
  if (p.learning && p.state >= BR_STATE_LEARNING) fdbUpdateAt(br, p, skb.data, 6, now);
  // br_multicast_rcv() for multicast (it leaves broadcast alone), learning state included: IGMP/MLD reports fill the MDB.
  if (skb.data[0]! & 1) brMulticastRcv(br, p, skb);
  if (p.state === BR_STATE_LEARNING) {
    kfreeSkbReason(skb, "BRIDGE_NO_PORT");
    return;
  }
  // The destination is the frame's first 6 bytes (read there: no view per frame).
  const dest = skb.data;
  // ARP and RARP: br_do_proxy_suppress_arp() may answer for the target (br_arp_nd_proxy.ts).
  let replied = false;
  if (br.proxyArpSeen || br.neighSuppressOn) {
    const et = (dest[12]! << 8) | dest[13]!;
    replied = (et === 0x0806 || et === 0x8035) && brDoProxySuppressArp(skb, br, p);
  }
  if (isMulticastEtherAddr(dest)) {
    // Broadcast and (unsnooped) multicast: everyone, the bridge itself included.
    brFlood(br, skbClone(skb), false, replied);
    passFrameUp(skb);
    return;
  }
  const dst = fdbFindAt(br, dest, 0);
  if (dst && !dst.isLocal) dst.used = now;
  if (dst?.isLocal) {
    const up = skbClone(skb);
    up.pktType = "HOST";
    passFrameUp(up);
    return;
  }
  if (br.dev.promiscuity > 0) passFrameUp(skbClone(skb));
  if (dst?.dst) brForward(dst.dst, skb, false);
  else brFlood(br, skb, false, replied);
}

/** br_handle_frame(): the rx_handler installed on every port. */
export function brHandleFrame(skb: SkBuff): RxHandlerResult {
  const p = portOf(skb.dev);
  if (!p) return "PASS";
  // Both addresses are read in the frame itself (no views per frame).
  const d = skb.data;
  // is_valid_ether_addr() of the source: six bytes, not multicast, not all zero.
  if (d.length < 12 || d[6]! & 1 || (d[6]! | d[7]! | d[8]! | d[9]! | d[10]! | d[11]!) === 0) {
    kfreeSkbReason(skb, "MAC_IS_DEST");
    return "CONSUMED";
  }
  const dest = d;
  if (dest[0] === 0x01 && dest[1] === 0x80 && dest[2] === 0xc2 && dest[3] === 0 && dest[4] === 0 && (dest[5]! & 0xf0) === 0) {
    const br = p.br;
    const low = dest[5]!;
    // IEEE 802.1D reserved addresses: the bridge group address is forwarded only without
    // STP, pause frames never, the others when the bridge's group_fwd_mask has their bit.
    const forward = low === 0 ? !br.stpEnabled : low !== 1 && (br.groupFwdMask & (1 << low)) !== 0;
    if (!forward) {
      // __br_handle_local_finish(): learned from unless no_linklocal_learn.
      if (p.learning && (p.state === BR_STATE_LEARNING || p.state === BR_STATE_FORWARDING) && !br.opts?.noLlLearn) {
        fdbUpdateAt(br, p, d, 6, netCore(br.dev.net).host.clock.now);
      }
      // A BPDU goes up the port to the LLC layer, whose STP SAP is br_stp_rcv
      // (br_stp_bpdu.ts); no handler takes the other groups (pause, LLDP, 802.1X ...).
      if (low === 0) brStpRcv(p, skb);
      else kfreeSkbReason(skb, "NOT_SPECIFIED");
      return "CONSUMED";
    }
  }
  if (p.state === BR_STATE_DISABLED || (p.state !== BR_STATE_FORWARDING && p.state !== BR_STATE_LEARNING)) {
    kfreeSkbReason(skb, "BRIDGE_NO_PORT");
    return "CONSUMED";
  }
  brNfHook("PRE_ROUTING", skb, handleFrameFinish);
  return "CONSUMED";
}
