// AFS RX on UDP 7000-7009 (tcpdump's print-rx.c): the 28-byte RX header —
// packet type, -v sequence and serial, -vv connection id, call number and
// flags, -vvv security index and service id — then " (length)". A payload
// shorter than the header is " [|rx] (length)": what a line of text sent
// to one of these ports shows.
//
// Left out: the AFS calls inside (fs/cb/prot/vldb/kauth/vol/bos requests,
// their replies through the call cache, rx acks), which print-rx.c decodes
// for data packets with sequence 1, aborts and ack packets; text never has
// those type bytes (1, 2, 4), and nothing in nslab speaks AFS.

import { type Nd, have, u16, u32, u8 } from "./netdissect.js";

const TYPES: Record<number, string> = { 1: "data", 2: "ack", 3: "busy", 4: "abort", 5: "ackall", 6: "challenge", 7: "response", 8: "debug", 9: "params", 13: "version" };
/** rx_flags: the flag, the only packet type it is shown for (0: any), its name. */
const FLAGS: ReadonlyArray<[number, number, string]> = [
  [1, 0, "client-init"],
  [2, 0, "req-ack"],
  [4, 0, "last-pckt"],
  [8, 0, "more-pckts"],
  [16, 0, "free-pckt"],
  [32, 2, "slow-start"],
  [32, 1, "jumbogram"],
];

export function rxPrint(nd: Nd, p: Uint8Array, length: number): void {
  nd.protocol = "rx";
  if (!have(p, 0, 28)) {
    nd.print(` [|rx] (${length})`);
    return;
  }
  const type = u8(p, 20);
  nd.print(` rx ${TYPES[type] ?? `type ${type}`}`);
  const flags = u8(p, 21);
  if (nd.vflag) {
    if (nd.vflag > 1) nd.print(` cid ${u32(p, 4).toString(16).padStart(8, "0")} call# ${u32(p, 8)}`);
    nd.print(` seq ${u32(p, 12)} ser ${u32(p, 16)}`);
    if (nd.vflag > 2) nd.print(` secindex ${u8(p, 23)} serviceid ${u16(p, 26)}`);
    if (nd.vflag > 1) {
      let first = true;
      for (const [flag, ptype, name] of FLAGS) {
        if (!(flags & flag) || (ptype && ptype !== type)) continue;
        nd.print(`${first ? " " : ","}<${name}>`);
        first = false;
      }
    }
  }
  nd.print(` (${length})`);
}
