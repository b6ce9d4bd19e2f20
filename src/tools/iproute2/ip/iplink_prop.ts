// ip/iplink.c iplink_prop() / iplink_prop_mod(): `ip link property add|del
// dev DEV altname NAME…`, one RTM_NEWLINKPROP / RTM_DELLINKPROP carrying every
// altname (the kernel applies them in order and stops at the first failure).

import { checkIfname, duparg2, incompleteCommand, IpExit, llNameToIndex, matches, talk, type Ctx } from "../lib/utils.js";

export function iplinkProp(ctx: Ctx, argv: string[], usage: () => never): number {
  if (argv.length === 0) usage();
  const op = argv[0]!;
  let type: "RTM_NEWLINKPROP" | "RTM_DELLINKPROP";
  if (matches(op, "add")) type = "RTM_NEWLINKPROP";
  else if (matches(op, "del")) type = "RTM_DELLINKPROP";
  else if (op === "help") usage();
  else {
    ctx.err("Operator required\n");
    throw new IpExit(255);
  }
  const names: string[] = [];
  let dev: string | undefined;
  const invalid = (msg: string, arg: string): never => {
    ctx.err(`Error: argument "${arg}" is wrong: ${msg}\n`);
    throw new IpExit(255);
  };
  for (let i = 1; i < argv.length; i++) {
    let a = argv[i]!;
    if (matches(a, "altname")) {
      if (++i >= argv.length) incompleteCommand(ctx);
      a = argv[i]!;
      // check_altifname(): no length limit here, the kernel's policy has one.
      if (!checkIfname(a, Infinity)) invalid("not a valid altname", a);
      names.push(a);
    } else if (matches(a, "help")) usage();
    else {
      if (a === "dev") {
        if (++i >= argv.length) incompleteCommand(ctx);
        a = argv[i]!;
      }
      if (dev !== undefined) duparg2(ctx, "dev", a);
      if (!checkIfname(a, Infinity)) invalid('"dev" not a valid ifname', a);
      dev = a;
    }
  }
  if (dev === undefined) {
    ctx.err('Not enough of information: "dev" argument is required.\n');
    throw new IpExit(255);
  }
  const ifindex = llNameToIndex(ctx, dev);
  if (!ifindex) {
    ctx.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  return talk(ctx, { type, ifi_index: ifindex, attrs: { IFLA_PROP_LIST: names } }) ? 0 : 2;
}
