// `ip address save` / `restore` / `showdump` (ip/ipaddress.c ipadd_save_prep,
// save_nlmsg, ipadd_dump_check_magic, ipaddr_showdump, restore_handler): an
// address as the bytes of an RTM_NEWADDR message — struct ifaddrmsg, then the
// attributes in the order the kernel fills them: net/ipv4/devinet.c
// inet_fill_ifaddr() (IFA_ADDRESS, IFA_LOCAL, IFA_BROADCAST, IFA_LABEL,
// IFA_FLAGS, IFA_RT_PRIORITY, IFA_CACHEINFO) and net/ipv6/addrconf.c
// inet6_fill_ifaddr() (IFA_ADDRESS, IFA_RT_PRIORITY, IFA_CACHEINFO, IFA_FLAGS).
// The save writes every address the dump returns (no listing filter); the
// restore sends each back without NLM_F_EXCL, and an address already there
// (EEXIST) does not stop it.

import { inetRtnlTalk } from "../../../kernel/ipv4/rtnl_inet.js";
import { inet6RtnlTalk } from "../../../kernel/ipv6/addrconf_rtnl.js";
import { kerr } from "../../../uapi/errno.js";
import { AF_INET, AF_INET6, type IfAddrMsg } from "../../../uapi/if_addr.js";
import {
  checkMagic,
  dumpSeq,
  fromFile,
  NlBody,
  nlmsg,
  parseAttrs,
  rdIn4,
  rdStr,
  rdU32,
  RESTORE_FLAGS,
  restoreTalk,
  saveMessages,
  savePrep,
  type NlMsgIn,
} from "../lib/rtnl_dump.js";
import type { IpCtx } from "./iplink.js";

const IPADD_DUMP_MAGIC = 0x47361222;
const RTM_NEWADDR = 20;
const RTM_DELADDR = 21;
const IFADDRMSG_LEN = 8;

const IFA_ADDRESS = 1;
const IFA_LOCAL = 2;
const IFA_LABEL = 3;
const IFA_BROADCAST = 4;
const IFA_CACHEINFO = 6;
const IFA_FLAGS = 8;
const IFA_RT_PRIORITY = 9;

function encodeAddr(a: IfAddrMsg): NlBody {
  const b = new NlBody().u8(a.ifa_family).u8(a.ifa_prefixlen).u8(a.ifa_flags).u8(a.ifa_scope).u32(a.ifa_index);
  const ci = a.IFA_CACHEINFO;
  const cacheinfo = () => b.attr(IFA_CACHEINFO, (x) => x.u32(ci.ifa_prefered).u32(ci.ifa_valid).u32(ci.cstamp).u32(ci.tstamp));
  if (a.IFA_ADDRESS6) {
    b.attr(IFA_ADDRESS, (x) => a.IFA_ADDRESS6!.forEach((v) => x.u8(v)));
    if (a.IFA_RT_PRIORITY) b.attrU32(IFA_RT_PRIORITY, a.IFA_RT_PRIORITY);
    cacheinfo();
    b.attrU32(IFA_FLAGS, a.IFA_FLAGS);
    return b;
  }
  if (a.IFA_ADDRESS !== undefined) b.attrIn4(IFA_ADDRESS, a.IFA_ADDRESS);
  if (a.IFA_LOCAL !== undefined) b.attrIn4(IFA_LOCAL, a.IFA_LOCAL);
  if (a.IFA_BROADCAST !== undefined) b.attrIn4(IFA_BROADCAST, a.IFA_BROADCAST);
  if (a.IFA_LABEL !== undefined) b.attrStr(IFA_LABEL, a.IFA_LABEL);
  b.attrU32(IFA_FLAGS, a.IFA_FLAGS);
  if (a.IFA_RT_PRIORITY) b.attrU32(IFA_RT_PRIORITY, a.IFA_RT_PRIORITY);
  cacheinfo();
  return b;
}

/** An RTM_NEWADDR body as the dump's typed message (showdump prints it). */
function decodeAddr(body: Uint8Array): IfAddrMsg {
  const tb = parseAttrs(body, IFADDRMSG_LEN);
  const ci = tb.get(IFA_CACHEINFO);
  const a: IfAddrMsg = {
    ifa_family: body[0] ?? 0,
    ifa_prefixlen: body[1] ?? 0,
    ifa_flags: body[2] ?? 0,
    ifa_scope: body[3] ?? 0,
    ifa_index: rdU32(body, 4),
    IFA_FLAGS: tb.has(IFA_FLAGS) ? rdU32(tb.get(IFA_FLAGS)!) : (body[2] ?? 0),
    IFA_CACHEINFO: ci
      ? { ifa_prefered: rdU32(ci, 0), ifa_valid: rdU32(ci, 4), cstamp: rdU32(ci, 8), tstamp: rdU32(ci, 12) }
      : { ifa_prefered: 0xffffffff, ifa_valid: 0xffffffff, cstamp: 0, tstamp: 0 },
  };
  if (a.ifa_family === AF_INET6) {
    const p = tb.get(IFA_LOCAL) ?? tb.get(IFA_ADDRESS);
    if (p) a.IFA_ADDRESS6 = p.slice(0, 16);
  } else {
    if (tb.has(IFA_ADDRESS)) a.IFA_ADDRESS = rdIn4(tb.get(IFA_ADDRESS)!);
    if (tb.has(IFA_LOCAL)) a.IFA_LOCAL = rdIn4(tb.get(IFA_LOCAL)!);
    if (tb.has(IFA_BROADCAST)) a.IFA_BROADCAST = rdIn4(tb.get(IFA_BROADCAST)!);
    if (tb.has(IFA_LABEL)) a.IFA_LABEL = rdStr(tb.get(IFA_LABEL)!);
  }
  if (tb.has(IFA_RT_PRIORITY)) a.IFA_RT_PRIORITY = rdU32(tb.get(IFA_RT_PRIORITY)!);
  return a;
}

