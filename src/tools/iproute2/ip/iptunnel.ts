// ip/iptunnel.c and ip/ip6tunnel.c: `ip tunnel` / `ip -6 tunnel` { add | change
// | del | show | prl | 6rd }, the old ioctl interface to ipip/gre/sit/vti and
// ip6_tunnel devices. Arguments are parsed as 6.1 parses them (same checks,
// messages and exit statuses; a `mode` naming an IPv6 tunnel switches to
// ip6tunnel as do_iptunnel() does); then the ioctl goes to the kernel
// (kernel/core/dev_ioctl_tunnel.ts), where no tunnel driver exists, as on the
// kernel this mirrors: add/change/del/get fail with "No such device" on the
// fallback device (tunl0, gre0, sit0, ip_vti0, ip6tnl0, ip6gre0, ip6_vti0) or
// "Operation not supported" on a device that is no tunnel. With no tunnel
// device, the listings (do_tunnels_list) print nothing.

import { KernelError, strerror } from "../../../uapi/errno.js";
import {
  devTunnelIoctl,
  SIOCADD6RD,
  SIOCADDPRL,
  SIOCADDTUNNEL,
  SIOCCHGTUNNEL,
  SIOCDEL6RD,
  SIOCDELPRL,
  SIOCDELTUNNEL,
  SIOCGETTUNNEL,
} from "../../../kernel/core/dev_ioctl_tunnel.js";
import { getPrefix, parsePrefix } from "../lib/inet.js";
import { checkIfname, duparg2, getUnsigned, incompleteCommand, invarg, IpExit, llNameToIndex, matches } from "../lib/utils.js";
import { dsfieldA2n } from "./iproute.js";
import { getAddr32, getAddr6 } from "../lib/inet.js";
import { parsePrefix6 } from "./ipaddress6.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

const USAGE4 =
  "Usage: ip tunnel { add | change | del | show | prl | 6rd } [ NAME ]\n" +
  "        [ mode { gre | ipip | isatap | sit | vti } ]\n" +
  "        [ remote ADDR ] [ local ADDR ]\n" +
  "        [ [i|o]seq ] [ [i|o]key KEY ] [ [i|o]csum ]\n" +
  "        [ prl-default ADDR ] [ prl-nodefault ADDR ] [ prl-delete ADDR ]\n" +
  "        [ 6rd-prefix ADDR ] [ 6rd-relay_prefix ADDR ] [ 6rd-reset ]\n" +
  "        [ ttl TTL ] [ tos TOS ] [ [no]pmtudisc ] [ dev PHYS_DEV ]\n" +
  "\n" +
  "Where: NAME := STRING\n" +
  "       ADDR := { IP_ADDRESS | any }\n" +
  "       TOS  := { STRING | 00..ff | inherit | inherit/STRING | inherit/00..ff }\n" +
  "       TTL  := { 1..255 | inherit }\n" +
  "       KEY  := { DOTTED_QUAD | NUMBER }\n";

const USAGE6 =
  "Usage: ip -f inet6 tunnel { add | change | del | show } [ NAME ]\n" +
  "          [ mode { ip6ip6 | ipip6 | ip6gre | vti6 | any } ]\n" +
  "          [ remote ADDR local ADDR ] [ dev PHYS_DEV ]\n" +
  "          [ encaplimit ELIM ]\n" +
  "          [ hoplimit TTL ] [ tclass TCLASS ] [ flowlabel FLOWLABEL ]\n" +
  "          [ dscp inherit ]\n" +
  "          [ [no]allow-localremote ]\n" +
  "          [ [i|o]seq ] [ [i|o]key KEY ] [ [i|o]csum ]\n" +
  "\n" +
  "Where: NAME      := STRING\n" +
  "       ADDR      := IPV6_ADDRESS\n" +
  "       ELIM      := { none | 0..255 }(default=4)\n" +
  "       TTL       := 0..255 (default=64)\n" +
  "       TCLASS    := { 0x0..0xff | inherit }\n" +
  "       FLOWLABEL := { 0x0..0xfffff | inherit }\n" +
  "       KEY       := { DOTTED_QUAD | NUMBER }\n";

function usage(ctx: IpCtx, text: string): never {
  ctx.err(text);
  throw new IpExit(255);
}

