// AUDIT (libxt_AUDIT.c), SECMARK (libxt_SECMARK.c, revision 1) and
// CONNSECMARK (libxt_CONNSECMARK.c): the targets that feed the audit log and
// the security module.

import {
  CONNSECMARK_RESTORE,
  CONNSECMARK_SAVE,
  SECMARK_MODE_SEL,
  XT_AUDIT_TYPE_ACCEPT,
  XT_AUDIT_TYPE_DROP,
  XT_AUDIT_TYPE_REJECT,
  type XtAudit,
  type XtConnsecmark,
  type XtSecmark,
} from "../../../uapi/xt_ext_targets.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";

const AUDIT_TYPES: [string, number][] = [["accept", XT_AUDIT_TYPE_ACCEPT], ["drop", XT_AUDIT_TYPE_DROP], ["reject", XT_AUDIT_TYPE_REJECT]];
const auditName = (t: number) => AUDIT_TYPES.find(([, v]) => v === t)?.[0];

export const AUDIT: XtExtension<XtAudit> = {
  kind: "target",
  name: "AUDIT",
  revision: 0,
  x6: true,
  help: () => "AUDIT target options\n  --type TYPE\t\tAction type to be recorded.\n",
  options: [{ name: "type", hasArg: true, id: 0, mand: true }],
  init: () => ({ type: 0 }),
  parse(c) {
    const t = AUDIT_TYPES.find(([n]) => n === c.arg.toLowerCase());
    if (!t) paramError(`Bad action type value "${c.arg}"`);
    c.data.type = t[1];
  },
  print(d) {
    const n = auditName(d.type);
    return ` AUDIT ${n ?? ""}`;
  },
  save(d) {
    const n = auditName(d.type);
    return n ? ` --type ${n}` : "";
  },
};

export const SECMARK: XtExtension<XtSecmark> = {
  kind: "target",
  name: "SECMARK",
  revision: 1,
  x6: true,
  help: () => "SECMARK target options:\n  --selctx value                     Set the SELinux security context\n",
  options: [{ name: "selctx", hasArg: true, id: 0, mand: true }],
  init: () => ({ mode: 0, secctx: "" }),
  parse(c) {
    // XTTYPE_STRING into secctx[256]: longer text is cut at 255 bytes.
    c.data.secctx = c.arg.slice(0, 255);
    c.data.mode = SECMARK_MODE_SEL;
  },
  print: (d) => ` SECMARK selctx ${d.secctx}`,
  save: (d) => ` --selctx ${d.secctx}`,
};

export const CONNSECMARK: XtExtension<XtConnsecmark> = {
  kind: "target",
  name: "CONNSECMARK",
  revision: 0,
  x6: true,
  help: () =>
    "CONNSECMARK target options:\n" +
    "  --save                   Copy security mark from packet to conntrack\n" +
    "  --restore                Copy security mark from connection to packet\n",
  options: [
    { name: "save", hasArg: false, id: 0, excl: 0b10 },
    { name: "restore", hasArg: false, id: 1, excl: 0b01 },
  ],
  init: () => ({ mode: 0 }),
  parse(c) {
    c.data.mode = c.opt.id === 0 ? CONNSECMARK_SAVE : CONNSECMARK_RESTORE;
  },
  final(c) {
    if (c.flags === 0) paramError("CONNSECMARK target: parameter required");
  },
  print: (d) => ` CONNSECMARK ${d.mode === CONNSECMARK_SAVE ? "save" : "restore"}`,
  save: (d) => ` --${d.mode === CONNSECMARK_SAVE ? "save" : "restore"}`,
};
