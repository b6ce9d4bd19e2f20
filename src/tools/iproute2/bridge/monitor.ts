// bridge/monitor.c of iproute2 6.1: `bridge monitor [fdb] [mdb] [link] [vlan]
// [vni] [all] [file FILE]`. It joins the netlink groups asked for and prints
// each notification as it arrives: fdb entries (print_fdb, RTNLGRP_NEIGH, only
// AF_BRIDGE messages) are flushed at once; MDB entries (print_mdb_mon) are not
// flushed, so on a pipe or file they sit in stdio's 4096-byte buffer and a
// monitor killed by a signal (`kill %1`, `timeout`) never writes them, as with
// the real tool. "[NEIGH]"/"[MDB]" banners come with `all` only.
//
// Links (print_linkinfo of bridge/link.c, RTNLGRP_LINK) are the AF_UNSPEC
// messages of rtmsg_ifinfo and the AF_BRIDGE ones a port's changes send
// (kernel/bridge/br_ifinfo.ts), flushed at once. VLAN and VNI notifications
// never come: the recording kernel has no VLAN filtering (vlan/vni listen to
// silence).

import { rtnlMdbListen } from "../../../kernel/bridge/br_mdb_notify.js";
import { rtnlLinkGroup, rtnlNeighListen, type LinkNotify, type NeighNotify } from "../../../kernel/core/rtnl_notify.js";
import { printLinkMon } from "./link.js";
import { MonitorQueue } from "../lib/monitor_queue.js";
import type { BrMdbMsg } from "../../../uapi/if_bridge_mdb.js";
import { IpExit, llInitMap, matches } from "../lib/utils.js";
import type { BridgeCtx } from "./ctx.js";
import { printFdbMon } from "./fdb.js";
import { printMdbMon } from "./mdb.js";

/** glibc's buffer for a stdout that is not a terminal (st_blksize of a pipe). */
const STDIO_BUFSIZ = 4096;

function usage(ctx: BridgeCtx): never {
  ctx.err("Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]\n");
  throw new IpExit(255);
}

type Event = { neigh: NeighNotify } | { mdb: BrMdbMsg } | { link: LinkNotify };

export async function doMonitor(ctx: BridgeCtx, argv: string[]): Promise<number> {
  let fdb = false;
  let mdb = false;
  let link = false;
  let all = true;
  let banner = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, "file")) {
      if (++i >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      ctx.err('nslab: bridge monitor: "file" (replaying a saved netlink dump) is not modelled\n');
      throw new IpExit(2);
    } else if (matches(a, "link")) {
      link = true;
      all = false;
    } else if (matches(a, "fdb")) {
      fdb = true;
      all = false;
    } else if (matches(a, "mdb")) {
      mdb = true;
      all = false;
    } else if (matches(a, "vlan")) {
      all = false;
    } else if (a === "vni") {
      all = false;
    } else if (a === "all") {
      all = true;
      banner = true;
    } else if (matches(a, "help")) usage(ctx);
    else {
      ctx.err(`Argument "${a}" is unknown, try "bridge monitor help".\n`);
      throw new IpExit(255);
    }
  }
  if (all) link = fdb = mdb = true;
  const queue = new MonitorQueue<Event>();
  const leaves: Array<() => void> = [];
  const net = ctx.task.netns;
  if (fdb) leaves.push(rtnlNeighListen(net, (m) => queue.push({ neigh: m })));
  if (mdb) leaves.push(rtnlMdbListen(net, (m) => queue.push({ mdb: m })));
  if (link) leaves.push(rtnlLinkGroup.listen(net, (m) => queue.push({ link: m })));
  llInitMap(ctx);
  try {
    for (;;) {
      const ev = await queue.next(ctx.task);
      if ("neigh" in ev) {
        const m = ev.neigh;
        // print_fdb(): bridge family only; then fflush.
        if (m.ndm_family !== 7 || m.type === "RTM_GETNEIGH" || !m.NDA_LLADDR) continue;
        printFdbMon(ctx, { ndm_ifindex: m.ndm_ifindex, ndm_state: m.ndm_state, ndm_flags: m.ndm_flags, NDA_LLADDR: m.NDA_LLADDR, ...(m.NDA_MASTER !== undefined ? { NDA_MASTER: m.NDA_MASTER } : {}), ...(m.NDA_VLAN ? { NDA_VLAN: m.NDA_VLAN } : {}) }, m.type === "RTM_DELNEIGH", banner);
        await ctx.out.flush();
      } else if ("link" in ev) {
        printLinkMon(ctx, ev.link, banner);
        await ctx.out.flush();
      } else {
        printMdbMon(ctx, ev.mdb, banner);
        await ctx.out.flushBlocks(STDIO_BUFSIZ);
      }
    }
  } finally {
    for (const l of leaves) l();
  }
}
