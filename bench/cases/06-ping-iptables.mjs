// Case 4 of issue 6: the ping flood of 05 with 10 000 non-matching rules in
// the host's FORWARD chain (bridged frames walk it: br_netfilter,
// bridge-nf-call-iptables=1). Target >= 20 k/s. Until nslab has
// iptables-restore and netfilter hooks on the bridge path, the nslab column
// says so; the kernel's figure is measured regardless.
import { result } from "../lib.mjs";
import { kernelRate, nslabRate } from "./05-ping-flood.mjs";

export const name = "ping through iptables";

const N = 20_000;
const RULES = 10_000;

async function netfilterLanded(ctx) {
  const { World } = await import(ctx.lib);
  const r = await new World({ seed: 1, bare: true }).run("printf '*filter\\n-A FORWARD -s 192.0.2.1/32 -j DROP\\nCOMMIT\\n' | iptables-restore && iptables -S FORWARD\n");
  return r.status === 0 && r.stdout.includes("-A FORWARD -s 192.0.2.1/32 -j DROP");
}

export async function run(ctx) {
  const k = kernelRate(ctx, N, RULES);
  const kernel = k.text ? k.text.replace(`-c ${N}`, `-c ${N}, ${RULES} rules`) : k.why;
  if (!(await netfilterLanded(ctx))) {
    return [result({ case: `ping flood, ${RULES} FORWARD rules`, value: "—", unit: "", target: ">= 20 k/s", pass: false, kernel, how: "missing: netfilter not landed (no iptables-restore / FORWARD hook)" })];
  }
  const r = nslabRate(ctx, N, RULES, ["-q", "-i", "0.001"]);
  if (r.why) return [result({ case: `ping flood, ${RULES} FORWARD rules`, value: "—", unit: "", target: ">= 20 k/s", pass: false, kernel, how: r.why })];
  return [
    result({
      case: `ping flood, ${RULES} FORWARD rules`,
      value: (r.rate / 1000).toFixed(1),
      unit: "k/s",
      target: ">= 20 k/s",
      pass: r.ok && r.rate >= 20_000,
      kernel,
      how: `ping -q -i 0.001 -c ${N}, (N-1)/(wall(N)-wall(1))${r.ok ? "" : `; WRONG: ${r.out.slice(0, 120)}`}`,
    }),
  ];
}
