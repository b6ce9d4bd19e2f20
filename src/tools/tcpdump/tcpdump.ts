// tcpdump 4.99 (tcpdump.c): options, reading savefiles (-r), live capture
// through the kernel's packet sockets, writing savefiles (-w), the filter
// expression, and the messages tcpdump prints on stderr around them.
//
// Output buffering is stdio's: line-buffered on a terminal or with -l,
// otherwise written in 4096-byte blocks and at exit, which is what decides
// when packet lines appear relative to other programs' output.

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { SIGHUP, SIGINT, SIGPIPE, SIGTERM } from "../../uapi/signal.js";
import { Interrupted } from "../../sim/scheduler.js";
import { packetSocketProvider, type CapturedFrame, type PacketSocket } from "../../uapi/packet.js";
import { LINKTYPE_NFLOG, nflogGroup, openNflog } from "./nflog.js";
import { Names, type NameSources } from "./addrtoname.js";
import { lookupPrintedHosts } from "./prelookup.js";
import { getopt, USAGE_TEXT, VERSION_TEXT } from "./options.js";
import { PacketPrinter, type PacketRecord, type PrintOptions } from "./print.js";
import {
  LINKTYPE_DOCSIS,
  LINKTYPE_ETHERNET,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  LINKTYPE_RAW,
  LINKTYPE_NULL,
  MAXIMUM_SNAPLEN,
  linktypeName,
  linktypeText,
  pcapFileHeader,
  pcapRecord,
  PcapReader,
  type PcapPacket,
} from "./savefile.js";
import { compileFilter, type CompiledFilter } from "./filter/grammar.js";
import { FilterError } from "./filter/errors.js";
import { deviceLine, findAllDevs, frameToRecord, isOutgoing } from "./capture.js";
import { verboseStatsDump } from "./verbose-stats.js";
import type { OutStream } from "../../kernel/task/stdio.js";
import type { FileInode } from "../../kernel/fs/inode.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import { strftime, wallOf } from "../coreutils/common/time.js";

/** include/uapi/linux/if_arp.h */
const ARPHRD_LOOPBACK = 772;

const enc = new TextEncoder();

/** stdio's buffering of a stream (stdout, or the -w file): 4096-byte blocks, or per line. */
class StdioOut {
  private parts: Uint8Array[] = [];
  private size = 0;
  private readonly sink: (b: Uint8Array) => Promise<void>;
  constructor(
    out: OutStream | ((b: Uint8Array) => Promise<void>),
    private lineBuffered: boolean,
  ) {
    this.sink = typeof out === "function" ? out : (b) => out.write(b);
  }

  async write(data: string | Uint8Array): Promise<void> {
    const b = typeof data === "string" ? enc.encode(data) : data;
    this.parts.push(b);
    this.size += b.length;
    if (this.lineBuffered) {
      if (typeof data === "string" && data.includes("\n")) await this.flush();
      return;
    }
    if (this.size >= 4096) {
      const all = this.take();
      let o = 0;
      while (all.length - o >= 4096) {
        await this.sink(all.subarray(o, o + 4096));
        o += 4096;
      }
      if (o < all.length) {
        this.parts = [all.slice(o)];
        this.size = all.length - o;
      }
    }
  }

  private take(): Uint8Array {
    const all = new Uint8Array(this.size);
    let o = 0;
    for (const p of this.parts) {
      all.set(p, o);
      o += p.length;
    }
    this.parts = [];
    this.size = 0;
    return all;
  }

  async flush(): Promise<void> {
    if (this.size) await this.sink(this.take());
  }
}

const DLT_NAMES: Record<string, number> = {
  EN10MB: LINKTYPE_ETHERNET,
  LINUX_SLL: LINKTYPE_LINUX_SLL,
  LINUX_SLL2: LINKTYPE_LINUX_SLL2,
  RAW: LINKTYPE_RAW,
  NULL: LINKTYPE_NULL,
};

