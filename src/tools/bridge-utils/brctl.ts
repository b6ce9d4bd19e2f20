// brctl (bridge-utils 1.7.1): addbr, delbr, addif, delif, show, showmacs, stp,
// setageing, setfd, sethello, setmaxage, setbridgeprio, with brctl's messages.
// The real one uses the bridge ioctls and sysfs; here the same operations go
// through rtnetlink (create/delete a bridge link, set/clear a port's master,
// read IFLA_BR_* and the FDB dump), with brctl's own checks in front where the
// ioctl would have refused what rtnetlink allows (re-enslaving a port,
// deleting a bridge that is up). showstp, setpathcost, setportprio and hairpin
// behave as brctl does when /sys/class/net shows the devices (a host's own
// namespace; the model's sysfs does): times read as clock_t from
// bridge/* and brport/*, hairpin written to brport/hairpin_mode. (Without
// sysfs, e.g. a namespace entered without remounting /sys, brctl falls back to
// the old SIOCDEVPRIVATE ioctls, which report some times in raw jiffies and
// have no hairpin; not modelled.)

import { KernelError, strerror } from "../../uapi/errno.js";
import { IFF_UP, type IfInfoMsg } from "../../uapi/if_link.js";
import type { BridgeRequestData, BrportRequest, RtnlReply, RtnlRequest } from "../../uapi/rtnetlink.js";
import { NLM_F_CREATE, NLM_F_EXCL } from "../../uapi/rtnetlink.js";
import { rtnlTalk } from "../../kernel/core/rtnetlink.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";

const COMMANDS: Array<[string, number, string]> = [
  ["addbr", 1, "<bridge>\t\tadd bridge"],
  ["delbr", 1, "<bridge>\t\tdelete bridge"],
  ["addif", 2, "<bridge> <device>\tadd interface to bridge"],
  ["delif", 2, "<bridge> <device>\tdelete interface from bridge"],
  ["hairpin", 3, "<bridge> <port> {on|off}\tturn hairpin on/off"],
  ["setageing", 2, "<bridge> <time>\t\tset ageing time"],
  ["setbridgeprio", 2, "<bridge> <prio>\t\tset bridge priority"],
  ["setfd", 2, "<bridge> <time>\t\tset bridge forward delay"],
  ["sethello", 2, "<bridge> <time>\t\tset hello time"],
  ["setmaxage", 2, "<bridge> <time>\t\tset max message age"],
  ["setpathcost", 3, "<bridge> <port> <cost>\tset path cost"],
  ["setportprio", 3, "<bridge> <port> <prio>\tset port priority"],
  ["show", 0, "[ <bridge> ]\t\tshow a list of bridges"],
  ["showmacs", 1, "<bridge>\t\tshow a list of mac addrs"],
  ["showstp", 1, "<bridge>\t\tshow bridge stp info"],
  ["stp", 2, "<bridge> {on|off}\tturn stp on/off"],
];

function usageText(): string {
  return `Usage: brctl [commands]\ncommands:\n${COMMANDS.map(([n, , h]) => `\t${n.padEnd(10)}\t${h}\n`).join("")}`;
}

class Brctl {
  out = "";
  err = "";
  constructor(readonly pc: ProgramContext) {}

  talk(req: RtnlRequest): RtnlReply {
    return rtnlTalk(this.pc.task, req);
  }

  link(name: string): IfInfoMsg | undefined {
    try {
      const r = this.talk({ type: "RTM_GETLINK", dump: false, ifi_index: 0, attrs: { IFLA_IFNAME: name, IFLA_EXT_MASK: 8 } });
      return r.type === "links" ? r.links[0] : undefined;
    } catch {
      return undefined;
    }
  }

  links(): IfInfoMsg[] {
    const r = this.talk({ type: "RTM_GETLINK", dump: true, ifi_index: 0, attrs: { IFLA_EXT_MASK: 8 } });
    return r.type === "links" ? r.links : [];
  }

  isBridge(m: IfInfoMsg | undefined): boolean {
    return m?.IFLA_LINKINFO?.IFLA_INFO_KIND === "bridge";
  }

