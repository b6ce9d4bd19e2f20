// net/netlink/genetlink.c: the generic netlink families a namespace can talk
// to, resolved by name (CTRL_CMD_GETFAMILY) the way libgenl's genl_resolve_family
// asks before anything else. A family exists only when its subsystem is built
// in: the sandbox kernel has MPTCP, and lacks fou, ila, l2tp and macsec, whose
// lookups fail with ENOENT (the controller's "no such family").

import { kerr } from "../../uapi/errno.js";

export interface GenlFamily {
  name: string;
  /** The id the controller hands out (GENL_ID_CTRL is 0x10; families follow). */
  id: number;
  version: number;
  mcgrps: readonly string[];
}

const families = new Map<string, GenlFamily>();
let nextId = 0x11;

/** genl_register_family(): called once by a subsystem at load. */
export function genlRegisterFamily(name: string, version: number, mcgrps: readonly string[] = []): GenlFamily {
  const had = families.get(name);
  if (had) return had;
  const f: GenlFamily = { name, id: nextId++, version, mcgrps };
  families.set(name, f);
  return f;
}

/** ctrl_getfamily(): the family by name, or ENOENT. */
export function genlCtrlGetFamily(name: string): GenlFamily {
  const f = families.get(name);
  if (!f) throw kerr("ENOENT");
  return f;
}
