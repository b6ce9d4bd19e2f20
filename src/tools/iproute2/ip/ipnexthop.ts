// `ip nexthop` (iproute2 6.1 ipnexthop.c) for IPv4 nexthop objects and groups:
// add/replace (id, via, dev, onlink, blackhole, group ID[,WEIGHT]/..., protocol),
// del/get by id, show/list [id N | dev NAME | groups], flush; text and JSON.
// The kernel side is kernel/ipv4/nexthop.ts, called directly as the other
// objects' doors are. IPv6 gateways (and -6/-4 listings) too. Left out: fdb,
// encap, resilient groups, bucket.

import { nameIsVrf } from "../lib/vrf.js";
import { KernelError } from "../../../uapi/errno.js";
import { RTNH_F_DEAD, RTNH_F_LINKDOWN, RTNH_F_ONLINK } from "../../../uapi/route.js";
import { nexthopAdd, nexthopDel, nexthopDump, nexthopFind, nexthopFlushAll, type NhConfig, type NhObj } from "../../../kernel/ipv4/nexthop.js";
import { fmt4, getAddr, protoN2a, protocolArg, scopeN2a } from "../lib/inet.js";
import { getUnsigned, incompleteCommand, invarg, IpExit, llIndexToName, llNameToIndex, matches, nlError } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { formatIp6, parseIp6 } from "../../../wire/addr.js";
import { registerIpObject } from "./ip.js";

/** One request to the kernel: true when it was answered, else the error rendered. */
function kernel(ctx: IpCtx, fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    nlError(ctx, e);
    return false;
  }
}

/** print_nexthop(): one object (the `nh_info` of a route's details too). */
export function printNexthop(ctx: IpCtx, nh: NhObj, withId = true): void {
  const out = ctx.out;
  if (withId) out.uint("ANY", "id", "id %u ", nh.id);
  if (nh.group) {
    out.openArray("JSON", "group");
    out.string("FP", null, "group ", null);
    nh.group.forEach((m, i) => {
      out.openObject(null);
      if (i) out.string("FP", null, "/", null);
      out.uint("ANY", "id", "%u", m.id);
      if (m.weight !== 1) out.uint("ANY", "weight", ",%u", m.weight);
      out.closeObject();
    });
    out.closeArray("JSON", "");
    out.string("FP", null, " ", null);
  }
  if (!nh.blackhole && nh.gw) {
    out.string("FP", null, "via ", null);
    out.cstring("ANY", "inet", "gateway", "%s ", fmt4(nh.gw));
  } else if (!nh.blackhole && nh.gw6 !== undefined) {
    out.string("FP", null, "via ", null);
    out.cstring("ANY", "inet6", "gateway", "%s ", formatIp6(nh.gw6));
  }
  if (!nh.blackhole && nh.dev) out.cstring("ANY", "ifname", "dev", "dev %s ", nh.dev.name);
  const scope = nh.group || nh.blackhole ? 0 : nh.scope;
  if (scope !== 0 || ctx.details > 0) out.string("ANY", "scope", "scope %s ", scopeN2a(scope));
  if (nh.blackhole) out.null("ANY", "blackhole", "blackhole ");
  if (nh.protocol !== 0 || ctx.details > 0) out.string("ANY", "protocol", "proto %s ", protoN2a(nh.protocol));
  out.openArray("JSON", "flags");
  if (nh.flags & RTNH_F_DEAD) out.string("ANY", null, "%s ", "dead");
  if (nh.flags & RTNH_F_ONLINK) out.string("ANY", null, "%s ", "onlink");
  if (nh.flags & RTNH_F_LINKDOWN) out.string("ANY", null, "%s ", "linkdown");
  out.closeArray("JSON", "");
}

/** A route's `nh_info` (print_nh_info under -d): the object it names, in details. */
export function printRouteNhInfo(ctx: IpCtx, id: number): void {
  const nh = nexthopFind(ctx.task.netns, id);
  if (!nh) return;
  const out = ctx.out;
  out.string("FP", null, `${out.sl}\tnh_info `, null);
  out.openObject("nh_info");
  printNexthop(ctx, nh);
  out.closeObject();
}

function parseGroup(ctx: IpCtx, v: string): Array<{ id: number; weight: number }> {
  const out: Array<{ id: number; weight: number }> = [];
  for (const part of v.split("/")) {
    const [idText, wText] = part.split(",");
    const id = getUnsigned(idText ?? "");
    if (id === undefined || id === 0) invarg(ctx, "Invalid group\n", v);
    let weight = 1;
    if (wText !== undefined) {
      const w = getUnsigned(wText);
      if (w === undefined || w === 0 || w > 256) invarg(ctx, "\"weight\" is invalid\n", wText);
      weight = w;
    }
    out.push({ id, weight });
  }
  return out;
}