interface Config extends PrintOptions {
  count: number;
  device?: string;
  readFile?: string;
  writeFile?: string;
  snaplen: number;
  promisc: boolean;
  direction: "in" | "out" | "inout";
  yflag?: number;
  yname?: string;
  lflag: boolean;
  Uflag: boolean;
  /** --immediate-mode */
  immediate: boolean;
  /** -B, in bytes (libpcap's default 2 MiB) */
  bufferBytes?: number;
  countMode: boolean;
  Dflag: boolean;
  /** -C: the savefile size (bytes) past which the next file is opened. */
  Cflag?: number;
  /** -W: how many files -C rotates through (with -G alone: how many files before exiting). */
  Wflag?: number;
  /** -G: rotate the savefile after this many seconds (0: off); its name goes through strftime. */
  Gflag: number;
  /** -z: the command run on each savefile a rotation closes. */
  zflag?: string;
  /** -L: list the device's link types and exit. */
  Lflag: boolean;
  filterFile?: string;
}

/** atoi(): leading blanks, an optional sign, the digits, cut to atoi()'s 32-bit int. */
function atoi32(v: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(v);
  return m ? Number(BigInt.asIntN(32, BigInt(m[1]!))) : 0;
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

function readText(ctx: ProgramContext, path: string): string | undefined {
  try {
    return new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, "/", path));
  } catch {
    return undefined;
  }
}

export function nameSources(ctx: ProgramContext): NameSources {
  return {
    hosts: readText(ctx, "/etc/hosts"),
    services: readText(ctx, "/etc/services"),
    ethers: readText(ctx, "/etc/ethers"),
    protocols: readText(ctx, "/etc/protocols"),
  };
}

/** -G with -W and no -C: the last file was closed; tcpdump prints its counts and exits 0. */
class MaxFilesReached {
  constructor(readonly files: number) {}
}

/**
 * compress_savefile(): a child runs `cmd FILE` (execlp, PATH search) with tcpdump's stdio and is
 * not waited for; a command that cannot be run says so on stderr and exits 1.
 */
function compressSavefile(ctx: ProgramContext, cmd: string, file: string): void {
  const argv = [cmd, file];
  const res = resolveCommand(ctx.task, cmd, ctx.env.get("PATH"));
  if (res.kind === "found") {
    spawn(ctx.task, { argv, env: ctx.env, program: res.program });
    return;
  }
  const errno = res.errno;
  spawn(ctx.task, {
    argv,
    env: ctx.env,
    program: async (c) => {
      // The child runs at nice 19 (setpriority before execlp): the capturing parent goes on first.
      await c.task.sleep(EXECLP_FAIL_NS);
      await c.stderr.write(`compress_savefile: execlp(${cmd}, ${file}) failed: ${strerror(errno)}\n`);
      return 1;
    },
  });
}

/** How long the niced child of a failing -z command takes to fork and search PATH. */
const EXECLP_FAIL_NS = 1_000_000;

/** error() from a rotation's pcap_dump_open. */
class DumpOpenError {
  constructor(readonly message: string) {}
}

/** ndo_error(S_ERR_ND_WRITE_FILE, "Unable to write output: ..."). */
class NdWriteError {
  constructor(readonly errno: number) {}
}
const S_ERR_ND_WRITE_FILE = 14;

async function unchecked(f: () => Promise<void>): Promise<void> {
  try {
    await f();
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
  }
}

export const tcpdumpMain: Program = async (ctx) => {
  try {
    return await tcpdumpRun(ctx);
  } catch (e) {
    if (e instanceof DumpOpenError) {
      await ctx.stderr.write(`tcpdump: ${e.message}\n`);
      return 1;
    }
    if (e instanceof MaxFilesReached) {
      // (-r: a savefile has no statistics to print.)
      await ctx.stderr.write(`Maximum file limit reached: ${e.files}\n`);
      return 0;
    }
    if (!(e instanceof NdWriteError)) throw e;
    await ctx.stderr.write(`tcpdump: Unable to write output: ${strerror(e.errno)}\n`);
    return S_ERR_ND_WRITE_FILE;
  }
};

