// net-tools 2.10 route, AF inet: the kernel table as /proc/net/route gives it
// (-n numeric, -e/-ee extended columns; "default" for 0.0.0.0/0 unless -n),
// and add/del through SIOCADDRT/SIOCDELRT with struct rtentry: -net/-host
// TARGET[/LEN], netmask, gw, metric (passed +1 as route(8) does), dev,
// reject; its own checks ("netmask doesn't match route address") and usage.
// Exit codes as recorded: 7 for a failed ioctl, 6 for a lookup failure,
// 3 for usage errors, 1 when the table is empty.

import { KernelError, strerror } from "../../uapi/errno.js";
import { ipRtIoctl, RTF_GATEWAY, RTF_HOST, RTF_IRTT, RTF_MSS, RTF_REJECT, RTF_UP, RTF_WINDOW, type Rtentry } from "../../kernel/ipv4/ioctl.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { fmtIp, herrorText, inetResolve, inetRresolve, readText, runTool, strtoulWhole, unknownAf, type Io } from "./lib.js";
import { INET_ROUTE_USAGE, NETSTAT_AFLIST, ROUTE_USAGE } from "./usage.js";
import { modify6, show6 } from "./route6.js";

interface Row {
  iface: string;
  dst: number;
  gw: number;
  flags: number;
  metric: number;
  mask: number;
  mtu: number;
  window: number;
  irtt: number;
}

function beHex(h: string): number {
  const v = Number.parseInt(h, 16) >>> 0;
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}

/** The rows, and whether the file had its header line (proc_gen_fmt() fails without one). */
async function readTable(pc: ProgramContext): Promise<Row[] & { header?: boolean }> {
  const text = await readText(pc, "/proc/net/route");
  const rows: Row[] & { header?: boolean } = [];
  rows.header = text.startsWith("Iface");
  for (const line of text.split("\n").slice(1)) {
    const w = line.trim().split(/\s+/);
    if (w.length < 11) continue;
    rows.push({
      iface: w[0]!,
      dst: beHex(w[1]!),
      gw: beHex(w[2]!),
      flags: Number.parseInt(w[3]!, 16),
      metric: Number(w[6]),
      mask: beHex(w[7]!),
      mtu: Number(w[8]),
      window: Number(w[9]),
      irtt: Number(w[10]),
    });
  }
  return rows;
}

function flagText(f: number): string {
  let s = "";
  if (f & RTF_UP) s += "U";
  if (f & RTF_GATEWAY) s += "G";
  if (f & RTF_REJECT) s = "!" + s.replace("U", "");
  if (f & RTF_HOST) s += "H";
  if (f & 0x0008) s += "R";
  if (f & 0x0010) s += "D";
  if (f & 0x0020) s += "M";
  if (f & 0x0200 && !s.startsWith("!")) s += "!";
  return s;
}

/**
 * rprint_cache(): the IPv4 routing cache is gone from the kernel
 * (/proc/net/rt_cache has its header line only), so -C prints the titles.
 */
function showCache(ext: number): string {
  let s = "Kernel IP routing cache\nSource          Destination     Gateway         Flags ";
  if (ext === 1) s += "  MSS Window  irtt Iface\n";
  else if (ext >= 2) s += "Metric Ref    Use Iface    MSS   Window irtt  TOS HHRef HHUptod     SpecDst\n";
  else s += "Metric Ref    Use Iface\n";
  return s;
}

export async function show(pc: ProgramContext, io: Io, numeric: boolean, ext: number, cache = false): Promise<number> {
  if (cache) {
    await io.out(showCache(ext));
    return 0;
  }
  const rows = await readTable(pc);
  let s = "Kernel IP routing table\n";
  if (ext === 1) s += "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n";
  else if (ext >= 2) s += "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n";
  else s += "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n";
  for (const r of rows) {
    // rprint_fib(): without -n a host route's destination and every gateway are hosts (hosts, then a
    // DNS PTR question), a network's destination is looked up in /etc/networks.
    const host = (r.flags & RTF_HOST) !== 0;
    const name = (a: number, isHost: boolean) => (numeric || a === 0 ? fmtIp(a) : inetRresolve(pc, a, isHost ? 0xffffffff : r.mask, isHost));
    const dst = !numeric && r.dst === 0 && r.mask === 0 ? "default" : await name(r.dst, host);
    // A reject route (unreachable/prohibit) has no gateway, device or metrics to show: "-" in their columns.
    const rej = (r.flags & RTF_REJECT) !== 0;
    const gw = rej ? "-" : await name(r.gw, true);
    const cols = `${dst.padEnd(15)} ${gw.padEnd(15)} ${fmtIp(r.mask).padEnd(15)} ${flagText(r.flags).padEnd(5)} `;
    // The MTU column is already the MSS route(8) set (advmss + 40).
    const mss = rej ? "-" : String(r.mtu);
    const win = rej ? "-" : String(r.window);
    const irtt = rej ? "-" : String(r.irtt);
    const ref = rej ? "-" : "0";
    const iface = rej ? "-" : r.iface;
    if (ext === 1) s += `${cols}${mss.padStart(5)} ${win.padEnd(6)} ${irtt.padStart(5)} ${iface}\n`;
    else if (ext >= 2) s += `${cols}${String(r.metric).padEnd(6)} ${ref.padEnd(2)} ${"0".padStart(7)} ${iface.padEnd(8)} ${mss.padEnd(5)} ${win.padEnd(6)} ${irtt}\n`;
    else s += `${cols}${String(r.metric).padEnd(6)} ${ref.padEnd(2)} ${"0".padStart(7)} ${iface}\n`;
  }
  await io.out(s);
  // rprint_fib(): the table is printed; no header to learn the columns from (no main table yet) is status 1.
  return rows.header ? 0 : 1;
}

