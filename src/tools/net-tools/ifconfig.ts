// net-tools 2.10 ifconfig: listing (all up interfaces, -a for all, -s short
// table, one name) in 2.10's layout, and configuration through the old ioctls
// (SIOCSIFADDR — which brings the interface up —, SIOCSIFNETMASK,
// SIOCSIFBRDADDR, SIOCSIFMTU, SIOCSIFFLAGS for up/down/arp/promisc/allmulti,
// SIOCSIFTXQLEN, SIOCSIFHWADDR), argument by argument, like the original.
// IPv6 lines come from /proc/net/if_inet6 as net-tools reads them.
// Knowingly left out: add/del of IPv6 addresses, pointopoint, tunnel, media.

import { KernelError, strerror } from "../../uapi/errno.js";
import {
  ARPHRD_ETHER,
  ARPHRD_LOOPBACK,
  IFF_ALLMULTI,
  IFF_BROADCAST,
  IFF_DEBUG,
  IFF_DYNAMIC,
  IFF_LOOPBACK,
  IFF_MASTER,
  IFF_MULTICAST,
  IFF_NOARP,
  IFF_NOTRAILERS,
  IFF_POINTOPOINT,
  IFF_PROMISC,
  IFF_RUNNING,
  IFF_SLAVE,
  IFF_UP,
  type IfInfoMsg,
} from "../../uapi/if_link.js";
import { rtnlTalk } from "../../kernel/core/rtnetlink.js";
import { devinetIoctl } from "../../kernel/ipv4/ioctl.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { formatIp6, ip6ToBytes, parseIp6 } from "../../wire/addr.js";
import { inet6RtnlTalk } from "../../kernel/ipv6/addrconf_rtnl.js";
import { aliasLabels, Exit, fmtIp, fmtMac, herrorText, inEther, inetResolve, linkByName, links, nstrcmp, readText, runTool, strtoulWhole, type Io } from "./lib.js";
import { IFCONFIG_HELP_STDERR, IFCONFIG_HELP_STDOUT, IFCONFIG_USAGE } from "./usage.js";

const FLAG_NAMES: Array<[number, string]> = [
  [IFF_UP, "UP"],
  [IFF_BROADCAST, "BROADCAST"],
  [IFF_DEBUG, "DEBUG"],
  [IFF_LOOPBACK, "LOOPBACK"],
  [IFF_POINTOPOINT, "POINTOPOINT"],
  [IFF_NOTRAILERS, "NOTRAILERS"],
  [IFF_RUNNING, "RUNNING"],
  [IFF_NOARP, "NOARP"],
  [IFF_PROMISC, "PROMISC"],
  [IFF_ALLMULTI, "ALLMULTI"],
  [IFF_SLAVE, "SLAVE"],
  [IFF_MASTER, "MASTER"],
  [IFF_MULTICAST, "MULTICAST"],
  [IFF_DYNAMIC, "DYNAMIC"],
];

export interface Iface {
  name: string;
  link: IfInfoMsg;
}

/** The interface list: devices plus alias labels, in nstrcmp order. */
export function ifaceList(pc: ProgramContext): Iface[] {
  const ls = links(pc);
  const out: Iface[] = ls.map((l) => ({ name: l.IFLA_IFNAME, link: l }));
  for (const label of aliasLabels(pc)) {
    const parent = ls.find((l) => l.IFLA_IFNAME === label.slice(0, label.indexOf(":")));
    if (parent && !out.some((i) => i.name === label)) out.push({ name: label, link: parent });
  }
  return out.sort((a, b) => nstrcmp(a.name, b.name));
}

function tryGet(pc: ProgramContext, cmd: Parameters<typeof devinetIoctl>[1], name: string): number | undefined {
  try {
    return devinetIoctl(pc.task.netns, cmd, name);
  } catch (e) {
    if (e instanceof KernelError) return undefined;
    throw e;
  }
}

/** print_bytes_scaled() units of 2.10. */
/** pr_unspec(): 16 bytes as %02X joined by '-'. */
function unspecHw(addr: Uint8Array | undefined): string {
  const b: string[] = [];
  for (let i = 0; i < 16; i++) b.push((addr?.[i] ?? 0).toString(16).toUpperCase().padStart(2, "0"));
  return b.join("-");
}

