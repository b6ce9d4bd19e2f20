// The port state selection's index of quiet ports (not in Linux; exact).
// br_port_state_selection() walks every port on each port add, enable and
// carrier change, which makes building a 1 000-port bridge O(ports²). A port
// whose step of that walk would do nothing is "quiet": disabled, or
// designated, not the root port, listening/learning/forwarding and with no
// message age timer pending (its step only cancels a timer that is not
// pending and asks br_make_forwarding, which returns). Once an index exists
// the walk visits only the other ports (the pending list, kept in port-list
// order) and adds the number of quiet forwarding ports to its count of live
// ports. A quiet port goes back to pending when something its step reads
// changes: brStpSelMark from br_set_state() and from a received BPDU's
// br_record_config_information() (designated fields, message age timer).
// Nothing else can take a port out of the quiet set:
// br_become_designated_port() only makes a port designated, and a quiet port
// already is; a designated port never becomes root port
// (br_should_become_root_port); a new bridge id (address or priority) is
// given to every port that named the old one, and a new port priority to
// the designated port field of a port that was designated, so designated
// ports stay designated. A port leaving resets the index (brStpSelReset: the
// next walk is a full one and rebuilds it), which is not needed either (the
// leaving port is disabled first, and a disabled port counts for nothing) but
// keeps a removed port out of the pending list by construction.
// test/netdev/bridge-port-index.test.ts runs random scenarios with the index
// on and off and compares everything observable.

import type { NetBridge, NetBridgePort } from "./br_private.js";

let fast = true;

/** Walks taken each way (tests check the index is used). */
export const stpSelCounts = { indexed: 0, full: 0 };

/** Tests only: off makes every walk a full one (the kernel's). */
export function setStpSelIndex(on: boolean): void {
  fast = on;
}

export function stpSelIndexOn(): boolean {
  return fast;
}

/** The next walk visits every port and rebuilds the index. */
export function brStpSelReset(br: NetBridge): void {
  br.selPending = undefined;
}

/** Port-list order: newer ports first (list_add_rcu puts a new port at the head). */
let seq = 0;
export function brPortSeq(): number {
  return ++seq;
}

/** The sequence number the next port will get (every later port's is at least this). */
export function brPortSeqNext(): number {
  return seq + 1;
}

/** Into the pending list, which is in port-list order (descending seq). */
export function brStpSelInsert(pend: NetBridgePort[], p: NetBridgePort): void {
  let i = 0;
  while (i < pend.length && pend[i]!.seq > p.seq) i++;
  pend.splice(i, 0, p);
}

/** Something the port's step reads changed: it is walked again until quiet. */
export function brStpSelMark(p: NetBridgePort): void {
  const br = p.br;
  const pend = br.selPending;
  if (!pend || p.selQuiet === 0) return;
  if (p.selQuiet === 2) br.selFwd--;
  p.selQuiet = 0;
  brStpSelInsert(pend, p);
}
