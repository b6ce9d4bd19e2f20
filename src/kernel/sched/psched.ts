// struct psched_ratecfg (include/net/sch_generic.h) and
// psched_ratecfg_precompute() (sch_generic.c): a rate as a reciprocal
// (mult, shift) so the time to send `len` bytes is (len * mult) >> shift ns,
// exactly as the kernel rounds it (64-bit arithmetic in BigInt). PSCHED
// ticks are 64 ns (PSCHED_SHIFT 6).

import { TC_LINKLAYER_ATM, type TcRatespec } from "../../uapi/pkt_sched.js";

export const PSCHED_SHIFT = 6;
export const psched_ticks2ns = (t: number): number => t * 64;
export const psched_ns2ticks = (ns: number): number => Math.floor(ns / 64);

export interface PschedRatecfg {
  rateBytesPs: number;
  mult: bigint;
  shift: bigint;
  overhead: number;
  mpu: number;
  linklayer: number;
}

const NSEC_PER_SEC = 1000000000n;
const U64 = (1n << 64n) - 1n;

/** psched_ratecfg_precompute() */
export function pschedRatecfgPrecompute(conf: TcRatespec, rate64: number): PschedRatecfg {
  const rate = Math.max(conf.rate >>> 0, rate64);
  const r: PschedRatecfg = { rateBytesPs: rate, mult: 1n, shift: 0n, overhead: conf.overhead, mpu: conf.mpu, linklayer: conf.linklayer & 0x0f };
  if (rate <= 0) return r;
  const br = BigInt(Math.trunc(rate));
  let factor = NSEC_PER_SEC;
  for (let i = 0; i < 64; i++) {
    r.mult = (factor / br) & 0xffffffffn;
    if (r.mult & (1n << 31n) || factor & (1n << 63n)) break;
    factor = (factor << 1n) & U64;
    r.shift++;
  }
  return r;
}

/** psched_l2t_ns(): ns to send `len` bytes. */
export function pschedL2tNs(r: PschedRatecfg, len: number): number {
  len += r.overhead;
  if (len < r.mpu) len = r.mpu;
  let l = BigInt(len);
  if (r.linklayer === TC_LINKLAYER_ATM) l = BigInt(Math.ceil(len / 48) * 53);
  return Number(((l * r.mult) & U64) >> r.shift);
}

/** psched_ns_t2l(): bytes sent in `ns`. */
export function pschedNsT2l(r: PschedRatecfg, ns: number): number {
  let len = (BigInt(Math.trunc(ns)) * BigInt(r.rateBytesPs)) / NSEC_PER_SEC;
  if (r.linklayer === TC_LINKLAYER_ATM) len = (len / 53n) * 48n;
  const oh = BigInt(r.overhead);
  return Number(len > oh ? len - oh : 0n);
}

/** psched_ratecfg_getrate(): the ratespec a dump carries (cell fields zero). */
export function pschedRatecfgGetrate(r: PschedRatecfg): TcRatespec {
  return {
    cell_log: 0,
    linklayer: r.linklayer,
    overhead: r.overhead,
    cell_align: 0,
    mpu: r.mpu,
    rate: Math.min(r.rateBytesPs, 0xffffffff),
  };
}
