// RATEEST (net/netfilter/xt_RATEEST.c) and the rateest match
// (xt_rateest.c): named rate estimators per network namespace, fed by the
// target (bytes at the IP layer and packets) and read by the match.
//
// The estimator is gen_estimator's (net/core/gen_estimator.c): every
// (250 ms << (interval + 2)) it folds the bytes and packets counted since
// the last tick into EWMA averages kept with 8 fractional bits,
//   avg += ((delta << (10 - intvl_log)) >> ewma_log) - (avg >> ewma_log)
// in 64-bit unsigned arithmetic, and a read gives avg >> 8 per second. The
// model runs those ticks lazily on the virtual clock — when the target counts
// a packet or the match reads — which yields the same numbers as the
// kernel's timer (a tick only sees counts from before its time).
//
// Loading a rule: a RATEEST rule reusing a name with other parameters is
// refused (EINVAL), as is a rateest rule naming an estimator no RATEEST rule
// made (ENOENT). The estimator lives as long as a RATEEST rule names it.
// Where we knowingly differ: the kernel keeps an estimator while a rateest
// rule still refers to it, after its RATEEST rules are gone; the model keeps
// the counting state of every name ever used in the namespace (a new RATEEST
// rule of an old name continues its averages instead of starting at 0).

import {
  XT_RATEEST_MATCH_ABS,
  XT_RATEEST_MATCH_BPS,
  XT_RATEEST_MATCH_DELTA,
  XT_RATEEST_MATCH_EQ,
  XT_RATEEST_MATCH_GT,
  XT_RATEEST_MATCH_INVERT,
  XT_RATEEST_MATCH_LT,
  XT_RATEEST_MATCH_PPS,
  XT_RATEEST_MATCH_REL,
  type XtRateestMatch,
  type XtRateestTarget,
} from "../../../uapi/xt_ext_targets.js";
import { netCore } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import { ipLength, type XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterMatch, xtRegisterTarget, type XtCheckCtx } from "../xt_registry.js";

const U64 = (1n << 64n) - 1n;
const QUARTER_S = 250_000_000; // ns
/** At most this many ticks are replayed at once; past it the averages have long decayed to what the last ticks leave. */
const MAX_REPLAY = 4096;

interface Estimator {
  intvlLog: number;
  ewmaLog: number;
  periodNs: number;
  /** Virtual time of the next tick. */
  next: number;
  bytes: bigint;
  packets: bigint;
  lastBytes: bigint;
  lastPackets: bigint;
  avbps: bigint;
  avpps: bigint;
}

function estimators(net: NetNamespace): Map<string, Estimator> {
  return net.get("xt_rateest", () => new Map<string, Estimator>());
}

function now(net: NetNamespace): number {
  return netCore(net).host.clock.now;
}

/** One est_timer() run. */
function tick(e: Estimator): void {
  const shiftUp = BigInt(10 - e.intvlLog);
  const ewma = BigInt(e.ewmaLog);
  const brate = (((e.bytes - e.lastBytes) << shiftUp) & U64) >> ewma;
  e.avbps = (e.avbps + ((brate - (e.avbps >> ewma)) & U64)) & U64;
  const prate = (((e.packets - e.lastPackets) << shiftUp) & U64) >> ewma;
  e.avpps = (e.avpps + ((prate - (e.avpps >> ewma)) & U64)) & U64;
  e.lastBytes = e.bytes;
  e.lastPackets = e.packets;
  e.next += e.periodNs;
}

/** est_timer() for every tick due by `t`. */
function advance(e: Estimator, t: number): void {
  let due = Math.floor((t - e.next) / e.periodNs) + 1;
  if (due <= 0) return;
  if (due > MAX_REPLAY) {
    // The first tick folds in what was counted; the later ones only decay the
    // averages, and after MAX_REPLAY of them these have (nearly) settled, so
    // the ones in between are skipped.
    tick(e);
    e.next += (due - MAX_REPLAY) * e.periodNs;
    due = MAX_REPLAY - 1;
  }
  for (let i = 0; i < due; i++) tick(e);
}

function lookup(net: NetNamespace, name: string, d?: XtRateestTarget): Estimator | undefined {
  const m = estimators(net);
  let e = m.get(name);
  if (!e && d) {
    // tc_estimator.interval is a signed char: the u8 254 is -2.
    const interval = d.interval > 127 ? d.interval - 256 : d.interval;
    const intvlLog = interval + 2;
    const periodNs = QUARTER_S * 2 ** intvlLog;
    e = {
      intvlLog,
      ewmaLog: d.ewmaLog,
      periodNs,
      next: now(net) + periodNs,
      bytes: 0n,
      packets: 0n,
      lastBytes: 0n,
      lastPackets: 0n,
      avbps: 0n,
      avpps: 0n,
    };
    m.set(name, e);
  }
  return e;
}

