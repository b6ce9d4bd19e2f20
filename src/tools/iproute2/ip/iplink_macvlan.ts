// ip/iplink_macvlan.c (iproute2 6.1): `ip link add link DEV NAME type macvlan
// [mode MODE] [flag MODE_FLAG] [nopromisc] [bcqueuelen N]` and the details
// `ip -d link` prints, with mode source's `macaddr add|del|set|flush` lists.

import {
  MACVLAN_FLAG_NODST,
  MACVLAN_MACADDR_ADD,
  MACVLAN_MACADDR_DEL,
  MACVLAN_MACADDR_FLUSH,
  MACVLAN_MACADDR_SET,
  MACVLAN_FLAG_NOPROMISC,
  MACVLAN_MODE_BRIDGE,
  MACVLAN_MODE_PASSTHRU,
  MACVLAN_MODE_PRIVATE,
  MACVLAN_MODE_SOURCE,
  MACVLAN_MODE_VEPA,
  type IflaMacvlanInfo,
  type MacvlanRequestData,
} from "../../../uapi/if_link_macvlan.js";
import type { IpOut } from "../lib/json_print.js";
import { getUnsigned, incompleteCommand, llAddrA2n, matches, type Ctx } from "../lib/utils.js";
import { llAddrN2a } from "./print_link.js";

const USAGE =
  "Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]\n" +
  "\n" +
  "MODE: private | vepa | bridge | passthru | source\n" +
  "MODE_FLAG: null | nopromisc | nodst\n" +
  'MODE_OPTS: for mode "source":\n' +
  "\tmacaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }\n" +
  "BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]\n";

const MACADDR_MODES: Record<string, number> = {
  add: MACVLAN_MACADDR_ADD,
  del: MACVLAN_MACADDR_DEL,
  set: MACVLAN_MACADDR_SET,
  flush: MACVLAN_MACADDR_FLUSH,
};

const MODES: Record<string, number> = {
  private: MACVLAN_MODE_PRIVATE,
  vepa: MACVLAN_MODE_VEPA,
  bridge: MACVLAN_MODE_BRIDGE,
  passthru: MACVLAN_MODE_PASSTHRU,
  source: MACVLAN_MODE_SOURCE,
};

/** macvlan_parse_opt(): undefined after an error was printed (exit 1). */
export function macvlanParseOpt(ctx: Ctx, argvIn: string[]): MacvlanRequestData | undefined {
  const d: MacvlanRequestData = {};
  let argv = argvIn.slice();
  let mode = 0;
  let flags = 0;
  let hasFlags = false;
  const next = () => {
    argv = argv.slice(1);
    if (argv.length === 0) incompleteCommand(ctx);
    return argv[0]!;
  };
  const explain = () => ctx.err(USAGE);
  while (argv.length) {
    const a = argv[0]!;
    if (matches(a, "mode")) {
      const v = next();
      const m = MODES[v];
      if (m === undefined) {
        ctx.err(`Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "${v}"\n`);
        return undefined;
      }
      mode = m;
    } else if (matches(a, "flag")) {
      const v = next();
      if (v === "nopromisc") flags |= MACVLAN_FLAG_NOPROMISC;
      else if (v === "nodst") flags |= MACVLAN_FLAG_NODST;
      else if (v !== "null") {
        ctx.err(`Error: argument of "flag" must be "nopromisc", "nodst" or "null", not "${v}"\n`);
        return undefined;
      }
      hasFlags = true;
    } else if (matches(a, "macaddr")) {
      const op = next();
      const m = MACADDR_MODES[op];
      if (m === undefined) {
        explain();
        return undefined;
      }
      d.IFLA_MACVLAN_MACADDR_MODE = m;
      if (m === MACVLAN_MACADDR_ADD || m === MACVLAN_MACADDR_DEL) {
        const addr = llAddrA2n(ctx, next());
        if (!addr) return undefined;
        d.IFLA_MACVLAN_MACADDR = addr;
      }
      if (m === MACVLAN_MACADDR_SET) {
        // Every following word that reads as an address (ll_addr_a2n's complaint about the first that does not).
        const list: Uint8Array[] = [];
        while (argv.length > 1) {
          const addr = llAddrA2n(ctx, argv[1]!);
          if (!addr) break;
          list.push(addr);
          argv = argv.slice(1);
        }
        d.IFLA_MACVLAN_MACADDR_DATA = list;
      }
    } else if (matches(a, "nopromisc")) {
      flags |= MACVLAN_FLAG_NOPROMISC;
      hasFlags = true;
    } else if (matches(a, "nodst")) {
      flags |= MACVLAN_FLAG_NODST;
      hasFlags = true;
    } else if (matches(a, "bcqueuelen")) {
      const v = next();
      const n = getUnsigned(v);
      if (n === undefined) {
        ctx.err(`Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "${v}"\n`);
        return undefined;
      }
      d.IFLA_MACVLAN_BC_QUEUE_LEN = n;
    } else if (matches(a, "help")) {
      explain();
      return undefined;
    } else {
      ctx.err(`macvlan: unknown option "${a}"?\n`);
      explain();
      return undefined;
    }
    argv = argv.slice(1);
  }
  if (mode) d.IFLA_MACVLAN_MODE = mode;
  if (hasFlags) {
    if (flags & MACVLAN_FLAG_NOPROMISC && mode !== MACVLAN_MODE_PASSTHRU) {
      ctx.err("macvlan: nopromisc flag only valid in passthru mode\n");
      explain();
      return undefined;
    }
    d.IFLA_MACVLAN_FLAGS = flags;
  }
  return d;
}

const MODE_NAMES: Record<number, string> = {
  [MACVLAN_MODE_PRIVATE]: "private",
  [MACVLAN_MODE_VEPA]: "vepa",
  [MACVLAN_MODE_BRIDGE]: "bridge",
  [MACVLAN_MODE_PASSTHRU]: "passthru",
  [MACVLAN_MODE_SOURCE]: "source",
};

/** macvlan_print_opt() */
export function macvlanPrintOpt(out: IpOut, mv: IflaMacvlanInfo): void {
  out.string("ANY", "mode", "mode %s ", MODE_NAMES[mv.IFLA_MACVLAN_MODE] ?? "unknown");
  if (mv.IFLA_MACVLAN_FLAGS & MACVLAN_FLAG_NOPROMISC) out.bool("ANY", "nopromisc", "nopromisc ", true);
  if (mv.IFLA_MACVLAN_FLAGS & MACVLAN_FLAG_NODST) out.bool("ANY", "nodst", "nodst ", true);
  out.uint("ANY", "bcqueuelen", "bcqueuelen %u ", mv.IFLA_MACVLAN_BC_QUEUE_LEN);
  out.uint("ANY", "usedbcqueuelen", "usedbcqueuelen %u ", mv.IFLA_MACVLAN_BC_QUEUE_LEN_USED);
  // In source mode, the list of source addresses.
  if (mv.IFLA_MACVLAN_MODE !== MACVLAN_MODE_SOURCE) return;
  out.int("ANY", "macaddr_count", "remotes (%d) ", mv.IFLA_MACVLAN_MACADDR_COUNT);
  if (!mv.IFLA_MACVLAN_MACADDR_DATA) return;
  out.openArray("JSON", "macaddr_data");
  for (const a of mv.IFLA_MACVLAN_MACADDR_DATA) {
    const s = llAddrN2a(a);
    if (out.isJson) out.string("JSON", null, "", s);
    else out.raw(`${s} `);
  }
  out.closeArray("JSON", "");
}
