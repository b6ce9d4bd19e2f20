// The live side of libpcap on Linux: the device list pcap_findalldevs
// builds (ordered by its "figure of merit"), opening a device through the
// kernel's packet sockets, and turning each captured frame into a record of
// the capture's link type (the frame itself for Ethernet, a cooked v2 header
// plus the payload for "any").

import type { Task } from "../../kernel/task/task.js";
import { packetSocketProvider, PACKET_OUTGOING, type CapturedFrame } from "../../uapi/packet.js";
import { emitSll2 } from "../../wire/sll2.js";
import { emitSll } from "../../wire/sll.js";
import { DEFAULT_EPOCH_SEC } from "../../sim/epoch.js";
import { LINKTYPE_LINUX_SLL, LINKTYPE_LINUX_SLL2, type PcapPacket } from "./savefile.js";

export interface DevEntry {
  name: string;
  description?: string;
  up: boolean;
  running: boolean;
  loopback: boolean;
  wireless: boolean;
  /** Connection status shown by -D. */
  status: "connected" | "disconnected" | "n/a";
}

function merit(d: DevEntry): number {
  let n = 0;
  if (!d.running) n += 0x80000000;
  if (!d.up) n += 0x40000000;
  if (!d.wireless && d.status === "disconnected") n += 0x20000000;
  if (d.loopback) n += 0x10000000;
  if (d.name === "any") n += 0x08000000;
  return n;
}

/** pcap_findalldevs: network devices, "any", and libpcap's other (non-network) capture sources. */
export function findAllDevs(task: Task): DevEntry[] {
  const p = packetSocketProvider();
  const net = p ? p.devices(task) : [];
  const entries: DevEntry[] = [];
  // Within one figure of merit, devices keep ifindex order (a veth peer, registered first, lists first).
  for (const d of [...net].sort((a, b) => a.ifindex - b.ifindex)) {
    entries.push({
      name: d.name,
      up: d.up,
      running: d.running,
      loopback: d.loopback,
      wireless: false,
      status: d.loopback ? "n/a" : d.running ? "connected" : "disconnected",
    });
  }
  entries.push({ name: "any", description: "Pseudo-device that captures on all interfaces", up: true, running: true, loopback: false, wireless: false, status: "n/a" });
  entries.push({ name: "bluetooth-monitor", description: "Bluetooth Linux Monitor", up: false, running: false, loopback: false, wireless: true, status: "n/a" });
  entries.push({ name: "nflog", description: "Linux netfilter log (NFLOG) interface", up: false, running: false, loopback: false, wireless: false, status: "n/a" });
  entries.push({ name: "nfqueue", description: "Linux netfilter queue (NFQUEUE) interface", up: false, running: false, loopback: false, wireless: false, status: "n/a" });
  entries.push({ name: "dbus-system", description: "D-Bus system bus", up: false, running: false, loopback: false, wireless: false, status: "n/a" });
  entries.push({ name: "dbus-session", description: "D-Bus session bus", up: false, running: false, loopback: false, wireless: false, status: "n/a" });
  return entries
    .map((e, i) => ({ e, i, m: merit(e) }))
    .sort((a, b) => a.m - b.m || a.i - b.i)
    .map((x) => x.e);
}

/** One line of `tcpdump -D`. */
export function deviceLine(n: number, d: DevEntry): string {
  let s = `${n}.${d.name}`;
  if (d.description) s += ` (${d.description})`;
  const flags: string[] = [];
  if (d.up) flags.push("Up");
  if (d.running) flags.push("Running");
  if (d.wireless) flags.push("Wireless");
  if (d.loopback) flags.push("Loopback");
  const hasStatus = d.status === "connected" || d.status === "disconnected";
  if (flags.length || hasStatus || d.wireless) {
    s += ` [${flags.length ? flags.join(", ") : "none"}`;
    if (!d.wireless && d.status === "connected") s += ", Connected";
    if (!d.wireless && d.status === "disconnected") s += ", Disconnected";
    s += "]";
  } else s += " [none]";
  return s;
}

/** The capture record of a frame: Ethernet as is, or cooked v1/v2 for "any"; cut to the snapshot length. */
export function frameToRecord(f: CapturedFrame, linktype: number, snaplen: number): PcapPacket {
  let bytes = f.bytes;
  if (linktype === LINKTYPE_LINUX_SLL2 || linktype === LINKTYPE_LINUX_SLL) {
    const protocol = bytes.length >= 14 ? (bytes[12]! << 8) | bytes[13]! : 0;
    const hdr = { protocol, ifindex: f.ifindex, hatype: f.hatype, pkttype: f.pkttype, addr: bytes.slice(6, 12) };
    bytes = linktype === LINKTYPE_LINUX_SLL2 ? emitSll2(hdr, bytes.subarray(14)) : emitSll(hdr, bytes.subarray(14));
  }
  const sec = DEFAULT_EPOCH_SEC + Math.floor(f.ts / 1e9);
  const usec = Math.floor((f.ts % 1e9) / 1000);
  return { sec, usec, data: bytes.length > snaplen ? bytes.slice(0, snaplen) : bytes, len: bytes.length };
}

export function isOutgoing(f: CapturedFrame): boolean {
  return f.pkttype === PACKET_OUTGOING;
}
