// iproute2 6.1 ip/ipmroute.c: `ip mroute [ list | show | lst ] [ [ to ] PREFIX ]
// [ from PREFIX ] [ iif DEVICE ] [ table TABLE_ID ]`: an RTM_GETROUTE dump of
// RTNL_FAMILY_IPMR (IPv4, the table RT_TABLE_DEFAULT unless `table` says
// otherwise) or RTNL_FAMILY_IP6MR (-6, every table), printed as a JSON array
// with -j. Prefixes are parsed with the multicast family itself, so anything
// but default/any/all is refused as a "???" prefix, as 6.1 does. The kernel
// model (kernel/ipv4/ipmr_base.ts) has no multicast routing daemon, so no
// entry is ever printed (print_mroute is not needed here).

import { mrRtmDumproute, RTNL_FAMILY_IP6MR, RTNL_FAMILY_IPMR } from "../../../kernel/ipv4/ipmr_base.js";
import { incompleteCommand, invarg, IpExit, llInitMap, llNameToIndex, matches, nlError } from "../lib/utils.js";
import { tableA2n } from "../lib/inet.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

function usage(ctx: IpCtx): never {
  ctx.err(
    "Usage: ip mroute show [ [ to ] PREFIX ] [ from PREFIX ] [ iif DEVICE ]\n" +
      "                      [ table TABLE_ID ]\n" +
      "TABLE_ID := [ local | main | default | all | NUMBER ]\n",
  );
  throw new IpExit(255);
}

/** get_prefix() with a multicast routing family: only the family-less words parse. */
function mrPrefix(ctx: IpCtx, arg: string): void {
  if (arg === "default" || arg === "any" || arg === "all") return;
  ctx.err(`Error: ??? prefix is expected rather than "${arg}".\n`);
  throw new IpExit(1);
}

function mrouteList(ctx: IpCtx, argv: string[]): number {
  let family: number;
  let table = 0;
  if (ctx.family === "inet" || ctx.family === "unspec") {
    family = RTNL_FAMILY_IPMR;
    table = 253; // RT_TABLE_DEFAULT, "for backward compatibility"
  } else if (ctx.family === "inet6") family = RTNL_FAMILY_IP6MR;
  else return 0; // the family has no multicast routing
  let iif: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (matches(a, "table")) {
      const v = next();
      const t = tableA2n(v);
      if (t !== undefined) table = t;
      else if (v === "all") table = 0;
      else if (v === "help") usage(ctx);
      else invarg(ctx, "table id value is invalid\n", v);
    } else if (a === "iif") iif = next();
    else if (matches(a, "from")) mrPrefix(ctx, next());
    else {
      if (a === "to") a = next();
      if (matches(a, "help")) usage(ctx);
      mrPrefix(ctx, a);
    }
  }
  llInitMap(ctx);
  if (iif !== undefined && !llNameToIndex(ctx, iif)) {
    ctx.err(`Cannot find device "${iif}"\n`);
    return 1;
  }
  try {
    mrRtmDumproute(family, table);
  } catch (e) {
    nlError(ctx, e);
    ctx.err("Dump terminated\n");
    throw new IpExit(1);
  }
  ctx.out.newJsonObj(ctx.json, ctx.pretty);
  ctx.out.deleteJsonObj();
  return 0;
}

async function doMultiroute(ctx: IpCtx, argv: string[]): Promise<number> {
  if (!argv.length) return mrouteList(ctx, []);
  const c = argv[0]!;
  if (matches(c, "list") || matches(c, "show") || matches(c, "lst")) return mrouteList(ctx, argv.slice(1));
  if (matches(c, "help")) usage(ctx);
  ctx.err(`Command "${c}" is unknown, try "ip mroute help".\n`);
  throw new IpExit(255);
}

registerIpObject("mroute", doMultiroute);
