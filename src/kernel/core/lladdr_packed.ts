// A link-layer address kept small: a 6-byte one (nearly all) as a number,
// any other length as bytes. A 6-byte Uint8Array costs ~200 bytes of heap
// (the array, its buffer, its store), a number 16. Used by the neighbour
// table (neigh->ha) and the device address lists (netdev_hw_addr).

import { macFromBytes, macToBytes } from "../../wire/addr.js";

/** The number for a 6-byte address (0 otherwise, then `bytes` holds it). */
export function packMac(a: Uint8Array): number {
  return a.length === 6 ? macFromBytes(a) : 0;
}

/** The bytes to keep for an address that is not 6 bytes long. */
export function packBytes(a: Uint8Array): Uint8Array | undefined {
  return a.length === 6 ? undefined : a.slice();
}

/** A fresh copy of the packed address. */
export function unpack(mac: number, bytes: Uint8Array | undefined): Uint8Array {
  return bytes ? bytes.slice() : macToBytes(mac);
}

/** Whether `a` holds exactly the packed address (same length, same bytes). */
export function packedEquals(mac: number, bytes: Uint8Array | undefined, a: Uint8Array): boolean {
  if (!bytes) return a.length === 6 && macFromBytes(a) === mac;
  if (a.length !== bytes.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== bytes[i]) return false;
  return true;
}
