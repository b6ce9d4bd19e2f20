// Masks what the real kernel does not reproduce between two runs of the same
// script, so that a recording of the kernel and nslab's output can be compared
// byte for byte. Applied identically to both sides (browser-safe: no Node APIs).
//
// The principle: mask only randomness, never a value the kernel prints the same
// way every time. Every rule below names the evidence that made it necessary
// (a script recorded twice through kernel-sandbox that differed there).
//
// Values that identify something (a MAC, an ICMP id, a port, a pid, a netns
// inode) are numbered in order of first appearance, so "the same MAC shows up in
// two places" is still checked: <mac1> in `ip link` and <mac1> in the ARP reply
// must be the same device on both sides. Measurements (timings, timers,
// checksums, sequence numbers) become constant tokens.
//
// The kernel also randomises the ORDER of some listings (hash tables seeded at
// random: neighbours, conntrack, sockets; brctl sorts its FDB by the random MAC).
// Runs of such lines are sorted after masking (see UNORDERED_LINES) — their
// content is still compared line for line.

export interface MaskOptions {
  /**
   * The script that produced the output. MAC addresses and port numbers written
   * literally in it were chosen by the script, not by the kernel, and are kept
   * (so `ip link set dev x address 02:00:00:00:00:01` is really checked).
   */
  script?: string;
}

/** What one rule masks, why, and what showed it. */
export interface MaskRule {
  name: string;
  /** Why the kernel does not reproduce this value. */
  reason: string;
  /** What was seen on the real kernel (recorded twice through kernel-sandbox). */
  evidence: string;
  apply: (line: string, n: Namer) => string;
}

/** Kinds of numbered identities. */
type Kind = "mac" | "icmpid" | "pid" | "port" | "nsino" | "sockino" | "traceid";

/**
 * Gives each distinct random value a number in order of first appearance.
 * In "peek" mode (used to compute sort keys) unknown values are not numbered
 * but shown as `?`, so the key does not depend on the random value itself.
 */
export class Namer {
  private readonly tables = new Map<Kind, Map<string, number>>();
  mode: "register" | "peek" = "register";
  readonly keptMacs: ReadonlySet<string>;
  readonly keptNumbers: ReadonlySet<string>;

  constructor(opts: MaskOptions = {}) {
    const script = opts.script ?? "";
    this.keptMacs = new Set(
      [...script.matchAll(/[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}/g)].map((m) => m[0].toLowerCase().replace(/:/g, "")),
    );
    this.keptNumbers = new Set([...script.matchAll(/\d+/g)].map((m) => String(Number(m[0]))));
  }

  /** The number of `value`, or undefined if it has none yet and we are peeking. */
  number(kind: Kind, value: string): number | undefined {
    let t = this.tables.get(kind);
    if (!t) this.tables.set(kind, (t = new Map()));
    const have = t.get(value);
    if (have !== undefined || this.mode === "peek") return have;
    const n = t.size + 1;
    t.set(value, n);
    return n;
  }

  /** `<prefix{n}>` or `<prefix?>` while peeking at an unknown value. */
  token(kind: Kind, value: string, prefix: string): string {
    const n = this.number(kind, value);
    return `<${prefix}${n ?? "?"}>`;
  }

  /** Known MACs (12 lower-case hex digits) in numbering order. */
  macs(): string[] {
    return [...(this.tables.get("mac")?.keys() ?? [])];
  }
}

// ---------------------------------------------------------------- MACs

/** 12 lower-case hex digits of a MAC written with colons, or undefined. */
function hex12(mac: string): string {
  return mac.toLowerCase().replace(/[:.]/g, "");
}

/** A MAC the kernel chose at random: unicast, not all-zero, not in the script. */
function isRandomMac(h: string, n: Namer): boolean {
  if (h === "000000000000") return false;
  if (parseInt(h.slice(0, 2), 16) & 1) return false; // group (multicast/broadcast) address
  return !n.keptMacs.has(h);
}

/** Token for a MAC, in the case the tool printed it (case is a real difference). */
function macToken(h: string, src: string, n: Namer, suffix = ""): string {
  const upper = /[A-F]/.test(src) && !/[a-f]/.test(src);
  const t = n.token("mac", h, "mac").slice(1, -1) + suffix;
  return `<${upper ? t.toUpperCase() : t}>`;
}

/** The MAC an EUI-64 interface identifier was made from (RFC 4291 appendix A). */
export function macFromEui64(g1: string | undefined, g2hi: string, g3lo: string, g4: string): string {
  const a = (g1 ?? "0").padStart(4, "0");
  const b0 = (parseInt(a.slice(0, 2), 16) ^ 0x02).toString(16).padStart(2, "0");
  return b0 + a.slice(2) + g2hi.padStart(2, "0") + g3lo + g4.padStart(4, "0");
}

