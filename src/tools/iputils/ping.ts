// iputils 20221126 ping: getopt-style option parsing with
// iputils' messages and exit codes, the UDP probe connect that picks the
// source (and reports "connect: Network is unreachable", the broadcast
// question on EACCES), an ICMP socket for the echoes, and the main loop in
// virtual time as ping_common.c runs it: pinger()'s token bucket (one probe
// per interval, -l preload ahead; -f, or -i 0, sends the next probe as soon
// as the reply is in, or every 10 ms without one), the poll/recvmsg waits,
// replies and ICMP errors as they come (a flood prints "." per probe and
// "\b \b" per reply instead of lines), then a linger (-W, 10 s by default, or max(2*tmax, interval) once something
// came back) or the -w deadline; finally the statistics with iputils'
// rounding. Exit status 0 if anything came back (and the deadline did not cut
// a -c run short), 1 otherwise, 2 on errors.
// IPv6 (-6, ping6, an IPv6 target) sets up in ping6.ts and shares the main
// loop through a PingFamily. -R prints the record route after each reply
// (pr_options). Knowingly left out: adaptive mode (-A), -T tsprespec hosts (the option goes out without addresses),
// -m (accepted and ignored), -Q on IPv6 (no IPV6_TCLASS), the receive-buffer
// warning for a large preload. The token bucket counts whole ms of virtual
// time since the last probe (the kernel's CLOCK_MONOTONIC_RAW difference
// truncates the same way, except across a second boundary). No socket
// send-buffer accounting: a flood towards a neighbour that never resolves
// sends every 10 ms, where the kernel's sendmsg() blocks and fails with
// EAGAIN once ping's small SO_SNDBUF holds the requests queued for ARP
// (recorded: 12 sent in 1 s instead of 100).

import { resolveHost, reverseResolve } from "../lib/nss/resolve.js";
import { strtofloat } from "../coreutils/lib/printf-format.js";
import { Interrupted } from "../../sim/scheduler.js";
import { SIGALRM, SIGINT } from "../../uapi/signal.js";
import { DEFAULT_EPOCH_SEC } from "../../sim/epoch.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { parseIpv4Aton, formatIpv4 } from "../../wire/addr.js";
import { get32 } from "../../wire/bytes.js";
import { IPOPT_EOL, IPOPT_NOP, IPOPT_RR, IPOPT_TS, IPOPT_TS_PRESPEC, IPOPT_TS_TSANDADDR, IPOPT_TS_TSONLY } from "../../wire/ipv4.js";
import { ICMP_DEST_UNREACH, ICMP_TIME_EXCEEDED } from "../../wire/icmp.js";
import {
  inetDatagramConnect,
  pingClose,
  pingWait,
  pingWaitFor,
  pingSend,
  pingSetOptions,
  pingSocket,
  LocalMsgSizeError,
  sockBindToDevice,
  sockCheckBindAddr,
  type PingEvent,
} from "../../kernel/ipv4/ping.js";
import { inDevGet } from "../../kernel/ipv4/devinet.js";
import { floodBatchApply, floodBatchQuiet, floodBatchRoom, floodTally, floodTripDelta, type FloodTally } from "../../kernel/ipv4/ping_batch.js";
import { devGetByIndex } from "../../kernel/core/dev.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { PingSock } from "../../kernel/ipv4/ping.js";
import { isIpv6Target, ping6Setup } from "./ping6.js";

const NS_MS = 1_000_000;
const NS_US = 1_000;
/** ping.h: the minimal inter-packet gap a flood keeps without replies, ms. */
const MININTERVAL = 10;
/** sysconf(_SC_CLK_TCK) */
const HZ = 100;
/** -T's arguments: the timestamp option's flags. */
const TS_TYPES: Record<string, number> = { tsonly: IPOPT_TS_TSONLY, tsandaddr: IPOPT_TS_TSANDADDR, tsprespec: IPOPT_TS_PRESPEC };

/** ping.h: size of the duplicate table, the largest preload. */
const MAX_DUP_CHK = 0x10000;

const USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -C                 call connect() syscall on socket creation
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -e <identifier>    define identifier for ping session, default is random for
                     SOCK_RAW and kernel defined for SOCK_DGRAM
                     Imply using SOCK_RAW (for IPv4 only for identifier 0)
  -f                 flood ping
  -h                 print help and exit
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
  -n                 no dns name resolution
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument

