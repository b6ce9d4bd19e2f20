// ip/iplink_macvlan.c (iproute2 6.1): `ip link add link DEV NAME type macvlan
// [mode MODE] [flag MODE_FLAG] [nopromisc] [bcqueuelen N]` and the details
// `ip -d link` prints. Mode source (and its macaddr lists) is not modelled by
// the kernel side: asking for it says so instead of pretending.

import {
  MACVLAN_FLAG_NODST,
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
import { getUnsigned, incompleteCommand, IpExit, matches, type Ctx } from "../lib/utils.js";

const USAGE =
  "Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]\n" +
  "\n" +
  "MODE: private | vepa | bridge | passthru | source\n" +
  "MODE_FLAG: null | nopromisc | nodst\n" +
  'MODE_OPTS: for mode "source":\n' +
  "\tmacaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }\n" +
  "BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]\n";

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
      ctx.err('nslab: macvlan: "macaddr" lists (mode source) are not modelled\n');
      throw new IpExit(2);
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
  if (mode === MACVLAN_MODE_SOURCE) {
    ctx.err("nslab: macvlan: mode source is not modelled\n");
    throw new IpExit(2);
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
}