const IPPROTO_IPIP = 4;
const IPPROTO_GRE = 47;
const IPPROTO_IPV6 = 41;

/** The parse_args() results that decide which ioctl goes where. */
interface Parm {
  name: string;
  proto: number;
  vti: boolean;
  keyed: boolean;
  ttl: number;
  pmtudisc: boolean;
  daddr: number;
  saddr: number;
}

/** An argument list walked as NEXT_ARG() walks it. */
class Args {
  i = 0;
  constructor(
    private readonly ctx: IpCtx,
    readonly argv: string[],
  ) {}
  get more(): boolean {
    return this.i < this.argv.length;
  }
  get cur(): string {
    return this.argv[this.i]!;
  }
  next(): string {
    if (++this.i >= this.argv.length) incompleteCommand(this.ctx);
    return this.argv[this.i]!;
  }
}

/** tnl_parse_key() */
function parseKey(ctx: IpCtx, name: string, key: string): number {
  if (key.includes(".")) return getAddr32(ctx, key);
  const v = getUnsigned(key);
  if (v === undefined) {
    ctx.err(`invalid value for "${name}": "${key}"; it should be an unsigned integer\n`);
    throw new IpExit(255);
  }
  return v;
}

/** strtoul(s, 16) as get_u8/get_u32 with base 16 take it: the whole word, up to `max`. */
function getHex(s: string, max: number): number | undefined {
  if (!/^\s*\+?(0[xX])?[0-9a-fA-F]+$/.test(s)) return undefined;
  const n = Number.parseInt(s.trim().replace(/^\+/, ""), 16);
  return n > max ? undefined : n;
}

/** Sends the ioctl; the error text (it never succeeds: no tunnel driver). */
function ioctl(ctx: IpCtx, cmd: number, name: string): string {
  try {
    devTunnelIoctl(ctx.task, cmd, name);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    return strerror(e.errno);
  }
}

/** The name word of parse_args(): name, help, duplicate and validity checks, change's first-word lookup. */
function nameArg(ctx: IpCtx, a: Args, p: Parm, cmd: number, count: number, help: string): boolean {
  let v = a.cur;
  if (v === "name") v = a.next();
  else if (matches(v, "help")) usage(ctx, help);
  if (p.name) duparg2(ctx, "name", v);
  if (!checkIfname(v)) invarg(ctx, '"name" not a valid ifname', v);
  p.name = v;
  if (cmd === SIOCCHGTUNNEL && count === 0) {
    ctx.err(`get tunnel "${v}" failed: ${ioctl(ctx, SIOCGETTUNNEL, v)}\n`);
    return false;
  }
  return true;
}

/** The [i|o]key, [i|o]seq and [i|o]csum words both parsers share; false for another word. */
function greArg(ctx: IpCtx, a: Args, p: Parm): boolean {
  const w = a.cur;
  if (w === "key" || w === "ikey" || w === "okey") {
    parseKey(ctx, w, a.next());
    p.keyed = true;
    return true;
  }
  return ["seq", "iseq", "oseq", "csum", "icsum", "ocsum"].includes(w);
}

/** medium → ll_name_to_index(), nodev() when missing. */
function mediumOk(ctx: IpCtx, medium: string | undefined): boolean {
  if (medium === undefined || llNameToIndex(ctx, medium) > 0) return true;
  ctx.err(`Cannot find device "${medium}"\n`);
  return false;
}

function newParm(): Parm {
  return { name: "", proto: 0, vti: false, keyed: false, ttl: 0, pmtudisc: true, daddr: 0, saddr: 0 };
}

