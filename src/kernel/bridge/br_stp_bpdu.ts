// Sending and receiving BPDUs (net/bridge/br_stp_bpdu.c): 802.3 frames to the
// bridge group address (01:80:c2:00:00:00) from the port's own MAC, an LLC UI
// header (DSAP = SSAP = 0x42) and the 802.1D body: 35 bytes for a config
// BPDU, 4 for a topology change notification. Times travel in 1/256 s
// (STP_HZ) converted from and to jiffies (HZ 250) as br_set_ticks/br_get_ticks do.

import { devQueueXmit } from "../core/dev_xmit.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { allocSkb, type SkBuff } from "../core/skbuff.js";
import { brNfHook } from "./br_forward.js";
import { BR_STATE_DISABLED, type BrId, type NetBridgePort } from "./br_private.js";
import { stpNow } from "./br_stp_timer.js";
import { HZ, NS_PER_JIFFY } from "../core/jiffies.js";
import { brReceivedConfigBpdu, brReceivedTcnBpdu } from "./br_stp.js";
import { brStpDisablePort } from "./br_stp_if.js";

/** A config BPDU; times in virtual ns. */
export interface ConfigBpdu {
  topologyChange: boolean;
  topologyChangeAck: boolean;
  root: BrId;
  rootPathCost: number;
  bridgeId: BrId;
  portId: number;
  messageAge: number;
  maxAge: number;
  helloTime: number;
  forwardDelay: number;
}

const BPDU_TYPE_CONFIG = 0x00;
const BPDU_TYPE_TCN = 0x80;
const LLC_SAP_BSPAN = 0x42;
const ETH_P_802_2 = 0x0004;
const STP_HZ = 256;

/** br_set_ticks() */
function setTicks(b: Uint8Array, off: number, ns: number): void {
  const j = Math.floor(ns / NS_PER_JIFFY);
  const ticks = Math.floor((STP_HZ * j) / HZ) & 0xffff;
  b[off] = ticks >> 8;
  b[off + 1] = ticks & 0xff;
}

/** br_get_ticks(): DIV_ROUND_UP(ticks * HZ, STP_HZ) jiffies. */
function getTicks(b: Uint8Array, off: number): number {
  const ticks = (b[off]! << 8) | b[off + 1]!;
  return Math.ceil((ticks * HZ) / STP_HZ) * NS_PER_JIFFY;
}

function putId(b: Uint8Array, off: number, id: BrId): void {
  b[off] = id.prio >> 8;
  b[off + 1] = id.prio & 0xff;
  b.set(id.addr, off + 2);
}

function getId(b: Uint8Array, off: number): BrId {
  return { prio: (b[off]! << 8) | b[off + 1]!, addr: b.slice(off + 2, off + 8) };
}

/** br_send_bpdu(): Ethernet + LLC header around the body, out through the bridge's LOCAL_OUT hook. */
function sendBpdu(p: NetBridgePort, body: Uint8Array): void {
  const frame = new Uint8Array(14 + 3 + body.length);
  frame.set(p.br.groupAddr, 0);
  frame.set(p.dev.addr, 6);
  const len = 3 + body.length;
  frame[12] = len >> 8;
  frame[13] = len & 0xff;
  frame[14] = LLC_SAP_BSPAN;
  frame[15] = LLC_SAP_BSPAN;
  frame[16] = 0x03; // UI command
  frame.set(body, 17);
  const skb = allocSkb(frame, p.dev, stpNow(p.br));
  skb.protocol = ETH_P_802_2;
  skb.pktType = "OUTGOING";
  brNfHook("LOCAL_OUT", skb, devQueueXmit, p.dev);
}

/** br_send_config_bpdu() */
export function brSendConfigBpdu(p: NetBridgePort, bpdu: ConfigBpdu): void {
  if (!p.br.stpEnabled) return;
  const b = new Uint8Array(35);
  b[3] = BPDU_TYPE_CONFIG;
  b[4] = (bpdu.topologyChange ? 0x01 : 0) | (bpdu.topologyChangeAck ? 0x80 : 0);
  putId(b, 5, bpdu.root);
  b[13] = (bpdu.rootPathCost >>> 24) & 0xff;
  b[14] = (bpdu.rootPathCost >>> 16) & 0xff;
  b[15] = (bpdu.rootPathCost >>> 8) & 0xff;
  b[16] = bpdu.rootPathCost & 0xff;
  putId(b, 17, bpdu.bridgeId);
  b[25] = bpdu.portId >> 8;
  b[26] = bpdu.portId & 0xff;
  setTicks(b, 27, bpdu.messageAge);
  setTicks(b, 29, bpdu.maxAge);
  setTicks(b, 31, bpdu.helloTime);
  setTicks(b, 33, bpdu.forwardDelay);
  sendBpdu(p, b);
}

/** br_send_tcn_bpdu() */
export function brSendTcnBpdu(p: NetBridgePort): void {
  if (!p.br.stpEnabled) return;
  const b = new Uint8Array(4);
  b[3] = BPDU_TYPE_TCN;
  sendBpdu(p, b);
}

/**
 * br_stp_rcv(), reached through the LLC layer (llc_rcv + stp_pdu_rcv) for a
 * frame to 01:80:c2:00:00:00 that the port passed up: checks the LLC header
 * and the 802.1D protocol id/version, then hands a config or TCN BPDU to the
 * state machine. Consumes the skb.
 */
export function brStpRcv(p: NetBridgePort, skb: SkBuff): void {
  const d = skb.data;
  // The 802.3 length bounds the PDU (llc_fixup_skb).
  const len = (d[12]! << 8) | d[13]!;
  const end = Math.min(d.length, 14 + len);
  const br = p.br;
  if (len >= 1536 || end < 17 + 4 || d[14] !== LLC_SAP_BSPAN || d[15] !== LLC_SAP_BSPAN || d[16] !== 0x03) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  const b = d.subarray(17, end);
  if (b[0] !== 0 || b[1] !== 0 || b[2] !== 0) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  if (!br.stpEnabled || !br.dev.isUp || p.state === BR_STATE_DISABLED) return;
  for (let i = 0; i < 6; i++) if (d[i] !== br.groupAddr[i]) return;
  if (p.guard) {
    // BPDU guard: "BPDU received on blocked port" and the port is disabled.
    brStpDisablePort(p);
    return;
  }
  if (b[3] === BPDU_TYPE_CONFIG) {
    if (b.length < 35) return;
    const bpdu: ConfigBpdu = {
      topologyChange: (b[4]! & 0x01) !== 0,
      topologyChangeAck: (b[4]! & 0x80) !== 0,
      root: getId(b, 5),
      rootPathCost: ((b[13]! << 24) | (b[14]! << 16) | (b[15]! << 8) | b[16]!) >>> 0,
      bridgeId: getId(b, 17),
      portId: (b[25]! << 8) | b[26]!,
      messageAge: getTicks(b, 27),
      maxAge: getTicks(b, 29),
      helloTime: getTicks(b, 31),
      forwardDelay: getTicks(b, 33),
    };
    // "config from %pM has message age > max age": ignored.
    if (bpdu.messageAge > bpdu.maxAge) return;
    brReceivedConfigBpdu(p, bpdu);
  } else if (b[3] === BPDU_TYPE_TCN) {
    brReceivedTcnBpdu(p);
  }
}