async function modify(ctx: IpCtx, replace: boolean, argv: string[]): Promise<number> {
  // ipnh_modify(): the family is -4/-6, else the gateway's, else AF_INET (a group's AF_UNSPEC).
  const cfg: NhConfig = { id: 0, family: ctx.family === "inet6" ? 10 : 2, protocol: 0, blackhole: false, gw: 0, oif: 0, flags: 0, replace, excl: !replace };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "id") {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined || n > 0xffffffff) invarg(ctx, "invalid id value", v);
      cfg.id = n;
    } else if (a === "dev") {
      const v = next();
      const idx = llNameToIndex(ctx, v);
      if (!idx) invarg(ctx, "Device does not exist\n", v);
      cfg.oif = idx;
    } else if (a === "via") {
      let v = next();
      if (v === "inet" || v === "inet6") v = next();
      const gw6 = v.includes(":") ? parseIp6(v) : undefined;
      if (gw6 !== undefined && ctx.family !== "inet") {
        cfg.gw6 = gw6;
        cfg.family = 10;
      } else if (ctx.family === "inet6") {
        ctx.err(`Error: inet6 address is expected rather than "${v}".\n`);
        throw new IpExit(1);
      } else cfg.gw = getAddr(ctx, v, "inet");
    } else if (a === "blackhole") cfg.blackhole = true;
    else if (a === "onlink") cfg.flags |= RTNH_F_ONLINK;
    else if (a === "group") cfg.group = parseGroup(ctx, next());
    else if (matches(a, "protocol")) cfg.protocol = protocolArg(ctx, next());
    else if (a === "type") {
      const v = next();
      if (v !== "mpath") invarg(ctx, "\"type\" value is invalid\n", v);
    } else {
      ctx.err(`Error: argument "${a}" is wrong: Unknown argument\n`);
      throw new IpExit(255);
    }
  }
  if (cfg.group) cfg.family = 0;
  return kernel(ctx, () => nexthopAdd(ctx.task.netns, cfg)) ? 0 : 2;
}

function idArg(ctx: IpCtx, argv: string[]): number {
  let id: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "id") {
      const v = argv[++i];
      if (v === undefined) incompleteCommand(ctx);
      id = getUnsigned(v);
      if (id === undefined) invarg(ctx, "invalid id value", v);
    } else invarg(ctx, "Unknown argument\n", argv[i]!);
  }
  if (!id) {
    ctx.err("Error: id is required\n");
    throw new IpExit(255);
  }
  return id;
}

async function list(ctx: IpCtx, argv: string[], flush: boolean): Promise<number> {
  let dev = 0;
  let groups = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "id") {
      if (!flush) return get(ctx, argv.slice(i));
      // ipnh_list_flush_id(): the one object deleted (delete_nexthop), nothing printed.
      const v = argv[i + 1];
      if (v === undefined) incompleteCommand(ctx);
      const id = getUnsigned(v);
      if (id === undefined) invarg(ctx, "invalid id value", v);
      return kernel(ctx, () => nexthopDel(ctx.task.netns, id)) ? 0 : 1;
    }
    if (a === "dev") {
      const v = argv[++i];
      if (v === undefined) incompleteCommand(ctx);
      dev = llNameToIndex(ctx, v);
      if (!dev) invarg(ctx, "Device does not exist\n", v);
    } else if (a === "groups") groups = true;
    else if (matches(a, "vrf")) {
      // A master filter on a VRF device; none exists in the model (lib/vrf.ts).
      const v = argv[++i];
      if (v === undefined) incompleteCommand(ctx);
      if (!nameIsVrf(ctx, v)) invarg(ctx, "Invalid VRF\n", v);
    } else invarg(ctx, "Unknown argument\n", a);
  }
  // A -4/-6 dump (nhm_family) lists that family's nexthops, no groups.
  const fam = ctx.family === "inet" ? 2 : ctx.family === "inet6" ? 10 : 0;
  const all = nexthopDump(ctx.task.netns).filter((nh) => (!dev || nh.dev?.ifindex === dev) && (!groups || !!nh.group) && !(dev && nh.group) && (!fam || nh.family === fam));
  const out = ctx.out;
  if (flush) {
    // flush_nexthop() counts every entry of the dump it asked to delete.
    nexthopFlushAll(ctx.task.netns, all.map((nh) => nh.id));
    out.raw(all.length ? `Flushed ${all.length} nexthops\n` : "Nothing to flush\n");
    await out.flush();
    return 0;
  }
  return printList(ctx, all);
}

/** The nexthops as a listing (a JSON array under -j), one a line. */
async function printList(ctx: IpCtx, list: NhObj[]): Promise<number> {
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const nh of list) {
    out.openObject(null);
    printNexthop(ctx, nh);
    out.string("FP", null, "\n", null);
    out.closeObject();
  }
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

async function get(ctx: IpCtx, argv: string[]): Promise<number> {
  const id = idArg(ctx, argv);
  const nh = nexthopFind(ctx.task.netns, id);
  if (!nh) {
    ctx.err("RTNETLINK answers: No such file or directory\n");
    return 2;
  }
  return printList(ctx, [nh]);
}

/** do_ipnh() */
export async function doIpnexthop(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return list(ctx, [], false);
  const a = argv[0]!;
  const rest = argv.slice(1);
  if (matches(a, "add")) return modify(ctx, false, rest);
  if (matches(a, "replace")) return modify(ctx, true, rest);
  if (matches(a, "delete")) {
    const id = idArg(ctx, rest);
    return kernel(ctx, () => nexthopDel(ctx.task.netns, id)) ? 0 : 2;
  }
  if (matches(a, "list") || matches(a, "show") || matches(a, "lst")) return list(ctx, rest, false);
  if (matches(a, "get")) return get(ctx, rest);
  if (matches(a, "flush")) return list(ctx, rest, true);
  ctx.err(`Command "${a}" is unknown, try "ip nexthop help".\n`);
  throw new IpExit(255);
}

registerIpObject("nexthop", doIpnexthop);