// One regex finds every form a MAC (or something derived from one) takes, left
// to right, so numbering follows the order of appearance across forms.
const MAC_FORMS = new RegExp(
  [
    // 1: EUI-64 link-local: fe80::G1:G2ff:feG3:G4 (G1 vanishes into :: when zero)
    String.raw`(?<![0-9A-Za-z:])fe80::(?:([0-9a-f]{1,4}):)?([0-9a-f]{0,2})ff:fe([0-9a-f]{2}):([0-9a-f]{1,4})(?![0-9a-f]|:[0-9a-f])`,
    // 5: solicited-node multicast address ff02::1:ffXX:XXXX (RFC 4291 2.7.1)
    String.raw`(?<![0-9A-Za-z:])ff02::1:ff([0-9a-f]{1,2}):([0-9a-f]{1,4})(?![0-9a-f]|:[0-9a-f])`,
    // 7, 8: a bridge id as iproute2 prints it, priority.MAC with unpadded bytes (`8000.2:0:0:0:0:2`)
    String.raw`(?<![0-9A-Za-z.:])([0-9a-f]{4})\.([0-9a-f]{1,2}(?::[0-9a-f]{1,2}){5})(?![0-9A-Za-z]|:[0-9a-f])`,
    // 9: a MAC with colons, either case
    String.raw`(?<![0-9A-Za-z:])([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})(?![0-9A-Za-z]|:[0-9A-Fa-f])`,
    // 10, 11: a bridge id, priority.mac-without-colons (brctl show, showstp)
    String.raw`(?<![0-9A-Za-z.:])([0-9A-Fa-f]{4})\.([0-9A-Fa-f]{12})(?![0-9A-Za-z])`,
  ].join("|"),
  "g",
);

function maskMacs(line: string, n: Namer): string {
  return line.replace(MAC_FORMS, (all, g1, g2, g3, g4, s1, s2, iprio, imac, mac, prio, bid) => {
    if (g3 !== undefined) {
      const h = macFromEui64(g1, g2, g3, g4);
      if (!isRandomMac(h, n)) return all;
      return `fe80::${macToken(h, "", n, "-eui64")}`;
    }
    if (s2 !== undefined) {
      const low = s1.padStart(2, "0") + s2.padStart(4, "0");
      const owner = lowOwner(low, n);
      return owner === undefined ? all : `ff02::1:ff${macToken(owner, "", n, "-low24")}`;
    }
    if (imac !== undefined) {
      // iproute2 prints each byte with %x: only that exact rendering is masked,
      // so a padded `05` where the kernel prints `5` stays visible.
      const bytes = (imac as string).split(":").map((b) => b.padStart(2, "0"));
      const h = bytes.join("");
      const canonical = bytes.map((b) => parseInt(b, 16).toString(16)).join(":");
      if (imac !== canonical || !isRandomMac(h, n)) return all;
      return `${iprio}.${macToken(h, imac, n)}`;
    }
    if (mac !== undefined) {
      const h = hex12(mac);
      if (h.startsWith("3333ff")) {
        const owner = lowOwner(h.slice(6), n);
        return owner === undefined ? all : `${mac.slice(0, 9)}${macToken(owner, mac, n, "-low24")}`;
      }
      return isRandomMac(h, n) ? macToken(h, mac, n) : all;
    }
    const h = hex12(bid);
    return isRandomMac(h, n) ? `${prio}.${macToken(h, bid, n, "-hex")}` : all;
  });
}

/** The first known random MAC whose low 24 bits are `low` (solicited-node forms). */
function lowOwner(low: string, n: Namer): string | undefined {
  return n.macs().find((h) => h.endsWith(low));
}

// ---------------------------------------------------------------- helpers

const EPHEMERAL_LO = 32768; // net.ipv4.ip_local_port_range default
const EPHEMERAL_HI = 60999;

function isEphemeral(p: string, n: Namer): boolean {
  const v = Number(p);
  return v >= EPHEMERAL_LO && v <= EPHEMERAL_HI && !n.keptNumbers.has(String(v));
}

/** Whitespace before a masked right-aligned number, less the alignment padding. */
function unpad(ws: string): string {
  const t = ws.replace(/ +$/, "");
  return t === "" ? " " : t;
}

// ---------------------------------------------------------------- the rules

