// time match (net/netfilter/xt_time.c) on the world clock: the packet's time is
// the virtual now as wall time (src/sim/epoch.ts), in UTC (the kernel's sys_tz
// is 0 here, so --kerneltz changes nothing). A daytime range that wraps past
// midnight (start > stop) matches on both sides of it.

import { DEFAULT_EPOCH_SEC } from "../../../sim/epoch.js";
import type { XtTime } from "../../../uapi/xt_ext_time.js";
import { netCore } from "../../core/net_namespace.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

function timeMatch(p: XtPkt, data: object): boolean {
  const d = data as XtTime;
  const now = DEFAULT_EPOCH_SEC + Math.floor(netCore(p.state.net).host.clock.now / 1e9);
  if (now < d.dateStart || now > d.dateStop) return false;
  const daySec = now % 86400;
  const inDay =
    d.daytimeStart <= d.daytimeStop
      ? daySec >= d.daytimeStart && daySec <= d.daytimeStop
      : daySec >= d.daytimeStart || daySec <= d.daytimeStop;
  if (!inDay) return false;
  const days = Math.floor(now / 86400);
  // 1970-01-01 was a Thursday (4); weekdays count Mon = 1 .. Sun = 7.
  const weekday = ((days + 3) % 7) + 1;
  if (!(d.weekdays & (1 << weekday))) return false;
  const monthday = new Date(now * 1000).getUTCDate();
  return ((d.monthdays >>> monthday) & 1) === 1;
}

xtRegisterMatch({
  name: "time",
  revisions: [0],
  match: timeMatch,
  check: (_ctx, data) => {
    const d = data as XtTime;
    return d.daytimeStart > 86399 || d.daytimeStop > 86399 ? "EDOM" : undefined;
  },
});
