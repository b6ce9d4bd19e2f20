// /proc/net/stat/nf_conntrack (nf_conntrack_standalone.c, ct_cpu_seq_show):
// a header, then one line per possible CPU of the namespace's statistics in
// hex, the first column being the namespace's entry count on every line. The
// model keeps its statistics on cpu 0 and shows two CPUs, as `conntrack -S`
// does here (the machine the goldens were recorded on has two).
// We knowingly differ: /proc/net/stat holds only this file (no arp_cache,
// ndisc_cache, rt_cache).

import type { NetNamespace } from "../../core/netns.js";
import { registerProcEntry } from "../../fs/procfs.js";
import { procDynDir, procTextFile } from "../../fs/proc_text.js";
import { ctPernet, nfCtList, type CtStats } from "./nf_conntrack_core.js";

const HEADER =
  "entries  clashres found new invalid ignore delete chainlength insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart\n";
const NCPUS = 2;

function row(entries: number, s: CtStats | undefined): string {
  const h = (v: number) => (v >>> 0).toString(16).padStart(8, "0");
  const z = s ?? { found: 0, invalid: 0, insert: 0, insert_failed: 0, drop: 0, early_drop: 0, error: 0, search_restart: 0, clash_resolve: 0, chaintoolong: 0 };
  const mid = [z.clash_resolve, z.found, 0, z.invalid, 0, 0, z.chaintoolong, z.insert, z.insert_failed, z.drop, z.early_drop, z.error];
  return `${h(entries)}  ${mid.map(h).join(" ")}  ${[0, 0, 0, z.search_restart].map(h).join(" ")}\n`;
}

function ctCpuSeqShow(net: NetNamespace): string {
  const entries = nfCtList(net).length;
  const stats = ctPernet(net).stats;
  let out = HEADER;
  for (let cpu = 0; cpu < NCPUS; cpu++) out += row(entries, cpu === 0 ? stats : undefined);
  return out;
}

registerProcEntry("net", "stat", (parent) =>
  procDynDir(parent, {
    list: () => ["nf_conntrack"],
    lookup: (_task, name) => (name === "nf_conntrack" ? procTextFile((t) => ctCpuSeqShow(t.netns)) : undefined),
  }),
);
