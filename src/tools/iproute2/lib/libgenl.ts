// lib/libgenl.c: genl_init_handle() resolves a generic netlink family by name
// before an object's commands run; a kernel without the family answers
// ENOENT, reported as rtnl_talk does, then "Error talking to the kernel", and
// the object exits 1.

import { genlCtrlGetFamily, type GenlFamily } from "../../../kernel/netlink/genetlink.js";
import { IpExit, nlError, type Ctx } from "./utils.js";

export function genlInitHandle(ctx: Ctx, name: string): GenlFamily {
  try {
    return genlCtrlGetFamily(name);
  } catch (e) {
    nlError(ctx, e);
    ctx.err("Error talking to the kernel\n");
    throw new IpExit(1);
  }
}
