// net-tools 2.10 route for AF inet6 (lib/inet6_gr.c rprint_fib6, lib/inet6_sr.c
// INET6_setroute): the listing reads /proc/net/ipv6_route ("Kernel IPv6
// routing table", flags U ! G H D A C a e m n f, "[::]" for the unspecified
// address unless -n; other addresses are looked up as INET6_rresolve does,
// /etc/hosts then a DNS PTR question each, no cache), and add/del send SIOCADDRT/SIOCDELRT with struct
// in6_rtmsg: TARGET[/LEN] (128 when no length) or default, gw, metric (1 by
// default, also for del), mod, dyn, [dev] IF (looked up by SIOGIFINDEX).
// No reject or flush for inet6: flush prints its refusal and the usage.

import { KernelError, strerror } from "../../uapi/errno.js";
import { RTF6_DYNAMIC, RTF6_GATEWAY, RTF6_HOST, RTF6_MODIFIED, RTF6_REJECT, RTF6_UP, type In6Rtmsg } from "../../uapi/in6.js";
import { ipv6RouteIoctl } from "../../kernel/ipv6/route_ioctl.js";
import { devGetByName } from "../../kernel/core/dev.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { formatIp6, parseIp6 } from "../../wire/addr.js";
import { inet6Rresolve, readText, type Io } from "./lib.js";

const USAGE6 =
  "Usage: inet6_route [-vF] del Target\n" +
  "       inet6_route [-vF] add Target [gw Gw] [metric M] [[dev] If]\n" +
  "       inet6_route [-FC] flush      NOT supported\n";


/** The letters rprint_fib6 gives the RTF_* bits, in its order. */
const FLAG_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [RTF6_UP, "U"],
  [RTF6_REJECT, "!"],
  [RTF6_GATEWAY, "G"],
  [RTF6_HOST, "H"],
  [0x00010000, "D"],
  [0x00040000, "A"],
  [0x01000000, "C"],
  [0x00020000, "a"],
  [0x00400000, "e"],
  [RTF6_MODIFIED, "m"],
  [0x00200000, "n"],
  [0x08000000, "f"],
];

async function addr(pc: ProgramContext, hex: string, numeric: boolean): Promise<string> {
  const a = BigInt(`0x${hex}`);
  if (numeric) return formatIp6(a);
  return a === 0n ? "[::]" : inet6Rresolve(pc, a);
}

/** -C lists the RTF_CACHE rows only: the kernel puts none in /proc/net/ipv6_route (exceptions are not routes there). */
export async function show6(pc: ProgramContext, io: Io, numeric: boolean, cache = false): Promise<number> {
  const text = await readText(pc, "/proc/net/ipv6_route");
  let s = `Kernel IPv6 routing ${cache ? "cache" : "table"}\nDestination                    Next Hop                   Flag Met Ref  Use If\n`;
  for (const line of text.split("\n")) {
    const w = line.trim().split(/\s+/);
    if (w.length < 10) continue;
    const flags = Number.parseInt(w[8]!, 16) >>> 0;
    if (!(flags & 0x01000000) !== !cache) continue; // RTF_CACHE: only with -C
    const f = FLAG_LETTERS.filter(([bit]) => (flags & bit) >>> 0 !== 0)
      .map(([, l]) => l)
      .join("");
    const dst = `${await addr(pc, w[0]!, numeric)}/${Number.parseInt(w[1]!, 16)}`;
    const gw = await addr(pc, w[4]!, numeric);
    const metric = Number.parseInt(w[5]!, 16) | 0;
    const ref = Number.parseInt(w[6]!, 16) | 0;
    const use = Number.parseInt(w[7]!, 16) | 0;
    s += `${dst.padEnd(30)} ${gw.padEnd(26)} ${f.padEnd(4)} ${String(metric).padEnd(3)} ${ref} ${String(use).padStart(6)} ${w[9] ?? ""}\n`;
  }
  await io.out(s);
  return 0;
}

/** INET6_rinput(): add/del (flush is refused). */
export async function modify6(pc: ProgramContext, io: Io, cmd: "add" | "del" | "flush", argsIn: string[]): Promise<number> {
  const usage = async (): Promise<number> => {
    await io.err(USAGE6);
    return 3;
  };
  if (cmd === "flush") {
    await io.err("Flushing `inet6' routing table not supported\n");
    return usage();
  }
  const args = argsIn.filter((a) => a !== "-net" && a !== "-host");
  const target = args.shift();
  if (target === undefined) return usage();
  const m: In6Rtmsg = { rtmsg_dst: 0n, rtmsg_gateway: 0n, rtmsg_flags: RTF6_UP, rtmsg_dst_len: 0, rtmsg_metric: 1, rtmsg_ifindex: 0, rtmsg_type: 0 };
  if (target !== "default") {
    const slash = target.indexOf("/");
    let len = 128;
    let a = target;
    if (slash >= 0) {
      len = Number.parseInt(target.slice(slash + 1), 10) || 0;
      if (len < 0 || len > 128) return usage();
      a = target.slice(0, slash);
    }
    const v = parseIp6(a);
    if (v === undefined) {
      // INET6_input(1) (numeric) failed quietly; INET6_resolve reports getaddrinfo's EAI_NONAME, then herror.
      await io.err(`getaddrinfo: ${a}: -2\n${a}: Unknown host\n`);
      return 1;
    }
    m.rtmsg_dst = v;
    m.rtmsg_dst_len = len;
    if (len === 128) m.rtmsg_flags |= RTF6_HOST;
  }
  let devname: string | undefined;
  while (args.length) {
    const a = args.shift()!;
    if (a === "metric") {
      const v = args.shift();
      if (v === undefined || !/^\d/.test(v)) return usage();
      m.rtmsg_metric = Number.parseInt(v, 10) >>> 0;
    } else if (a === "gw" || a === "gateway") {
      const v = args.shift();
      if (v === undefined || m.rtmsg_flags & RTF6_GATEWAY) return usage();
      const g = parseIp6(v);
      if (g === undefined) {
        // Only the numeric parse is tried: herror() with h_errno still 0.
        await io.err(`${v}: Resolver Error 0 (no error)\n`);
        return 6;
      }
      m.rtmsg_gateway = g;
      m.rtmsg_flags |= RTF6_GATEWAY;
    } else if (a === "mod") m.rtmsg_flags |= RTF6_MODIFIED;
    else if (a === "dyn") m.rtmsg_flags |= RTF6_DYNAMIC;
    else if (a === "device" || a === "dev") {
      const v = args.shift();
      if (v === undefined) return usage();
      devname = v;
    } else if (args.length) return usage();
    else devname = a;
  }
  if (devname !== undefined) {
    const dev = devGetByName(pc.task.netns, devname);
    if (!dev) {
      await io.err(`SIOGIFINDEX: ${strerror(19)}\n`);
      return 7;
    }
    m.rtmsg_ifindex = dev.ifindex;
  }
  const name = cmd === "add" ? "SIOCADDRT" : "SIOCDELRT";
  try {
    ipv6RouteIoctl(pc.task.netns, name, m);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    await io.err(`${name}: ${strerror(e.errno)}\n`);
    return 7;
  }
  return 0;
}
