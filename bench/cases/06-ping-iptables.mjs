// Case 4 of issue 6: the ping flood of 05 with 10 000 non-matching rules in
// the host's FORWARD chain. Target >= 20 k/s. The kernel walks all 10 000
// rules per packet; nslab skips the rules whose address cannot match
// (src/kernel/netfilter/xt_index.ts), with the same verdicts and counters.
//
// On Linux, bridged frames walk FORWARD because br_netfilter is loaded
// (bridge-nf-call-iptables=1); nslab models it in
// src/kernel/netfilter/br_netfilter.ts. Each run checks that a FORWARD rule
// counts a bridged ping, so a build without it says so rather than report a
// rate that walked no rule. The routed row runs the same flood through the
// host as a router (bench/scripts/ping-flood-routed.sh): the same rules on
// the plain IPv4 forwarding path.
import { result } from "../lib.mjs";
import { kernelRate, nslabRate } from "./05-ping-flood.mjs";

export const name = "ping through iptables";

/** Kernel: about 2-3 s at 4-10 k/s. */
const N = 20_000;
/** nslab: more, so that the ~1 s of loading 10 000 rules (in both runs) is not most of the difference. */
const N_NSLAB = 100_000;
const RULES = 10_000;

async function netfilterLanded(ctx) {
  const { World } = await import(ctx.lib);
  const r = await new World({ seed: 1, bare: true }).run("printf '*filter\\n-A FORWARD -s 192.0.2.1/32 -j DROP\\nCOMMIT\\n' | iptables-restore && iptables -S FORWARD\n");
  return r.status === 0 && r.stdout.includes("-A FORWARD -s 192.0.2.1/32 -j DROP");
}

/** Does a bridged IPv4 packet walk the host's FORWARD chain (br_netfilter)? */
async function bridgedWalksForward(ctx) {
  const { World } = await import(ctx.lib);
  const r = await new World({ seed: 1, bare: true }).run(`
ip link add br0 type bridge
ip link set br0 up
for i in 1 2; do
  ip netns add n$i
  ip link add v$i type veth peer name e$i
  ip link set e$i netns n$i
  ip -n n$i addr add 10.9.0.$i/24 dev e$i
  ip -n n$i link set e$i up
  ip link set v$i master br0
  ip link set v$i up
done
iptables -A FORWARD -s 10.9.0.1
ip netns exec n1 ping -c 1 -W 1 10.9.0.2 >/dev/null
iptables -L FORWARD -v -n -x | sed -n 3p
`);
  return /^\s*[1-9]/.test(r.stdout);
}

export async function run(ctx) {
  const rows = [];
  const target = ">= 20 k/s";
  const landed = await netfilterLanded(ctx);
  // Bridged, as the issue states the case.
  {
    const k = kernelRate(ctx, N, RULES);
    const kernel = k.text ? k.text.replace(`-c ${N}`, `-c ${N}, ${RULES} rules`) : k.why;
    const c = `ping flood, ${RULES} FORWARD rules, bridged`;
    if (!landed) rows.push(result({ case: c, value: "—", unit: "", target, pass: false, kernel, how: "missing: netfilter not landed (no iptables-restore / FORWARD hook)" }));
    else if (!(await bridgedWalksForward(ctx))) rows.push(result({ case: c, value: "—", unit: "", target, pass: false, kernel, how: "missing: br_netfilter (bridged IPv4 does not walk iptables in nslab); see the routed row" }));
    else {
      const r = nslabRate(ctx, N_NSLAB, RULES, []);
      if (r.why) rows.push(result({ case: c, value: "—", unit: "", target, pass: false, kernel, how: r.why }));
      else rows.push(result({ case: c, value: (r.rate / 1000).toFixed(1), unit: "k/s", target, pass: r.ok && r.rate >= 20_000, kernel, how: `ping -f -q -c ${N_NSLAB}, (N-1)/(wall(N)-wall(1)); by CPU time ${(r.cpuRate / 1000).toFixed(1)} k/s${r.ok ? "" : `; WRONG: ${r.out.slice(0, 120)}`}` }));
    }
  }
  // Routed through the host: the same rules on a path both walk.
  {
    const script = "ping-flood-routed.sh";
    const k = kernelRate(ctx, N, RULES, script);
    const kernel = k.text ? k.text.replace(`-c ${N}`, `-c ${N}, ${RULES} rules, routed`) : k.why;
    const c = `ping flood, ${RULES} FORWARD rules, routed`;
    if (!landed) rows.push(result({ case: c, value: "—", unit: "", target, pass: false, kernel, how: "missing: netfilter not landed" }));
    else {
      const r = nslabRate(ctx, N_NSLAB, RULES, [], script);
      if (r.why) rows.push(result({ case: c, value: "—", unit: "", target, pass: false, kernel, how: r.why }));
      else rows.push(result({ case: c, value: (r.rate / 1000).toFixed(1), unit: "k/s", target, pass: r.ok && r.rate >= 20_000, kernel, how: `ping -f -q -c ${N_NSLAB} via the host as router, (N-1)/(wall(N)-wall(1)); by CPU time ${(r.cpuRate / 1000).toFixed(1)} k/s${r.ok ? "" : `; WRONG: ${r.out.slice(0, 120)}`}` }));
    }
  }
  return rows;
}
