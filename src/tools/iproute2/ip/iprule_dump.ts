// `ip rule save` / `ip rule restore` (ip/iprule.c save_rule_prep, save_rule,
// rule_dump_check_magic, restore_handler): a rule as the bytes of an
// RTM_NEWRULE message — struct fib_rule_hdr, then the attributes in the order
// net/core/fib_rules.c fib_nl_fill_rule() puts them (FRA_TABLE,
// FRA_SUPPRESS_PREFIXLEN, FRA_PROTOCOL, FRA_IIFNAME, FRA_OIFNAME,
// FRA_PRIORITY when not 0, FRA_FWMARK, FRA_FWMASK, FRA_GOTO,
// FRA_SUPPRESS_IFGROUP, FRA_L3MDEV, FRA_UID_RANGE, FRA_SPORT_RANGE,
// FRA_DPORT_RANGE, FRA_IP_PROTO), then the family's own (fib4_rule_fill /
// fib6_rule_fill: FRA_DST, FRA_SRC, FRA_FLOW). Restoring sends each back with
// NLM_F_CREATE but not NLM_F_EXCL, so restoring over the same rules adds them
// twice, and rule 0 (saved without a priority) comes back with a new one.

import { fibRulesRtnlTalk } from "../../../kernel/ipv4/fib_rules_rtnl.js";
import { kerr } from "../../../uapi/errno.js";
import { AF_INET6 } from "../../../uapi/if_addr.js";
import type { FibRuleMsg } from "../../../uapi/fib_rules.js";
import {
  checkMagic,
  dumpSeq,
  fromFile,
  NlBody,
  nlmsg,
  parseAttrs,
  rdIn4,
  rdIn6,
  rdStr,
  rdU16,
  rdU32,
  rdU8,
  RESTORE_FLAGS,
  restoreTalk,
  saveMessages,
  savePrep,
} from "../lib/rtnl_dump.js";
import type { IpCtx } from "./iplink.js";
import { ruleFamily } from "./iprule.js";

const RULE_DUMP_MAGIC = 0x71706986;
const RTM_NEWRULE = 32;
const RTM_DELRULE = 33;
const FIB_RULE_HDR_LEN = 12;

const FRA_DST = 1;
const FRA_SRC = 2;
const FRA_IIFNAME = 3;
const FRA_GOTO = 4;
const FRA_PRIORITY = 6;
const FRA_FWMARK = 10;
const FRA_FLOW = 11;
const FRA_SUPPRESS_IFGROUP = 13;
const FRA_SUPPRESS_PREFIXLEN = 14;
const FRA_TABLE = 15;
const FRA_FWMASK = 16;
const FRA_OIFNAME = 17;
const FRA_L3MDEV = 19;
const FRA_UID_RANGE = 20;
const FRA_PROTOCOL = 21;
const FRA_IP_PROTO = 22;
const FRA_SPORT_RANGE = 23;
const FRA_DPORT_RANGE = 24;
const FRA_SPORT_MASK = 28;
const FRA_DPORT_MASK = 29;

export function encodeRule(r: FibRuleMsg): NlBody {
  const b = new NlBody().u8(r.family).u8(r.dst_len).u8(r.src_len).u8(r.tos).u8(r.table).u8(0).u8(0).u8(r.action).u32(r.flags);
  if (r.FRA_TABLE !== undefined) b.attrU32(FRA_TABLE, r.FRA_TABLE);
  if (r.FRA_SUPPRESS_PREFIXLEN !== undefined) b.attrU32(FRA_SUPPRESS_PREFIXLEN, r.FRA_SUPPRESS_PREFIXLEN);
  if (r.FRA_PROTOCOL !== undefined) b.attrU8(FRA_PROTOCOL, r.FRA_PROTOCOL);
  if (r.FRA_IIFNAME !== undefined) b.attrStr(FRA_IIFNAME, r.FRA_IIFNAME);
  if (r.FRA_OIFNAME !== undefined) b.attrStr(FRA_OIFNAME, r.FRA_OIFNAME);
  if (r.FRA_PRIORITY !== undefined) b.attrU32(FRA_PRIORITY, r.FRA_PRIORITY);
  if (r.FRA_FWMARK !== undefined) b.attrU32(FRA_FWMARK, r.FRA_FWMARK);
  if (r.FRA_FWMASK !== undefined) b.attrU32(FRA_FWMASK, r.FRA_FWMASK);
  if (r.FRA_GOTO !== undefined) b.attrU32(FRA_GOTO, r.FRA_GOTO);
  if (r.FRA_SUPPRESS_IFGROUP !== undefined) b.attrU32(FRA_SUPPRESS_IFGROUP, r.FRA_SUPPRESS_IFGROUP);
  if (r.FRA_L3MDEV !== undefined) b.attrU8(FRA_L3MDEV, r.FRA_L3MDEV);
  const u = r.FRA_UID_RANGE;
  if (u) b.attr(FRA_UID_RANGE, (a) => a.u32(u.start).u32(u.end));
  // A single port is kept as the port and a full mask (FRA_SPORT_MASK / FRA_DPORT_MASK follow the range, kernel 6.16+).
  const sp = r.FRA_SPORT_RANGE;
  if (sp) b.attr(FRA_SPORT_RANGE, (a) => a.u16(sp.start).u16(sp.end));
  if (sp && sp.start === sp.end) b.attr(FRA_SPORT_MASK, (a) => a.u16(0xffff));
  const dp = r.FRA_DPORT_RANGE;
  if (dp) b.attr(FRA_DPORT_RANGE, (a) => a.u16(dp.start).u16(dp.end));
  if (dp && dp.start === dp.end) b.attr(FRA_DPORT_MASK, (a) => a.u16(0xffff));
  if (r.FRA_IP_PROTO !== undefined) b.attrU8(FRA_IP_PROTO, r.FRA_IP_PROTO);
  if (r.FRA_DST !== undefined) b.attrIn4(FRA_DST, r.FRA_DST);
  if (r.FRA_DST6 !== undefined) b.attrIn6(FRA_DST, r.FRA_DST6);
  if (r.FRA_SRC !== undefined) b.attrIn4(FRA_SRC, r.FRA_SRC);
  if (r.FRA_SRC6 !== undefined) b.attrIn6(FRA_SRC, r.FRA_SRC6);
  if (r.FRA_FLOW !== undefined) b.attrU32(FRA_FLOW, r.FRA_FLOW);
  return b;
}

