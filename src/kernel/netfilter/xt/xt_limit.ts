// limit match (net/netfilter/xt_limit.c): a token bucket per rule, refilled
// by elapsed jiffies on the virtual clock (HZ 250, as Debian's kernel): each
// packet costs avg in credits, the bucket holds burst packets' worth and
// starts full.

import { XT_LIMIT_SCALE, type XtRateinfo } from "../../../uapi/xt_ext.js";
import { netCore } from "../../core/net_namespace.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";
import { HZ, NS_PER_JIFFY } from "../../core/jiffies.js";

/** CREDITS_PER_JIFFY: the largest power of two below 0xFFFFFFFF / (HZ*60*60*24). */
const CREDITS_PER_JIFFY = 128;

/** user2credits(): avg (1/10000 s per packet) in credits, rounding as the kernel does. */
export function user2credits(user: number): number {
  // If multiplying would overflow a u32, divide first (xt_limit.c).
  if (user > 0xffffffff / (HZ * CREDITS_PER_JIFFY)) return Math.floor(user / XT_LIMIT_SCALE) * HZ * CREDITS_PER_JIFFY;
  return Math.floor((user * HZ * CREDITS_PER_JIFFY) / XT_LIMIT_SCALE);
}

interface Bucket {
  prev: number;
  credit: number;
  cap: number;
  cost: number;
}

const buckets = new WeakMap<object, Bucket>();

function jiffies(p: XtPkt): number {
  return Math.floor(netCore(p.state.net).host.clock.now / NS_PER_JIFFY);
}

function limitMatch(p: XtPkt, d: object): boolean {
  const r = d as XtRateinfo;
  const now = jiffies(p);
  let b = buckets.get(d);
  if (!b) {
    const cost = user2credits(r.avg);
    b = { prev: now, cost, cap: cost * r.burst, credit: cost * r.burst };
    buckets.set(d, b);
  }
  b.credit = Math.min(b.cap, b.credit + (now - b.prev) * CREDITS_PER_JIFFY);
  b.prev = now;
  if (b.credit >= b.cost) {
    b.credit -= b.cost;
    return true;
  }
  return false;
}

xtRegisterMatch({
  name: "limit",
  revisions: [0],
  match: limitMatch,
  check: (_ctx, d) => {
    const r = d as XtRateinfo;
    // Overflow check of xt_limit: burst * cost must fit in 32 bits, and burst may not be 0.
    if (r.burst === 0 || user2credits(r.avg * r.burst) < user2credits(r.avg)) return "ERANGE";
    return undefined;
  },
});