/** iptunnel.c parse_args(): false when it returns -1 (its message printed). */
function parseArgs4(ctx: IpCtx, argv: string[], cmd: number, p: Parm): boolean {
  const a = new Args(ctx, argv);
  let medium: string | undefined;
  let isatap = false;
  const setProto = (proto: number): void => {
    if (p.proto && p.proto !== proto) {
      ctx.err("You managed to ask for more than one tunnel mode.\n");
      throw new IpExit(255);
    }
    p.proto = proto;
  };
  for (let count = 0; a.more; count++, a.i++) {
    const w = a.cur;
    if (w === "mode") {
      const m = a.next();
      if (m === "ipip" || m === "ip/ip") setProto(IPPROTO_IPIP);
      else if (m === "gre" || m === "gre/ip") setProto(IPPROTO_GRE);
      else if (m === "sit" || m === "ipv6/ip") setProto(IPPROTO_IPV6);
      else if (m === "isatap") {
        setProto(IPPROTO_IPV6);
        isatap = true;
      } else if (m === "vti") {
        setProto(IPPROTO_IPIP);
        p.vti = true;
      } else {
        ctx.err(`Unknown tunnel mode "${m}"\n`);
        throw new IpExit(255);
      }
    } else if (greArg(ctx, a, p)) continue;
    else if (w === "nopmtudisc") p.pmtudisc = false;
    else if (w === "pmtudisc") p.pmtudisc = true;
    else if (w === "remote") p.daddr = getAddr32(ctx, a.next());
    else if (w === "local") p.saddr = getAddr32(ctx, a.next());
    else if (w === "dev") medium = a.next();
    else if (w === "ttl" || w === "hoplimit" || w === "hlim") {
      const v = a.next();
      if (v !== "inherit") {
        const t = getUnsigned(v, 255);
        if (t === undefined) invarg(ctx, "invalid TTL\n", v);
        p.ttl = t;
      }
    } else if (w === "tos" || w === "tclass" || matches(w, "dsfield")) {
      // strsep(&dsfield, "/") cuts the word at the slash; "inherit/X" reads X.
      const v = a.next();
      const slash = v.indexOf("/");
      const head = slash < 0 ? v : v.slice(0, slash);
      const ds = head !== "inherit" ? head : slash < 0 ? undefined : v.slice(slash + 1);
      if (ds !== undefined && dsfieldA2n(ds) === undefined) invarg(ctx, "bad TOS value", head);
    } else if (!nameArg(ctx, a, p, cmd, count, USAGE4)) return false;
  }
  if (p.proto === 0) {
    if (p.name.startsWith("gre")) p.proto = IPPROTO_GRE;
    else if (p.name.startsWith("ipip")) p.proto = IPPROTO_IPIP;
    else if (p.name.startsWith("sit")) p.proto = IPPROTO_IPV6;
    else if (p.name.startsWith("isatap")) {
      p.proto = IPPROTO_IPV6;
      isatap = true;
    } else if (p.name.startsWith("vti")) {
      p.proto = IPPROTO_IPIP;
      p.vti = true;
    }
  }
  void isatap; // SIT_ISATAP only shapes the request the kernel refuses
  if (p.keyed && !p.vti && p.proto !== IPPROTO_GRE) {
    ctx.err("Keys are not allowed with ipip and sit tunnels\n");
    return false;
  }
  if (!mediumOk(ctx, medium)) return false;
  if (p.daddr >>> 28 === 0xe && !p.saddr) {
    ctx.err("A broadcast tunnel requires a source address\n");
    return false;
  }
  return true;
}

/** tnl_defname() */
function defname4(p: Parm): string | undefined {
  if (p.proto === IPPROTO_IPIP) return p.vti ? "ip_vti0" : "tunl0";
  if (p.proto === IPPROTO_GRE) return "gre0";
  if (p.proto === IPPROTO_IPV6) return "sit0";
  return undefined;
}

/** tnl_add_ioctl(): change names the tunnel itself, add the fallback device. */
function addIoctl(ctx: IpCtx, cmd: number, basedev: string, name: string): number {
  const ifr = cmd === SIOCCHGTUNNEL && name ? name : basedev;
  ctx.err(`add tunnel "${ifr}" failed: ${ioctl(ctx, cmd, ifr)}\n`);
  return 1;
}

function delIoctl(ctx: IpCtx, basedev: string, name: string): number {
  const ifr = name || basedev;
  ctx.err(`delete tunnel "${ifr}" failed: ${ioctl(ctx, SIOCDELTUNNEL, ifr)}\n`);
  return 1;
}

function getIoctl(ctx: IpCtx, name: string): number {
  ctx.err(`get tunnel "${name}" failed: ${ioctl(ctx, SIOCGETTUNNEL, name)}\n`);
  return 1;
}

