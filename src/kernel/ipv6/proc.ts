// /proc/net/if_inet6 (if6_seq_show: what ifconfig reads for its inet6 lines)
// and /proc/net/igmp6 (igmp6_mc_seq_show: what `ip maddr` reads), for the
// reading task's namespace. if_inet6 is a hash walk on Linux; here devices
// come in list order and addresses in each device's list order.

import { devList } from "../core/dev.js";
import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";
import { in6DevGet } from "./inet6_dev.js";

function hex128(a: bigint): string {
  return a.toString(16).padStart(32, "0");
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}

registerProcEntry("net", "if_inet6", () =>
  procTextFile((task) => {
    let s = "";
    for (const dev of devList(task.netns)) {
      const idev = in6DevGet(dev);
      if (!idev) continue;
      for (const ifp of idev.addrs) {
        s += `${hex128(ifp.addr)} ${hex2(dev.ifindex)} ${hex2(ifp.prefixlen)} ${hex2(ifp.scope)} ${hex2(ifp.flags & 0xff)} ${dev.name.padStart(8)}\n`;
      }
    }
    return s;
  }),
);

registerProcEntry("net", "igmp6", () =>
  procTextFile((task) => {
    let s = "";
    for (const dev of devList(task.netns)) {
      const idev = in6DevGet(dev);
      if (!idev) continue;
      for (const mc of idev.mc) {
        const flags = (mc.loaded ? 4 : 0) | (mc.noreport ? 8 : 0);
        s += `${String(dev.ifindex).padEnd(4)} ${dev.name.padEnd(15)} ${hex128(mc.addr)} ${String(mc.users).padStart(5)} ${flags.toString(16).toUpperCase().padStart(8, "0")} 0\n`;
      }
    }
    return s;
  }),
);