const tcpdumpRun = async (ctx: ProgramContext): Promise<number> => {
  const err = async (msg: string) => {
    await ctx.stderr.write(`tcpdump: ${msg}\n`);
    return 1;
  };
  const parsed = getopt(ctx.argv);
  if ("error" in parsed) {
    await ctx.stderr.write(parsed.error + USAGE_TEXT);
    return 1;
  }
  const cfg: Config = {
    eflag: 0,
    nflag: 0,
    vflag: 0,
    qflag: 0,
    xflag: 0,
    Xflag: 0,
    Aflag: 0,
    tflag: 0,
    Sflag: 0,
    count: -1,
    snaplen: 0,
    promisc: true,
    direction: "inout",
    lflag: false,
    Uflag: false,
    immediate: false,
    countMode: false,
    Dflag: false,
    Lflag: false,
    Gflag: 0,
  };
  /** Gflag_time: the wall-clock second of the last rotation (set when -G is parsed). */
  let gTime = 0;
  const wallSec = () => wallOf(ctx.task.host.clock.now).sec;
  let printFlag = false;
  for (const [k, v] of parsed.opts) {
    switch (k) {
      case "A":
        cfg.Aflag++;
        break;
      case "c": {
        const n = /^[+-]?\d+$/.test(v!) ? Number(v) : NaN;
        if (!(n > 0) || n > 0x7fffffff) return err(`invalid packet count ${v}`);
        cfg.count = n;
        break;
      }
      case "D":
        cfg.Dflag = true;
        break;
      case "L":
        cfg.Lflag = true;
        break;
      case "C": {
        // strtol over the whole argument, in millions of bytes (4.99.3 takes no k/m/g suffix).
        const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(v!);
        const n = m ? Number(m[1]) : 0;
        if (!(n > 0) || n > 0x7fffffff) return err(`invalid file size ${v}`);
        cfg.Cflag = n * 1000000;
        break;
      }
      case "W": {
        const n = atoi32(v!);
        if (n <= 0) return err(`invalid number of output files ${v}`);
        cfg.Wflag = n;
        break;
      }
      case "G": {
        // The rotation clock starts when the option is read.
        const n = atoi32(v!);
        if (n < 0) return err(`invalid number of seconds ${v}`);
        cfg.Gflag = n;
        gTime = wallSec();
        break;
      }
      case "z":
        cfg.zflag = v;
        break;
      case "e":
        cfg.eflag++;
        break;
      case "F":
        cfg.filterFile = v;
        break;
      case "h":
        await ctx.stdout.write(USAGE_TEXT);
        return 0;
      case "version":
        await ctx.stdout.write(VERSION_TEXT);
        return 0;
      case "i":
        cfg.device = v;
        break;
      case "l":
        cfg.lflag = true;
        break;
      case "n":
        cfg.nflag++;
        break;
      case "p":
        cfg.promisc = false;
        break;
      case "q":
        cfg.qflag++;
        break;
      case "Q":
        if (v !== "in" && v !== "out" && v !== "inout") return err(`unknown capture direction \`${v}'`);
        cfg.direction = v;
        break;
      case "r":
        cfg.readFile = v;
        break;
      case "s": {
        const n = /^\d+$/.test(v!) ? Number(v) : NaN;
        if (!(n >= 0 && n <= MAXIMUM_SNAPLEN)) return err(`invalid snaplen ${v} (must be >= 0 and <= ${MAXIMUM_SNAPLEN})`);
        cfg.snaplen = n;
        break;
      }
      case "S":
        cfg.Sflag++;
        break;
      case "t":
        cfg.tflag++;
        break;
      case "U":
        cfg.Uflag = true;
        break;
      case "v":
        cfg.vflag++;
        break;
      case "w":
        cfg.writeFile = v;
        break;
      case "x":
        cfg.xflag++;
        break;
      case "X":
        cfg.Xflag++;
        break;
      case "y": {
        const lt = DLT_NAMES[v!.toUpperCase()];
        if (lt === undefined) return err(`invalid data link type ${v}`);
        cfg.yflag = lt;
        cfg.yname = v;
        break;
      }
      case "T":
        return err(`unknown packet type \`${v}'`);
      case "count":
        cfg.countMode = true;
        break;
      case "#":
        cfg.numberFlag = true;
        break;
      case "print":
        printFlag = true;
        break;
      case "immediate-mode":
        cfg.immediate = true;
        break;
      case "B": {
        const n = Number.parseInt(v!, 10);
        if (n > 0) cfg.bufferBytes = n * 1024;
        break;
      }
      // Accepted and without effect here: no-optimize, privilege dropping,
      // checksum verification, domain stripping, microsecond timestamps (the default).
      case "O":
      case "Z":
      case "K":
      case "N":
      case "micro":
        break;
      default:
        // Options whose behaviour nslab does not model (file rotation, -d, -L, ...):
        // tcpdump's default branch prints the usage for options it lacks; we do the same.
        await ctx.stderr.write(USAGE_TEXT);
        return 1;
    }
  }
  if (cfg.tflag > 5) return err("only -t, -tt, -ttt, -tttt and -ttttt are supported");

  if (cfg.Dflag) {
    const devs = findAllDevs(ctx.task);
    let text = "";
    devs.forEach((d, i) => (text += `${deviceLine(i + 1, d)}\n`));
    await ctx.stdout.write(text);
    return 0;
  }
  if (cfg.device && cfg.device.startsWith("any") && cfg.yflag === undefined) cfg.yflag = LINKTYPE_LINUX_SLL2;

  const names = new Names(cfg.nflag, nameSources(ctx));
  /** A packet's text, after the name lookups its printing makes (none with -n). */
  const named = async (linktype: number, rec: PacketRecord, printer: PacketPrinter): Promise<string> => {
    if (!cfg.nflag) await lookupPrintedHosts(ctx.task, names, linktype, rec.data);
    return printer.format(rec);
  };
  const out = new StdioOut(ctx.stdout, cfg.lflag || ctx.stdout.isTTY);
  /** ndo_printf: a failed write of the printed output ends tcpdump (ndo_error). */
  const print = async (text: string) => {
    try {
      await out.write(text);
    } catch (e) {
      if (e instanceof KernelError) throw new NdWriteError(e.errno);
      throw e;
    }
  };
  let expr = parsed.rest.join(" ");
  if (cfg.filterFile !== undefined) {
    const t = readText(ctx, cfg.filterFile.startsWith("/") ? cfg.filterFile : `${ctx.task.cwd}/${cfg.filterFile}`);
    if (t === undefined) return err(`can't open ${cfg.filterFile}: No such file or directory`);
    expr = t
      .split("\n")
      .map((l) => l.replace(/#.*/, ""))
      .join(" ");
  }
  const fs = ctx.task.host.fs;

  // The -w destination (pcap_dump_open), opened after the filter compiled.
  let dump: ((rec: PcapPacket) => Promise<void>) | undefined;
  let dumpFlush: (() => Promise<void>) | undefined;
  const openDump = async (linktype: number, snaplen: number): Promise<string | undefined> => {
    const w = cfg.writeFile!;
    const header = pcapFileHeader(linktype, snaplen);
    if (w === "-") {
      const pout = new StdioOut(ctx.stdout, false);
      await pout.write(header);
      if (cfg.Uflag) await pout.flush();
      dump = async (r) => {
        await pout.write(pcapRecord(r.sec, r.usec, r.data, r.len));
        if (cfg.Uflag) await pout.flush();
      };
      dumpFlush = () => pout.flush();
      return undefined;
    }
    // -C: before each record, a file grown past the size is closed and the next
    // one opened (dump_packet_and_trunc); -W numbers them in a ring of that
    // many, with as many digits as the largest number needs (MakeFilename).
    // -G: the name is first a strftime format of the last rotation's time (UTC, the sandbox's zone).
    const wChars = cfg.Wflag !== undefined ? String(cfg.Wflag - 1).replace(/^0$/, "").length : 0;
    const fileName = (n: number) => {
      const base = cfg.Gflag ? strftime(w, gTime) : w;
      return cfg.Cflag === undefined || (n === 0 && wChars === 0) ? base : `${base}${String(n).padStart(wChars, "0")}`;
    };
    let fileNo = 0;
    let size = 0;
    let fout: StdioOut | undefined;
    let current = "";
    let gCount = 0;
    const openFile = async (): Promise<string | undefined> => {
      let inode: FileInode;
      const name = fileName(fileNo);
      current = name;
      try {
        inode = fs.createFile(ctx.task, ctx.task.cwd, name);
        fs.setData(inode, new Uint8Array(0));
      } catch (e) {
        if (e instanceof KernelError) return `${name}: ${strerror(e.errno)}`;
        throw e;
      }
      // pcap_dump_open's FILE: the header and the records wait in stdio's buffer;
      // -U flushes after the header and after each record (pcap_dump_flush).
      fout = new StdioOut(async (b) => fs.appendData(inode, b), false);
      await fout.write(header);
      size = header.length;
      if (cfg.Uflag) await fout.flush();
      return undefined;
    };
    const e0 = await openFile();
    if (e0) return e0;
    dump = async (r) => {
      // -G: the first packet at least Gflag seconds after the last rotation closes the file
      // (handing it to -z), ends tcpdump once -W files were made (without -C), or opens the
      // next name, numbered again from 0 (dump_packet_and_trunc).
      if (cfg.Gflag) {
        const t = wallSec();
        if (t - gTime >= cfg.Gflag) {
          gTime = t;
          gCount++;
          await fout!.flush();
          if (cfg.zflag !== undefined) compressSavefile(ctx, cfg.zflag, current);
          if (cfg.Cflag === undefined && cfg.Wflag !== undefined && gCount >= cfg.Wflag) throw new MaxFilesReached(cfg.Wflag);
          fileNo = 0;
          const e = await openFile();
          if (e) throw new DumpOpenError(e);
        }
      }
      // pcap_dump_ftell: what was written, buffered bytes included.
      if (cfg.Cflag !== undefined && size > cfg.Cflag) {
        await fout!.flush();
        if (cfg.zflag !== undefined) compressSavefile(ctx, cfg.zflag, current);
        fileNo++;
        if (cfg.Wflag !== undefined && fileNo >= cfg.Wflag) fileNo = 0;
        const e = await openFile();
        if (e) throw new DumpOpenError(e);
      }
      const rec = pcapRecord(r.sec, r.usec, r.data, r.len);
      size += rec.length;
      await fout!.write(rec);
      if (cfg.Uflag) await fout!.flush();
    };
    dumpFlush = () => fout!.flush();
    return undefined;
  };

  const compile = (linktype: number, savefile: boolean): CompiledFilter | FilterError => {
    try {
      return compileFilter(expr, linktype, names, savefile);
    } catch (e) {
      if (e instanceof FilterError) return e;
      throw e;
    }
  };

  const ifname = (index: number) => packetSocketProvider()?.indexToName(ctx.task, index);

  // ---------------------------------------------------------------- -r
  if (cfg.readFile !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = cfg.readFile === "-" ? await ctx.stdin.readAllBytes() : fs.readFile(ctx.task, ctx.task.cwd, cfg.readFile);
    } catch (e) {
      if (e instanceof KernelError) {
        if (e.errno === 21) return err(`error reading dump file: ${strerror(e.errno)}`);
        return err(`${cfg.readFile}: ${strerror(e.errno)}`);
      }
      throw e;
    }
    const reader = PcapReader.open(bytes);
    if ("error" in reader) return err(reader.error);
    await ctx.stderr.write(`reading from file ${cfg.readFile}, ${linktypeText(reader.linktype)}, snapshot length ${reader.snaplen}\n`);
    if (reader.linktype === LINKTYPE_LINUX_SLL2) await ctx.stderr.write("Warning: interface names might be incorrect\n");
    const filter = compile(reader.linktype, true);
    if (filter instanceof FilterError) return err(filter.display);
    if (cfg.writeFile !== undefined) {
      const e = await openDump(reader.linktype, reader.snaplen);
      if (e) return err(e);
    }
    const printer = new PacketPrinter(cfg, names, reader.linktype, ifname);
    let captured = 0;
    let status = 0;
    for (;;) {
      ctx.task.checkSignals();
      const n = reader.next();
      if (n.kind === "eof") break;
      if (n.kind === "error") {
        await out.flush();
        await ctx.stderr.write(`tcpdump: pcap_loop: ${n.message}\n`);
        status = 1;
        break;
      }
      if (!filter(n.packet)) continue;
      captured++;
      if (dump) {
        await dump(n.packet);
        if (printFlag) await print(await named(reader.linktype, n.packet, printer));
      } else if (!cfg.countMode) await print(await named(reader.linktype, n.packet, printer));
      if (cfg.count > 0 && captured >= cfg.count) break;
    }
    if (dumpFlush) await dumpFlush();
    if (cfg.countMode) await print(`${captured} packet${plural(captured)}\n`);
    await out.flush();
    return status;
  }

  // ---------------------------------------------------------------- live
  const provider = packetSocketProvider();
  let device = cfg.device;
  if (device === undefined) {
    const devs = findAllDevs(ctx.task);
    if (!devs.length) return err("no interfaces available for capture");
    // (the SLL2 default is tcpdump's, for a device *named* "any" on the
    // command line: the first device found keeps libpcap's cooked v1.)
    device = devs[0]!.name;
  }
  // The packet buffer timeout: 1 s, or 0.1 s when the dissected packets go to a
  // terminal or line-buffered stdout (tcpdump.c); it is the TPACKET_V3 block's
  // retire timeout. Only --immediate-mode hands over each packet at once.
  const printing = cfg.writeFile === undefined || printFlag;
  const ring = {
    immediate: cfg.immediate,
    timeoutMs: printing && (ctx.stdout.isTTY || cfg.lflag) ? 100 : 1000,
    bufferBytes: cfg.bufferBytes,
  };
  const open = (dev: string) => {
    const group = nflogGroup(dev);
    if (group !== undefined) return { ok: true as const, socket: openNflog(ctx.task, group) };
    return provider ? provider.open(ctx.task, dev, { promisc: cfg.promisc, ring }) : { ok: false as const, errno: "ENODEV" as const };
  };
  let res = open(device);
  if (!res.ok && res.errno === "ENODEV" && /^\d+$/.test(device)) {
    const devs = findAllDevs(ctx.task);
    const n = Number(device);
    // parse_interface_number() and find_interface_by_number(): one message for both.
    if (n === 0 || n > devs.length) return err("Invalid adapter index");
    device = devs[n - 1]!.name;
    res = open(device);
  }
  if (!res.ok) {
    if (res.errno === "ENETDOWN") return err(`${device}: That device is not up`);
    await ctx.stderr.write(`tcpdump: ${device}: No such device exists\n(No such device exists)\n`);
    return 1;
  }
  const sock: PacketSocket = res.socket;
  try {
    const isAny = device === "any";
    // libpcap's list for the device (pcap-linux.c): cooked v1 and v2 for
    // "any", Ethernet and DOCSIS for an ARPHRD_ETHER device; v1 is the default.
    const loopback = provider?.devices(ctx.task).find((d) => d.name === device)?.loopback;
    const dlts = nflogGroup(device) !== undefined ? [LINKTYPE_NFLOG] : isAny ? [LINKTYPE_LINUX_SLL, LINKTYPE_LINUX_SLL2] : loopback ? [LINKTYPE_ETHERNET] : [LINKTYPE_ETHERNET, LINKTYPE_DOCSIS];
    if (cfg.Lflag) {
      // show_dlts_and_exit(): DOCSIS has no printer here.
      let text = `Data link types for ${device} (use option -y to set):\n`;
      for (const lt of dlts) {
        const n = linktypeName(lt)!;
        text += `  ${n.name} (${n.description})${lt === LINKTYPE_DOCSIS ? " (printing not supported)" : ""}\n`;
      }
      await ctx.stdout.write(text);
      return 0;
    }
    let linktype = dlts[0]!;
    if (cfg.yflag !== undefined) {
      if (!dlts.includes(cfg.yflag)) return err(`${cfg.yname ?? linktypeName(cfg.yflag)?.name} is not one of the DLTs supported by this device`);
      linktype = cfg.yflag;
      await ctx.stderr.write(`tcpdump: data link type ${linktypeName(linktype)!.name}\n`);
    }
    const snaplen = cfg.snaplen === 0 ? MAXIMUM_SNAPLEN : cfg.snaplen;
    const filter = compile(linktype, false);
    if (filter instanceof FilterError) return err(filter.display);
    if (cfg.writeFile !== undefined) {
      const e = await openDump(linktype, snaplen);
      if (e) return err(e);
    }
    // pcap_setfilter: the kernel runs the filter (SO_ATTACH_FILTER) and counts what passes.
    const accept = (f: CapturedFrame) => filter({ ...frameToRecord(f, linktype, snaplen), pkttype: f.pkttype });
    const kernelFilter = sock.setFilter !== undefined;
    sock.setFilter?.(accept);
    const ln = linktypeName(linktype)!;
    await ctx.stderr.write(
      `${!cfg.vflag && cfg.writeFile === undefined ? "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n" : "tcpdump: "}listening on ${device}, link-type ${ln.name} (${ln.description}), snapshot length ${snaplen} bytes\n`,
    );
    let stop = false;
    const onSignal = () => {
      stop = true;
    };
    for (const s of [SIGINT, SIGTERM, SIGHUP, SIGPIPE]) ctx.task.handlers.set(s, onSignal);
    const printer = new PacketPrinter(cfg, names, linktype, ifname);
    let captured = 0;
    let interrupted = false;
    const stats = verboseStatsDump(ctx, cfg.vflag > 0 && cfg.writeFile !== undefined && !printFlag, () => captured);
    try {
      while (!stop) {
        const f = await stats.next(() => sock.next(ctx.task), () => stop);
        if (!f) {
          await out.flush();
          await ctx.stderr.write("tcpdump: pcap_loop: The interface disappeared\n");
          break;
        }
        const rec = frameToRecord(f, linktype, snaplen);
        if (!kernelFilter && !filter({ ...rec, pkttype: f.pkttype })) continue;
        // libpcap drops the outgoing copy of every frame on a loopback device
        // (pcap-linux.c: the looped-back incoming copy is the one shown); the
        // kernel's filter has already counted both.
        if (isOutgoing(f) && f.hatype === ARPHRD_LOOPBACK) continue;
        // -Q is applied by libpcap after the kernel's filter: packets of the
        // other direction still count as "received by filter" (recorded).
        if (cfg.direction === "in" && isOutgoing(f)) continue;
        if (cfg.direction === "out" && !isOutgoing(f)) continue;
        captured++;
        stats.counted();
        if (dump) {
          await dump(rec);
          if (printFlag) await print(await named(linktype, rec, printer));
        } else await print(await named(linktype, rec, printer));
        if (cfg.count > 0 && captured >= cfg.count) break;
      }
      if (stop) interrupted = true;
    } catch (e) {
      if (e instanceof MaxFilesReached) {
        await ctx.stderr.write(`Maximum file limit reached: ${e.files}\n`);
      } else {
        if (!(e instanceof Interrupted) || !stop) throw e;
        interrupted = true;
      }
    }
    stats.stop();
    // putchar('\n') and fflush(stdout): their failures go unchecked.
    await unchecked(async () => {
      if (interrupted && cfg.writeFile === undefined) await out.write("\n");
      await out.flush();
    });
    if (dumpFlush) await dumpFlush();
    // info(): pcap_stats reads the kernel's counts, which include what is
    // still in the ring and never reached tcpdump.
    const st = sock.stats();
    const received = st.received;
    await ctx.stderr.write(
      `${captured} packet${plural(captured)} captured\n${received} packet${plural(received)} received by filter\n${st.dropped} packet${plural(st.dropped)} dropped by kernel\n`,
    );
    return 0;
  } finally {
    sock.close();
  }
};