/** ipaddr_list_flush_or_save(IPADD_SAVE): the dump (of one device when named) after the magic; exit(1) when refused. */
export async function ipaddrSave(ctx: IpCtx, addrs: IfAddrMsg[], ifindex: number): Promise<number> {
  if (!(await savePrep(ctx, IPADD_DUMP_MAGIC))) return 1;
  const seq = dumpSeq(ctx);
  // NLM_F_MULTI, with NLM_F_DUMP_FILTERED when the request named a device.
  const flags = 0x02 | (ifindex ? 0x20 : 0);
  const mine = ifindex ? addrs.filter((a) => a.ifa_index === ifindex) : addrs;
  await saveMessages(ctx, mine.map((a) => nlmsg(RTM_NEWADDR, flags, seq, ctx.task.pid, encodeAddr(a))));
  return 0;
}

/** ipaddr_showdump(): "ifN:" and print_addrinfo() per saved address; exit(-1) on a bad magic. */
export async function ipaddrShowdump(ctx: IpCtx, print: (a: IfAddrMsg, lead: () => void) => void): Promise<number> {
  const f = await checkMagic(ctx, ctx.stdin, IPADD_DUMP_MAGIC, "address");
  if (!f) return 255;
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  out.openObject(null);
  out.openArray("JSON", "addr_info");
  const err = fromFile(ctx, f, (m) => {
    const a = decodeAddr(m.body);
    print(a, () => {
      out.int("ANY", "index", "if%d:", a.ifa_index | 0);
      out.nl();
    });
    return 0;
  });
  out.closeArray("JSON", "");
  out.closeObject();
  out.deleteJsonObj();
  await out.flush();
  return err & 0xff;
}

function sendSaved(ctx: IpCtx, m: NlMsgIn): void {
  if (m.type !== RTM_NEWADDR && m.type !== RTM_DELADDR) throw kerr("EOPNOTSUPP");
  const type = m.type === RTM_NEWADDR ? "RTM_NEWADDR" : "RTM_DELADDR";
  const a = decodeAddr(m.body);
  const nlmsg_flags = m.flags | RESTORE_FLAGS;
  const life = { ifa_valid: a.IFA_CACHEINFO.ifa_valid, ifa_prefered: a.IFA_CACHEINFO.ifa_prefered };
  if (a.ifa_family === AF_INET6) {
    if (!a.IFA_ADDRESS6) throw kerr("EINVAL");
    const base = { ifa_family: 10 as const, ifa_index: a.ifa_index, ifa_prefixlen: a.ifa_prefixlen, IFA_LOCAL: a.IFA_ADDRESS6, IFA_FLAGS: a.IFA_FLAGS };
    inet6RtnlTalk(ctx.task, { type, nlmsg_flags, ...base, IFA_CACHEINFO: life });
    return;
  }
  if (a.ifa_family !== AF_INET) throw kerr("EOPNOTSUPP");
  if (type === "RTM_DELADDR") {
    inetRtnlTalk(ctx.task, { type, ifa_family: AF_INET, ifa_prefixlen: a.ifa_prefixlen, ifa_index: a.ifa_index, IFA_LOCAL: a.IFA_LOCAL, IFA_ADDRESS: a.IFA_ADDRESS, IFA_LABEL: a.IFA_LABEL });
    return;
  }
  inetRtnlTalk(ctx.task, {
    type,
    nlmsg_flags,
    ifa_family: AF_INET,
    ifa_prefixlen: a.ifa_prefixlen,
    ifa_scope: a.ifa_scope,
    ifa_index: a.ifa_index,
    IFA_LOCAL: a.IFA_LOCAL,
    IFA_ADDRESS: a.IFA_ADDRESS,
    IFA_BROADCAST: a.IFA_BROADCAST,
    IFA_LABEL: a.IFA_LABEL,
    IFA_FLAGS: a.IFA_FLAGS,
    IFA_RT_PRIORITY: a.IFA_RT_PRIORITY,
    IFA_CACHEINFO: life,
  });
}

/** ipaddr_restore(): exit(rtnl_from_file()). */
export async function ipaddrRestore(ctx: IpCtx): Promise<number> {
  const f = await checkMagic(ctx, ctx.stdin, IPADD_DUMP_MAGIC, "address");
  if (!f) return 255;
  return fromFile(ctx, f, (m) => restoreTalk(ctx, () => sendSaved(ctx, m))) & 0xff;
}