function scaled(bytes: number): string {
  let short = bytes * 10;
  let unit = "B";
  const steps: Array<[number, string]> = [
    [1125899906842624, "PiB"],
    [1099511627776, "TiB"],
    [1073741824, "GiB"],
    [1048576, "MiB"],
    [1024, "KiB"],
  ];
  for (const [n, u] of steps) {
    if (bytes > n) {
      short = Math.floor(short / n);
      unit = u;
      break;
    }
  }
  return `${Math.floor(short / 10)}.${short % 10} ${unit}`;
}

/** /proc/net/if_inet6 rows for one device. */
function inet6Rows(text: string, name: string): Array<{ addr: string; plen: number; scope: number }> {
  const rows: Array<{ addr: string; plen: number; scope: number }> = [];
  for (const line of text.split("\n")) {
    const w = line.trim().split(/\s+/);
    if (w.length < 6 || w[5] !== name) continue;
    const a = BigInt(`0x${w[0]!}`);
    rows.push({ addr: formatIp6(a), plen: parseInt(w[2]!, 16), scope: parseInt(w[3]!, 16) });
  }
  return rows;
}

export async function readInet6(pc: ProgramContext): Promise<string> {
  try {
    return await readText(pc, "/proc/net/if_inet6");
  } catch (e) {
    if (e instanceof KernelError) return "";
    throw e;
  }
}

function scopeName(scope: number): string {
  switch (scope & 0xf0) {
    case 0x00:
      return "global";
    case 0x10:
      return "host";
    case 0x20:
      return "link";
    case 0x40:
      return "site";
    case 0x80:
      return "compat";
  }
  return "unknown";
}

/** ife_print_long() */
export function printLong(pc: ProgramContext, i: Iface, inet6: string): string {
  const l = i.link;
  const flags = l.ifi_flags & 0xffff;
  const names = FLAG_NAMES.filter(([b]) => flags & b).map(([, n]) => n);
  let s = `${i.name}: flags=${flags}<${flags ? names.join(",") : ""}>  mtu ${l.IFLA_MTU}\n`;
  const addr = tryGet(pc, "SIOCGIFADDR", i.name);
  if (addr !== undefined) {
    s += `        inet ${fmtIp(addr)}  netmask ${fmtIp(tryGet(pc, "SIOCGIFNETMASK", i.name) ?? 0)}`;
    if (flags & IFF_BROADCAST) s += `  broadcast ${fmtIp(tryGet(pc, "SIOCGIFBRDADDR", i.name) ?? 0)}`;
    if (flags & IFF_POINTOPOINT) s += `  destination ${fmtIp(tryGet(pc, "SIOCGIFDSTADDR", i.name) ?? 0)}`;
    s += "\n";
  }
  if (!i.name.includes(":")) {
    for (const r of inet6Rows(inet6, i.name)) s += `        inet6 ${r.addr}  prefixlen ${r.plen}  scopeid 0x${r.scope.toString(16)}<${scopeName(r.scope)}>\n`;
  }
  const txq = (l.IFLA_TXQLEN ?? 0) | 0;
  // ife_print_long(): a queue length of -1 is not shown.
  const q = txq === -1 ? "" : `  txqueuelen ${txq}`;
  if (l.ifi_type === ARPHRD_LOOPBACK) s += `        loop${q}  (Local Loopback)\n`;
  else if (l.ifi_type === ARPHRD_ETHER) s += `        ether ${fmtMac(l.IFLA_ADDRESS ?? new Uint8Array(6))}${q}  (Ethernet)\n`;
  // pr_unspec(): sixteen bytes of the hardware address, zeros past its end.
  else s += `        unspec ${unspecHw(l.IFLA_ADDRESS)}${q}  (UNSPEC)\n`;
  if (!i.name.includes(":")) {
    const st = l.IFLA_STATS64;
    if (st) {
      const rxDrop = st.rx_dropped + st.rx_missed_errors;
      const frame = st.rx_length_errors + st.rx_over_errors + st.rx_crc_errors + st.rx_frame_errors;
      const carrier = st.tx_carrier_errors + st.tx_aborted_errors + st.tx_window_errors + st.tx_heartbeat_errors;
      s += `        RX packets ${st.rx_packets}  bytes ${st.rx_bytes} (${scaled(st.rx_bytes)})\n`;
      s += `        RX errors ${st.rx_errors}  dropped ${rxDrop}  overruns ${st.rx_fifo_errors}  frame ${frame}\n`;
      s += `        TX packets ${st.tx_packets}  bytes ${st.tx_bytes} (${scaled(st.tx_bytes)})\n`;
      s += `        TX errors ${st.tx_errors}  dropped ${st.tx_dropped} overruns ${st.tx_fifo_errors}  carrier ${carrier}  collisions ${st.collisions}\n`;
    }
  }
  return s + "\n";
}

