// ip/iptuntap.c's link_util print_opt: the `ip -d link` details of a tun/tap
// device (type, pi, vnet_hdr, multi_queue with its queue counts, persist,
// user and group by name when the passwd/group files know them).

import type { Task } from "../../../kernel/task/task.js";
import { IFF_TAP, IFF_TUN, type IflaTunInfo } from "../../../uapi/if_tun.js";
import { getgrgid, getpwuid } from "../../iptables/pwent.js";
import type { IpOut } from "../lib/json_print.js";

/** print_opt() of the "tun" link_util: `ip -d link` details of a tun/tap device. */
export function tunPrintOpt(ctx: { task: Task }, out: IpOut, t: IflaTunInfo): void {
  out.string("ANY", "type", "type %s ", t.type === IFF_TUN ? "tun" : t.type === IFF_TAP ? "tap" : "UNKNOWN");
  const onoff = (key: string, on: boolean) => out.onOff("ANY", key, `${key} %s `, on);
  onoff("pi", t.pi);
  onoff("vnet_hdr", t.vnetHdr);
  if (t.multiQueue) {
    out.bool("JSON", "multi_queue", "", true);
    if (!out.isJson) out.raw("multi_queue ");
    out.uint("ANY", "numqueues", "numqueues %u ", t.numQueues);
    out.uint("ANY", "numdisabled", "numdisabled %u ", t.numDisabledQueues);
  } else out.bool("JSON", "multi_queue", "", false);
  onoff("persist", t.persist);
  if (t.owner !== -1) {
    const n = getpwuid(ctx.task, t.owner);
    if (n !== undefined) out.string("ANY", "user", "user %s ", n);
    else out.uint("ANY", "user", "user %u ", t.owner);
  }
  if (t.group !== -1) {
    const n = getgrgid(ctx.task, t.group);
    if (n !== undefined) out.string("ANY", "group", "group %s ", n);
    else out.uint("ANY", "group", "group %u ", t.group);
  }
}