  addbr(name: string): number {
    // strncpy(ifr_name, name, IFNAMSIZ) with the kernel's terminating NUL: 15 characters survive.
    const n = name.slice(0, 15);
    try {
      this.talk({ type: "RTM_NEWLINK", nlmsg_flags: NLM_F_CREATE | NLM_F_EXCL, ifi_index: 0, ifi_flags: 0, ifi_change: 0, attrs: { IFLA_IFNAME: n, IFLA_LINKINFO: { IFLA_INFO_KIND: "bridge" } } });
      return 0;
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === 17) this.err += `device ${name} already exists; can't create bridge with the same name\n`;
      else this.err += `add bridge failed: ${strerror(errno)}\n`;
      return 1;
    }
  }

  delbr(name: string): number {
    const m = this.link(name);
    if (!m) {
      this.err += `bridge ${name} doesn't exist; can't delete it\n`;
      return 1;
    }
    if (!this.isBridge(m)) {
      this.err += `can't delete bridge ${name}: Operation not permitted\n`;
      return 1;
    }
    if (m.ifi_flags & IFF_UP) {
      this.err += `bridge ${name} is still up; can't delete it\n`;
      return 1;
    }
    this.talk({ type: "RTM_DELLINK", ifi_index: m.ifi_index, attrs: {} });
    return 0;
  }

  addif(br: string, dev: string): number {
    const b = this.link(br);
    if (!b) {
      this.err += `bridge ${br} does not exist!\n`;
      return 1;
    }
    const d = this.link(dev);
    if (!d) {
      this.err += `interface ${dev} does not exist!\n`;
      return 1;
    }
    try {
      if (this.isBridge(b) && d.IFLA_MASTER !== undefined) throw new KernelError(16);
      this.talk({ type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: d.ifi_index, ifi_flags: 0, ifi_change: 0, attrs: { IFLA_MASTER: b.ifi_index } });
      return 0;
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === 16) this.err += `device ${dev} is already a member of a bridge; can't add it to bridge ${br}.\n`;
      else if (errno === 40) this.err += `device ${dev} is a bridge device itself; can't add a bridge device to a bridge device.\n`;
      else this.err += `can't add ${dev} to bridge ${br}: ${strerror(errno)}\n`;
      return 1;
    }
  }

  delif(br: string, dev: string): number {
    const b = this.link(br);
    if (!b) {
      this.err += `bridge ${br} does not exist!\n`;
      return 1;
    }
    const d = this.link(dev);
    if (!d) {
      this.err += `interface ${dev} does not exist!\n`;
      return 1;
    }
    if (!this.isBridge(b)) {
      this.err += `can't delete ${dev} from ${br}: Operation not supported\n`;
      return 1;
    }
    if (d.IFLA_MASTER !== b.ifi_index) {
      this.err += `device ${dev} is not a port of ${br}\n`;
      return 1;
    }
    this.talk({ type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: d.ifi_index, ifi_flags: 0, ifi_change: 0, attrs: { IFLA_MASTER: 0 } });
    return 0;
  }

  bridgeLine(m: IfInfoMsg, all: IfInfoMsg[]): string {
    const data = m.IFLA_LINKINFO?.IFLA_INFO_DATA;
    const br = data?.kind === "bridge" ? data.br : undefined;
    const id = br
      ? `${br.IFLA_BR_BRIDGE_ID.prio.toString(16).padStart(4, "0")}.${[...br.IFLA_BR_BRIDGE_ID.addr].map((b) => b.toString(16).padStart(2, "0")).join("")}`
      : "8000.000000000000";
    const stp = br?.IFLA_BR_STP_STATE ? "yes" : "no";
    const ports = all.filter((p) => p.IFLA_MASTER === m.ifi_index).map((p) => p.IFLA_IFNAME).sort(cmp);
    let s = `${m.IFLA_IFNAME}\t\t${id}\t${stp}\t\t`;
    if (!ports.length) return `${s}\n`;
    s += `${ports[0]}\n`;
    for (const p of ports.slice(1)) s += `\t\t\t\t\t\t\t${p}\n`;
    return s;
  }

  show(names: string[]): number {
    const all = this.links();
    const header = "bridge name\tbridge id\t\tSTP enabled\tinterfaces\n";
    if (!names.length) {
      // The header comes with the first bridge: no bridges, no output (recorded).
      const bridges = all.filter((x) => this.isBridge(x)).sort((a, b) => cmp(a.IFLA_IFNAME, b.IFLA_IFNAME));
      if (bridges.length) this.out += header;
      for (const m of bridges) this.out += this.bridgeLine(m, all);
      return 0;
    }
    let rc = 0;
    let headed = false;
    for (const n of names) {
      const m = all.find((x) => x.IFLA_IFNAME === n);
      if (!m) {
        this.err += `bridge ${n} does not exist!\n`;
        rc = 1;
      } else if (!this.isBridge(m)) {
        this.err += `device ${n} is not a bridge!\n`;
        rc = 1;
      } else {
        if (!headed) this.out += header;
        headed = true;
        this.out += this.bridgeLine(m, all);
      }
    }
    return rc;
  }

  showmacs(br: string): number {
    const b = this.link(br);
    let r: RtnlReply;
    try {
      if (!b) throw new KernelError(19);
      r = this.talk({ type: "RTM_GETNEIGH_BRIDGE", NDA_MASTER: b.ifi_index });
    } catch (e) {
      this.err += `read of forward table failed: ${strerror(errnoOf(e))}\n`;
      return 1;
    }
    this.out += "port no\tmac addr\t\tis local?\tageing timer\n";
    if (r.type === "fdb") {
      for (const e of r.entries) {
        const mac = [...e.NDA_LLADDR].map((x) => x.toString(16).padStart(2, "0")).join(":");
        const t = `${String(Math.floor(e.ageing_cs / 100)).padStart(4)}.${String(e.ageing_cs % 100).padStart(2, "0")}`;
        this.out += `${String(e.port_no).padStart(3)}\t${mac}\t${e.is_local ? "yes" : "no"}\t\t${t}\n`;
      }
    }
    return 0;
  }

  /** br_cmd_showstp() with BRCTL_GET_BRIDGE_INFO / BRCTL_GET_PORT_INFO filling the structs. */
  showstp(name: string): number {
    const m = this.link(name);
    const data = m?.IFLA_LINKINFO?.IFLA_INFO_DATA;
    if (!m || data?.kind !== "bridge") {
      this.err += m ? `device ${name} is not a bridge!\n` : `bridge ${name} does not exist!\n`;
      return 1;
    }
    const br = data.br;
    const id = (x: { prio: number; addr: Uint8Array }) =>
      `${x.prio.toString(16).padStart(4, "0")}.${[...x.addr].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
    const n4 = (v: number) => String(v).padStart(4);
    // br_get_bridge_info() reads /sys/class/net/BR/bridge/* (clock_t, centiseconds) when
    // sysfs shows the bridge, as it does for a host's own namespace.
    let o = `${name}\n`;
    o += ` bridge id\t\t${id(br.IFLA_BR_BRIDGE_ID)}\n`;
    o += ` designated root\t${id(br.IFLA_BR_ROOT_ID)}\n`;
    o += ` root port\t\t${n4(br.IFLA_BR_ROOT_PORT)}\t\t\tpath cost\t\t${n4(br.IFLA_BR_ROOT_PATH_COST)}\n`;
    o += ` max age\t\t${tv(br.IFLA_BR_MAX_AGE)}\t\t\tbridge max age\t\t${tv(br.IFLA_BR_MAX_AGE)}\n`;
    o += ` hello time\t\t${tv(br.IFLA_BR_HELLO_TIME)}\t\t\tbridge hello time\t${tv(br.IFLA_BR_HELLO_TIME)}\n`;
    o += ` forward delay\t\t${tv(br.IFLA_BR_FORWARD_DELAY)}\t\t\tbridge forward delay\t${tv(br.IFLA_BR_FORWARD_DELAY)}\n`;
    o += ` ageing time\t\t${tv(br.IFLA_BR_AGEING_TIME)}\n`;
    o += ` hello timer\t\t${tv(br.IFLA_BR_HELLO_TIMER)}\t\t\ttcn timer\t\t${tv(br.IFLA_BR_TCN_TIMER)}\n`;
    o += ` topology change timer\t${tv(br.IFLA_BR_TOPOLOGY_CHANGE_TIMER)}\t\t\tgc timer\t\t${tv(br.IFLA_BR_GC_TIMER)}\n`;
    o += ` flags\t\t\t`;
    if (br.IFLA_BR_TOPOLOGY_CHANGE) o += "TOPOLOGY_CHANGE ";
    if (br.IFLA_BR_TOPOLOGY_CHANGE_DETECTED) o += "TOPOLOGY_CHANGE_DETECTED ";
    o += "\n\n\n";
    // br_foreach_port(): scandir() of /sys/class/net/BR/brif, alphasort.
    const ports = this.links()
      .filter((x) => x.IFLA_MASTER === m.ifi_index && x.IFLA_LINKINFO?.IFLA_INFO_SLAVE_DATA?.kind === "bridge")
      .map((x) => ({ name: x.IFLA_IFNAME, p: x.IFLA_LINKINFO!.IFLA_INFO_SLAVE_DATA!.port }))
      .sort((a, b) => cmp(a.name, b.name));
    for (const { name: pn, p } of ports) {
      const pid = p.IFLA_BRPORT_ID.toString(16).padStart(4, "0");
      o += `${pn} (${p.IFLA_BRPORT_NO})\n`;
      o += ` port id\t\t${pid}\t\t\tstate\t\t${(PORT_STATE_NAMES[p.IFLA_BRPORT_STATE] ?? "<INVALID STATE>").padStart(15)}\n`;
      const dport = p.IFLA_BRPORT_DESIGNATED_PORT.toString(16).padStart(4, "0");
      o += ` designated root\t${id(p.IFLA_BRPORT_ROOT_ID)}\tpath cost\t\t${n4(p.IFLA_BRPORT_COST)}\n`;
      o += ` designated bridge\t${id(p.IFLA_BRPORT_BRIDGE_ID)}\tmessage age timer\t${tv(p.IFLA_BRPORT_MESSAGE_AGE_TIMER)}\n`;
      o += ` designated port\t${dport}\t\t\tforward delay timer\t${tv(p.IFLA_BRPORT_FORWARD_DELAY_TIMER)}\n`;
      o += ` designated cost\t${n4(p.IFLA_BRPORT_DESIGNATED_COST)}\t\t\thold timer\t\t${tv(p.IFLA_BRPORT_HOLD_TIMER)}\n`;
      // brport/hairpin_mode, printed when set.
      o += ` flags\t\t\t`;
      if (p.IFLA_BRPORT_CONFIG_PENDING) o += "CONFIG_PENDING ";
      if (p.IFLA_BRPORT_TOPOLOGY_CHANGE_ACK) o += "TOPOLOGY_CHANGE_ACK ";
      if (p.IFLA_BRPORT_MODE) o += `\n hairpin mode\t\t${n4(p.IFLA_BRPORT_MODE)}`;
      o += `\n\n`;
    }
    this.out += o;
    return 0;
  }

  /**
   * port_set(): the sysfs write fails, then get_portno() asks BRCTL_GET_PORT_LIST;
   * a device that is not a port leaves errno from the failed sysfs open (ENOENT).
   */
  portSet(br: string, port: string, attrs: BrportRequest | undefined): number {
    const b = this.link(br);
    const d = this.link(port);
    if (!d) return 19;
    if (!b) return 19;
    if (!this.isBridge(b)) return 95;
    if (d.IFLA_MASTER !== b.ifi_index) return 2;
    if (!attrs) return 95;
    try {
      this.talk({ type: "RTM_SETLINK_BRIDGE", ifi_index: d.ifi_index, protinfo: attrs, flags: 0 });
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  setBridge(br: string, data: BridgeRequestData, what: string): number {
    const b = this.link(br);
    try {
      if (!b) throw new KernelError(19);
      if (!this.isBridge(b)) throw new KernelError(95);
      this.talk({ type: "RTM_NEWLINK", nlmsg_flags: 0, ifi_index: b.ifi_index, ifi_flags: 0, ifi_change: 0, attrs: { IFLA_LINKINFO: { IFLA_INFO_KIND: "bridge", IFLA_INFO_DATA: data } } });
      return 0;
    } catch (e) {
      this.err += `${what} failed: ${strerror(errnoOf(e))}\n`;
      return 1;
    }
  }
}

const PORT_STATE_NAMES = ["disabled", "listening", "learning", "forwarding", "blocking"];

/** br_show_timer(): "%4i.%.2i" of a time in centiseconds. */
function tv(cs: number): string {
  const c = Math.trunc(cs);
  return `${String(Math.trunc(c / 100)).padStart(4)}.${String(c % 100).padStart(2, "0")}`;
}

/** sscanf("%i"): an optional sign, then 0x.. hex, 0.. octal or decimal; undefined when nothing matches. */
function scanInt(s: string): number | undefined {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(s);
  if (!m) return undefined;
  const body = m[2]!;
  const v = /^0[xX]/.test(body) ? Number.parseInt(body.slice(2), 16) : body.length > 1 && body[0] === "0" ? Number.parseInt(body, 8) : Number(body);
  return (m[1] === "-" ? -v : v) | 0;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errnoOf(e: unknown): number {
  if (e instanceof KernelError) return e.errno;
  throw e;
}

/**
 * strtotimeval() + __tv_to_jiffies(): sscanf("%lf") (a number prefix, the rest
 * ignored), whole seconds and microseconds truncated, then centiseconds
 * (jiffies of USER_HZ) rounded down; undefined when no number is there.
 */
function seconds(v: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(v);
  if (!m) return undefined;
  const secs = Number(m[1]);
  const sec = Math.trunc(secs);
  const usec = Math.trunc(1_000_000 * (secs - sec));
  return Math.floor((1_000_000 * sec + usec) / 10_000);
}

/**
 * getopt_long(argc, argv, "Vh", {help, version}) as GNU getopt does it: options
 * anywhere (the words are permuted), clustered short options, unique
 * abbreviations of the long ones, "--" ending them. Returns the first option
 * found ('h', 'V', or '?' after getopt's own message) and the other words.
 */
function getopt(prog: string, args: string[]): { opt?: string; err?: string; words: string[] } {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      words.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const name = a.slice(2).split("=")[0]!;
      const hits = ["help", "version"].filter((l) => l.startsWith(name));
      if (hits.length !== 1) return { opt: "?", err: `${prog}: unrecognized option '${a}'\n`, words };
      if (a.includes("=")) return { opt: "?", err: `${prog}: option '--${hits[0]}' doesn't allow an argument\n`, words };
      return { opt: hits[0] === "help" ? "h" : "V", words };
    }
    if (a.startsWith("-") && a.length > 1) {
      const c = a[1]!;
      if (c === "h" || c === "V") return { opt: c, words };
      return { opt: "?", err: `${prog}: invalid option -- '${c}'\n`, words };
    }
    words.push(a);
  }
  return { words };
}

