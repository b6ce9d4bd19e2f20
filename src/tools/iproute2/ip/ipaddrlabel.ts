// ip/ipaddrlabel.c: `ip addrlabel { add | del } prefix PREFIX [ dev DEV ]
// [ label LABEL ]`, `ip addrlabel [ list | flush | help ]` over the kernel's
// IPv6 address label table (kernel/ipv6/addrlabel.ts). The dump asks for
// AF_INET6 unless -4/-0 asked otherwise (the kernel has no such dump:
// "Operation not supported"); flush deletes every entry it dumped, the
// defaults included. As in ip.c's do_cmd(), a command's return value r is the
// exit status -r: the list's 1 ("Dump terminated") exits 255, a -1 exits 1.

import { AF_INET6 } from "../../../uapi/if_addr.js";
import type { AddrLabelReply, AddrLabelRequest, IfAddrLblMsg } from "../../../uapi/if_addrlabel.js";
import { NLM_F_CREATE, NLM_F_EXCL } from "../../../uapi/rtnetlink.js";
import { formatIp6, formatIpv4, ip6FromBytes, ip6ToBytes } from "../../../wire/addr.js";
import { addrlabelRtnlTalk } from "../../../kernel/ipv6/addrlabel.js";
import { parsePrefix } from "../lib/inet.js";
import { familyNumber, getUnsigned, incompleteCommand, invarg, IpExit, llIndexToName, llNameToIndex, matches, nlError } from "../lib/utils.js";
import { parsePrefix6 } from "./ipaddress6.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

function usage(ctx: IpCtx): never {
  ctx.err("Usage: ip addrlabel { add | del } prefix PREFIX [ dev DEV ] [ label LABEL ]\n       ip addrlabel [ list | flush | help ]\n");
  throw new IpExit(255);
}

function talk(ctx: IpCtx, req: AddrLabelRequest): AddrLabelReply | undefined {
  try {
    return addrlabelRtnlTalk(ctx.task, req);
  } catch (e) {
    nlError(ctx, e);
    return undefined;
  }
}

/** The dump, or undefined after its error and "<what> terminated". */
function dump(ctx: IpCtx, what: string): IfAddrLblMsg[] | undefined {
  const family = familyNumber(ctx.family) || AF_INET6;
  const r = talk(ctx, { type: "RTM_GETADDRLABEL", family });
  if (!r || r.type !== "addrlabels") {
    ctx.err(`${what} terminated\n`);
    return undefined;
  }
  return r.labels;
}

/** print_addrlabel() */
function printAddrlabel(ctx: IpCtx, m: IfAddrLblMsg): void {
  const out = ctx.out;
  out.openObject(null);
  if (m.IFAL_ADDRESS) {
    const a = m.IFAL_ADDRESS;
    const host = a.length === 16 ? formatIp6(ip6FromBytes(a)) : formatIpv4(((a[0]! << 24) | (a[1]! << 16) | (a[2]! << 8) | a[3]!) >>> 0);
    out.string("FP", null, "prefix ", null);
    out.cstring("ANY", m.ifal_family === AF_INET6 ? "inet6" : "inet", "address", "%s", host);
    out.uint("ANY", "prefixlen", "/%u ", m.ifal_prefixlen);
  }
  if (m.ifal_index) {
    out.string("FP", null, "dev ", null);
    out.cstring("ANY", "ifname", "ifname", "%s ", llIndexToName(ctx, m.ifal_index));
  }
  if (m.IFAL_LABEL !== undefined) out.uint("ANY", "label", "label %u ", m.IFAL_LABEL);
  out.string("FP", null, "\n", "");
  out.closeObject();
}

async function list(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length > 0) {
    ctx.err('"ip addrlabel show" does not take any arguments.\n');
    return 1;
  }
  const labels = dump(ctx, "Dump");
  if (!labels) return 255;
  ctx.out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of labels) printAddrlabel(ctx, m);
  ctx.out.deleteJsonObj();
  await ctx.out.flush();
  return 0;
}

