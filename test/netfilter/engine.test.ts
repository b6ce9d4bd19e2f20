// The rule engine on live traffic: LOG's kernel-log line (nf_log_syslog.c format),
// REJECT's ICMP answer, statistic nth and goto/RETURN traversal counted per rule.
// Expectations come from the kernel's source formats and iptables semantics
// (LOG never reaches the kernel log from a container on Linux, so it cannot be
// recorded through kernel-sandbox; see test/golden/iptables for recorded cases).
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { printkRecords } from "../../src/kernel/printk.js";

const PAIR = `
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip -n a addr add 10.0.0.2/24 dev v1
ip -n a link set v1 up
`;

async function run(script: string, bare = true) {
  const w = new World({ bare, seed: 1 });
  const r = await w.run(PAIR + script);
  return { w, r };
}

describe("netfilter engine", () => {
  const LOG_SCRIPT = `
iptables -A INPUT -p icmp -j LOG --log-prefix "ping: " --log-level 6
ip netns exec a iptables -A OUTPUT -j LOG
ip netns exec a ping -c 1 -q 10.0.0.1 >/dev/null; echo "rc=$?"
`;

  it("LOG logs nothing on a --bare host: its namespace stands for kernel-sandbox's, not init_net", async () => {
    const { w, r } = await run(LOG_SCRIPT);
    expect(r.stdout).toBe("rc=0\n");
    expect(printkRecords(w.host()).filter((x) => x.text.startsWith("ping: ")).length).toBe(0);
  });

  it("LOG writes the kernel's line at the rule's level, in the initial namespace only", async () => {
    const { w, r } = await run(LOG_SCRIPT, false);
    expect(r.stdout).toBe("rc=0\n");
    const recs = printkRecords(w.host());
    expect(recs.length).toBe(1);
    expect(recs[0]!.level).toBe(6);
    expect(recs[0]!.text).toMatch(
      /^ping: IN=v0 OUT= MAC=([0-9a-f]{2}:){13}[0-9a-f]{2} SRC=10\.0\.0\.2 DST=10\.0\.0\.1 LEN=84 TOS=0x00 PREC=0x00 TTL=64 ID=\d+ (DF )?PROTO=ICMP TYPE=8 CODE=0 ID=\d+ SEQ=1 $/,
    );
    // The MAC field is destination, source, ethertype 08:00.
    expect(recs[0]!.text).toMatch(/MAC=(..:){12}08:00 /);
  });

  it("REJECT answers with the chosen ICMP unreachable and counts the rule", async () => {
    const { r } = await run(`
iptables -A INPUT -p icmp -j REJECT --reject-with icmp-host-prohibited
ip netns exec a ping -c 1 -W 1 10.0.0.1; echo "rc=$?"
iptables -L INPUT -v -n -x | tail -1
`);
    // ICMP type 3 code 10, which ping words as below (test/golden/iptables/traffic-reject.sh records it).
    expect(r.stdout).toContain("From 10.0.0.1 icmp_seq=1 Destination Host Prohibited\n");
    expect(r.stdout).toContain("rc=1\n");
    expect(r.stdout).toMatch(/^ +1 +84 REJECT +1 +-- +\* +\* +0\.0\.0\.0\/0 +0\.0\.0\.0\/0 +reject-with icmp-host-prohibited\n/m);
  });

  it("statistic nth, goto and RETURN count the packets each rule sees", async () => {
    const { r } = await run(`
iptables -N EVERY2
iptables -N SUB
iptables -A INPUT -p icmp -g EVERY2
iptables -A EVERY2 -m statistic --mode nth --every 2 --packet 0 -j SUB
iptables -A EVERY2 -j ACCEPT
iptables -A SUB -j RETURN
iptables -A SUB -j DROP
ip netns exec a ping -c 4 -i 0.2 -q 10.0.0.1 >/dev/null; echo "rc=$?"
iptables-save -c | grep '^\\[' | cut -d' ' -f1
iptables -L INPUT -v -x -n | head -1
`);
    // RETURN in SUB goes back to EVERY2 (a jump pushed it); nothing falls through to the policy.
    expect(r.stdout).toBe("rc=0\n[4:336]\n[2:168]\n[4:336]\n[2:168]\n[0:0]\nChain INPUT (policy ACCEPT 0 packets, 0 bytes)\n");
  });
});