export const brctlMain: Program = async (pc) => {
  const b = new Brctl(pc);
  const finish = async (rc: number) => {
    if (b.out) await pc.stdout.write(b.out);
    if (b.err) await pc.stderr.write(b.err);
    return rc;
  };
  const g = getopt(pc.argv[0] ?? "brctl", pc.argv.slice(1));
  if (g.opt === "h") {
    await pc.stdout.write(usageText());
    return 0;
  }
  if (g.opt === "V") {
    await pc.stdout.write("bridge-utils, 1.7\n");
    return 0;
  }
  if (g.opt === "?") {
    await pc.stderr.write(`${g.err}Unknown option '?'\n`);
    await pc.stdout.write(usageText());
    return 1;
  }
  const args = g.words;
  if (!args.length) {
    await pc.stdout.write(usageText());
    return 1;
  }
  const cmd = args[0]!;
  const entry = COMMANDS.find(([n]) => n === cmd);
  if (!entry) {
    await pc.stderr.write(`never heard of command [${cmd}]\n`);
    await pc.stdout.write(usageText());
    return 1;
  }
  const rest = args.slice(1);
  if (rest.length < entry[1]) {
    await pc.stderr.write(`Incorrect number of arguments for command\nUsage: brctl ${entry[0]} ${entry[2]}\n`);
    return 1;
  }
  switch (cmd) {
    case "addbr":
      return finish(b.addbr(rest[0]!));
    case "delbr":
      return finish(b.delbr(rest[0]!));
    case "addif": {
      let rc = 0;
      for (const d of rest.slice(1)) rc |= b.addif(rest[0]!, d);
      return finish(rc);
    }
    case "delif": {
      let rc = 0;
      for (const d of rest.slice(1)) rc |= b.delif(rest[0]!, d);
      return finish(rc);
    }
    case "show":
      return finish(b.show(rest));
    case "showmacs":
      return finish(b.showmacs(rest[0]!));
    case "showstp":
      return finish(b.showstp(rest[0]!));
    case "setpathcost":
    case "setportprio": {
      const v = scanInt(rest[2]!);
      if (v === undefined) {
        await pc.stderr.write(cmd === "setpathcost" ? "bad path cost value\n" : "bad path priority value\n");
        return 1;
      }
      // The ioctl takes an unsigned long: a negative value is out of range too.
      const n = v < 0 ? 0x1_0000_0000 + v : v;
      const errno = b.portSet(rest[0]!, rest[1]!, cmd === "setpathcost" ? { IFLA_BRPORT_COST: n } : { IFLA_BRPORT_PRIORITY: n });
      if (errno) b.err += `${cmd === "setpathcost" ? "set path cost" : "set port priority"} failed: ${strerror(errno)}\n`;
      return finish(errno ? 1 : 0);
    }
    case "hairpin": {
      const v = rest[2]!;
      if (!["on", "yes", "1", "off", "no", "0"].includes(v)) {
        await pc.stderr.write("expect on/off for argument\n");
        return 1;
      }
      if (!b.link(rest[1]!)) {
        await pc.stderr.write(`interface ${rest[1]} does not exist!\n`);
        return 1;
      }
      if (!b.link(rest[0]!)) {
        await pc.stderr.write(`bridge ${rest[0]} does not exist!\n`);
        return 1;
      }
      // port_set(): echo 0|1 > /sys/class/net/PORT/brport/hairpin_mode.
      const errno = b.portSet(rest[0]!, rest[1]!, { IFLA_BRPORT_MODE: ["on", "yes", "1"].includes(v) ? 1 : 0 });
      if (!errno) return finish(0);
      b.err += `can't set ${rest[1]} to hairpin on bridge ${rest[0]}: ${strerror(errno)}\n`;
      return finish(1);
    }
    case "stp": {
      const v = rest[1]!;
      const on = v === "on" || v === "yes" || v === "1";
      const off = v === "off" || v === "no" || v === "0";
      if (!on && !off) {
        await pc.stderr.write("expect on/off for argument\n");
        return 1;
      }
      return finish(b.setBridge(rest[0]!, { IFLA_BR_STP_STATE: on ? 1 : 0 }, "set stp status"));
    }
    case "setageing":
    case "setfd":
    case "sethello":
    case "setmaxage": {
      const cs = seconds(rest[1]!);
      const names: Record<string, [string, keyof BridgeRequestData, string]> = {
        setageing: ["bad ageing time value", "IFLA_BR_AGEING_TIME", "set ageing time"],
        setfd: ["bad forward delay value", "IFLA_BR_FORWARD_DELAY", "set forward delay"],
        sethello: ["bad hello timer value", "IFLA_BR_HELLO_TIME", "set hello timer"],
        setmaxage: ["bad max age value", "IFLA_BR_MAX_AGE", "set max age"],
      };
      const [badMsg, attr, what] = names[cmd]!;
      if (cs === undefined) {
        await pc.stderr.write(`${badMsg}\n`);
        return 1;
      }
      return finish(b.setBridge(rest[0]!, { [attr]: cs }, what));
    }
    case "setbridgeprio": {
      // sscanf("%i"), then "%lu" into bridge/priority, which keeps the low 16 bits.
      const p = scanInt(rest[1]!);
      if (p === undefined) {
        await pc.stderr.write("bad priority\n");
        return 1;
      }
      return finish(b.setBridge(rest[0]!, { IFLA_BR_PRIORITY: p & 0xffff }, "set bridge priority"));
    }
  }
  return 1;
};
