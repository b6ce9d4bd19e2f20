// tcpdump without -n asks gethostbyaddr for each address the first time it prints it
// (addrtoname.c ipaddr_string/ip6addr_string: /etc/hosts, then a DNS PTR question whose
// timeouts stall the capture and whose packets go out like any other). The printer here is
// synchronous, so the addresses a packet's first line shows are looked up before it is printed, in
// the order tcpdump asks: "SRC > DST" is one printf whose arguments x86-64 GCC evaluates right to
// left, so the destination first (recorded: the PTR question for the echo request's destination
// precedes its source's); ARP's target, then its sender (two statements). Addresses printed
// deeper inside a packet (an ICMP error's quoted header) are shown numerically without a lookup.

import type { Task } from "../../kernel/task/task.js";
import { reverseResolve } from "../lib/nss/resolve.js";
import type { Names } from "./addrtoname.js";
import { LINKTYPE_ETHERNET, LINKTYPE_LINUX_SLL, LINKTYPE_LINUX_SLL2 } from "./savefile.js";

const rd16 = (d: Uint8Array, o: number): number => (d[o]! << 8) | d[o + 1]!;
const rd32 = (d: Uint8Array, o: number): number => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;

function rd128(d: Uint8Array, o: number): bigint {
  let v = 0n;
  for (let i = 0; i < 16; i++) v = (v << 8n) | BigInt(d[o + i]!);
  return v;
}

/** The network protocol and where its header starts, per link type (VLAN tags skipped on Ethernet). */
function network(linktype: number, d: Uint8Array): [number, number] | undefined {
  if (linktype === LINKTYPE_ETHERNET) {
    let off = 12;
    for (let i = 0; i < 2 && d.length >= off + 2 && (rd16(d, off) === 0x8100 || rd16(d, off) === 0x88a8); i++) off += 4;
    return d.length >= off + 2 ? [rd16(d, off), off + 2] : undefined;
  }
  if (linktype === LINKTYPE_LINUX_SLL) return d.length >= 16 ? [rd16(d, 14), 16] : undefined;
  if (linktype === LINKTYPE_LINUX_SLL2) return d.length >= 20 ? [rd16(d, 0), 20] : undefined;
  return undefined;
}

/** The addresses the packet's first line names, in the order tcpdump looks them up. */
export function printedHosts(linktype: number, d: Uint8Array): Array<number | bigint> {
  const n = network(linktype, d);
  if (!n) return [];
  const [proto, o] = n;
  if (proto === 0x0800 && d.length >= o + 20 && d[o]! >> 4 === 4) return [rd32(d, o + 16), rd32(d, o + 12)];
  if (proto === 0x86dd && d.length >= o + 40 && d[o]! >> 4 === 6) return [rd128(d, o + 24), rd128(d, o + 8)];
  // Ethernet/IPv4 ARP: a request names its target then its sender, a reply its sender.
  if (proto === 0x0806 && d.length >= o + 28 && rd16(d, o) === 1 && rd16(d, o + 2) === 0x0800) {
    const op = rd16(d, o + 6);
    if (op === 1) return [rd32(d, o + 24), rd32(d, o + 14)];
    if (op === 2) return [rd32(d, o + 14)];
  }
  return [];
}

/** Looks up what printing this packet will name and has not been named yet. */
export async function lookupPrintedHosts(task: Task, names: Names, linktype: number, d: Uint8Array): Promise<void> {
  for (const a of printedHosts(linktype, d)) {
    if (names.wantsLookup(a)) names.learn(a, await reverseResolve(task, a));
  }
}