/** gen_estimator_read(): bytes and packets per second. */
export function rateestRead(net: NetNamespace, name: string): { bps: number; pps: number } {
  const e = lookup(net, name);
  if (!e) return { bps: 0, pps: 0 };
  advance(e, now(net));
  return { bps: Number((e.avbps >> 8n) & 0xffffffffn), pps: Number((e.avpps >> 8n) & 0xffffffffn) };
}

function validInterval(d: XtRateestTarget): boolean {
  const interval = d.interval > 127 ? d.interval - 256 : d.interval;
  return interval >= -2 && interval <= 3;
}

/** The estimator parameters other rules of the namespace hold for a name (the kernel's estimator of that name). */
function estimatorRule(ctx: XtCheckCtx, name: string): XtRateestTarget | undefined {
  if (!ctx.otherRules) return undefined;
  for (const e of ctx.otherRules()) {
    const t = e.target;
    if (t.kind === "ext" && t.name === "RATEEST" && (t.data as XtRateestTarget).name === name) return t.data as XtRateestTarget;
  }
  return undefined;
}

xtRegisterTarget({
  name: "RATEEST",
  revisions: [0],
  check: (ctx, data) => {
    const d = data as XtRateestTarget;
    // xt_rateest_tg_checkentry(): an estimator of that name must have the same parameters.
    const have = estimatorRule(ctx, d.name);
    if (have && (have.interval !== d.interval || have.ewmaLog !== d.ewmaLog)) return "EINVAL";
    return validInterval(d) ? undefined : "EINVAL";
  },
  target: (p: XtPkt, data: object) => {
    const d = data as XtRateestTarget;
    const net = p.state.net;
    const e = lookup(net, d.name, d)!;
    advance(e, now(net));
    e.bytes += BigInt(ipLength(p));
    e.packets += 1n;
    return XT_CONTINUE;
  },
});

function rateestCheck(d: XtRateestMatch): string | undefined {
  const absRel = d.flags & (XT_RATEEST_MATCH_ABS | XT_RATEEST_MATCH_REL);
  if (absRel !== XT_RATEEST_MATCH_ABS && absRel !== XT_RATEEST_MATCH_REL) return "EINVAL";
  if (!(d.flags & (XT_RATEEST_MATCH_BPS | XT_RATEEST_MATCH_PPS))) return "EINVAL";
  if (d.mode !== XT_RATEEST_MATCH_EQ && d.mode !== XT_RATEEST_MATCH_LT && d.mode !== XT_RATEEST_MATCH_GT) return "EINVAL";
  return undefined;
}

xtRegisterMatch({
  name: "rateest",
  revisions: [0],
  check: (ctx, data) => {
    const d = data as XtRateestMatch;
    const bad = rateestCheck(d);
    if (bad || !ctx.otherRules) return bad;
    // The estimators named must exist (a RATEEST rule made them).
    if (!estimatorRule(ctx, d.name1)) return "ENOENT";
    if (d.flags & XT_RATEEST_MATCH_REL && !estimatorRule(ctx, d.name2)) return "ENOENT";
    return undefined;
  },
  match: (p: XtPkt, data: object) => {
    const d = data as XtRateestMatch;
    const net = p.state.net;
    const delta = (d.flags & XT_RATEEST_MATCH_DELTA) !== 0;
    const s1 = rateestRead(net, d.name1);
    const bps1 = delta ? (d.bps1 >= s1.bps ? d.bps1 - s1.bps : 0) : s1.bps;
    const pps1 = delta ? (d.pps1 >= s1.pps ? d.pps1 - s1.pps : 0) : s1.pps;
    let bps2: number;
    let pps2: number;
    if (d.flags & XT_RATEEST_MATCH_ABS) {
      bps2 = d.bps2;
      pps2 = d.pps2;
    } else {
      const s2 = rateestRead(net, d.name2);
      bps2 = delta ? (d.bps2 >= s2.bps ? d.bps2 - s2.bps : 0) : s2.bps;
      pps2 = delta ? (d.pps2 >= s2.pps ? d.pps2 - s2.pps : 0) : s2.pps;
    }
    const cmp = (a: number, b: number) => (d.mode === XT_RATEEST_MATCH_LT ? a < b : d.mode === XT_RATEEST_MATCH_GT ? a > b : a === b);
    let ret = true;
    if (d.flags & XT_RATEEST_MATCH_BPS) ret &&= cmp(bps1, bps2);
    if (d.flags & XT_RATEEST_MATCH_PPS) ret &&= cmp(pps1, pps2);
    return ret !== ((d.flags & XT_RATEEST_MATCH_INVERT) !== 0);
  },
});
