// The lab the ping flood differential tests share (test/ipv4/ping-fastpath-diff,
// ping-batch-diff): n namespaces on a bridge (10.9.0.i, the bridge 10.9.0.254,
// default routes through it) and one more, r (10.9.8.2), routed through the
// host; and the netfilter steps their random scenarios take.

/** Namespace j's own address; n + 1 is the routed one (10.9.8.2, through the host). */
export function labAddr(j: number, n: number): string {
  return j <= n ? `10.9.0.${j}` : "10.9.8.2";
}

/** The lab's setup lines (with `v6`, each bridged namespace also has fd00::i/64). */
export function labSetup(n: number, v6 = false): string[] {
  const lines = ["echo 1 > /proc/sys/net/ipv4/ip_forward", "ip link add br0 type bridge", "ip addr add 10.9.0.254/24 dev br0", "ip link set br0 up"];
  for (let i = 1; i <= n; i++) {
    lines.push(`ip netns add n${i}`, `ip link add v${i} type veth peer name e${i}`, `ip link set e${i} netns n${i}`, `ip -n n${i} addr add 10.9.0.${i}/24 dev e${i}`);
    if (v6) lines.push(`ip -n n${i} addr add fd00::${i}/64 dev e${i} nodad`);
    lines.push(`ip -n n${i} link set e${i} up`, `ip -n n${i} link set lo up`, `ip -n n${i} route add default via 10.9.0.254`, `ip link set v${i} master br0`, `ip link set v${i} up`);
  }
  lines.push("ip netns add r", "ip link add vr type veth peer name er netns r", "ip addr add 10.9.8.1/24 dev vr", "ip link set vr up");
  lines.push("ip -n r addr add 10.9.8.2/24 dev er", "ip -n r link set er up", "ip -n r route add default via 10.9.8.1");
  return lines;
}

export type LabIptables = "count" | "drop" | "ct" | "mark" | "flush";

/** An iptables change in the host (where 0) or namespace n<where>: a counting rule, a limited accept then drop of replies, a conntrack match, a mark, a flush. */
export function labIptables(where: number, chain: string, what: LabIptables): string {
  const ipt = where ? `ip netns exec n${where} iptables` : "iptables";
  const table = chain === "PREROUTING" || chain === "POSTROUTING" ? "-t mangle " : "";
  switch (what) {
    case "count":
      return `${ipt} ${table}-A ${chain} -p icmp`;
    case "drop":
      return `${ipt} ${table}-A ${chain} -p icmp --icmp-type echo-reply -m limit --limit 50/s --limit-burst 3 -j ACCEPT; ${ipt} ${table}-A ${chain} -p icmp --icmp-type echo-reply -j DROP`;
    case "ct":
      return `${ipt} ${table}-A ${chain} -m conntrack --ctstate NEW,ESTABLISHED -p icmp`;
    case "mark":
      return `${ipt} -t mangle -A ${chain} -p icmp -j MARK --set-mark 7`;
    case "flush":
      return `${ipt} -F; ${ipt} -t mangle -F`;
  }
}

/** An ebtables change in the host: drop ICMP in FORWARD, count IPv4 there, or flush. */
export function labEbtables(what: "drop" | "count" | "flush"): string {
  return what === "flush" ? "ebtables -F" : what === "drop" ? "ebtables -A FORWARD -p IPv4 --ip-proto icmp -j DROP" : "ebtables -A FORWARD -p IPv4";
}

/**
 * The lines that end a scenario: wait for the background, print what it and
 * the captures wrote (`outputs`: the files, cap-0..n after them), then every
 * counter the tests compare. `more`: also neighbours, /proc/net/netstat,
 * snmp6 and dev_snmp6.
 */
export function labReadout(n: number, outputs: string, more = false): string[] {
  const nums = Array.from({ length: n }, (_, k) => k + 1).join(" ");
  const lines = ["wait", `cat ${outputs}`, `for i in 0 ${nums}; do cat cap-$i.txt 2>/dev/null; done`];
  lines.push(`ip -s link; nstat -az 2>&1 | grep -v '^#'; iptables -L -v -n -x; iptables -t mangle -L -v -n -x; ebtables -L --Lc; conntrack -L 2>&1 | sort; bridge fdb show br br0 | grep -v permanent | sort; cat /proc/net/snmp${more ? " /proc/net/netstat" : ""}`);
  for (let i = 1; i <= n; i++) {
    lines.push(
      more
        ? `ip -n n${i} -s link; ip -n n${i} neigh; ip netns exec n${i} nstat -az 2>&1 | grep -v '^#'; ip netns exec n${i} iptables -L -v -n -x; ip netns exec n${i} cat /proc/net/snmp /proc/net/snmp6 /proc/net/dev_snmp6/e${i}`
        : `ip -n n${i} -s link; ip netns exec n${i} nstat -az 2>&1 | grep -v '^#'; ip netns exec n${i} iptables -L -v -n -x; ip netns exec n${i} cat /proc/net/snmp`,
    );
  }
  lines.push("ip -n r -s link; ip netns exec r nstat -az 2>&1 | grep -v '^#'");
  return lines;
}