/** ife_print_short() */
export function printShort(i: Iface): string {
  const l = i.link;
  const st = l.IFLA_STATS64;
  const f = l.ifi_flags & 0xffff;
  const pad = (v: number, w: number) => String(v).padStart(w);
  let s = `${i.name.slice(0, 15).padEnd(15)} ${pad(l.IFLA_MTU, 5)} `;
  // An alias (veth0:1) has no line of its own in /proc/net/dev, where the counters come from.
  if (st && !i.name.includes(":")) {
    s += `${pad(st.rx_packets, 8)} ${pad(st.rx_errors, 6)} ${pad(st.rx_dropped, 6)} ${String(st.rx_fifo_errors).padEnd(6)} `;
    s += `${pad(st.tx_packets, 8)} ${pad(st.tx_errors, 6)} ${pad(st.tx_dropped, 6)} ${pad(st.tx_fifo_errors, 6)} `;
  } else s += "     - no statistics available -".padEnd(56);
  let fl = "";
  if (f === 0) fl = "[NO FLAGS]";
  const add = (bit: number, c: string) => {
    if (f & bit) fl += c;
  };
  add(IFF_ALLMULTI, "A");
  add(IFF_BROADCAST, "B");
  add(IFF_DEBUG, "D");
  add(IFF_LOOPBACK, "L");
  add(IFF_MULTICAST, "M");
  add(IFF_DYNAMIC, "d");
  add(IFF_PROMISC, "P");
  add(IFF_NOTRAILERS, "N");
  add(IFF_NOARP, "O");
  add(IFF_POINTOPOINT, "P");
  add(IFF_SLAVE, "s");
  add(IFF_MASTER, "m");
  add(IFF_RUNNING, "R");
  add(IFF_UP, "U");
  return s + fl + "\n";
}

const SHORT_HEADER = "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";

/** SIOCGIFFLAGS + SIOCSIFFLAGS: set or clear flags of the device behind a name. */
function setFlag(pc: ProgramContext, io: Io, errs: string[], name: string, set: number, clear: number): number {
  const devName = name.includes(":") ? name.slice(0, name.indexOf(":")) : name;
  const l = linkByName(pc, devName);
  if (!l) {
    errs.push(`${name}: ERROR while getting interface flags: No such device\n`);
    return -1;
  }
  const change = set | clear;
  if (name.includes(":")) {
    // devinet_ioctl(SIOCSIFFLAGS) on an alias: with the device's flags as read, changed as asked.
    const flags = ((l.ifi_flags | set) & ~clear) >>> 0;
    try {
      devinetIoctl(pc.task.netns, "SIOCSIFFLAGS", name, flags);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      errs.push(`SIOCSIFFLAGS: ${strerror(e.errno)}\n`);
      return -1;
    }
    return 0;
  }
  try {
    rtnlTalk(pc.task, { type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: l.ifi_index, ifi_flags: set & ~clear, ifi_change: change, attrs: {} });
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    errs.push(`SIOCSIFFLAGS: ${strerror(e.errno)}\n`);
    return -1;
  }
  void io;
  return 0;
}

