// xtables-nft-multi (iptables/xtables-nft-multi.c): one binary, the command
// chosen by the name it was run as (the symlinks iptables, iptables-nft,
// iptables-save, ...) or, run as itself, by its first argument.

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { SIGSEGV } from "../../uapi/signal.js";
import { NftCrash } from "./nft.js";
import { iptablesRestoreMain } from "./restore.js";
import { iptablesSaveMain } from "./save.js";
import { iptablesMain } from "./xtables.js";
import { iptablesXmlMain } from "./xml.js";
import { xtablesMonitorMain } from "./xtables-monitor.js";
import { ebtablesMain, ebtablesRestoreMain, ebtablesSaveMain } from "./ebtables/eb-main.js";

type Sub = (ctx: ProgramContext, name: string) => Promise<number>;

const SUBCOMMANDS: [string, Sub][] = [
  ["iptables-xml", (c) => iptablesXmlMain(c)],
  ["xml", (c) => iptablesXmlMain(c)],
  ["iptables", (c) => iptablesMain(c, { prog: "iptables" })],
  ["iptables-nft", (c) => iptablesMain(c, { prog: "iptables" })],
  ["iptables-save", (c) => iptablesSaveMain(c, "iptables-save")],
  ["iptables-nft-save", (c) => iptablesSaveMain(c, "iptables-save")],
  ["iptables-restore", (c) => iptablesRestoreMain(c, "iptables-restore")],
  ["iptables-nft-restore", (c) => iptablesRestoreMain(c, "iptables-restore")],
  ["main4", (c) => iptablesMain(c, { prog: "iptables" })],
  ["save4", (c) => iptablesSaveMain(c, "iptables-save")],
  ["restore4", (c) => iptablesRestoreMain(c, "iptables-restore")],
  ["ip6tables", (c) => iptablesMain(c, { prog: "ip6tables", family: 6 })],
  ["ip6tables-nft", (c) => iptablesMain(c, { prog: "ip6tables", family: 6 })],
  ["ip6tables-save", (c) => iptablesSaveMain(c, "ip6tables-save")],
  ["ip6tables-nft-save", (c) => iptablesSaveMain(c, "ip6tables-save")],
  ["ip6tables-restore", (c) => iptablesRestoreMain(c, "ip6tables-restore")],
  ["ip6tables-nft-restore", (c) => iptablesRestoreMain(c, "ip6tables-restore")],
  ["main6", (c) => iptablesMain(c, { prog: "ip6tables", family: 6 })],
  ["save6", (c) => iptablesSaveMain(c, "ip6tables-save")],
  ["restore6", (c) => iptablesRestoreMain(c, "ip6tables-restore")],
  ["ebtables", (c) => ebtablesMain(c)],
  ["ebtables-nft", (c) => ebtablesMain(c)],
  ["ebtables-save", (c) => ebtablesSaveMain(c)],
  ["ebtables-nft-save", (c) => ebtablesSaveMain(c)],
  ["ebtables-restore", (c) => ebtablesRestoreMain(c)],
  ["ebtables-nft-restore", (c) => ebtablesRestoreMain(c)],
  ["xtables-monitor", (c) => xtablesMonitorMain(c)],
];

/** Every subcommand the real binary lists (the iptables and ip6tables ones exist in the model). */
const ALL_SUBCOMMAND_NAMES = [
  "iptables-xml", "xml", "iptables", "iptables-nft", "main4", "save4", "restore4", "iptables-save", "iptables-restore",
  "iptables-nft-save", "iptables-nft-restore", "ip6tables", "ip6tables-nft", "main6", "save6", "restore6",
  "ip6tables-save", "ip6tables-restore", "ip6tables-nft-save", "ip6tables-nft-restore", "iptables-translate",
  "ip6tables-translate", "iptables-restore-translate", "ip6tables-restore-translate", "arptables", "arptables-nft",
  "arptables-restore", "arptables-nft-restore", "arptables-save", "arptables-nft-save", "ebtables-translate",
  "ebtables", "ebtables-restore", "ebtables-save", "ebtables-nft", "ebtables-nft-restore", "ebtables-nft-save",
  "xtables-monitor",
];

function basename(p: string): string {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}

export const xtablesNftMulti: Program = async (ctx) => {
  let name = basename(ctx.argv[0] ?? "");
  let sub = SUBCOMMANDS.find(([n]) => n === name);
  let c = ctx;
  if (!sub && ctx.argv.length > 1) {
    name = ctx.argv[1]!;
    sub = SUBCOMMANDS.find(([n]) => n === name);
    c = { ...ctx, argv: ctx.argv.slice(1) };
  }
  if (!sub) {
    let s = "ERROR: No valid subcommand given.\nValid subcommands:\n";
    for (const n of ALL_SUBCOMMAND_NAMES) s += ` * ${n}\n`;
    await ctx.stderr.write(s);
    return 1;
  }
  try {
    return await sub[1](c, name);
  } catch (e) {
    if (!(e instanceof NftCrash)) throw e;
    // The process dies: held output is lost, the shell reports the signal.
    ctx.task.signal(SIGSEGV);
    return 128 + SIGSEGV;
  }
};