export const MASK_RULES: readonly MaskRule[] = [
  {
    name: "packet-timestamps",
    reason: "tcpdump prints the wall-clock time each packet was captured (any -t variant).",
    evidence: "`02:09:16.569033 IP (tos 0x0, …` vs `02:09:19.170492 IP (tos 0x0, …`.",
    apply: (l) =>
      l
        .replace(/^(?:\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d\.\d{6}(?= )/, "<time>")
        .replace(/^\d{9,10}\.\d{6}(?= )/, "<time>"),
  },  {
    name: "ping-times",
    reason: "round-trip times are measured on the wall clock.",
    evidence:
      "`time=0.617 ms` vs `time=0.411 ms`; `0% packet loss, time 204ms` vs `time 201ms`; " +
      "`rtt min/avg/max/mdev = 0.081/0.349/0.617/0.268 ms` vs `0.058/0.234/0.411/0.176 ms`.",
    apply: (l) =>
      l
        .replace(/\btime=\d+(?:\.\d+)? ms\b/g, "time=<t> ms")
        .replace(/(% packet loss, time )\d+ms/g, "$1<t>ms")
        .replace(/^((?:rtt|round-trip) min\/avg\/max(?:\/mdev|\/stddev)? = )([\d./]+)( ms)/, (_a, p, v: string, s) =>
          p + v.split("/").map(() => "<t>").join("/") + s,
        )
        .replace(/(ipg\/ewma )[\d.]+\/[\d.]+/g, "$1<t>/<t>")
        .replace(/^\[\d+\.\d+\] /, "[<time>] "),
  },  {
    name: "traceroute-times",
    reason: "traceroute prints each probe's round-trip time, measured on the wall clock.",
    evidence: "` 1  10.0.1.254  0.720 ms  0.351 ms  0.330 ms` vs ` 1  10.0.1.254  0.504 ms  0.331 ms  0.319 ms`.",
    apply: (l) => (/^ ?\d+ {2}\S/.test(l) ? l.replace(/ \d+\.\d{3} ms\b/g, " <t> ms") : l),
  },
  {
    name: "curl-elapsed",
    reason: "curl reports how long a failed connect or a timeout took, on the wall clock.",
    evidence: "`curl: (28) Connection timed out after 1000 milliseconds` (1001 on other runs); `Failed to connect to 10.0.0.9 port 80 after 19567 ms`.",
    apply: (l) => l.replace(/\bafter \d+ ms\b/g, "after <ms> ms").replace(/\bafter \d+ milliseconds\b/g, "after <ms> milliseconds"),
  },
  {
    name: "tcp-metrics-times",
    reason:
      "ip tcp_metrics prints an entry's age (wall clock since the connection closed) and the RTT and RTT variation " +
      "the connection measured on the wall clock.",
    evidence:
      "`10.0.0.2 age 1.004sec cwnd 12 rtt 47us rttvar 47us source 10.0.0.1` then `age 1.020sec` on the next line; " +
      "`127.0.0.1 age 1.024sec cwnd 12 rtt 668us rttvar 1287us` (rtt 52us on another run); JSON `\"age\":1.028,\"rtt\":4.7e-05`.",
    apply: (l) =>
      /^(?:Deleted )?\S+ age \d+\.\d{3}sec\b/.test(l)
        ? l.replace(/ age \d+\.\d{3}sec/, " age <t>sec").replace(/ rtt \d+us/, " rtt <t>us").replace(/ rttvar \d+us/, " rttvar <t>us")
        : /"dst":"[^"]*","age":[\d.]/.test(l)
          ? l.replace(/"(age|rtt|rttvar)":[\d.e+-]+/g, '"$1":"<t>"')
          : l,
  },
  {
    name: "tcp-sequence",
    reason: "initial sequence numbers are random (RFC 6528); tcpdump prints them absolute on SYNs and mid-stream captures. Relative numbers (< 1,000,000) are kept.",
    evidence: "tcpdump -v of `nc`: `seq 3327031233` vs `seq 4160270449`, `ack 3327031234` vs `ack 4160270450`.",
    apply: (l) =>
      l.replace(/\b(seq|ack) (\d+)(?::(\d+))?/g, (all, w, a) => (Number(a) >= 1_000_000 ? `${w} <seq>` : all)),
  },
  {
    name: "tcp-timestamps",
    reason: "TCP timestamp values start at a random per-connection offset (RFC 7323 5.4); 0 (ecr of a SYN) is kept.",
    evidence: "`TS val 2414328908 ecr 0` vs `TS val 1124933332 ecr 0`.",
    apply: (l) =>
      l.replace(/\bTS val (\d+) ecr (\d+)/g, (_a, v, e) => `TS val ${v === "0" ? v : "<ts>"} ecr ${e === "0" ? e : "<ts>"}`),
  },
  {
    name: "checksums",
    reason: "every checksum covers a random field (IP id, ports, ISN, ICMP id, ping's timestamp payload).",
    evidence:
      "`cksum 0x1431 (incorrect -> 0xb044)` vs `(incorrect -> 0x734b)` for the same SYN; VXLAN's outer `[bad udp cksum 0x51e6 -> 0x8ce0!]` vs `-> 0x2069!]` (inner MACs, flow-hashed source port).",
    apply: (l) =>
      l.replace(/\bcksum 0x[0-9a-f]+/g, "cksum <cksum>").replace(/-> 0x[0-9a-f]+(\)|!\])/g, (_a, end) => `-> <cksum>${end}`),
  },
  {
    name: "ip-id",
    reason: "the IPv4 identification field is drawn from a randomly seeded per-destination generator; 0 (sent on some DF packets) is kept.",
    evidence: "tcpdump -v: `(tos 0x0, ttl 64, id 6173, offset 0` vs `id 56913`.",
    apply: (l) => l.replace(/(\bttl \d+, id )(\d+)(?=,)/g, (all, p, v) => (v === "0" ? all : `${p}<ipid>`)),
  },
  {
    name: "ipv6-flowlabel",
    reason: "Linux picks IPv6 flow labels by hashing with a random secret (auto_flowlabels).",
    evidence: "tcpdump -v of IPv6 traffic prints `flowlabel 0x…` which changes each run.",
    apply: (l) => l.replace(/\bflowlabel 0x[0-9a-f]+/g, "flowlabel <flow>"),
  },
  {
    name: "icmp-echo-id",
    reason: "ping's echo identifier is its pid (raw socket) or a kernel-chosen port (ping socket).",
    evidence: "tcpdump: `ICMP echo request, id 9512` vs `id 9622`; ping -v: `ident=9480` vs `ident=9590`.",
    apply: (l, n) =>
      l
        .replace(/(echo (?:request|reply), id )(\d+)/g, (_a, p, v) => p + n.token("icmpid", v, "id"))
        .replace(/\bident=(\d+)/g, (_a, v) => `ident=${n.token("icmpid", v, "id")}`)
        .replace(/(\bcode=\d+ id=)(\d+)/g, (_a, p, v) => p + n.token("icmpid", v, "id")),
  },
  {
    name: "pids",
    reason: "process ids depend on everything else running on the machine.",
    evidence: "ss -tlnp: `users:((\"nc\",pid=26599,fd=4))` vs `pid=26724`.",
    apply: (l, n) => l.replace(/\bpid=(\d+)/g, (_a, v) => `pid=${n.token("pid", v, "pid")}`),
  },
  {
    name: "nft-monitor-pid",
    reason: "nft monitor names the process that committed each batch by its pid.",
    evidence: "nft monitor: `# new generation 2 by process 26923 (nft)` vs `by process 9918 (nft)`; xtables-monitor -e: `NEWGEN: GENID=2 PID=32441 NAME=iptables`.",
    apply: (l, n) =>
      l
        .replace(/^(# new generation \d+ by process )(\d+)(?= \()/, (_a, p, v) => p + n.token("pid", v, "pid"))
        // xtables-monitor -e: `NEWGEN: GENID=3 PID=12551 NAME=iptables`
        .replace(/^(NEWGEN: GENID=\d+ PID=)(\d+)(?= NAME=)/, (_a, p, v) => p + n.token("pid", v, "pid")),
  },
  {
    name: "netlink-portid",
    reason: "a netlink socket's portid is its process's pid (the first socket) or a number the kernel picks below zero; ss -a lists them.",
    evidence: "ss -an: `nl    UNCONN 4352   0   4:4490  *` vs `4:5093`; ss -a: `tcpdiag:ss/4491` vs `tcpdiag:ss/5094`.",
    apply: (l, n) => {
      const m = /^((?:nl\s+)?(?:UNCONN\s+)?\d+\s+\d+\s+[\w-]+:)(?:([^\s/]+)\/)?(-?\d+)(?=\s+\*)/.exec(l);
      if (!m || m[3] === "0") return l;
      return m[1] + (m[2] ? `${m[2]}/` : "") + n.token("pid", m[3]!, "pid") + l.slice(m[0].length);
    },
  },
  {
    name: "ephemeral-ports",
    reason: "source ports of connecting sockets are picked at random in ip_local_port_range (32768-60999); ports written in the script are kept.",
    evidence: "tcpdump: `10.0.0.1.57072 > 10.0.0.2.8080` vs `10.0.0.1.39906 > 10.0.0.2.8080`.",
    apply: (l, n) =>
      l
        .replace(/(\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f:]*[0-9a-f]|>|\]|\*)([.:])(\d{5})\b/g, (all, a, sep, p) =>
          isEphemeral(p, n) ? `${a}${sep}${n.token("port", p, "port")}` : all,
        )
        .replace(/\b(sport|dport)=(\d{5})\b/g, (all, k, p) => (isEphemeral(p, n) ? `${k}=${n.token("port", p, "port")}` : all))
        // nc -v: "Connection received on 10.0.0.1 46530" (seen: 46530 vs 46542)
        .replace(/^(Connection received on \S+ )(\d{5})$/, (all, pre, p) => (isEphemeral(p, n) ? pre + n.token("port", p, "port") : all)),
  },
  {
    name: "socket-identity",
    reason: "socket inode numbers and kernel socket cookies (ss -e) differ each run.",
    evidence: "ss -e prints `ino:NNNNN sk:…` for each socket.",
    apply: (l, n) =>
      l
        .replace(/\bino:(\d+)/g, (_a, v) => `ino:${n.token("sockino", v, "sockino")}`)
        .replace(/\bsk:[0-9a-f]+/g, "sk:<sk>"),
  },
  {
    name: "proc-net-sockets",
    reason:
      "/proc/net/tcp|udp(6) rows: UDP's sl is a hash slot mixed with a random per-netns value, inodes and the hashed %pK pointer differ each run, source ports of connecting sockets are random (hex), timers run in real time; rows are padded to a fixed width, so the padding follows the masked widths.",
    evidence: "`cat /proc/net/udp`: `11432: 0100007F:14E9 …` vs `12194: 0100007F:14E9 …`; inode 2647083 vs 2650290; pointer 000000005ed8ba6c.",
    apply: (l, n) => {
      const m = /^ *\d+: ([0-9A-F]{8}(?:[0-9A-F]{24})?:[0-9A-F]{4} [0-9A-F]{8}(?:[0-9A-F]{24})?:[0-9A-F]{4} [0-9A-F]{2} [0-9A-F]{8}:[0-9A-F]{8}) ([0-9A-F]{2}):([0-9A-F]{8}) ([0-9A-F]{8} +\d+ +-?\d+) (\d+) (\d+) ([0-9a-f]{16})(.*)$/.exec(l);
      if (!m) return l;
      const ends = m[1]!.replace(/:([0-9A-F]{4})(?= |$)/g, (all, h: string) => {
        const p = String(Number.parseInt(h, 16));
        return isEphemeral(p, n) ? `:${n.token("port", p, "port")}` : all;
      });
      const when = m[3] === "00000000" ? m[3] : "<t>";
      const ino = m[5] === "0" ? "0" : n.token("sockino", m[5]!, "sockino");
      return `<sl>: ${ends} ${m[2]}:${when} ${m[4]} ${ino} ${m[6]} <sk>${m[8]!.replace(/ +$/, "")}`;
    },
  },
  {
    name: "netns-inode",
    reason: "namespace inode numbers are allocated from proc's dynamic range (>= 0xF0000000) and differ each run.",
    evidence: "`readlink /proc/self/ns/net`: `net:[4026532180]` vs `net:[4026532321]`; `stat -L -c %i /run/netns/a`: 4026532249 vs 4026532248.",
    apply: (l, n) =>
      l.replace(/(?<![\d.])(\d{10})(?![\d.])/g, (all, v) => {
        const x = Number(v);
        return x >= 0xf0000000 && x <= 0xffffffff ? n.token("nsino", v, "nsino") : all;
      }),
  },
  {
    name: "netfilter-trace",
    reason:
      "nf_tables trace ids hash the skb's address (nf_tables_trace.c trace_fill_id); the packet the trace decodes " +
      "carries the random IPv4 id, ping's id and timestamp payload and the source port; xtables-monitor prints " +
      "MACs unpadded (ether_ntoa).",
    evidence:
      "nft monitor trace: `trace id 7f899c6c inet t pre packet: … ip id 9544 … icmp id 6566 icmp sequence 1 " +
      "@th,64,96 0xbd24046b0000000054270900` vs `trace id 578d1b16 … ip id 9685 … icmp id 6590 … 0xbe24046b000000003a3e0400`; " +
      "`udp sport 52176`; `ip6 flowlabel 32651`, an echo's id and sequence as `icmpv6 parameter-problem 325386241`; xtables-monitor: `PACKET: 2 42d1a75d IN=veth0 MACSRC=7a:e4:8:c1:41:2a … ID=9831 DF`.",
    apply: (l, n) => {
      if (/^trace id [0-9a-f]{8} /.test(l)) {
        l = l.replace(/^trace id ([0-9a-f]{8})/, (_a, v) => `trace id ${n.token("traceid", v, "trace")}`);
        l = l.replace(/ ip id (\d+)/, (all, v) => (v === "0" ? all : " ip id <ipid>"));
        l = l.replace(/ icmp id (\d+)/, (_a, v) => ` icmp id ${n.token("icmpid", v, "id")}`);
        l = l.replace(/ (tcp|udp) sport (\d{5})\b/, (all, k, p) => (isEphemeral(p, n) ? ` ${k} sport ${n.token("port", p, "port")}` : all));
        l = l.replace(/ ip6 flowlabel \d+/, " ip6 flowlabel <flow>");
        if (/ icmp(?:v6)? type echo-(?:request|reply) /.test(l))
          l = l.replace(/ (@th,64,\d+) 0x[0-9a-f]+/, " $1 <payload>").replace(/ icmpv6 parameter-problem \d+/, " icmpv6 parameter-problem <echo>");
        return l;
      }
      const m = /^(PACKET| TRACE): (\d+) ([0-9a-f]{8}) /.exec(l);
      if (!m) return l;
      l = `${m[1]}: ${m[2]} ${n.token("traceid", m[3]!, "trace")} ${l.slice(m[0].length)}`;
      return l
        .replace(/ (MACSRC|MACDST)=([0-9a-f]{1,2}(?::[0-9a-f]{1,2}){5})(?= )/g, (all, k, mac: string) => {
          const h = mac.split(":").map((b) => b.padStart(2, "0")).join("");
          return isRandomMac(h, n) ? ` ${k}=${macToken(h, mac, n)}` : all;
        })
        .replace(/ ID=(\d+) /, (all, v) => (v === "0" ? all : " ID=<ipid> "))
        .replace(/ SPORT=(\d{5}) /, (all, p) => (isEphemeral(p, n) ? ` SPORT=${n.token("port", p, "port")} ` : all));
    },
  },
  {
    name: "macs",
    reason:
      "veth, bridge and most virtual devices get random MACs (eth_hw_addr_random); also what derives from them: " +
      "EUI-64 link-local addresses, solicited-node multicast addresses, bridge ids. 00:00:00:00:00:00, group " +
      "addresses (ff:ff:…, 33:33:…, 01:00:5e:…, 01:80:c2:…) and MACs written in the script are kept.",
    evidence:
      "ip link: `link/ether e2:54:e0:c2:69:a4` vs `ee:df:43:7f:f0:4f`; ip addr: `fe80::e054:e0ff:fec2:69a4/64` vs " +
      "`fe80::ecdf:43ff:fe7f:f04f/64`; brctl show: `8000.e254e0c269a4` vs `8000.eedf437ff04f`; ip maddr: " +
      "`33:33:ff:99:4d:33`, `ff02::1:ff99:4d33` vs `…a3:5f:df`.",
    apply: maskMacs,
  },


  {
    name: "timers",
    reason: "bridge/port timers (gc, forward delay, hello, ageing) are read while they run on the wall clock.",
    evidence:
      "ip -d link: `gc_timer  299.58` vs `gc_timer  299.60`, `forward_delay_timer   14.57` vs `14.58`; brctl showstp: " +
      "`gc timer\\t\\t 299.57` vs `299.58`; brctl showmacs ageing `0.01`.",
    apply: (l) =>
      l
        .replace(/(timer)([\t ]+)(\d+\.\d+)/g, (_a, w, ws) => `${w}${unpad(ws)}<t>`)
        .replace(/("\w+_timer":)\d+(?:\.\d+)?/g, '$1"<t>"')
        .replace(/^(\s*\d+\t\S+\t(?:yes|no)\t\t)\s*\d+\.\d+$/, "$1<t>"),
  },
  {
    name: "sockstat-host-wide",
    reason:
      "/proc/net/sockstat's TCP orphan/alloc/mem and UDP mem are host-wide (tcp_orphan_count, " +
      "tcp_sockets_allocated, tcp/udp_memory_allocated): they count the recording machine's own sockets, " +
      "outside the sandbox's namespace; `ss -s` prints them (TCP total, closed, orphaned).",
    evidence:
      "`TCP: inuse 0 orphan 2 tw 0 alloc 7 mem 304` vs `orphan 0 … alloc 5 mem 304` in a fresh namespace; " +
      "`ss -s`: `TCP:   7 (estab 0, closed 7, orphaned 2, timewait 0)` vs `TCP:   5 (… closed 5, orphaned 0 …)`.",
    apply: (l) =>
      l
        .replace(/^(TCP: inuse \d+ orphan )\d+( tw \d+ alloc )\d+( mem )\d+$/, "$1<n>$2<n>$3<n>")
        .replace(/^(UDP: inuse \d+ mem )\d+$/, "$1<n>")
        .replace(/^(TCP: {3})\d+( \(estab \d+, closed )-?\d+(, orphaned )\d+(, timewait \d+\))$/, "$1<n>$2<n>$3<n>$4"),
  },
  {
    name: "neighbour-times",
    reason: "`ip -s neigh` / `bridge -s fdb` print seconds since the entry was used/confirmed/updated.",
    evidence: "ip -s neigh: `used 4/64/1probes 6 FAILED` — values follow the wall clock and probe timing.",
    apply: (l) =>
      l
        .replace(/\bused \d+\/\d+(\/\d+)?/g, (_a, third) => `used <t>/<t>${third ? "/<t>" : ""}`)
        .replace(/("(?:used|confirmed|updated)":)\d+/g, '$1"<t>"'),
  },
  {
    name: "ntable-reachable",
    reason: "`ip ntable` prints each parameter set's reachable_time, drawn at random in base/2..3*base/2 (neigh_rand_reach_time).",
    evidence: "`refcnt 1 reachable 25088 base_reachable 30000` vs `reachable 40960` for the same device in the next run.",
    apply: (l) => l.replace(/^( {4}refcnt \d+ reachable )\d+( base_reachable )/, "$1<t>$2").replace(/("refcnt":\d+,"reachable":)\d+/g, '$1"<t>"'),
  },
  {
    name: "conntrack-timeouts",
    reason: "conntrack -L prints the seconds left before each entry expires.",
    evidence: "`icmp     1 29 src=…`: the 29 counts down on the wall clock.",
    apply: (l) =>
      l.replace(
        /^((?:ipv[46]\s+\d+\s+)?(?:tcp|udp|udplite|icmp|icmpv6|sctp|dccp|gre|unknown)\s+\d+ )\d+ /,
        "$1<t> ",
      ),
  },
  {
    name: "conntrack-xml",
    reason: "conntrack -o xml prints each entry's seconds left and its id, a hash keyed at random at boot (nf_ct_get_id).",
    evidence: "`<timeout>49</timeout>…<id>1646446608</id>` vs `<id>3695606655</id>` for the same entry in the next run.",
    apply: (l) =>
      l.startsWith("<flow>") ? l.replace(/<timeout>\d+<\/timeout>/g, "<timeout><t></timeout>").replace(/<id>\d+<\/id>/g, "<id><id></id>") : l,
  },
  {
    name: "ipset-initval",
    reason: "each hash set gets a random hash seed (initval) when it is created; ipset list/save print it.",
    evidence: "`Header: family inet hashsize 1024 maxelem 65536 bucketsize 12 initval 0x4690323e` vs `initval 0x6a5c93dd`.",
    apply: (l) => l.replace(/( bucketsize \d+ initval )0x[0-9a-f]{1,8}$/, "$1<initval>"),
  },
  {
    name: "ipset-initval-xml",
    reason: "the same random hash seed in `ipset -o xml` output.",
    evidence: "`<bucketsize>12</bucketsize><initval>0x9ee69454</initval>` vs `<initval>0x9cf2c5f4</initval>` in the next run.",
    apply: (l) => l.replace(/(<bucketsize>\d+<\/bucketsize><initval>)0x[0-9a-f]{1,8}(<\/initval>)$/, "$1<initval>$2"),
  },
  {
    name: "ipset-entry-timeouts",
    reason: "ipset prints the seconds left on each entry's timeout, counting down on the wall clock.",
    evidence: "`add s2 192.168.0.0/24 timeout 100` listed at once shows `timeout 99` (or 100 on a fast run); a bitmap:port set's `80 timeout 5` shows 4 or 5.",
    // an address (hash, bitmap:ip), a port (bitmap:port) or a set name (list:set) first
    apply: (l) =>
      /^(?:add \S+ )?(?:(?:\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f:.]*)(?:\/\d+)?(?:,\S+)?|\d+|[A-Za-z_][\w.-]*) timeout \d+(?: |$)/.test(l)
        ? l.replace(/ timeout \d+/, " timeout <t>")
        : l.startsWith("<member><elem>")
          ? l.replace(/<\/elem><timeout>\d+<\/timeout>/, "</elem><timeout><t></timeout>")
          : l,
  },
  {
    name: "ip-monitor-timestamps",
    reason: "`ip -t monitor` / `ip -ts monitor` print the wall-clock time each notification is read.",
    evidence:
      "`Timestamp: Sun Nov 22 22:23:50 2026 599558 usec` vs `… 22:24:13 2026 75313 usec`; " +
      "`[2026-11-22T22:23:50.599422] [LINK]3: d0@d1: …` vs `[2026-11-22T22:24:13.075187] …`.",
    apply: (l) =>
      l
        .replace(/^Timestamp: [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} \d+ usec$/, "Timestamp: <date>")
        .replace(/^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\] /, "[<time>] "),
  },
  {
    name: "iptables-save-date",
    reason: "iptables-save frames each table with the wall-clock time it was dumped (ctime(3)).",
    evidence:
      "`# Generated by iptables-save v1.8.9 (nf_tables) on Sun Nov 22 02:37:25 2026` in one run, `… 02:38:03 2026` in the next; " +
      "the same for `# Completed on …`.",
    apply: (l) =>
      l.replace(/^(# (?:Generated by \S+ v\S+ \(\S+\) on|Completed on) )[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/, "$1<date>"),
  },
];

/** Listings whose line order comes from a randomly seeded hash or a sort by a random key. */
export const UNORDERED_LINES: readonly { name: string; reason: string; test: RegExp }[] = [
  {
    name: "ip-neigh",
    reason: "the neighbour table is dumped in hash order, seeded at random (neigh_hash_rnd).",
    test: /^[0-9a-f.:]+ (?:dev \S+ )?(?:lladdr \S+ )?.*\b(?:REACHABLE|STALE|DELAY|PROBE|FAILED|INCOMPLETE|PERMANENT|NOARP|NONE)\s*$/,
  },
  {
    name: "arp",
    reason: "arp -n and /proc/net/arp read the same hash-ordered neighbour table (seen: 10.0.0.6, .4, .5, .2, .3 then .2 … .6).",
    test: /^(?:\d+\.\d+\.\d+\.\d+\s+(?:ether|\(incomplete\)|0x\d+\s)|\S+ \(\d+\.\d+\.\d+\.\d+\) at )/,
  },
  {
    name: "brctl-showmacs",
    reason: "brctl sorts the forwarding database by MAC address, which is random.",
    test: /^\s*\d+\t[0-9a-f:]{17}\t(?:yes|no)\t/,
  },
  {
    name: "tcp-metrics",
    reason: "the TCP metrics cache is a hash table whose bucket order is seeded at random per namespace (net_hash_mix).",
    test: /^(?:Deleted )?\S+ age \S+sec\b/,
  },
  {
    name: "ioam6",
    reason: "ip ioam dumps the kernel's IOAM namespace and schema rhashtables, whose hash seed is random per table.",
    test: /^(?:namespace \d+(?: \[schema \d+\])?(?:, data (?:0x)?[0-9a-f]+)?(?:, wide (?:0x)?[0-9a-f]+)?|schema \d+(?: \[namespace \d+\])?, data:(?: [0-9a-f]{2})*)$/,
  },
  {
    name: "conntrack",
    reason: "the conntrack table is a hash seeded at random.",
    test: /^(?:ipv[46]\s+\d+\s+)?(?:tcp|udp|udplite|icmp|icmpv6|sctp|dccp|gre|unknown)\s+\d+ \d+ /,
  },
  {
    name: "netstat",
    reason: "netstat reads /proc/net/tcp and /proc/net/udp, which walk the same hash tables as ss's dump.",
    test: /^(?:tcp|udp|tcp6|udp6|raw|raw6)\s+\d+\s+\d+ \S+:\S+\s+\S+:\S+/,
  },
  {
    name: "ipset-members",
    reason: "ipset lists a hash set's members bucket by bucket, in the order of a randomly seeded hash (initval).",
    // an IPv4 or (family inet6) IPv6 address first; then a port (and hash:ip,port,ip/net's third
    // address) or hash:net,iface's interface
    test: /^(?:add \S+ )?(?:\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f:]*(?:\d+\.\d+\.\d+\.\d+)?)(?:\/\d+)?(?:,(?:tcp|udp|sctp|udplite|icmp|ipv6-icmp):(?:\d+|[a-z-]+|\d+\/\d+)(?:,(?:\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f:]*)(?:\/\d+)?)?|,(?:physdev:)?[A-Za-z0-9_.@-]+)?(?: (?:timeout|nomatch|packets|bytes|comment)(?: .*)?)?$/,
  },
  {
    name: "xt-recent",
    reason: "/proc/net/xt_recent/NAME walks the table's hash buckets, keyed by a random seed (hash_rnd).",
    // (seen: +fd00::1, 10.0.0.3 and 10.0.0.1 listed in that order after being added in the other)
    test: /^src=[0-9a-f.:]+ ttl:(?: |$)/,
  },
  {
    name: "ipset-members-xml",
    reason: "the same hash-ordered members in `ipset -o xml` output.",
    test: /^<member><elem>[^<]+<\/elem>.*<\/member>$/,
  },
  {
    name: "proc-net-sockets",
    reason: "/proc/net/tcp and udp walk the listening and established hashes in hash order.",
    test: /^ *\d+: [0-9A-F]{8}(?:[0-9A-F]{24})?:[0-9A-F]{4} [0-9A-F]{8}(?:[0-9A-F]{24})?:[0-9A-F]{4} [0-9A-F]{2} /,
  },
  {
    name: "ss",
    reason: "sockets are dumped in hash order (port hash mixed with a random per-netns value).",
    // (ss -f netlink / -A netlink: one table in one state, so neither Netid nor State)
    test: /^(?:(?:tcp|udp|raw|u_str|u_dgr|u_seq|p_raw|p_dgr|nl|icmp6)\s+)?(?:LISTEN|ESTAB|SYN-SENT|SYN-RECV|FIN-WAIT-1|FIN-WAIT-2|TIME-WAIT|CLOSE|CLOSE-WAIT|LAST-ACK|CLOSING|UNCONN)\s+\d+\s+\d+\s|^\d+\s+\d+\s+[\w-]+:(?:[^\s/]+\/)?-?\w+\s+\*/,
  },
];

