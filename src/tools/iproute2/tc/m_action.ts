// m_action.c parse_action() (iproute2 6.1): a filter's (or `tc actions`')
// list of actions — "action KIND PARAMS [cookie HEX] [hw_stats TYPE]
// [no_percpu] [skip_sw|skip_hw]" repeated — each kind read by its own parser
// (m_gact, m_mirred, m_police here). A verdict word (drop, pass, …) is gact;
// a kind tc does not know falls back to gact, whose parser then refuses it.
// Kinds tc knows but nslab has no parser for (they all lack a kernel module
// on the recording machine) take their words up to the next action, flowid
// or classid: what follows is then the kernel's refusal.

import { invarg, matches, type Ctx } from "../lib/utils.js";
import type { TcaAction, TcaActOptions } from "../../../uapi/pkt_cls.js";
import { actionA2n } from "./tc_act_control.js";
import { GACT } from "./m_gact.js";
import { MIRRED } from "./m_mirred.js";
import { POLICE } from "./m_police.js";
import type { ArgCursor } from "./q_opts.js";
import type { TcCtx } from "./tc_common.js";
import { printTcstatsAttr } from "./tc_util.js";

/** An action_util: its parse_aopt. null: refused (after its message). */
export interface ActionUtil {
  id: string;
  parse(ctx: Ctx, a: ArgCursor, dev: string): TcaActOptions | null;
  /** print_aopt(): what a dump of this kind shows (only kinds the kernel has are ever dumped). */
  print?(ctx: TcCtx, opts: TcaActOptions): void;
}

/** The other m_*.c kinds iproute2 6.1 builds in. */
const OTHER_KINDS = ["bpf", "connmark", "csum", "ct", "ctinfo", "gate", "ife", "ipt", "mpls", "nat", "pedit", "sample", "simple", "skbedit", "skbmod", "tunnel_key", "vlan", "xt"];

/** What ends the words of a kind without a parser here. */
const STOP_WORDS = new Set(["action", "flowid", "classid", "cookie", "hw_stats", "no_percpu", "skip_sw", "skip_hw"]);

function opaqueKind(id: string): ActionUtil {
  return {
    id,
    parse(_ctx, a) {
      const words: string[] = [];
      for (a.i++; a.more && !STOP_WORDS.has(a.cur); a.i++) words.push(a.cur);
      return { words };
    },
  };
}

const ACTIONS: ReadonlyMap<string, ActionUtil> = new Map([GACT, MIRRED, POLICE, ...OTHER_KINDS.map(opaqueKind)].map((u) => [u.id, u]));

/** A kind built into tc (undefined for one it does not know). */
export function actionUtil(k: string): ActionUtil | undefined {
  return ACTIONS.get(k) ?? (k === "gact" ? GACT : undefined);
}

/** get_action_kind(): a known kind, else gact (CONFIG_GACT's fallback, which renames the kind). */
function getActionKind(k: string): ActionUtil {
  return ACTIONS.get(k) ?? GACT;
}

/** new_cmd(): a `tc actions` verb starts the next command. */
function newCmd(w: string): boolean {
  return ["change", "replace", "delete", "get", "add"].some((c) => matches(w, c));
}

const HW_STATS: ReadonlyArray<[string, number]> = [
  ["immediate", 1],
  ["delayed", 2],
  ["disabled", 0],
];
const TCA_ACT_FLAGS_NO_PERCPU_STATS = 1;
const TCA_ACT_FLAGS_SKIP_HW = 2;
const TCA_ACT_FLAGS_SKIP_SW = 4;

/**
 * parse_action(): the actions from the cursor on; the cursor stops at the
 * first word that is not theirs. null after "parse_action: bad value" (the
 * caller adds its own line); a kind's usage exits 255 from inside.
 */