async function main(pc: ProgramContext, io: Io): Promise<number> {
  const args = pc.argv.slice(1);
  let all = false;
  let short = false;
  while (args.length && args[0]!.startsWith("-")) {
    const a = args.shift()!;
    // strncmp(…, 2): anything starting "-a" / "-s" counts.
    if (a.startsWith("-a")) all = true;
    else if (a.startsWith("-s")) short = true;
    else if (a === "-v") {
      // verbose: nothing more to say
    } else if (a === "--help" || a === "-help" || a === "-h" || a === "-?") {
      await io.out(IFCONFIG_HELP_STDOUT);
      await io.err(IFCONFIG_HELP_STDERR);
      return 0;
    } else if (a === "-V" || a === "-version" || a === "--version") {
      await io.out("net-tools 2.10\n");
      return 0;
    } else {
      await io.err(`ifconfig: option \`${a}' not recognised.\nifconfig: \`--help' gives usage information.\n`);
      return 1;
    }
  }
  if (args.length === 0) {
    const list = ifaceList(pc).filter((i) => all || i.link.ifi_flags & IFF_UP);
    if (short) await io.out(SHORT_HEADER + list.map(printShort).join(""));
    else {
      const inet6 = await readInet6(pc);
      await io.out(list.map((i) => printLong(pc, i, inet6)).join(""));
    }
    return 0;
  }
  const name = args.shift()!;
  if (args.length === 0) {
    // An alias label nobody holds still answers: the kernel strips ":N" for the flag/hardware/MTU
    // ioctls, only its address query fails (and /proc/net/dev has no statistics for it).
    const colon = name.indexOf(":");
    const base = colon > 0 ? links(pc).find((l) => l.IFLA_IFNAME === name.slice(0, colon)) : undefined;
    const i = ifaceList(pc).find((x) => x.name === name) ?? (base ? { name, link: base } : undefined);
    if (!i) {
      await io.err(`${name}: error fetching interface information: Device not found\n`);
      return 1;
    }
    await io.out(short ? SHORT_HEADER + printShort(i) : printLong(pc, i, await readInet6(pc)));
    return 0;
  }
  // Configuration, argument by argument.
  let goterr = 0;
  const errs: string[] = [];
  const flush = async () => {
    if (errs.length) await io.err(errs.splice(0).join(""));
  };
  const usage = async (): Promise<never> => {
    await flush();
    await io.err(IFCONFIG_USAGE);
    throw new Exit(3);
  };
  const ioctl = (cmd: Parameters<typeof devinetIoctl>[1], value: number): boolean => {
    try {
      devinetIoctl(pc.task.netns, cmd, name, value);
      return true;
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      errs.push(`${cmd}: ${strerror(e.errno)}\n`);
      return false;
    }
  };
  let didNetmask = false;
  // [<AF>]: an address family name right after the interface (get_aftype()).
  if (args[0] === "inet" || args[0] === "inet6") args.shift();
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    const next = async (): Promise<string> => {
      if (k + 1 >= args.length) await usage();
      return args[++k]!;
    };
    if (a === "up" || a === "down") {
      if (setFlag(pc, io, errs, name, a === "up" ? IFF_UP | IFF_RUNNING : 0, a === "up" ? 0 : IFF_UP)) goterr = -1;
    }
    else if (a === "arp" || a === "-arp") goterr |= setFlag(pc, io, errs, name, a === "arp" ? 0 : IFF_NOARP, a === "arp" ? IFF_NOARP : 0) ? 1 : 0;
    else if (a === "promisc" || a === "-promisc") goterr |= setFlag(pc, io, errs, name, a === "promisc" ? IFF_PROMISC : 0, a === "promisc" ? 0 : IFF_PROMISC) ? 1 : 0;
    else if (a === "allmulti" || a === "-allmulti") goterr |= setFlag(pc, io, errs, name, a === "allmulti" ? IFF_ALLMULTI : 0, a === "allmulti" ? 0 : IFF_ALLMULTI) ? 1 : 0;
    else if (a === "multicast") goterr |= setFlag(pc, io, errs, name, IFF_MULTICAST, 0) ? 1 : 0;
    else if (a === "mtu") {
      const v = Number.parseInt(await next(), 10) || 0;
      const l = linkByName(pc, name);
      try {
        if (!l) throw new KernelError(19);
        rtnlTalk(pc.task, { type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: l.ifi_index, ifi_flags: 0, ifi_change: 0, attrs: { IFLA_MTU: v } });
      } catch (e) {
        if (!(e instanceof KernelError)) throw e;
        errs.push(`SIOCSIFMTU: ${strerror(e.errno)}\n`);
        goterr = 1;
      }
    } else if (a === "txqueuelen") {
      const v = Number.parseInt(await next(), 10) || 0;
      const l = linkByName(pc, name);
      if (l) rtnlTalk(pc.task, { type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: l.ifi_index, ifi_flags: 0, ifi_change: 0, attrs: { IFLA_TXQLEN: v } });
    } else if (a === "netmask") {
      if (didNetmask) await usage();
      const v = await next();
      const r = inetResolve(pc, v);
      if (typeof r !== "number") {
        errs.push(`${v}: ${herrorText(r.error)}\n`);
        goterr = 1;
        continue;
      }
      didNetmask = true;
      if (!ioctl("SIOCSIFNETMASK", r)) goterr = 1;
    } else if (a === "broadcast" || a === "-broadcast") {
      if (a === "-broadcast") {
        if (!ioctl("SIOCSIFBRDADDR", 0)) goterr = 1;
        continue;
      }
      const v = await next();
      const r = inetResolve(pc, v);
      if (typeof r !== "number") {
        errs.push(`${v}: ${herrorText(r.error)}\n`);
        goterr = 1;
        continue;
      }
      if (!ioctl("SIOCSIFBRDADDR", r)) goterr = 1;
    } else if ((a === "add" || a === "del") && k + 1 >= args.length) await usage();
    else if ((a === "add" || a === "del") && args[k + 1]!.includes(":")) {
      // An IPv6 address: SIOCSIFADDR / SIOCDIFADDR with a struct in6_ifreq on an AF_INET6 socket.
      const res = ifconfigInet6(pc, name, a === "add", args[++k]!);
      if (res === "usage") await usage();
      else if (res) {
        errs.push(res);
        goterr = 1;
      }
    } else if (a === "add" || a === "del") {
      // An IPv4 address: set_ifstate() on the numbered aliases.
      const res = ifconfigAlias4(pc, io, errs, name, a === "add", args[++k]!);
      if (res) {
        errs.push(res);
        goterr = 1;
      }
    } else if (a === "hw") {
      await next();
      const mac = await next();
      const bytes = inEther(mac);
      if (!bytes) {
        errs.push(`${mac}: invalid ether address.\n`);
        goterr = 1;
        continue;
      }
      const l = linkByName(pc, name);
      if (l) {
        try {
          rtnlTalk(pc.task, { type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: l.ifi_index, ifi_flags: 0, ifi_change: 0, attrs: { IFLA_ADDRESS: bytes } });
        } catch (e) {
          if (!(e instanceof KernelError)) throw e;
          errs.push(`SIOCSIFHWADDR: ${strerror(e.errno)}\n`);
          goterr = 1;
        }
      }
    } else {
      // An address, possibly ADDR/LEN.
      let host = a;
      let mask: number | undefined;
      const slash = host.indexOf("/");
      if (slash >= 0) {
        const lenText = host.slice(slash + 1);
        if (!/^(0[xX][0-9a-fA-F]+|\d+)$/.test(lenText)) await usage();
        if (didNetmask) await usage();
        // ~(0xffffffff >> prefix) with x86's shift-count masking.
        // ~(0xffffffff >> prefix) as x86 computes it: the shift count is taken mod 32.
        mask = ~(0xffffffff >>> (Number(lenText) & 31)) >>> 0;
        host = host.slice(0, slash);
      }
      const r = inetResolve(pc, host);
      if (typeof r !== "number") {
        await flush();
        await io.err(`${host}: ${herrorText(r.error)}\nifconfig: \`--help' gives usage information.\n`);
        return 1;
      }
      if (!ioctl("SIOCSIFADDR", r)) goterr = 1;
      if (mask !== undefined) {
        didNetmask = true;
        if (!ioctl("SIOCSIFNETMASK", mask)) goterr = 1;
      }
      if (setFlag(pc, io, errs, name, IFF_UP | IFF_RUNNING, 0)) goterr = -1;
    }
  }
  await flush();
  return goterr < 0 ? 255 : goterr;
}

