// statistic match (net/netfilter/xt_statistic.c): random (a draw from the
// world's RNG against probability/2^31) or nth (every Nth packet; the
// counter starts at the count userspace computed, every - packet, so
// --packet 0 matches the first packet; it lives with the rule, as the
// kernel's per-rule master struct does).

import type { XtStatistic } from "../../../uapi/xt_ext.js";
import { netCore } from "../../core/net_namespace.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

const nthCount = new WeakMap<object, { count: number }>();

function statisticMatch(p: XtPkt, d: object): boolean {
  const s = d as XtStatistic;
  let ret = s.invert;
  if (s.mode === "random") {
    // get_random_u32() & 0x7FFFFFFF < probability
    if ((netCore(p.state.net).host.rng.u32() & 0x7fffffff) < s.probability) ret = !ret;
  } else {
    let st = nthCount.get(d);
    if (!st) nthCount.set(d, (st = { count: s.count }));
    st.count = st.count >= s.every ? 0 : st.count + 1;
    if (st.count === 0) ret = !ret;
  }
  return ret;
}

xtRegisterMatch({ name: "statistic", revisions: [0], match: statisticMatch });