export function parseAction(ctx: Ctx, a: ArgCursor, dev: string): TcaAction[] | null {
  if (!a.more) return null;
  const acts: TcaAction[] = [];
  let eap = false;
  const badVal = (): null => {
    ctx.err(`parse_action: bad value (${a.argv.length - a.i}:${a.argv[a.i] ?? "(null)"})!\n`);
    return null;
  };
  while (a.more) {
    const w = a.cur;
    if (w === "action") {
      a.i++;
      eap = true;
      continue;
    }
    if (w === "flowid" || w === "classid") break;
    if (w === "help") return null;
    if (newCmd(w)) {
      if (acts.length) break;
      return acts;
    }
    const kind = actionA2n(w, false) !== undefined ? "gact" : w;
    eap = false;
    const util = getActionKind(kind);
    const start = a.i;
    const options = util.parse(ctx, a, dev);
    if (options === null) {
      ctx.err("bad action parsing\n");
      a.i = start;
      return badVal();
    }
    const act: TcaAction = { kind: util.id, options };
    if (a.more && a.cur === "cookie") {
      const hex = a.next();
      if (hex.length > 64) invarg(ctx, `${hex.length} Max allowed size 32`, hex);
      if (hex.length % 2 || !/^[0-9a-fA-F]*$/.test(hex)) invarg(ctx, "cookie must be a hex string\n", hex);
      act.cookie = Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
      a.i++;
    }
    if (a.more && matches(a.cur, "hw_stats")) {
      const v = a.next();
      const item = HW_STATS.find(([name]) => matches(v, name));
      if (item === undefined) invarg(ctx, "value is invalid\n", v);
      act.hwStats = item[1];
      a.i++;
    }
    let flags = 0;
    if (a.more && a.cur === "no_percpu") {
      flags |= TCA_ACT_FLAGS_NO_PERCPU_STATS;
      a.i++;
    }
    for (let pass = 0; pass < 2; pass++) {
      if (a.more && a.cur === "skip_sw") {
        flags |= TCA_ACT_FLAGS_SKIP_SW;
        a.i++;
      } else if (a.more && a.cur === "skip_hw") {
        flags |= TCA_ACT_FLAGS_SKIP_HW;
        a.i++;
      }
    }
    if (flags) act.flags = flags;
    acts.push(act);
  }
  if (eap) {
    ctx.err("bad action empty 1\n");
    return badVal();
  }
  return acts;
}

/**
 * tc_print_action() for a filter's actions (bound): "\taction order N: "
 * then the kind's own lines; with -s its statistics.
 */
export function tcPrintAction(ctx: TcCtx, acts: readonly TcaAction[]): void {
  const out = ctx.out;
  out.openArray("JSON", "actions");
  acts.forEach((act, i) => {
    out.openObject(null);
    out.nl();
    out.uint("ANY", "order", "\taction order %u: ", i + 1);
    const util = ACTIONS.get(act.kind);
    if (util?.print && act.options) util.print(ctx, act.options);
    const st = act.stats;
    if (ctx.stats && st) {
      out.string("FP", null, "\tAction statistics:", null);
      out.nl();
      out.openObject("stats");
      printTcstatsAttr(out, ctx.iec, { TCA_STATS2: { basic: { bytes: st.bytes, packets: st.packets }, queue: { qlen: 0, backlog: 0, drops: st.drops, requeues: 0, overlimits: 0 } } }, "\t");
      out.closeObject();
      out.nl();
    }
    if (act.usedHwStats !== undefined) printHwStats(out, act.usedHwStats, true);
    out.closeObject();
  });
  out.closeArray("JSON", "");
}

/** print_hw_stats(): "\tused_hw_stats disabled" (the types set, "disabled" for none). */
export function printHwStats(out: TcCtx["out"], types: number, used: boolean): void {
  out.string("FP", null, "\t", null);
  out.openArray("ANY", used ? "used_hw_stats" : "hw_stats");
  for (const [name, bit] of HW_STATS) if ((!types && !bit) || types & bit) out.string("ANY", null, " %s", name);
  out.closeArray("JSON", "");
  out.nl();
}