/** get_prefix() with the preferred family: IPv4 or IPv6 (and default/any/all), else exit 1. */
function getPrefixAny(ctx: IpCtx, arg: string): { bytes: Uint8Array; len: number } {
  const family = ctx.family;
  if (family !== "inet" && arg.includes(":")) {
    const p = parsePrefix6(arg);
    if (p) return { bytes: ip6ToBytes(p.addr), len: p.len };
  } else if (family !== "inet6") {
    const p = parsePrefix(arg);
    if (p && !p.isDefault) return { bytes: new Uint8Array([p.addr >>> 24, (p.addr >>> 16) & 255, (p.addr >>> 8) & 255, p.addr & 255]), len: p.bitlen };
    if (p?.isDefault) return { bytes: new Uint8Array(family === "unspec" ? 0 : 16), len: 0 };
  }
  const what = family === "inet" ? "inet" : family === "inet6" ? "inet6" : "any valid";
  ctx.err(`Error: ${what} prefix is expected rather than "${arg}".\n`);
  throw new IpExit(1);
}

/** ipaddrlabel_modify() */
function modify(ctx: IpCtx, type: "RTM_NEWADDRLABEL" | "RTM_DELADDRLABEL", argv: string[]): number {
  const msg: IfAddrLblMsg = { ifal_family: familyNumber(ctx.family), ifal_prefixlen: 0, ifal_index: 0 };
  let prefix: { bytes: Uint8Array; len: number } | undefined;
  let label: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a !== "prefix" && a !== "dev" && a !== "label") continue; // other words are skipped
    if (++i >= argv.length) incompleteCommand(ctx);
    const v = argv[i]!;
    if (a === "prefix") prefix = getPrefixAny(ctx, v);
    else if (a === "dev") {
      msg.ifal_index = llNameToIndex(ctx, v);
      if (!msg.ifal_index) invarg(ctx, "dev is invalid\n", v);
    } else {
      label = getUnsigned(v);
      if (label === undefined || label === 0xffffffff) invarg(ctx, "label is invalid\n", v);
    }
  }
  if (!prefix) {
    ctx.err('Not enough information: "prefix" argument is required.\n');
    return 1;
  }
  if (label === undefined) {
    ctx.err('Not enough information: "label" argument is required.\n');
    return 1;
  }
  msg.IFAL_LABEL = label;
  msg.IFAL_ADDRESS = prefix.bytes;
  msg.ifal_prefixlen = prefix.len;
  if (msg.ifal_family === 0) msg.ifal_family = AF_INET6;
  const flags = type === "RTM_NEWADDRLABEL" ? NLM_F_CREATE | NLM_F_EXCL : 0;
  return talk(ctx, { type, nlmsg_flags: flags, msg }) ? 0 : 2;
}

function flush(ctx: IpCtx, argv: string[]): number {
  if (argv.length > 0) {
    ctx.err('"ip addrlabel flush" does not allow extra arguments\n');
    return 1;
  }
  const labels = dump(ctx, "Flush");
  if (!labels) return 1;
  for (const m of labels) {
    if (!m.IFAL_ADDRESS) continue;
    if (!talk(ctx, { type: "RTM_DELADDRLABEL", nlmsg_flags: 0, msg: m })) {
      ctx.err("Flush terminated\n");
      return 1;
    }
  }
  return 0;
}

/** do_ipaddrlabel() */
async function doIpaddrlabel(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length === 0) return list(ctx, []);
  const [a, ...rest] = argv as [string, ...string[]];
  if (matches(a, "list") || matches(a, "lst") || matches(a, "show")) return list(ctx, rest);
  if (matches(a, "add")) return modify(ctx, "RTM_NEWADDRLABEL", rest);
  if (matches(a, "delete")) return modify(ctx, "RTM_DELADDRLABEL", rest);
  if (matches(a, "flush")) return flush(ctx, rest);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip addrlabel help".\n`);
  throw new IpExit(255);
}

registerIpObject("addrlabel", doIpaddrlabel);
