// policy match (libxt_policy.c): the IPsec policy a packet was (--dir in) or
// will be (--dir out) handled by, element by element (--next). Formats and
// messages as recorded from iptables 1.8.9.

import type { XtPolicy, XtPolicyElem } from "../../../uapi/xt_ext_policy.js";
import { paramError } from "../errors.js";
import { fmtIp, getprotobynumber, maskToCidr } from "../netdb.js";
import { parseProtocol } from "../parse.js";
import type { XtExtension } from "./types.js";
import { parseHostMask, parseUint } from "./xtoptions.js";

const ELEM_OPTS = ["reqid", "spi", "proto", "mode", "tunnel-src", "tunnel-dst"];
const isEmpty = (e: XtPolicyElem) => ELEM_OPTS.every((o) => !(o in e.inv));
const net = (a: { addr: number; mask: number }) => `${fmtIp(a.addr)}/${maskToCidr(a.mask) >= 0 ? maskToCidr(a.mask) : fmtIp(a.mask)}`;

function elemText(e: XtPolicyElem, save: boolean): string {
  const inv = (o: string) => (e.inv[o] ? (save ? " !" : " !") : "");
  const k = (o: string) => (save ? ` --${o}` : ` ${o}`);
  let s = "";
  if (e.reqid !== undefined) s += `${inv("reqid")}${k("reqid")} ${e.reqid}`;
  if (e.spi !== undefined) s += `${inv("spi")}${k("spi")} 0x${e.spi.toString(16)}`;
  if (e.proto !== undefined) s += `${inv("proto")}${k("proto")} ${save ? (getprotobynumber(e.proto) ?? e.proto) : e.proto}`;
  if (e.mode !== undefined) s += `${inv("mode")}${k("mode")} ${e.mode ? "tunnel" : "transport"}`;
  if (e.tunnelDst) s += `${inv("tunnel-dst")}${k("tunnel-dst")} ${net(e.tunnelDst)}`;
  if (e.tunnelSrc) s += `${inv("tunnel-src")}${k("tunnel-src")} ${net(e.tunnelSrc)}`;
  return s;
}

export const POLICY: XtExtension<XtPolicy> = {
  kind: "match",
  name: "policy",
  revision: 0,
  x6: false,
  options: [
    { name: "dir", hasArg: true, id: 0 },
    { name: "pol", hasArg: true, id: 1 },
    { name: "strict", hasArg: false, id: 2 },
    { name: "reqid", hasArg: true, id: 3 },
    { name: "spi", hasArg: true, id: 4 },
    { name: "tunnel-src", hasArg: true, id: 5 },
    { name: "tunnel-dst", hasArg: true, id: 6 },
    { name: "proto", hasArg: true, id: 7 },
    { name: "mode", hasArg: true, id: 8 },
    { name: "next", hasArg: false, id: 9 },
  ],
  init: () => ({ dir: "", pol: "", strict: false, elems: [{ inv: {} }] }),
  parse(c) {
    const d = c.data;
    const e = d.elems[d.elems.length - 1]!;
    const once = (o: string) => {
      if (o in e.inv) paramError(`policy match: double --${o} option`);
      e.inv[o] = c.invert;
    };
    switch (c.opt.id) {
      case 0:
        if (c.arg !== "in" && c.arg !== "out") paramError(`policy match: invalid dir "${c.arg}"`);
        d.dir = c.arg;
        break;
      case 1:
        if (c.arg !== "none" && c.arg !== "ipsec") paramError(`policy match: invalid policy "${c.arg}"`);
        d.pol = c.arg;
        break;
      case 2:
        d.strict = true;
        break;
      case 3:
        once("reqid");
        e.reqid = parseUint("policy", "reqid", c.arg, 0, 0xffffffff);
        break;
      case 4:
        once("spi");
        e.spi = parseUint("policy", "spi", c.arg, 0, 0xffffffff);
        break;
      case 5:
        once("tunnel-src");
        e.tunnelSrc = parseHostMask(c.task, c.arg);
        break;
      case 6:
        once("tunnel-dst");
        e.tunnelDst = parseHostMask(c.task, c.arg);
        break;
      case 7: {
        once("proto");
        const p = parseProtocol(c.arg);
        if (p !== 50 && p !== 51 && p !== 108) paramError(`policy match: protocol must be ah/esp/ipcomp, got "${c.arg}"`);
        e.proto = p;
        break;
      }
      case 8:
        once("mode");
        if (c.arg !== "tunnel" && c.arg !== "transport") paramError(`policy match: invalid mode "${c.arg}"`);
        e.mode = c.arg === "tunnel" ? 1 : 0;
        break;
      case 9:
        if (isEmpty(e)) paramError(`policy match: empty policy element ${d.elems.length - 1}. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.`);
        d.elems.push({ inv: {} });
        break;
    }
  },
  final(c) {
    const d = c.data;
    if (!d.dir) paramError("policy match: neither --dir in nor --dir out specified");
    if (!d.pol) paramError("policy match: --pol is required");
    if (d.pol === "none" && d.strict) paramError("policy match: policy none but --strict given");
    if (d.strict) {
      d.elems.forEach((e, i) => {
        if (isEmpty(e))
          paramError(`policy match: empty policy element ${i}. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.`);
      });
    } else if (d.elems.length === 1 && isEmpty(d.elems[0]!)) d.elems = [];
    for (const e of d.elems)
      if ((e.tunnelSrc || e.tunnelDst) && e.mode !== 1) paramError("policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode");
  },
  print(d) {
    let s = ` policy match dir ${d.dir} pol ${d.pol}`;
    if (d.strict) s += " strict";
    if (d.elems.length > 1) d.elems.forEach((e, i) => (s += ` [${i}]${elemText(e, false)}`));
    else if (d.elems.length === 1) s += elemText(d.elems[0]!, false);
    return s;
  },
  save(d) {
    let s = ` --dir ${d.dir} --pol ${d.pol}`;
    if (d.strict) s += " --strict";
    s += d.elems.map((e) => elemText(e, true)).join(" --next");
    return s;
  },
};
