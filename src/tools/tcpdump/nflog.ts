// libpcap's "nflog" capture source (pcap-netfilter-linux.c): `nflog` or
// `nflog:GROUP` binds a netfilter log group (group 0 without a number) and
// hands each NFULNL_MSG_PACKET over as a LINKTYPE_NFLOG record: the nfgenmsg
// (family, version 0, resource id = group) then TLVs (length and type in
// host byte order, values padded to 4 bytes) — NFULA_PACKET_HDR, NFULA_PREFIX,
// NFULA_PAYLOAD. tcpdump's nflog printer (print-nflog.c) prints the payload
// as IPv4 or IPv6 by the family.

import type { Task } from "../../kernel/task/task.js";
import { nfulnlBind, type NfulnlMsg } from "../../kernel/netfilter/nfnetlink_log.js";
import type { CapturedFrame, PacketSocket } from "../../uapi/packet.js";
import { MonitorQueue } from "../iproute2/lib/monitor_queue.js";
import { concatBytes } from "../../wire/bytes.js";
import type { Nd } from "./netdissect.js";
import { ipPrint } from "./print-ip.js";
import { ip6Print } from "./print-ip6.js";

export const LINKTYPE_NFLOG = 239;

const NFULA_PACKET_HDR = 1;
const NFULA_PAYLOAD = 9;
const NFULA_PREFIX = 10;

/** The group an nflog device name binds, or undefined for another device. */
export function nflogGroup(device: string): number | undefined {
  const m = /^nflog(?::(\d+))?$/.exec(device);
  return m ? Number(m[1] ?? 0) & 0xffff : undefined;
}

function tlv(type: number, value: Uint8Array): Uint8Array {
  const len = 4 + value.length;
  const out = new Uint8Array((len + 3) & ~3);
  out[0] = len & 0xff;
  out[1] = len >> 8;
  out[2] = type & 0xff;
  out[3] = type >> 8;
  out.set(value, 4);
  return out;
}

/** One message as the LINKTYPE_NFLOG record libpcap builds. */
function record(m: NfulnlMsg): Uint8Array {
  return concatBytes(
    new Uint8Array([m.family, 0, m.group >> 8, m.group & 0xff]),
    tlv(NFULA_PACKET_HDR, new Uint8Array([m.hwProtocol >> 8, m.hwProtocol & 0xff, 0, 0])),
    tlv(NFULA_PREFIX, new TextEncoder().encode(`${m.prefix}\0`)),
    tlv(NFULA_PAYLOAD, m.payload),
  );
}

/** A packet-socket-like reader of one log group. */
export function openNflog(task: Task, group: number): PacketSocket {
  const queue = new MonitorQueue<NfulnlMsg>();
  const unbind = nfulnlBind(task.netns, group, queue.push);
  let received = 0;
  return {
    async next(t: Task): Promise<CapturedFrame | null> {
      const m = await queue.next(t);
      received++;
      return { bytes: record(m), ts: m.ts, ifindex: 0, ifname: "", hatype: 0, pkttype: 0 };
    },
    stats: () => ({ received, dropped: 0 }),
    close: unbind,
  };
}

/** nflog_if_print(): the payload TLV, printed by family. */
export function nflogIfPrint(nd: Nd, p: Uint8Array, length: number): void {
  if (p.length < 4) return;
  const family = p[0]!;
  let o = 4;
  while (o + 4 <= p.length) {
    const len = p[o]! | (p[o + 1]! << 8);
    const type = p[o + 2]! | (p[o + 3]! << 8);
    if (len < 4) return;
    if (type === NFULA_PAYLOAD) {
      nd.llHdrLen = o + 4;
      const payload = p.subarray(o + 4, Math.min(p.length, o + len));
      const plen = length - (o + 4);
      if (family === 2) ipPrint(nd, payload, plen);
      else if (family === 10) ip6Print(nd, payload, plen);
      return;
    }
    o += (len + 3) & ~3;
  }
}
