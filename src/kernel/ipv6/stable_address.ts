// ipv6_generate_stable_address() (net/ipv6/addrconf.c, RFC 7217): the
// interface identifier of addr_gen_mode stable_secret (2) and random (3) — the
// first two 32-bit words of one SHA-1 compression (sha1_transform: no padding,
// no length block) over { stable_secret[16], prefix[8], perm_addr[32],
// dad_count[1], zeros }, stored as the CPU holds them (little-endian, as on
// the x86 kernel recorded: secret 2001:db8::1234:5678 on a veth, whose
// perm_addr is zero, gives fe80::71d8:1385:74ce:e11c). The device's secret
// comes first, then conf.default's; without either there is no address.
// Random mode first gives the device a random secret of its own
// (ipv6_gen_mode_random_init), which `sysctl` then shows.

import { formatIp6Full, ip6FromBytes, ip6ToBytes, parseIp6, type Ip6Addr } from "../../wire/addr.js";
import type { NetDevice } from "../core/netdevice.js";
import { SYSCTL_UNSET, sysctlGet, sysctlGetDevOf, sysctlWrite } from "../fs/procfs-sys.js";
import { hostOf } from "./inet6_dev.js";

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/** The SHA-1 compression function (FIPS 180-4 §6.1.2) of one 64-byte block from the initial hash value. */
function sha1Transform(block: Uint8Array): number[] {
  const w = new Uint32Array(80);
  for (let i = 0; i < 16; i++) w[i] = ((block[4 * i]! << 24) | (block[4 * i + 1]! << 16) | (block[4 * i + 2]! << 8) | block[4 * i + 3]!) >>> 0;
  for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  let [a, b, c, d, e] = h as [number, number, number, number, number];
  for (let i = 0; i < 80; i++) {
    const [f, k] =
      i < 20 ? [(b & c) | (~b & d), 0x5a827999] : i < 40 ? [b ^ c ^ d, 0x6ed9eba1] : i < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc] : [b ^ c ^ d, 0xca62c1d6];
    const t = (rotl(a, 5) + (f >>> 0) + e + k + w[i]!) >>> 0;
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = t;
  }
  return [a, b, c, d, e].map((v, i) => (h[i]! + v) >>> 0);
}

/** ipv6_reserved_interfaceid(): all-zero, the proxy-mobile range, subnet anycast. */
function reservedIid(iid: bigint): boolean {
  const hi = Number(iid >> 32n);
  const lo = Number(iid & 0xffffffffn);
  if (iid === 0n) return true;
  if (hi === 0x02005eff && (lo & 0xfe000000) >>> 0 === 0xfe000000) return true;
  return hi === 0xfdffffff && (lo & 0xffffff80) >>> 0 === 0xffffff80;
}

function secretOf(dev: NetDevice): Ip6Addr | undefined {
  for (const v of [sysctlGetDevOf(dev, "net.ipv6.conf.", "stable_secret"), sysctlGet(dev.net, "net.ipv6.conf.default.stable_secret")]) {
    if (v !== undefined && v !== SYSCTL_UNSET) return parseIp6(v);
  }
  return undefined;
}

/** check_stable_privacy(): whether the device or conf.default has a secret. */
export function hasStableSecret(dev: NetDevice): boolean {
  return secretOf(dev) !== undefined;
}

/** ipv6_gen_mode_random_init(): a random stable_secret for the device, unless it has one. */
export function genModeRandomInit(dev: NetDevice): void {
  const v = sysctlGetDevOf(dev, "net.ipv6.conf.", "stable_secret");
  if (v !== undefined && v !== SYSCTL_UNSET) return;
  const secret = ip6FromBytes(hostOf(dev).rng.bytes(16));
  sysctlWrite(dev.net, `net.ipv6.conf.${dev.name}.stable_secret`, formatIp6Full(secret));
}

/** The stable address for the /64 `prefix` (its low 64 bits ignored), or undefined (no secret, or retries exhausted). */
export function ipv6GenerateStableAddress(dev: NetDevice, prefix: Ip6Addr, dadCount: number): Ip6Addr | undefined {
  const secret = secretOf(dev);
  if (secret === undefined) return undefined;
  const retries = Number.parseInt(sysctlGet(dev.net, "net.ipv6.idgen_retries") ?? "3", 10);
  const block = new Uint8Array(64);
  for (let n = dadCount; n <= retries; n++) {
    block.fill(0);
    ip6ToBytes(secret, block, 0);
    block.set(ip6ToBytes(prefix).subarray(0, 8), 16);
    if (dev.permAddr) block.set(dev.permAddr.subarray(0, 32), 24);
    block[56] = n & 0xff;
    const [d0, d1] = sha1Transform(block) as [number, number];
    // s6_addr32[2..3] = digest[0..1] as the CPU stores them: little-endian bytes.
    const bytes = [d0, d0 >>> 8, d0 >>> 16, d0 >>> 24, d1, d1 >>> 8, d1 >>> 16, d1 >>> 24];
    let iid = 0n;
    for (const x of bytes) iid = (iid << 8n) | BigInt(x & 0xff);
    if (!reservedIid(iid)) return ((prefix >> 64n) << 64n) | iid;
  }
  return undefined;
}