export const ifconfigMain: Program = (pc) => runTool(pc, main);

/**
 * `ifconfig IF add|del ADDR` for IPv4 (set_ifstate(), do_ifcmd()): the numbered aliases IF:N are
 * scanned; one holding ADDR is brought up (add) or down (del: the address goes). Otherwise — for del
 * too — ADDR goes on the first free IF:N with IF's netmask and broadcast (SIOCSIFADDR, SIOCSIFNETMASK,
 * SIOCSIFBRDADDR, then IFF_BROADCAST). IF without an IPv4 address, or a failing step, ends it silently.
 */
function ifconfigAlias4(pc: ProgramContext, io: Io, errs: string[], name: string, add: boolean, host: string): string | undefined {
  const ip = inetResolve(pc, host);
  if (typeof ip !== "number") return `${host}: ${herrorText(ip.error)}\n`;
  const nm = tryGet(pc, "SIOCGIFNETMASK", name);
  const bc = tryGet(pc, "SIOCGIFBRDADDR", name);
  if (nm === undefined || bc === undefined) return undefined;
  const used = new Set<number>();
  for (const label of aliasLabels(pc)) {
    if (!label.startsWith(`${name}:`)) continue;
    const num = label.slice(name.length + 1);
    // strtoul(…, 0) with nothing left over.
    const n = strtoulWhole(num) ?? -1;
    if (n < 0 || n > 255) continue;
    used.add(n);
    if (tryGet(pc, "SIOCGIFADDR", label) !== ip) continue;
    setFlag(pc, io, errs, label, add ? IFF_UP | IFF_RUNNING : 0, add ? 0 : IFF_UP);
    return undefined;
  }
  let free = 0;
  while (free < 256 && used.has(free)) free++;
  if (free === 256) return undefined;
  const label = `${name}:${free}`;
  try {
    devinetIoctl(pc.task.netns, "SIOCSIFADDR", label, ip);
    devinetIoctl(pc.task.netns, "SIOCSIFNETMASK", label, nm);
    devinetIoctl(pc.task.netns, "SIOCSIFBRDADDR", label, bc);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    return undefined;
  }
  setFlag(pc, io, errs, label, IFF_BROADCAST, 0);
  return undefined;
}

