// How ebtables-nft prints a rule (nft-bridge.c __nft_bridge_save_rule): the
// same words for -L, --Ln/--Lc and ebtables-save: "-p NAME|0xHEX|Length",
// "-s/-d MAC[/MASK]" (or Multicast, Unicast, Broadcast, BGA), "-i", "--logical-in",
// "-o", "--logical-out" with " !" after the option when inverted, then "-j TARGET".

import type { Task } from "../../../kernel/task/task.js";
import type { EbtCounters, EbtEntry, EbtMac } from "../../../uapi/ebtables.js";
import { ethertypeByNumber } from "./ethertypes.js";
import { extMatchesText, extTargetText } from "./eb-ext.js";

const hex2 = (n: number) => n.toString(16).padStart(2, "0");
const macText = (m: number[]) => m.map(hex2).join(":");
const same = (a: number[], b: number[]) => a.every((x, i) => x === b[i]);

/** xtables_print_well_known_mac_and_mask(), then the plain form. */
function macAndMask(m: EbtMac): string {
  const MC = [1, 0, 0, 0, 0, 0];
  const ZERO = [0, 0, 0, 0, 0, 0];
  const BC = [255, 255, 255, 255, 255, 255];
  const BGA = [1, 0x80, 0xc2, 0, 0, 0];
  if (same(m.mac, MC) && same(m.mask, MC)) return "Multicast";
  if (same(m.mac, ZERO) && same(m.mask, MC)) return "Unicast";
  if (same(m.mac, BC) && same(m.mask, BC)) return "Broadcast";
  if (same(m.mac, BGA) && same(m.mask, BC)) return "BGA";
  return same(m.mask, BC) ? macText(m.mac) : `${macText(m.mac)}/${macText(m.mask)}`;
}

export interface RuleFormat {
  counters?: "list" | "save";
}

export function ebRuleText(task: Task, e: EbtEntry, c: EbtCounters, fmt: RuleFormat): string {
  let s = "";
  if (e.proto) {
    s += "-p ";
    if (e.proto.inv) s += "! ";
    if (e.proto.type === "LENGTH") s += "Length ";
    else s += `${ethertypeByNumber(task, e.proto.type) ?? `0x${e.proto.type.toString(16)}`} `;
  }
  if (e.src) s += `-s ${e.src.inv ? "! " : ""}${macAndMask(e.src)} `;
  if (e.dst) s += `-d ${e.dst.inv ? "! " : ""}${macAndMask(e.dst)} `;
  const iface = (opt: string, i: { inv: boolean; name: string } | undefined) => (i ? `${opt}${i.inv ? " !" : ""} ${i.name} ` : "");
  s += iface("-i", e.in) + iface("--logical-in", e.logicalIn) + iface("-o", e.out) + iface("--logical-out", e.logicalOut);
  s += extMatchesText(e);
  const t = e.target;
  s += "-j " + (t.kind === "jump" ? t.chain : (extTargetText(t) ?? (t as { verdict: string }).verdict));
  if (fmt.counters === "list") s += ` , pcnt = ${c.pcnt} -- bcnt = ${c.bcnt}`;
  else if (fmt.counters === "save") s += ` -c ${c.pcnt} ${c.bcnt}`;
  return s + "\n";
}
