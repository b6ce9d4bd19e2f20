// net/ipv6/seg6.c and seg6_hmac.c: the "SEG6" generic netlink family `ip sr`
// talks to — the namespace's SRv6 tunnel source address (SEG6_CMD_SET_TUNSRC/
// GET_TUNSRC, :: until set, stored as given) and its HMAC key table
// (SEG6_CMD_SETHMAC/DUMPHMAC: an id of 0 or a secret longer than 64 bytes is
// EINVAL, an empty secret deletes the key (ENOENT when there is none), a new
// secret replaces the old one). The table is an rhashtable, so a dump lists
// keys in hash order; this one lists them by id.
// Not modelled: SRv6 itself (seg6 lwtunnels, the SRH, HMAC computation).

import { kerr } from "../../uapi/errno.js";
import type { NetNamespace } from "../core/netns.js";
import { genlRegisterFamily } from "../netlink/genetlink.js";

export const SEG6_GENL_NAME = "SEG6";
export const SEG6_HMAC_SECRET_LEN = 64;

genlRegisterFamily(SEG6_GENL_NAME, 1);

export interface Seg6HmacInfo {
  hmackeyid: number;
  /** The secret's bytes (slen of them). */
  secret: Uint8Array;
  algId: number;
}

interface Seg6Pernet {
  tunSrc: bigint;
  hmac: Map<number, Seg6HmacInfo>;
}

function pernet(ns: NetNamespace): Seg6Pernet {
  return ns.get("seg6", () => ({ tunSrc: 0n, hmac: new Map() }));
}

export function seg6SetTunsrc(ns: NetNamespace, dst: bigint): void {
  pernet(ns).tunSrc = dst;
}

export function seg6GetTunsrc(ns: NetNamespace): bigint {
  return pernet(ns).tunSrc;
}

/** seg6_genl_sethmac(): `slen` is SEG6_ATTR_SECRETLEN (a u8), `secret` SEG6_ATTR_SECRET when sent. */
export function seg6SetHmac(ns: NetNamespace, hmackeyid: number, slen: number, algId: number, secret?: Uint8Array): void {
  const p = pernet(ns);
  if (hmackeyid === 0) throw kerr("EINVAL");
  if (slen > SEG6_HMAC_SECRET_LEN) throw kerr("EINVAL");
  if (!slen) {
    if (!p.hmac.delete(hmackeyid)) throw kerr("ENOENT");
    return;
  }
  if (!secret || slen > secret.length) throw kerr("EINVAL");
  p.hmac.set(hmackeyid, { hmackeyid, secret: secret.slice(0, slen), algId });
}

export function seg6DumpHmac(ns: NetNamespace): Seg6HmacInfo[] {
  return [...pernet(ns).hmac.values()].sort((a, b) => a.hmackeyid - b.hmackeyid);
}