/** Applies every rule to one line. */
export function maskLine(line: string, n: Namer): string {
  let l = line;
  for (const r of MASK_RULES) l = r.apply(l, n);
  return l;
}

function unorderedKind(line: string): string | undefined {
  return UNORDERED_LINES.find((u) => u.test.test(line))?.name;
}

const SS_LINES = UNORDERED_LINES.find((u) => u.name === "ss")!;
const SS_HEADER = /^(?:Netid +)?(?:State +)?Recv-Q +Send-Q +Local Address:Port +Peer Address:Port *Process *$/;
const SS_NETLINK_PID_ROW = /^(?:nl\s+)?(?:UNCONN\s+)?\d+\s+\d+\s+[\w-]+:(?:[^\s/]+\/)?-?[1-9]\d*\s+\*/;

/**
 * An ss table listing a netlink socket whose portid is a pid: the Port column is as wide as that pid,
 * whose digit count is random, so every line of the table (header included) has its runs of blanks
 * collapsed to one. Tables without such a row keep their exact layout.
 */
function relaxPidColumns(lines: string[]): string[] {
  const out = lines.slice();
  for (let i = 0; i < out.length; i++) {
    if (!SS_HEADER.test(out[i]!)) continue;
    let j = i + 1;
    while (j < out.length && SS_LINES.test.test(out[j]!)) j++;
    if (out.slice(i + 1, j).some((l) => SS_NETLINK_PID_ROW.test(l)))
      for (let k = i; k < j; k++) out[k] = out[k]!.replace(/ {2,}/g, " ").replace(/ +$/, "");
    i = j - 1;
  }
  return out;
}