export function decodeRule(body: Uint8Array): FibRuleMsg {
  const h = (i: number) => body[i] ?? 0;
  const r: FibRuleMsg = { family: h(0), dst_len: h(1), src_len: h(2), tos: h(3), table: h(4), action: h(7), flags: rdU32(body, 8) };
  const tb = parseAttrs(body, FIB_RULE_HDR_LEN);
  const u32 = (t: number): number | undefined => (tb.has(t) ? rdU32(tb.get(t)!) : undefined);
  const range = (p: Uint8Array | undefined, wide: boolean) =>
    p && (wide ? { start: rdU32(p, 0), end: rdU32(p, 4) } : { start: rdU16(p, 0), end: rdU16(p, 2) });
  r.FRA_TABLE = u32(FRA_TABLE);
  r.FRA_SUPPRESS_PREFIXLEN = u32(FRA_SUPPRESS_PREFIXLEN);
  if (tb.has(FRA_PROTOCOL)) r.FRA_PROTOCOL = rdU8(tb.get(FRA_PROTOCOL)!);
  if (tb.has(FRA_IIFNAME)) r.FRA_IIFNAME = rdStr(tb.get(FRA_IIFNAME)!);
  if (tb.has(FRA_OIFNAME)) r.FRA_OIFNAME = rdStr(tb.get(FRA_OIFNAME)!);
  r.FRA_PRIORITY = u32(FRA_PRIORITY);
  r.FRA_FWMARK = u32(FRA_FWMARK);
  r.FRA_FWMASK = u32(FRA_FWMASK);
  r.FRA_GOTO = u32(FRA_GOTO);
  r.FRA_SUPPRESS_IFGROUP = u32(FRA_SUPPRESS_IFGROUP);
  if (tb.has(FRA_L3MDEV)) r.FRA_L3MDEV = rdU8(tb.get(FRA_L3MDEV)!);
  r.FRA_UID_RANGE = range(tb.get(FRA_UID_RANGE), true);
  r.FRA_SPORT_RANGE = range(tb.get(FRA_SPORT_RANGE), false);
  r.FRA_DPORT_RANGE = range(tb.get(FRA_DPORT_RANGE), false);
  if (tb.has(FRA_IP_PROTO)) r.FRA_IP_PROTO = rdU8(tb.get(FRA_IP_PROTO)!);
  const v6 = r.family === AF_INET6;
  const addr = (t: number, four: "FRA_DST" | "FRA_SRC", six: "FRA_DST6" | "FRA_SRC6") => {
    const p = tb.get(t);
    if (!p) return;
    if (v6 || p.length === 16) r[six] = rdIn6(p);
    else r[four] = rdIn4(p);
  };
  addr(FRA_DST, "FRA_DST", "FRA_DST6");
  addr(FRA_SRC, "FRA_SRC", "FRA_SRC6");
  r.FRA_FLOW = u32(FRA_FLOW);
  for (const k of Object.keys(r) as Array<keyof FibRuleMsg>) if (r[k] === undefined) delete r[k];
  return r;
}

/** iprule_list_flush_or_save(IPRULE_SAVE): every rule of the family, unfiltered. */
export async function iprulesSave(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length > 0) {
    ctx.err('"ip rule save" does not take any arguments.\n');
    return 1;
  }
  if (!(await savePrep(ctx, RULE_DUMP_MAGIC))) return 1;
  const family = ruleFamily(ctx);
  let rules: FibRuleMsg[] = [];
  try {
    const r = fibRulesRtnlTalk(ctx.task, { type: "RTM_GETRULE", family });
    if (r.type === "rules") rules = r.rules;
  } catch {
    ctx.err("Dump terminated\n");
    return 2;
  }
  const seq = dumpSeq(ctx);
  await saveMessages(ctx, rules.map((r) => nlmsg(RTM_NEWRULE, 0x02, seq, ctx.task.pid, encodeRule(r))));
  return 0;
}

/** iprule_restore(): exit(rtnl_from_file()), so a refused rule ends it with 255. */
export async function iprulesRestore(ctx: IpCtx): Promise<number> {
  const f = await checkMagic(ctx, ctx.stdin, RULE_DUMP_MAGIC, "rule");
  if (!f) return 255;
  const err = fromFile(ctx, f, (m) =>
    restoreTalk(ctx, () => {
      if (m.type !== RTM_NEWRULE && m.type !== RTM_DELRULE) throw kerr("EOPNOTSUPP");
      fibRulesRtnlTalk(ctx.task, {
        type: m.type === RTM_NEWRULE ? "RTM_NEWRULE" : "RTM_DELRULE",
        nlmsg_flags: m.flags | RESTORE_FLAGS,
        msg: decodeRule(m.body),
      });
    }),
  );
  return err & 0xff;
}