/** INET_rprint / INET6_rprint: the table, then the cache; a failing table stops there. */
export async function showBoth(pc: ProgramContext, io: Io, inet6: boolean, numeric: boolean, ext: number, fib: boolean, cache: boolean): Promise<number> {
  if (fib) {
    const rc = inet6 ? await show6(pc, io, numeric) : await show(pc, io, numeric, ext);
    if (rc || !cache) return rc;
  }
  return inet6 ? show6(pc, io, numeric, true) : show(pc, io, numeric, ext, true);
}

async function modify(pc: ProgramContext, io: Io, cmd: "add" | "del", argsIn: string[]): Promise<number> {
  const args = argsIn.slice();
  if (args.length === 0) {
    await io.err(INET_ROUTE_USAGE);
    return 0;
  }
  const usage = async (): Promise<number> => {
    await io.err(INET_ROUTE_USAGE);
    return 3;
  };
  let flags = RTF_UP;
  let kind: "net" | "host" | undefined;
  if (args[0] === "-net" || args[0] === "-host") {
    kind = args[0] === "-net" ? "net" : "host";
    args.shift();
  }
  let target = args.shift();
  if (target === undefined) return usage();
  let len: number | undefined;
  const slash = target.indexOf("/");
  if (slash >= 0) {
    len = Number(target.slice(slash + 1));
    target = target.slice(0, slash);
  }
  let dst: number;
  if (target === "default") {
    dst = 0;
    kind = "net";
    len ??= 0;
  } else {
    const r = inetResolve(pc, target);
    if (typeof r !== "number") {
      await io.err(`${target}: ${herrorText(r.error)}\n`);
      return 6;
    }
    dst = r;
  }
  if (kind === undefined) kind = len !== undefined && len < 32 ? "net" : "host";
  if (kind === "host") flags |= RTF_HOST;
  const rt: Rtentry = { dst, mask: 0, gateway: 0, flags, metric: 0, mtu: 0, window: 0, irtt: 0 };
  let maskText = "";
  if (len !== undefined) {
    rt.mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  }
  while (args.length) {
    const a = args.shift()!;
    const val = async (): Promise<string | undefined> => args.shift();
    if (a === "netmask") {
      const v = await val();
      // A /len on the target and a netmask too: usage without a word.
      if (v === undefined || len !== undefined) return usage();
      const r = inetResolve(pc, v);
      if (typeof r !== "number") {
        await io.err(`${v}: ${herrorText(r.error)}\n`);
        return 6;
      }
      rt.mask = r;
      maskText = v;
    } else if (a === "gw" || a === "gateway") {
      const v = await val();
      if (v === undefined) return usage();
      const r = inetResolve(pc, v);
      if (typeof r !== "number") {
        // A gateway that does not resolve is "Unknown host" whatever the resolver said (recorded: the
        // target and netmask of the same command print the resolver's own "Host name lookup failure").
        await io.err(`${v}: Unknown host\n`);
        return 6;
      }
      rt.gateway = r;
      rt.flags |= RTF_GATEWAY;
    } else if (a === "metric") {
      const v = await val();
      if (v === undefined || !/^\d+$/.test(v)) return usage();
      rt.metric = Number(v) + 1;
    } else if (a === "dev") {
      const v = await val();
      if (v === undefined) return usage();
      rt.dev = v;
    } else if (a === "reject") rt.flags |= RTF_REJECT;
    else if (a === "mss" || a === "mtu" || a === "window" || a === "irtt") {
      // strtoul(…, 0) with its checks: RTF_MSS, RTF_WINDOW, RTF_IRTT and their rtentry fields.
      const v = await val();
      if (v === undefined) return usage();
      const n = strtoulWhole(v) ?? NaN;
      const what = a === "window" ? "window" : a === "irtt" ? "initial rtt" : "MSS/MTU";
      const limit = a === "window" ? 128 * 1024 : a === "irtt" ? 0xffffffff : 65536;
      if (!(n <= limit)) {
        await io.err(`route: Invalid ${what}.\n`);
        return usage();
      }
      if (a === "window") {
        rt.window = n;
        rt.flags |= RTF_WINDOW;
      } else if (a === "irtt") {
        rt.irtt = n;
        rt.flags |= RTF_IRTT;
      } else {
        rt.mtu = n;
        rt.flags |= RTF_MSS;
      }
    } else if (a === "mod" || a === "dyn" || a === "reinstate") {
      // accepted
    } else if (args.length === 0 && rt.dev === undefined) rt.dev = a;
    else return usage();
  }
  // inet_setroute()'s sanity checks of a non-zero mask, before the kernel sees it.
  if (rt.mask) {
    const inv = ~rt.mask >>> 0;
    if (kind === "host" && inv !== 0xffffffff) {
      await io.err(`route: netmask ${inv.toString(16).padStart(8, "0")} doesn't make sense with host route\n`);
      return usage();
    }
    if ((inv & (inv + 1)) >>> 0 !== 0) {
      await io.err(`route: bogus netmask ${maskText}\n`);
      return usage();
    }
    if (kind === "net" && ((dst & ~rt.mask) >>> 0) !== 0) {
      await io.err("route: netmask doesn't match route address\n");
      return usage();
    }
  }
  // A -net target without netmask or /len goes with mask 0: the kernel's bad_mask() refuses host bits (EINVAL).
  if (kind === "host") rt.mask = 0xffffffff;
  try {
    ipRtIoctl(pc.task.netns, cmd === "add" ? "SIOCADDRT" : "SIOCDELRT", rt);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    await io.err(`${cmd === "add" ? "SIOCADDRT" : "SIOCDELRT"}: ${strerror(e.errno)}\n`);
    return 7;
  }
  return 0;
}

