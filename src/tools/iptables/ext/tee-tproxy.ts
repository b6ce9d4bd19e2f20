// TEE (libxt_TEE.c, revision 1) and TPROXY (libxt_TPROXY.c, revision 1 for
// both families, as iptables 1.8.9 picks the newest the kernel has).

import type { XtTee, XtTproxy } from "../../../uapi/xt_ext_targets.js";
import { formatIp6 } from "../../../wire/addr.js";
import { fmtIp, hostByAddr } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { paramError } from "../errors.js";
import { getPortByName, parseMarkMask } from "./xtoptions.js";
import { parseHost4, parseHost6 } from "./xthost.js";

const TEE_HELP =
  "TEE target options:\n" +
  "  --gateway IPADDR    Route packet via the gateway given by address\n" +
  "  --oif NAME          Include oif in route calculation\n" +
  "\n";

function teeExt(family: 4 | 6): XtExtension<XtTee> {
  const gwText = (d: XtTee) => (family === 6 ? formatIp6(d.gw6 ?? 0n) : fmtIp(d.gw));
  return {
    kind: "target",
    name: "TEE",
    family,
    revision: 1,
    x6: true,
    help: () => TEE_HELP,
    options: [
      { name: "gateway", hasArg: true, id: 0, mand: true },
      { name: "oif", hasArg: true, id: 1 },
    ],
    init: () => ({ gw: 0, gw6: family === 6 ? 0n : undefined, oif: "" }),
    parse(c) {
      if (c.opt.id === 0) {
        if (family === 6) c.data.gw6 = parseHost6(c.task, c.arg);
        else c.data.gw = parseHost4(c.task, c.arg);
      } else c.data.oif = c.arg.slice(0, 15);
    },
    print(d, _ip, numeric, task) {
      // xtables_ipaddr_to_anyname(): the /etc/hosts name when there is one.
      const gw = family === 4 && !numeric ? (hostByAddr(task, d.gw) ?? fmtIp(d.gw)) : gwText(d);
      return ` TEE gw:${gw}${d.oif ? ` oif=${d.oif}` : ""}`;
    },
    save: (d) => ` --gateway ${gwText(d)}${d.oif ? ` --oif ${d.oif}` : ""}`,
  };
}

export const TEE = teeExt(4);
export const TEE6 = teeExt(6);

const TPROXY_HELP =
  "TPROXY target options:\n" +
  "  --on-port port\t\t    Redirect connection to port, or the original port if 0\n" +
  "  --on-ip ip\t\t\t    Optionally redirect to the given IP\n" +
  "  --tproxy-mark value[/mask]\t    Mark packets with the given value/mask\n\n";

function tproxyExt(family: 4 | 6): XtExtension<XtTproxy> {
  const body = (d: XtTproxy) => (family === 6 ? formatIp6(d.laddr6 ?? 0n) : fmtIp(d.laddr));
  return {
    kind: "target",
    name: "TPROXY",
    family,
    revision: 1,
    x6: true,
    help: () => TPROXY_HELP,
    options: [
      { name: "on-port", hasArg: true, id: 0, mand: true },
      { name: "on-ip", hasArg: true, id: 1 },
      { name: "tproxy-mark", hasArg: true, id: 2 },
    ],
    init: () => ({ markValue: 0, markMask: 0, laddr: 0, laddr6: family === 6 ? 0n : undefined, lport: 0 }),
    parse(c) {
      const d = c.data;
      if (c.opt.id === 0) {
        // XTTYPE_PORT
        const p = getPortByName(c.task, c.arg);
        if (p === undefined) paramError(`Port "${c.arg}" does not resolve to anything.\n`);
        d.lport = p;
      } else if (c.opt.id === 1) {
        if (family === 6) d.laddr6 = parseHost6(c.task, c.arg);
        else d.laddr = parseHost4(c.task, c.arg);
      } else {
        const m = parseMarkMask("TPROXY", "tproxy-mark", c.arg);
        d.markValue = m.val;
        d.markMask = m.mask;
      }
    },
    print: (d) => ` TPROXY redirect ${body(d)}:${d.lport} mark 0x${(d.markValue >>> 0).toString(16)}/0x${(d.markMask >>> 0).toString(16)}`,
    save: (d) => ` --on-port ${d.lport} --on-ip ${body(d)} --tproxy-mark 0x${(d.markValue >>> 0).toString(16)}/0x${(d.markMask >>> 0).toString(16)}`,
  };
}

export const TPROXY = tproxyExt(4);
export const TPROXY6 = tproxyExt(6);