For more details see ping(8).
`;

/** Options that take an argument (the getopt string of iputils' ping). */
const WITH_ARG = new Set("ceFiIlmMNpQsStTwW".split(""));
const FLAGS = new Set("46aAbBCdDfhLnOqrRUvV".split(""));

export class Exit {
  constructor(readonly status: number) {}
}

/** printf("%g") of a C float: six significant digits, no trailing zeros. */
function fmtG(v: number): string {
  const f = Math.fround(v);
  if (f === 0) return "0";
  const exp = Math.floor(Math.log10(Math.abs(f)));
  if (exp < -4 || exp >= 6) {
    return f.toExponential(5).replace(/\.?0+e/, "e").replace(/e([+-])(\d)$/, "e$10$2");
  }
  return f.toFixed(Math.max(0, 5 - exp)).replace(/\.?0+$/, "");
}

/** sqrt of an integer the way iputils' llsqrt does (integer Newton). */
function llsqrt(a: number): number {
  if (a <= 0) return 0;
  let prev = Number.MAX_SAFE_INTEGER;
  let x = a;
  for (let n = 0; n < 200 && x < prev; n++) {
    prev = x;
    x = Math.floor((x + Math.floor(a / x)) / 2);
  }
  return prev;
}

/** Integer part of a time in µs as iputils prints "%ld.%03ld". */
function ms3(us: number): string {
  const u = Math.trunc(us);
  return `${Math.trunc(u / 1000)}.${String(Math.abs(u % 1000)).padStart(3, "0")}`;
}

function tripTime(us: number): string {
  if (us >= 100000 - 50) return `${Math.trunc((us + 500) / 1000)}`;
  if (us >= 10000 - 5) return `${Math.trunc((us + 50) / 1000)}.${Math.trunc(((us + 50) % 1000) / 100)}`;
  if (us >= 1000) return `${Math.trunc((us + 5) / 1000)}.${String(Math.trunc(((us + 5) % 1000) / 10)).padStart(2, "0")}`;
  return `${Math.trunc(us / 1000)}.${String(Math.trunc(us % 1000)).padStart(3, "0")}`;
}

/** pr_icmph() for ICMP_REDIRECT. */
function redirectText(code: number): string {
  return ["Redirect Network", "Redirect Host", "Redirect Type of Service and Network", "Redirect Type of Service and Host"][code] ?? `Redirect, Bad Code: ${code}`;
}

/** pr_icmph() for the errors an IPv4 ping reports. */
function icmpText(type: number, code: number, info: number): string {
  if (type === ICMP_DEST_UNREACH) {
    const texts = [
      "Destination Net Unreachable",
      "Destination Host Unreachable",
      "Destination Protocol Unreachable",
      "Destination Port Unreachable",
      `Frag needed and DF set (mtu = ${info})`,
      "Source Route Failed",
      "Destination Net Unknown",
      "Destination Host Unknown",
      "Source Host Isolated",
      "Destination Net Prohibited",
      "Destination Host Prohibited",
      "Destination Net Unreachable for Type of Service",
      "Destination Host Unreachable for Type of Service",
      "Packet filtered",
      "Precedence Violation",
      "Precedence Cutoff",
    ];
    return texts[code] ?? `Dest Unreachable, Bad Code: ${code}`;
  }
  if (type === ICMP_TIME_EXCEEDED) {
    if (code === 0) return "Time to live exceeded";
    if (code === 1) return "Frag reassembly time exceeded";
    return `Time exceeded, Bad Code: ${code}`;
  }
  return `Bad ICMP type: ${type}`;
}

export interface Opts {
  /** -a: a bell after each reply. */
  audible?: boolean;
  /** -O: "no answer yet" for a probe still unanswered when the next is sent. */
  outstanding?: boolean;
  /** -D: print_timestamp() before each reply and error line. */
  timestamp?: boolean;
  count: number;
  interval: number; // ms
  /** -i given (a flood keeps it instead of 0). */
  intervalSet: boolean;
  /** -f */
  flood: boolean;
  /** -l */
  preload: number;
  deadline: number; // s, 0 = none
  linger: number; // ms
  datalen: number;
  ttl?: number;
  /** -Q: IP_TOS (IPv4) / IPV6_TCLASS (IPv6). */
  tos?: number;
  /** -M: IP_MTU_DISCOVER for the socket. */
  pmtudisc?: number;
  /** -R: the record-route option (IP_OPTIONS) and its RR: lines. */
  rroute?: boolean;
  /** -T: the timestamp option's flags (IPOPT_TS_TSONLY/TSANDADDR/PRESPEC) and its TS: lines. */
  ipts?: number;
  quiet: boolean;
  /** -v: iputils' debugging lines about its sockets and getaddrinfo, and ident= in replies. */
  verbose: boolean;
  /** -4: getaddrinfo hints for AF_INET only, and no IPv6 socket opened. */
  only4: boolean;
  /** -6: IPv6 only (ping6.ts). */
  only6: boolean;
  numeric: boolean;
  broadcast: boolean;
  device?: string;
  source?: number;
  target?: string;
  /** -p: the bytes that fill the payload, repeated (iputils' fill()). */
  pattern?: number[];
}

export const pingMain: Program = async (pc) => {
  // One chain for both streams, appended in program order: stderr is
  // unbuffered, so what was written there goes out before later stdout, and
  // the main loop can queue output without waiting for each piece.
  let chain: Promise<void> = Promise.resolve();
  // error(3) prefixes program_invocation_name: run as ping6, messages say "ping6:".
  const prog = /(^|\/)ping6$/.test(pc.argv[0] ?? "") ? "ping6" : "ping";
  const err = (s0: string) => {
    const s = prog !== "ping" && s0.startsWith("ping: ") ? `${prog}: ${s0.slice(6)}` : s0;
    chain = chain.then(() => pc.stderr.write(s).then(
      () => {},
      () => {},
    ));
  };
  const out = (s: string): Promise<void> => {
    chain = chain.then(() => pc.stdout.write(s).then(() => {}));
    return chain;
  };
  try {
    const st = await run(pc, out, err);
    await chain;
    return st;
  } catch (e) {
    await chain.catch(() => {});
    if (e instanceof Exit) return e.status;
    throw e;
  }
};

/**
 * fill(): -p's hex digits, two per byte ("%2x" sixteen times, so at most 16
 * bytes and an odd last digit is a byte of its own); "PATTERN: 0x..." is
 * printed once the options are read, unless -q is among them.
 */
function fillPattern(err: (s: string) => void, v: string): number[] {
  const bad = /[^0-9a-fA-F]/.exec(v);
  if (bad) {
    err(`ping: patterns must be specified as hex digits: ${v.slice(bad.index)}\n`);
    throw new Exit(2);
  }
  const pat: number[] = [];
  for (let i = 0; i < v.length && pat.length < 16; i += 2) pat.push(Number.parseInt(v.slice(i, i + 2), 16));
  return pat;
}

/** strtol_or_err(): iputils' numeric argument check. */
function intArg(err: (s: string) => void, s: string, lo: number, hi: number, hiText: string): number {
  const t = s.trim();
  if (!/^[+-]?\d+$/.test(t)) {
    err(`ping: invalid argument: '${s}'\n`);
    throw new Exit(1);
  }
  const n = Number(t);
  if (n < lo || n > hi) {
    err(`ping: invalid argument: '${s}': out of range: ${lo} <= value <= ${hiText}\n`);
    throw new Exit(1);
  }
  return n;
}

/** parsetos(): "0x" then hex, else decimal (strtol, so a sign and leading blanks pass); garbage is fatal, so is more than 255. */
function parseTos(err: (s: string) => void, s: string): number {
  const hex = s[0] === "0" && (s[1] === "x" || s[1] === "X");
  const body = hex ? s.slice(2) : s;
  const m = (hex ? /^[ \t\n\v\f\r]*([+-]?)([0-9a-fA-F]+)/ : /^[ \t\n\v\f\r]*([+-]?)([0-9]+)/).exec(body);
  // strtol stops at the first non-digit; with no digits at all it consumes nothing.
  if ((m ? m[0].length : 0) !== body.length) {
    err(`ping: bad TOS value: ${s}\n`);
    throw new Exit(2);
  }
  let v = m ? BigInt(`${hex ? "0x" : ""}${m[2]}`) : 0n;
  if (m?.[1] === "-") v = -v;
  // strtol clamps to the long's range; (int) keeps the low 32 bits.
  const LMAX = (1n << 63n) - 1n;
  if (v > LMAX) v = LMAX;
  if (v < -LMAX - 1n) v = -LMAX - 1n;
  const tos = Number(BigInt.asIntN(32, v));
  if (tos > 255) {
    err(`ping: the decimal value of TOS bits must be in range 0-255: ${tos}\n`);
    throw new Exit(2);
  }
  return tos;
}

/**
 * ping_strtod(): strtod(3) in the C locale (decimal, hex, inf, nan); garbage
 * after the number is only warned about (for now, says iputils); an empty
 * argument, or one that is not a finite number, is fatal: "MSG: ARG", with
 * strerror(ERANGE) for inf/nan and for a number out of double's range.
 */
function floatArg(err: (s: string) => void, s: string, what: string): number {
  const fatal = (why: string): never => {
    err(`ping: ${what}: ${s}${why}\n`);
    throw new Exit(2);
  };
  if (s === "") fatal("");
  const { value, end } = strtofloat(s);
  if (strtodRange(s, end, value) || end !== s.length) {
    err(`ping: option argument contains garbage: ${s.slice(end)}\n`);
    err("ping: this will become fatal error in the future\n");
  }
  if (!Number.isFinite(value)) fatal(": Numerical result out of range");
  return value;
}

/** strtod(3)'s ERANGE for what strtofloat() read: a number too large (HUGE_VAL), or a
 * decimal one with a nonzero digit that came out 0 (underflow). */
function strtodRange(s: string, end: number, value: number): boolean {
  const text = s.slice(0, end).replace(/^[ \t\n\v\f\r]*[+-]?/, "");
  if (/^[in]/i.test(text)) return false;
  if (!Number.isFinite(value)) return true;
  return value === 0 && !/^0[xX]/.test(text) && /[1-9]/.test(text.replace(/[eE].*/, ""));
}

async function run(pc: ProgramContext, write: (s: string) => Promise<void>, err: (s: string) => void): Promise<number> {
  const o: Opts = { count: 0, interval: 1000, intervalSet: false, flood: false, preload: 1, deadline: 0, linger: 10_000, datalen: 56, quiet: false, verbose: false, only4: false, only6: false, numeric: false, broadcast: false };
  const args = pc.argv.slice(1);
  const operands: string[] = [];
  const usage = (): never => {
    err(USAGE);
    throw new Exit(2);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (WITH_ARG.has(c)) {
        let v = a.slice(j + 1);
        if (v === "") {
          if (i + 1 >= args.length) {
            err(`ping: option requires an argument -- '${c}'\n`);
            usage();
          }
          v = args[++i]!;
        }
        switch (c) {
          case "p":
            o.pattern = fillPattern(err, v);
            break;
          case "c":
            o.count = intArg(err, v, 1, Number.MAX_SAFE_INTEGER, "9223372036854775807");
            break;
          case "i": {
            const sec = floatArg(err, v, "bad timing interval");
            if (sec > 2147483647 / 1000) {
              err(`ping: bad timing interval: ${v}\n`);
              throw new Exit(2);
            }
            // (int)(optval * 1000): truncated, as C converts.
            o.interval = Math.trunc(sec * 1000);
            o.intervalSet = true;
            break;
          }
          case "l":
            o.preload = intArg(err, v, 1, MAX_DUP_CHK, String(MAX_DUP_CHK));
            break;
          case "W": {
            const sec = floatArg(err, v, "bad linger time");
            if (sec < 0 || sec > 2147483647 / 1000) {
              err(`ping: bad linger time: ${v}\n`);
              throw new Exit(2);
            }
            // (int)(optval * 1000): truncated, as C converts.
            o.linger = Math.trunc(sec * 1000);
            break;
          }
          case "w":
            o.deadline = intArg(err, v, 0, 2147483647, "2147483647");
            break;
          case "s":
            o.datalen = intArg(err, v, 0, 2147483647, "2147483647");
            break;
          case "t":
            o.ttl = intArg(err, v, 0, 255, "255");
            break;
          case "M": {
            // iputils 20221126 knows no "probe" (recorded: invalid -M argument).
            const modes: Record<string, number> = { do: 2, dont: 0, want: 1 };
            if (!(v in modes)) {
              err(`ping: invalid -M argument: ${v}\n`);
              throw new Exit(2);
            }
            o.pmtudisc = modes[v];
            break;
          }
          case "T":
            if (o.rroute) {
              err("ping: only one of -T or -R may be used\n");
              throw new Exit(2);
            }
            // iputils: tsonly, tsandaddr, tsprespec (IPOPT_TS_* flags).
            if (!(v in TS_TYPES)) {
              err(`ping: invalid timestamp type: ${v}\n`);
              throw new Exit(2);
            }
            o.ipts = TS_TYPES[v];
            break;
          case "Q":
            o.tos = parseTos(err, v);
            break;
          case "I": {
            const addr = parseIpv4Aton(v);
            if (addr !== undefined) o.source = addr;
            else o.device = v;
            break;
          }
          default:
            break;
        }
        break;
      }
      if (!FLAGS.has(c)) {
        err(`ping: invalid option -- '${c}'\n`);
        usage();
      }
      if (c === "q") o.quiet = true;
      if (c === "a") o.audible = true;
      if (c === "O") o.outstanding = true;
      if (c === "D") o.timestamp = true;
      else if (c === "f") {
        // -f also sets numeric output (no lookups during a flood).
        o.flood = true;
        o.numeric = true;
      }
      else if (c === "v") o.verbose = true;
      else if (c === "R") {
        if (o.ipts !== undefined) {
          err("ping: only one of -T or -R may be used\n");
          throw new Exit(2);
        }
        o.rroute = true;
      }
      else if (c === "4") o.only4 = true;
      else if (c === "n") o.numeric = true;
      else if (c === "b") o.broadcast = true;
      else if (c === "h") usage();
      else if (c === "V") {
        await write("ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: yes, error.h: yes, getrandom(): yes, __fpending(): yes\n");
        throw new Exit(0);
      } else if (c === "6") o.only6 = true;
    }
  }
  // (recorded: -q anywhere on the line silences the announcement)
  if (o.pattern && !o.quiet) await write(`PATTERN: 0x${o.pattern.map((b) => b.toString(16).padStart(2, "0")).join("")}\n`);
  if (!operands.length) {
    err("ping: usage error: Destination address required\n");
    throw new Exit(1);
  }
  o.target = operands[operands.length - 1]!;
  if (isIpv6Target(o, pc.argv[0] ?? "", err)) {
    const six = await ping6Setup(pc, write, err, o);
    return pingLoop(pc, write, err, o, six);
  }
  return ping4(pc, write, err, o);
}

async function ping4(pc: ProgramContext, write: (s: string) => Promise<void>, err: (s: string) => void, o: Opts): Promise<number> {
  const task = pc.task;
  const ns = task.netns;
  const clock = task.host.clock;
  const target = o.target!;
  // As root both raw sockets are open (fds 4 and 5) before the name is looked up.
  if (o.verbose) {
    err(
      o.only4
        ? "ping: sock4.fd: 4 (socktype: SOCK_RAW), sock6.fd: -1 (socktype: 0), hints.ai_family: AF_INET\n\n"
        : "ping: sock4.fd: 4 (socktype: SOCK_RAW), sock6.fd: 5 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC\n\n",
    );
  }
  // iputils asks A and AAAA together whatever -4/-6 say, then keeps its family.
  const r = await resolveHost(task, target, { both: true, family: o.only4 ? "inet" : "unspec" });
  if (r.kind === "error") {
    err(`ping: ${target}: ${r.text}\n`);
    throw new Exit(2);
  }
  let dst = r.addrs[0]!;
  if (o.verbose) await write(`ai->ai_family: AF_INET, ai->ai_canonname: '${target}'\n`);
  const numericTarget = parseIpv4Aton(target) !== undefined;
  // getaddrinfo(AI_CANONNAME) gives a numeric target back as typed ("127.1", "0").
  const hostname = numericTarget ? target : r.canonical;
  // The probe socket: SO_BINDTODEVICE, bind, connect, getsockname.
  let oif = 0;
  if (o.device !== undefined) {
    try {
      oif = sockBindToDevice(ns, o.device);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      err(`ping: SO_BINDTODEVICE ${o.device}: ${strerror(e.errno)}\n`);
      throw new Exit(2);
    }
  }
  let source = o.source ?? 0;
  let multicast = false;
  if (o.source !== undefined) {
    try {
      sockCheckBindAddr(ns, o.source);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      err(`ping: bind: ${strerror(e.errno)}\n`);
      throw new Exit(2);
    }
  } else {
    if (dst >>> 28 === 14) multicast = true;
    const connect = (broadcast: boolean) => inetDatagramConnect(ns, { daddr: dst, saddr: 0, oif, broadcast });
    try {
      source = connect(false).src;
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      if (e.errno === 13) {
        if (!o.broadcast) {
          err("ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n");
          throw new Exit(2);
        }
        err("WARNING: pinging broadcast address\n");
        multicast = true;
        try {
          source = connect(true).src;
        } catch (e2) {
          if (!(e2 instanceof KernelError)) throw e2;
          err(`ping: connect: ${strerror(e2.errno)}\n`);
          throw new Exit(2);
        }
      } else {
        err(`ping: connect: ${strerror(e.errno)}\n`);
        throw new Exit(2);
      }
    }
  }
  // ping4_run(): a destination of 0.0.0.0 becomes the source found (the name printed stays the one given).
  if (dst === 0) dst = source;
  if (o.device !== undefined) {
    const dev = devGetByIndex(ns, oif);
    const owns = dev && inDevGet(dev)?.ifaList.some((i) => i.local === source);
    if (!owns) err(`ping: Warning: source address might be selected on device other than: ${o.device}\n`);
  }
  // setup(): as root, ping asks the kernel for whatever size it was given
  // (recorded up to 200000); the kernel refuses each send (see pingSend).
  // The "packet size N is too large. Maximum is 65507" of unprivileged users
  // is not modelled: scripts run as root.
  // setsockopt(IP_TTL) takes 1..255 only (do_ip_setsockopt: EINVAL for 0), though -t accepts 0.
  if (o.ttl === 0) {
    err("ping: cannot set unicast time-to-live: Invalid argument\n");
    throw new Exit(2);
  }
  const sock = pingSocket(task);
  sock.boundDev = oif;
  sock.boundAddr = o.source ?? 0;
  sock.daddr = dst;
  sock.broadcast = o.broadcast;
  sock.ttl = o.ttl;
  // setsockopt(IP_TOS): a raw/ping socket keeps all eight bits (__ip_sock_set_tos).
  if (o.tos) sock.tos = o.tos & 0xff;
  if (o.pmtudisc !== undefined) sock.pmtudisc = o.pmtudisc;
  // -R: NOP, then record route with room for nine addresses (40 bytes of options).
  let optlen = 0;
  if (o.rroute) {
    const rspace = new Uint8Array(40);
    rspace.set([IPOPT_NOP, IPOPT_RR, 39, 4]);
    pingSetOptions(sock, rspace);
    optlen = 40;
  }
  // -T: a timestamp option of nine stamps (tsonly) or four address/stamp pairs;
  // tsprespec's list of hosts to stamp is empty here (no hosts before the target).
  if (o.ipts !== undefined) {
    const rspace = new Uint8Array(40);
    rspace.set([IPOPT_TS, o.ipts === IPOPT_TS_TSONLY ? 40 : o.ipts === IPOPT_TS_PRESPEC ? 4 : 36, 5, o.ipts]);
    try {
      pingSetOptions(sock, rspace.subarray(0, rspace[1]));
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      rspace[3] = 2;
      try {
        pingSetOptions(sock, rspace.subarray(0, rspace[1]));
      } catch (e2) {
        if (!(e2 instanceof KernelError)) throw e2;
        err(`ping: ts option: ${strerror(e2.errno)}\n`);
        throw new Exit(2);
      }
    }
    optlen = 40;
  }
  let out = `PING ${hostname} (${formatIpv4(dst)}) `;
  if (o.device !== undefined || o.source !== undefined) out += `from ${formatIpv4(source)} ${o.device ?? ""}: `;
  out += `${o.datalen}(${o.datalen + 8 + optlen + 20}) bytes of data.\n`;
  await write(out);
  return pingLoop(pc, write, err, o, {
    sock,
    hostname,
    numericTarget,
    multicast,
    send: (seq, data) => pingSend(sock, seq, data),
    close: () => pingClose(sock),
    addr: (ev) => formatIpv4(ev.from),
    errText: (ev) => (ev.kind === "error" ? icmpText(ev.type, ev.code, ev.info) : ""),
  });
}

/** The family's half of ping: its socket, and how addresses and errors print (ping4_* / ping6_* of iputils). */
export interface PingFamily {
  sock: PingSock;
  hostname: string;
  numericTarget: boolean;
  send(seq: number, data: Uint8Array): void;
  close(): void;
  /** rts->multicast: a broadcast or multicast target, whose duplicate replies are not flagged "(DUP!)" without -v. */
  multicast?: boolean;
  addr(ev: PingEvent): string;
  errText(ev: PingEvent): string;
}

/** main_loop() and finish() of ping_common.c, for either family. */
async function pingLoop(pc: ProgramContext, write: (s: string) => Promise<void>, err: (s: string) => void, o: Opts, fam: PingFamily): Promise<number> {
  const task = pc.task;
  const clock = task.host.clock;
  const { sock, hostname, numericTarget } = fam;
  // setup(): a flood without -i sends as fast as replies come. (Non-root users'
  // "cannot flood; minimal interval allowed for user is 2ms" does not apply:
  // scripts run as root.)
  if (o.flood && !o.intervalSet) o.interval = 0;
  if (o.interval >= Math.trunc(2147483647 / o.preload)) {
    err(`ping: illegal preload and/or interval: ${o.interval}\n`);
    throw new Exit(2);
  }

  const timing = o.datalen >= 16;
  const start = clock.now;
  // Per sequence number (16 bits, as iputils' rcvd table of MAX_DUP_CHK
  // bits): when it was sent (-1: never) and whether its reply came.
  const sentAt = new Float64Array(0x10000).fill(-1);
  const received = new Uint8Array(0x10000);
  let ntransmitted = 0;
  let nreceived = 0;
  let nrepeats = 0;
  let nerrors = 0;
  let tmin = Number.MAX_SAFE_INTEGER;
  let tmax = 0;
  let tsum = 0;
  let tsum2 = 0;
  let rttEwma = 0;
  let pipesize = 1;
  let acked = 0;
  /** in_flight(): probes sent and not yet answered (16-bit sequence arithmetic). */
  const inFlight = () => {
    const diff = ((ntransmitted & 0xffff) - acked) & 0xffff;
    return diff <= 0x7fff ? diff : ntransmitted - nreceived - nerrors;
  };
  /** acknowledge(): the pipe size, and the highest answered sequence. */
  const acknowledge = (seq: number) => {
    const diff = ((ntransmitted & 0xffff) - seq) & 0xffff;
    if (diff > 0x7fff) return;
    if (diff + 1 > pipesize) pipesize = diff + 1;
    if (((seq - acked) << 16) >> 16 > 0 || (((ntransmitted & 0xffff) - acked) & 0xffff) > 0x7fff) acked = seq;
  };
  /** advance_ntransmitted() */
  const advance = () => {
    ntransmitted++;
    if ((((ntransmitted & 0xffff) - acked) & 0xffff) > 0x7fff) acked = (ntransmitted + 1) & 0xffff;
  };
  // pinger()'s token bucket: cur_time (undefined until the first probe) and tokens, in ms.
  let curTime: number | undefined;
  let tokens = 0;
  let exitAt: number | undefined;
  const deadlineAt = o.deadline ? start + o.deadline * 1000 * NS_MS : undefined;
  let exiting = false;
  // pr_addr(): with a host name as target and no -n, every reply's and
  // error's source is looked up again (getnameinfo, a PTR question when
  // /etc/hosts does not know it; no cache, as two queries for two replies
  // show) and printed "NAME (ADDR)" — "ADDR (ADDR)" when the lookup fails.
  const lookupNames = !numericTarget && !o.numeric;
  let fromName: string | undefined;
  const fromText = (ev: PingEvent) => (lookupNames ? `${fromName ?? fam.addr(ev)} (${fam.addr(ev)})` : fam.addr(ev));
  /** The names pr_addr() finds for the addresses a reply's record route holds (looked up before it is handled). */
  const rrNames = new Map<number, string | undefined>();
  const rrAddr = (a: number) => (a === 0 ? "0.0.0.0" : lookupNames ? `${rrNames.get(a) ?? formatIpv4(a)} (${formatIpv4(a)})` : formatIpv4(a));
  /** pr_addr() for each filled record-route slot of a reply (a lookup each time, as ping does). */
  const lookupRr = async (opts: Uint8Array) => {
    rrNames.clear();
    for (let p = 0; p + 2 < opts.length && opts[p] !== IPOPT_EOL; p += opts[p] === IPOPT_NOP ? 1 : Math.max(opts[p + 1]!, 2)) {
      const ts = opts[p] === IPOPT_TS;
      if (opts[p] !== IPOPT_RR && !(ts && (opts[p + 3]! & 0xf) !== IPOPT_TS_TSONLY)) continue;
      const end = p + Math.min(opts[p + 2]!, opts[p + 1]!) - 1;
      for (let q = p + (ts ? 4 : 3); q + 4 <= end && q + 4 <= opts.length; q += ts ? 8 : 4) {
        const a = get32(opts, q);
        if (a && !rrNames.has(a)) rrNames.set(a, await reverseResolve(task, a));
      }
    }
  };
  /** pr_options()'s static copy of the last record route printed. */
  let oldRr: Uint8Array | undefined;
  /** pr_options(): NOPs, and a record route's addresses (or "(same route)") after the reply line. */
  const prOptions = (opts: Uint8Array): string => {
    let s = "";
    for (let p = 0; p < opts.length; ) {
      const t = opts[p]!;
      if (t === IPOPT_EOL) break;
      if (t === IPOPT_NOP) {
        s += "\nNOP";
        p++;
        continue;
      }
      const olen = opts[p + 1] ?? 0;
      if (olen < 2 || olen > opts.length - p) break;
      if (t === IPOPT_RR) {
        const i = Math.min(opts[p + 2]!, olen) - 4;
        if (i <= 0) {
          p += olen;
          continue;
        }
        // The comparison covers the pointer byte and the filled slots but one byte.
        const cur = opts.slice(p + 2, p + 2 + i);
        if (oldRr && oldRr.length === i && oldRr.every((b, k) => b === cur[k]) && !o.flood) {
          s += "\t(same route)";
          p += olen;
          continue;
        }
        oldRr = cur;
        s += "\nRR: ";
        for (let q = p + 3, left = i; ; q += 4) {
          const a = get32(opts, q);
          s += `\t${rrAddr(a)}\n`;
          left -= 4;
          if (left <= 0) break;
        }
      } else if (t === IPOPT_TS) {
        let i = Math.min(opts[p + 2]!, olen) - 5;
        if (i <= 0) {
          p += olen;
          continue;
        }
        const flags = opts[p + 3]!;
        s += "\nTS: ";
        let stdtime = 0;
        let nonstdtime = 0;
        for (let q = p + 4; ; ) {
          if ((flags & 0xf) !== IPOPT_TS_TSONLY) {
            s += `\t${rrAddr(q + 4 <= opts.length ? get32(opts, q) : 0)}`;
            q += 4;
            i -= 4;
            if (i <= 0) break;
          }
          const l = q + 4 <= opts.length ? get32(opts, q) : 0;
          q += 4;
          if (l & 0x80000000) {
            const v = l & 0x7fffffff;
            s += nonstdtime === 0 ? `\t${v} absolute not-standard` : `\t${v - nonstdtime} not-standard`;
            nonstdtime = v;
          } else {
            s += stdtime === 0 ? `\t${l} absolute` : `\t${l - stdtime}`;
            stdtime = l;
          }
          i -= 4;
          s += "\n";
          if (i <= 0) break;
        }
        if (flags >> 4) s += `Unrecorded hops: ${flags >> 4}\n`;
      } else s += `\nunknown option ${t.toString(16)}`;
      p += olen;
    }
    return s;
  };
  // The probe's payload counts up from its first byte; with timing, the first
  // 16 bytes then hold the sender's struct timeval (little-endian tv_sec,
  // tv_usec), as a capture of the real ping shows. ping_common_sendmsg()
  // refuses an ICMP message over 64 KiB before reading it: no need to build
  // one (nor 2 GiB for -s 2147483647). The socket copies what it sends.
  const data = new Uint8Array(o.datalen + 8 > 0xffff ? 0xffff : o.datalen);
  const pat = o.pattern?.length ? o.pattern : undefined;
  for (let k = 0; k < data.length; k++) data[k] = pat ? pat[k % pat.length]! : k & 0xff;
  const stamp = timing ? new DataView(data.buffer) : undefined;

  const schint = (ms: number) => (ms <= MININTERVAL ? MININTERVAL : ms);

  /** Output queued by the synchronous parts below, awaited once per turn of the loop. */
  let queued: Promise<void> | undefined;
  const emit = (t: string) => {
    queued = write(t);
  };
  const flush = async () => {
    if (!queued) return;
    const q = queued;
    queued = undefined;
    await q;
  };

  /** print_timestamp(): "[sec.usec] " of the wall clock when -D was given. */
  const stampText = (at: number): string => {
    if (!o.timestamp) return "";
    const us = Math.floor(at / NS_US);
    return `[${DEFAULT_EPOCH_SEC + Math.floor(us / 1e6)}.${String(us % 1e6).padStart(6, "0")}] `;
  };

  const handle = (ev: PingEvent): void => {
    if (ev.kind === "redirect") {
      // ping4_parse_reply(): a redirect about one of our probes is printed, not counted.
      if (o.quiet || o.flood) return;
      emit(`${stampText(ev.at)}From ${fromText(ev)}: icmp_seq=${ev.seq} ${redirectText(ev.code)}(New nexthop: ${formatIpv4(ev.gw)})\n`);
      return;
    }
    if (ev.kind === "error") {
      // ping4_receive_error_msg(): an ICMP error about one of our probes.
      acknowledge(ev.seq);
      nerrors++;
      if (o.quiet) return;
      if (o.flood) emit("\bE");
      else emit(`${stampText(ev.at)}From ${fromText(ev)} icmp_seq=${ev.seq} ${fam.errText(ev)}\n`);
      return;
    }
    // gather_statistics()
    const seq = ev.seq;
    const sent = sentAt[seq]!;
    if (sent < 0) return;
    acknowledge(seq);
    const dup = received[seq] === 1;
    if (dup) nrepeats++;
    else {
      received[seq] = 1;
      nreceived++;
    }
    let us = 0;
    if (timing) {
      us = Math.floor((ev.at - sent) / NS_US);
      if (!dup) {
        tsum += us;
        tsum2 += us * us;
        if (us < tmin) tmin = us;
        if (us > tmax) tmax = us;
        rttEwma = rttEwma ? rttEwma + us - Math.floor(rttEwma / 8) : us * 8;
      }
    }
    if (o.quiet) return;
    // -a: parse_reply()'s bell after what gather_statistics() printed.
    const bell = o.audible ? "\x07" : "";
    if (o.flood) {
      emit("\b \b" + bell);
      return;
    }
    let line = `${stampText(ev.at)}${ev.data.length + 8} bytes from ${fromText(ev)}: icmp_seq=${seq} ttl=${ev.ttl}`;
    if (timing) line += ` time=${tripTime(us)} ms`;
    if (dup && (!fam.multicast || o.verbose)) line += " (DUP!)";
    line += bell;
    if (ev.options) line += prOptions(ev.options);
    emit(line + "\n");
  };

  /** pinger()'s static oom_count: sends refused with ENOBUFS/ENOMEM since the last one that went out. */
  let oomCount = 0;

  /** send_probe() and what pinger() does with its outcome; false after a hard local error, a delay (ms) to retry after. */
  const sendProbe = (): boolean | number => {
    const now = clock.now;
    const seq = (ntransmitted + 1) & 0xffff;
    if (stamp) {
      const sec = DEFAULT_EPOCH_SEC + Math.floor(now / 1e9);
      stamp.setUint32(0, sec >>> 0, true);
      stamp.setUint32(4, Math.floor(sec / 0x100000000), true);
      stamp.setUint32(8, Math.floor((now % 1e9) / 1e3), true);
      stamp.setUint32(12, 0, true);
    }
    sentAt[seq] = now;
    received[seq] = 0;
    try {
      fam.send(seq, data);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      if (e.errno === 105 || e.errno === 12) {
        // ENOBUFS/ENOMEM: the packet was not sent; try again after half the
        // interval (at most 500 ms) until that has waited out the linger time.
        let nores = schint(Math.trunc(o.interval / 2));
        if (nores > 500) nores = 500;
        oomCount++;
        if (oomCount * nores < o.linger) return nores;
      }
      // Hard local error: the probe counts as sent (pinger's hard_local_error).
      if (e instanceof LocalMsgSizeError) {
        // receive_error_msg(): the local error queued by ip_append_data counts as an error.
        nerrors++;
        if (!o.quiet) {
          if (o.flood) emit("E");
          else err(`ping: local error: message too long, mtu${e.v6 ? ": " : "="}${e.mtu}\n`);
        }
      } else if (e.errno !== 90 && !o.quiet) {
        // (EMSGSIZE with nothing on the error queue, a message over 64 KiB:
        // the probe counts as sent and nothing is printed, as recorded.)
        if (o.flood) emit("E");
        else err(`ping: sendmsg: ${strerror(e.errno)}\n`);
      }
      advance();
      return false;
    }
    oomCount = 0;
    advance();
    if (o.flood && !o.quiet) emit(".");
    return true;
  };

  /**
   * pinger(): sends the next probe if the token bucket allows (at most
   * `preload` ahead of one per interval; an interval of 0, as -f sets,
   * sends as soon as the previous probe is answered, or every 10 ms). Returns
   * the ms until the next probe is due, 0 or less to be called again now.
   */
  const pinger = (): number => {
    if (exiting || (o.count && ntransmitted >= o.count && !o.deadline)) return 1000;
    const now = clock.now;
    if (curTime === undefined) {
      curTime = now;
      tokens = o.interval * (o.preload - 1);
    } else {
      // Whole ms since the last probe (the clock is read in ns, the bucket counts ms).
      let ntokens = Math.trunc((now - curTime) / NS_MS);
      if (!o.interval && ntokens < MININTERVAL && inFlight() >= o.preload) return MININTERVAL - ntokens;
      ntokens += tokens;
      const cap = o.interval * o.preload;
      if (cap < ntokens) ntokens = cap;
      if (ntokens < o.interval) return o.interval - ntokens;
      curTime = now;
      tokens = ntokens - o.interval;
    }
    // -O: the previous probe is still unanswered (an ICMP error does not answer it).
    if (o.outstanding && ntransmitted > 0 && !received[ntransmitted & 0xffff]) emit(`${stampText(now)}no answer yet for icmp_seq=${ntransmitted & 0xffff}\n`);
    const sent = sendProbe();
    if (sent === true) return o.interval - tokens;
    tokens = 0;
    if (typeof sent === "number") return sent;
    return schint(o.interval);
  };

  /** schedule_exit(): once the count is sent, how long to wait for answers (the SIGALRM of __schedule_exit). */
  const scheduleExit = (next: number): number => {
    if (!(o.count && ntransmitted >= o.count && !o.deadline) || exitAt !== undefined) return next;
    let waitUs = nreceived ? Math.max(2 * tmax, o.interval * 1000) : o.linger * 1000;
    // A zero wait disarms the itimer (setitimer with a zero value): with -W 0
    // and nothing received, no exit timer; ping waits for the replies, and
    // computes the wait again on the next turn.
    if (waitUs === 0 && !nreceived) return next < 0 ? 0 : next;
    // After replies it only comes out zero here because nslab's links answer
    // in zero time (tmax 0), where the kernel's never do: wait 1 µs instead,
    // which lets every reply of this instant in.
    if (waitUs === 0) waitUs = 1;
    exitAt = clock.now + waitUs * NS_US;
    return next < 0 || next < Math.floor(waitUs / 1000) ? Math.floor(waitUs / 1000) : next;
  };

  /** A wait ends at `until` or at SIGALRM (the exit timer, the -w deadline), whichever comes first. */
  const alarm = (until: number): number => {
    if (exitAt !== undefined && exitAt < until) until = exitAt;
    if (deadlineAt !== undefined && deadlineAt < until) until = deadlineAt;
    return until;
  };
  /** sigexit(): once the alarm time has come and nothing of this instant is left to read. */
  const alarmCheck = () => {
    if (sock.queue.length) return;
    if ((exitAt !== undefined && clock.now >= exitAt) || (deadlineAt !== undefined && clock.now >= deadlineAt)) exiting = true;
  };

  // The flood batch (kernel/ipv4/ping_batch.ts): a quiet flood of round
  // trips that take no virtual time samples two of them between tallies of
  // the host's counters; when both did the same and nothing else, k more are
  // accounted at once (the kernel's counters by the tallies' difference,
  // ping's own here, probe by probe as sendProbe() and handle() keep them).
  const batchable = o.flood && o.quiet && o.interval === 0 && o.preload === 1 && !o.deadline && o.count > 0;
  let batchPhase = 0;
  let batchT0: FloodTally | undefined;
  let batchT1: FloodTally | undefined;
  let batchMark = 0;
  let batchSkip = 0;
  let batchBackoff = 1;
  const host = task.host;
  const floodBatch = () => {
    const steady = inFlight() === 0 && !sock.queue.length && exitAt === undefined && o.count - ntransmitted >= 4 && floodBatchQuiet(host);
    // Probes and answers so far, as one number that moves by exactly 2 per clean round trip.
    const mark = ntransmitted + nreceived + (nerrors + nrepeats) * 0x100000;
    if (!steady || (batchPhase && mark !== batchMark + 2)) {
      batchPhase = 0;
      return;
    }
    batchMark = mark;
    if (batchPhase === 0) {
      if (batchSkip > 0) {
        batchSkip--;
        return;
      }
      batchT0 = floodTally(host);
      batchPhase = 1;
      return;
    }
    if (batchPhase === 1) {
      batchT1 = floodTally(host);
      batchPhase = 2;
      return;
    }
    batchPhase = 0;
    const t2 = floodTally(host);
    const d = floodTripDelta(batchT0!, batchT1!, t2);
    batchT0 = batchT1 = undefined;
    if (!d) {
      batchSkip = batchBackoff;
      if (batchBackoff < 1024) batchBackoff *= 2;
      return;
    }
    batchBackoff = 1;
    // The last probe of the count goes the ordinary way (schedule_exit and the linger follow it).
    const k = Math.min(o.count - ntransmitted - 1, floodBatchRoom(host, d));
    if (k < 1) return;
    floodBatchApply(host, t2, d, k);
    const now = clock.now;
    for (let i = 0; i < k; i++) {
      // sendProbe()
      const seq = (ntransmitted + 1) & 0xffff;
      sentAt[seq] = now;
      advance();
      // handle() of its reply, in the same instant (rtt 0)
      acknowledge(seq);
      received[seq] = 1;
      nreceived++;
      if (timing) {
        if (0 < tmin) tmin = 0;
        rttEwma = rttEwma ? rttEwma - Math.floor(rttEwma / 8) : 0;
      }
    }
    oomCount = 0;
  };

  // set_signal(SIGINT/SIGALRM, sigexit): those end the loop and print the statistics; any
  // other fatal signal (timeout's SIGTERM) kills ping with nothing more printed.
  const sigexit = () => {
    exiting = true;
  };
  task.handlers.set(SIGINT, sigexit);
  task.handlers.set(SIGALRM, sigexit);
  try {
    for (let guard = 0; guard < 100_000_000; guard++) {
      // main_loop(): exit conditions.
      if (exiting) break;
      if (o.count && nreceived + nerrors >= o.count) break;
      if (o.deadline && nerrors) break;
      if (batchable) floodBatch();
      // Send the probes due now.
      let next: number;
      do {
        next = scheduleExit(pinger());
      } while (next <= 0);
      if (queued) await flush();
      // How to wait: below the scheduler's resolution, ping sleeps 10 ms if a
      // reply is expected and spins otherwise (in virtual time a spin is a
      // wait until the token bucket lets the next probe go); above it, a
      // poll() for `next` ms; else recvmsg() blocks for SO_RCVTIMEO =
      // SCHINT(interval).
      let until = clock.now + schint(o.interval) * NS_MS;
      let polled = false;
      if (next < schint(o.interval)) {
        let spin = false;
        if (next <= 1000 / HZ) {
          if (inFlight()) next = MININTERVAL;
          else spin = true;
        }
        if (spin) until = curTime! + Math.max(0, o.interval - tokens) * NS_MS;
        else if (o.interval) {
          // poll(): nothing in time sends us back to pinger().
          if (!sock.queue.length && !(await pingWait(task, sock, alarm(clock.now + next * NS_MS)))) {
            alarmCheck();
            continue;
          }
          polled = true;
        }
      }
      // recvmsg(): the first one waits (unless poll() already did), the next
      // ones only take what is queued, for as long as something is in flight.
      for (let first = !polled; ; first = false) {
        if (first && !sock.queue.length) {
          const wait = pingWaitFor(task, sock, alarm(until));
          if (wait) await wait;
        }
        const ev = sock.queue.shift();
        if (!ev) break;
        if (lookupNames) fromName = await reverseResolve(task, ev.from);
        if (lookupNames && ev.kind === "reply" && ev.options) await lookupRr(ev.options);
        handle(ev);
        if (queued) await flush();
        if (inFlight() === 0) break;
      }
      alarmCheck();
    }
  } catch (e) {
    if (!(e instanceof Interrupted) || task.killedBy !== undefined) throw e;
  } finally {
    fam.close();
  }

  // finish()
  const elapsedNs = (curTime ?? start) - start;
  let s = `\n--- ${hostname} ping statistics ---\n`;
  s += `${ntransmitted} packets transmitted, ${nreceived} received`;
  if (nrepeats) s += `, +${nrepeats} duplicates`;
  if (nerrors) s += `, +${nerrors} errors`;
  if (ntransmitted) {
    s += `, ${fmtG(((ntransmitted - nreceived) * 100) / ntransmitted)}% packet loss`;
    s += `, time ${Math.floor((elapsedNs + 500_000) / NS_MS)}ms`;
  }
  s += "\n";
  let comma = "";
  if (nreceived && timing) {
    const total = nreceived + nrepeats;
    const tmavg = Math.floor(tsum / total);
    const tmvar = tsum < 2147483647 ? Math.floor((tsum2 - Math.floor((tsum * tsum) / total)) / total) : Math.floor(tsum2 / total) - tmavg * tmavg;
    const tmdev = llsqrt(tmvar);
    s += `rtt min/avg/max/mdev = ${ms3(tmin)}/${ms3(tmavg)}/${ms3(tmax)}/${ms3(tmdev)} ms`;
    comma = ", ";
  }
  if (pipesize > 1) {
    s += `${comma}pipe ${pipesize}`;
    comma = ", ";
  }
  if (nreceived && (o.interval === 0 || o.flood) && ntransmitted > 1) {
    const ipg = Math.floor(elapsedNs / NS_US / (ntransmitted - 1));
    s += `${comma}ipg/ewma ${ms3(ipg)}/${ms3(Math.floor(rttEwma / 8))} ms`;
  }
  s += "\n";
  await write(s);
  return !nreceived || (o.deadline && nreceived < o.count) ? 1 : 0;
}