/** getopt's complaint, then usage(E_OPTERR): the family list on stderr, the text on stdout, status 0. */
async function optError(io: Io, msg: string): Promise<number> {
  await io.err(`route: ${msg}\n${NETSTAT_AFLIST}`);
  await io.out(ROUTE_USAGE.slice(0, ROUTE_USAGE.length - NETSTAT_AFLIST.length));
  return 0;
}

/**
 * route.c renames "-net"/"-host" so that getopt_long() (which permutes) leaves them alone: every other
 * word starting with "-" anywhere on the line is an option, the rest keep their order.
 */
function permute(argv: string[]): { opts: string[]; rest: string[] } {
  const opts: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a !== "-" && a !== "-net" && a !== "-host") {
      opts.push(a);
      if ((a === "-A" || a === "--protocol") && i + 1 < argv.length) opts.push(argv[++i]!);
    } else rest.push(a);
  }
  return { opts, rest };
}

async function main(pc: ProgramContext, io: Io): Promise<number> {
  const { opts, rest } = permute(pc.argv.slice(1));
  const args = opts;
  let numeric = false;
  let ext = 0;
  let inet6 = false;
  // FLAG_FIB / FLAG_CACHE: both may be asked for (-FC); the table alone by default.
  let fib = false;
  let cache = false;
  while (args.length) {
    const a = args.shift()!;
    if (a === "-4" || a === "--inet") {
      inet6 = false;
      continue;
    }
    if (a === "-6" || a === "--inet6") {
      inet6 = true;
      continue;
    }
    if (a === "-A" || a === "--protocol" || (a.startsWith("-A") && a.length > 2)) {
      const fam = a.length > 2 && a.startsWith("-A") ? a.slice(2) : args.shift();
      const bad = fam === undefined ? undefined : unknownAf(fam);
      if (bad !== undefined) {
        await io.err(`Unknown address family \`${bad}'.\n`);
        return 1;
      }
      inet6 = fam === "inet6";
      continue;
    }
    if (a === "--cache" || a === "--fib") {
      if (a === "--cache") cache = true;
      else fib = true;
      continue;
    }
    if (a === "--numeric") {
      numeric = true;
      continue;
    }
    if (a === "--extend") {
      ext++;
      continue;
    }
    if (a === "-h" || a === "--help") {
      await io.err(ROUTE_USAGE);
      return 0;
    }
    if (a === "-V" || a === "--version") {
      await io.out("net-tools 2.10\n");
      return 0;
    }
    if (a.startsWith("--")) return optError(io, `unrecognized option '${a}'`);
    for (const c of a.slice(1)) {
      if (c === "n") numeric = true;
      else if (c === "e") ext++;
      else if (c === "v" || c === "N") continue;
      else if (c === "C") cache = true;
      else if (c === "F") fib = true;
      else if (c === "6") inet6 = true;
      else if (c === "4") inet6 = false;
      else return optError(io, `invalid option -- '${c}'`);
    }
  }
  args.push(...rest);
  if (args.length === 0) return showBoth(pc, io, inet6, numeric, ext, fib || !cache, cache);
  const verb = args.shift()!;
  if (inet6 && (verb === "add" || verb === "del" || verb === "delete" || verb === "flush")) {
    return modify6(pc, io, verb === "delete" ? "del" : verb, args);
  }
  if (verb === "add" || verb === "del") return modify(pc, io, verb, args);
  if (verb === "flush") {
    await io.err(INET_ROUTE_USAGE);
    return 3;
  }
  await io.err(ROUTE_USAGE);
  return 3;
}

export const routeMain: Program = (pc) => runTool(pc, main);