function add4(ctx: IpCtx, cmd: number, argv: string[]): number {
  const p = newParm();
  if (!parseArgs4(ctx, argv, cmd, p)) return 1;
  if (p.ttl && !p.pmtudisc) {
    ctx.err("ttl != 0 and nopmtudisc are incompatible\n");
    return 1;
  }
  const basedev = defname4(p);
  if (!basedev) {
    ctx.err("cannot determine tunnel mode (ipip, gre, vti or sit)\n");
    return 1;
  }
  return addIoctl(ctx, cmd, basedev, p.name);
}

function show4(ctx: IpCtx, argv: string[]): number {
  const p = newParm();
  if (!parseArgs4(ctx, argv, SIOCGETTUNNEL, p)) return 1;
  const basedev = defname4(p);
  // do_tunnels_list(): the model has no device of a tunnel type to list.
  if (!basedev) return 0;
  return getIoctl(ctx, p.name || basedev);
}

/** do_prl() / do_6rd(): one entry (or a reset), then the ioctl on the device. */
function prlOr6rd(ctx: IpCtx, argv: string[], six: boolean): number {
  const a = new Args(ctx, argv);
  let cmd = 0;
  let count = 0;
  let medium: string | undefined;
  for (; a.more; a.i++) {
    const w = a.cur;
    if (w === "dev") {
      const v = a.next();
      if (!checkIfname(v)) invarg(ctx, '"dev" not a valid ifname', v);
      medium = v;
    } else if (!six && (w === "prl-default" || w === "prl-nodefault" || w === "prl-delete")) {
      getAddr32(ctx, a.next());
      cmd = w === "prl-delete" ? SIOCDELPRL : SIOCADDPRL;
      count++;
    } else if (six && w === "6rd-prefix") {
      const v = a.next();
      if (!parsePrefix6(v)) invarg(ctx, "invalid 6rd_prefix\n", v);
      cmd = SIOCADD6RD;
    } else if (six && w === "6rd-relay_prefix") {
      const v = a.next();
      if (!parsePrefix(v)) getPrefix(ctx, v, "inet");
      cmd = SIOCADD6RD;
    } else if (six && w === "6rd-reset") cmd = SIOCDEL6RD;
    else {
      ctx.err(`Invalid ${six ? "6RD" : "PRL"} parameter "${w}"\n`);
      throw new IpExit(255);
    }
    if (count > 1) {
      ctx.err("One PRL entry at a time\n");
      throw new IpExit(255);
    }
  }
  if (medium === undefined) {
    ctx.err("Must specify device\n");
    throw new IpExit(255);
  }
  ctx.err(`${medium}: ioctl ${cmd.toString(16)} failed: ${ioctl(ctx, cmd, medium)}\n`);
  return 1;
}

/** ip6tunnel.c parse_args(). */
function parseArgs6(ctx: IpCtx, argv: string[], cmd: number, p: Parm): boolean {
  const a = new Args(ctx, argv);
  let medium: string | undefined;
  for (let count = 0; a.more; count++, a.i++) {
    const w = a.cur;
    if (w === "mode") {
      const m = a.next();
      if (m === "ipv6/ipv6" || m === "ip6ip6") p.proto = IPPROTO_IPV6;
      else if (m === "vti6") {
        p.proto = IPPROTO_IPV6;
        p.vti = true;
      } else if (["ip/ipv6", "ipv4/ipv6", "ipip6", "ip4ip6"].includes(m)) p.proto = IPPROTO_IPIP;
      else if (m === "ip6gre" || m === "gre/ipv6") p.proto = IPPROTO_GRE;
      else if (m === "any/ipv6" || m === "any") p.proto = 0;
      else {
        ctx.err(`Unknown tunnel mode "${m}"\n`);
        throw new IpExit(255);
      }
    } else if (w === "remote" || w === "local") getAddr6(ctx, a.next());
    else if (w === "dev") medium = a.next();
    else if (w === "encaplimit") a.next(); // get_u8(...) < -1 never holds: any word is taken
    else if (w === "hoplimit" || w === "ttl" || w === "hlim") {
      const v = a.next();
      if (getUnsigned(v, 255) === undefined) invarg(ctx, "invalid TTL", v);
    } else if (w === "tclass" || w === "tc" || w === "tos" || matches(w, "dsfield")) {
      const v = a.next();
      if (v !== "inherit" && getHex(v, 255) === undefined) invarg(ctx, "invalid TClass", v);
    } else if (w === "flowlabel" || w === "fl") {
      const v = a.next();
      if (v !== "inherit" && getHex(v, 0xfffff) === undefined) invarg(ctx, "invalid Flowlabel", v);
    } else if (w === "dscp") {
      const v = a.next();
      if (v !== "inherit") invarg(ctx, "not inherit", v);
    } else if (w === "allow-localremote" || w === "noallow-localremote") continue;
    else if (greArg(ctx, a, p)) continue;
    else if (!nameArg(ctx, a, p, cmd, count, USAGE6)) return false;
  }
  return mediumOk(ctx, medium);
}