/**
 * Masks the kernel's randomness in `text` (see MASK_RULES and UNORDERED_LINES).
 * Deterministic: the same text always gives the same result.
 */
export function maskOutput(text: string, opts: MaskOptions = {}): string {
  const n = new Namer(opts);
  const lines = relaxPidColumns(text.split("\n"));
  // Runs of consecutive lines of one unordered kind.
  const blocks: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; ) {
    const k = unorderedKind(lines[i]!);
    let j = i + 1;
    if (k !== undefined) {
      while (j < lines.length && unorderedKind(lines[j]!) === k) j++;
      if (j - i > 1) blocks.push({ start: i, end: j });
    }
    i = j;
  }
  const inBlock = new Set<number>();
  for (const b of blocks) for (let i = b.start; i < b.end; i++) inBlock.add(i);

  // 1. Number identities in order of appearance, outside unordered runs.
  for (let i = 0; i < lines.length; i++) if (!inBlock.has(i)) maskLine(lines[i]!, n);
  // 2. Sort each run by its masked text (unknown identities shown as `?`), then number what is left.
  const out = lines.slice();
  for (const b of blocks) {
    n.mode = "peek";
    const keyed = lines.slice(b.start, b.end).map((l) => ({ l, key: maskLine(l, n) }));
    n.mode = "register";
    keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    keyed.forEach((e, k) => {
      out[b.start + k] = e.l;
    });
  }
  // 3. Mask (identities inside runs get their numbers in sorted order).
  return out.map((l) => maskLine(l, n)).join("\n");
}
