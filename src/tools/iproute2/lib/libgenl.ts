// lib/libgenl.c: genl_init_handle() resolves a generic netlink family by name
// before an object's commands run; a kernel without the family answers
// ENOENT, reported as rtnl_talk does, then "Error talking to the kernel", and
// the object exits 1.

import { genlCtrlGetFamily, type GenlFamily } from "../../../kernel/netlink/genetlink.js";
import { IpExit, matches, nlError, type Ctx } from "./utils.js";

export function genlInitHandle(ctx: Ctx, name: string): GenlFamily {
  try {
    return genlCtrlGetFamily(name);
  } catch (e) {
    nlError(ctx, e);
    ctx.err("Error talking to the kernel\n");
    throw new IpExit(1);
  }
}

/**
 * An object whose every command starts with genl_init_handle() (ip fou, ila,
 * l2tp, macsec): the usage for no words or `help`, else the family lookup,
 * which fails on a kernel without it. A kernel with the family would need the
 * object's own parser here.
 */
export function genlAbsentObject(family: string, usage: string): (ctx: Ctx, argv: string[]) => Promise<number> {
  return async (ctx, argv) => {
    if (!argv.length || matches(argv[0]!, "help")) {
      ctx.err(usage);
      throw new IpExit(255);
    }
    genlInitHandle(ctx, family);
    throw new Error(`genetlink family ${family} is registered but ip ${family} has no parser`);
  };
}

/** rtnl_talk() on a generic netlink socket: the family's answer, or the error printed as libnetlink does and undefined. */
export function genlTalk<T>(ctx: Ctx, call: () => T): T | undefined {
  try {
    return call();
  } catch (e) {
    nlError(ctx, e);
    return undefined;
  }
}
