// Identifiers the daemon makes: 64-hex object ids (stringid.GenerateRandomID:
// 32 random bytes in hex, retried while the 12-char short form is all
// digits, since a short id must not parse as a number) and random interface
// names (netutils.GenerateIfaceName: prefix + 7 hex from random bytes).
// Randomness comes from the world's RNG, so a seed gives the same ids.

import type { Rng } from "../../sim/rng.js";

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function randomId(rng: Rng): string {
  for (let i = 0; i < 100; i++) {
    const id = hex(rng.bytes(32));
    if (!/^[0-9]{12}$/.test(id.slice(0, 12))) return id;
  }
  return hex(rng.bytes(32));
}

/** "veth" + 7 hex, as the bridge driver names both ends of a new pair. */
export function ifaceName(rng: Rng, prefix: string, taken: (name: string) => boolean): string {
  for (let i = 0; i < 3; i++) {
    const n = prefix + hex(rng.bytes(4)).slice(0, 7);
    if (!taken(n)) return n;
  }
  return prefix + hex(rng.bytes(4)).slice(0, 7);
}

/**
 * A container interface's MAC. Since Docker 28 the bridge driver gives every
 * endpoint a random locally administered address instead of 02:42:<IPv4>
 * (moby/moby#48808, "IPv6 only: use random MAC addresses": "container
 * interfaces on a bridge network always have a randomly generated MAC address").
 */
export function randomMac(rng: Rng): string {
  const m = rng.ethRandomAddr();
  return [...m].map((b) => b.toString(16).padStart(2, "0")).join(":");
}