function basedev6(p: Parm): string {
  return p.proto === IPPROTO_GRE ? "ip6gre0" : p.vti ? "ip6_vti0" : "ip6tnl0";
}

function doIp6tunnel(ctx: IpCtx, argv: string[]): number {
  const [w, ...rest] = argv;
  const p = newParm();
  p.proto = IPPROTO_IPV6;
  if (w === undefined || matches(w, "show") || matches(w, "lst") || matches(w, "list")) {
    p.proto = 0;
    if (!parseArgs6(ctx, rest, SIOCGETTUNNEL, p)) return 1;
    return p.name ? getIoctl(ctx, p.name) : 0;
  }
  if (matches(w, "add") || matches(w, "change")) {
    const cmd = matches(w, "add") ? SIOCADDTUNNEL : SIOCCHGTUNNEL;
    if (!parseArgs6(ctx, rest, cmd, p)) return 1;
    if (!p.name) ctx.err("Tunnel interface name not specified\n");
    return addIoctl(ctx, cmd, basedev6(p), p.name);
  }
  if (matches(w, "delete")) {
    if (!parseArgs6(ctx, rest, SIOCDELTUNNEL, p)) return 1;
    return delIoctl(ctx, basedev6(p), p.name);
  }
  if (matches(w, "help")) usage(ctx, USAGE6);
  ctx.err(`Command "${w}" is unknown, try "ip -f inet6 tunnel help".\n`);
  throw new IpExit(255);
}

const IPV6_MODES = ["ipv6/ipv6", "ip6ip6", "vti6", "ip/ipv6", "ipv4/ipv6", "ipip6", "ip4ip6", "ip6gre", "gre/ipv6", "any/ipv6", "any"];

/** do_iptunnel() (a -1 from a command is ip's exit status 1). */
async function doIptunnel(ctx: IpCtx, argv: string[]): Promise<number> {
  const mode = argv.indexOf("mode");
  let family = ctx.family;
  if (mode >= 0 && mode < argv.length - 1 && IPV6_MODES.includes(argv[mode + 1]!)) family = "inet6";
  if (family === "inet6") return doIp6tunnel(ctx, argv);
  if (family !== "unspec" && family !== "inet") {
    ctx.err("Unsupported protocol family: 17\n");
    throw new IpExit(255);
  }
  const [w, ...rest] = argv;
  if (w === undefined) return show4(ctx, []);
  if (matches(w, "add")) return add4(ctx, SIOCADDTUNNEL, rest);
  if (matches(w, "change")) return add4(ctx, SIOCCHGTUNNEL, rest);
  if (matches(w, "delete")) {
    const p = newParm();
    if (!parseArgs4(ctx, rest, SIOCDELTUNNEL, p)) return 1;
    return delIoctl(ctx, defname4(p) ?? p.name, p.name);
  }
  if (matches(w, "show") || matches(w, "lst") || matches(w, "list")) return show4(ctx, rest);
  if (matches(w, "prl")) return prlOr6rd(ctx, rest, false);
  if (matches(w, "6rd")) return prlOr6rd(ctx, rest, true);
  if (matches(w, "help")) usage(ctx, USAGE4);
  ctx.err(`Command "${w}" is unknown, try "ip tunnel help"\n`);
  throw new IpExit(255);
}

registerIpObject("tunnel", doIptunnel);
registerIpObject("tunl", doIptunnel);
