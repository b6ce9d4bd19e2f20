// /proc/net/route (fib_route_seq_show: the main table as route(8) reads it,
// 127-column padded rows, addresses in the kernel's byte order) and
// /proc/net/arp (arp_seq_show: every non-NOARP neighbour with its ATF_* flags).

import {
  RT_TABLE_MAIN,
  RTAX_ADVMSS,
  RTAX_RTT,
  RTAX_WINDOW,
  RTN_BROADCAST,
  RTN_MULTICAST,
  RTN_PROHIBIT,
  RTN_UNREACHABLE,
  RTNH_F_DEAD,
} from "../../uapi/route.js";
import { NUD_NOARP, NUD_PERMANENT } from "../../uapi/neighbour.js";
import { registerProcEntry } from "../fs/procfs.js";
import { allocIno, type SpecialInode } from "../fs/inode.js";
import { BufferFile } from "../task/file.js";
import type { Task } from "../task/task.js";
import { NUD_VALID } from "../core/neighbour.js";
import { arpTbl } from "./arp.js";
import { pneighEntries } from "../core/pneigh.js";
import { fibGetTable, fibMetric } from "./fib.js";
import { hex32le } from "./igmp.js";

const enc = new TextEncoder();

function procFile(content: (t: Task) => string): SpecialInode {
  return {
    kind: "special",
    ino: allocIno(),
    mtime: 0,
    nlink: 1,
    typeChar: "-",
    mode: 0o444,
    size: 0,
    open: (task) => new BufferFile(enc.encode(content(task)), "proc"),
  };
}

const RTF_UP = 0x1;
const RTF_GATEWAY = 0x2;
const RTF_HOST = 0x4;
const RTF_REJECT = 0x200;

export function procNetRoute(t: Task): string {
  const pad = (s: string) => s.padEnd(127, " ") + "\n";
  // fib_route_seq_start(): nothing at all, not even the header, while the
  // namespace has no main table (no route was ever added to it).
  const tb = fibGetTable(t.netns, RT_TABLE_MAIN);
  if (!tb) return "";
  let out = pad("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT");
  for (const fa of tb.aliases) {
    if (fa.type === RTN_BROADCAST || fa.type === RTN_MULTICAST) continue;
    const fi = fa.fi;
    if (fi.nh.flags & RTNH_F_DEAD) continue;
    const mask = fa.dstLen === 0 ? 0 : (0xffffffff << (32 - fa.dstLen)) >>> 0;
    let flags = fa.type === RTN_UNREACHABLE || fa.type === RTN_PROHIBIT ? RTF_REJECT : 0;
    // fib_flag_trans() tests nhc_gw.ipv4: an IPv6 gateway's first four bytes (the column prints 0).
    if (fi.nh.gw || (fi.nh.gw6 !== undefined && fi.nh.gw6 >> 96n !== 0n)) flags |= RTF_GATEWAY;
    if (mask === 0xffffffff) flags |= RTF_HOST;
    flags |= RTF_UP;
    // fib_advmss + 40, fib_window, fib_rtt >> 3.
    const metric = (i: number) => fibMetric(fi, i);
    const advmss = metric(RTAX_ADVMSS);
    const row =
      `${fi.nh.dev?.name ?? "*"}\t${hex32le(fa.dst)}\t${hex32le(fi.nh.gw)}\t${flags.toString(16).toUpperCase().padStart(4, "0")}\t0\t0\t` +
      `${fi.priority}\t${hex32le(mask)}\t${advmss ? advmss + 40 : 0}\t${metric(RTAX_WINDOW)}\t${metric(RTAX_RTT) >>> 3}`;
    out += pad(row);
  }
  return out;
}

function fmtIp(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 0xff}.${(a >>> 8) & 0xff}.${a & 0xff}`;
}

export function procNetArp(t: Task): string {
  let out = "IP address       HW type     Flags       HW address            Mask     Device\n";
  for (const n of arpTbl.entries(t.netns)) {
    if (n.state & NUD_NOARP) continue;
    const flags = n.state & NUD_PERMANENT ? 0x6 : n.state & NUD_VALID ? 0x2 : 0;
    const hw = [...n.ha].map((b) => b.toString(16).padStart(2, "0")).join(":");
    out += `${fmtIp(n.key).padEnd(16)} 0x${(1).toString(16).padEnd(10)}0x${flags.toString(16).padEnd(10)}${hw}     *        ${n.dev.name}\n`;
  }
  // arp_format_pneigh_entry(): proxy entries after the neighbours, ATF_PUBL|ATF_PERM, no address.
  for (const e of pneighEntries(t.netns, false)) {
    const hatype = e.dev ? e.dev.type : 0;
    out += `${fmtIp(Number(e.key)).padEnd(16)} 0x${hatype.toString(16).padEnd(10)}0x${"c".padEnd(10)}00:00:00:00:00:00     *        ${e.dev?.name ?? "*"}\n`;
  }
  return out;
}

registerProcEntry("net", "route", () => procFile(procNetRoute));
registerProcEntry("net", "arp", () => procFile(procNetArp));