/**
 * `ifconfig IF [inet6] add|del ADDR[/LEN]` (LEN 128 when absent): the address
 * goes through addrconf_add_ifaddr / addrconf_del_ifaddr, which leave the
 * device's flags alone. Returns an error line, "usage", or "" when done.
 */
function ifconfigInet6(pc: ProgramContext, name: string, add: boolean, arg: string): string {
  let host = arg;
  let plen = 128;
  const slash = arg.indexOf("/");
  if (slash >= 0) {
    // atol(): leading digits, 0 when none.
    plen = Number.parseInt(/^\s*[+-]?\d+/.exec(arg.slice(slash + 1))?.[0] ?? "0", 10);
    if (plen < 0 || plen > 128) return "usage";
    host = arg.slice(0, slash);
  }
  const addr = parseIp6(host);
  if (addr === undefined) return `${host}: Resolver Error 0 (no error)\n`;
  const l = linkByName(pc, name);
  if (!l) return `SIOGIFINDEX: ${strerror(19)}\n`;
  try {
    inet6RtnlTalk(pc.task, { type: add ? "RTM_NEWADDR" : "RTM_DELADDR", ifa_family: 10, ifa_index: l.ifi_index, ifa_prefixlen: plen, IFA_LOCAL: ip6ToBytes(addr), IFA_FLAGS: 0 });
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    return `${add ? "SIOCSIFADDR" : "SIOCDIFADDR"}: ${strerror(e.errno)}\n`;
  }
  return "";
}
