// hostname 3.23 (Debian's `hostname` package): print or set the kernel's host
// name, and the names /etc/hosts gives it. Also `dnsdomainname` (= -d) and
// `domainname` (the NIS domain: never set here, so "(none)").
//   hostname            the kernel's name (uname -n)
//   hostname NAME       sets it (checked as hostname does: letters, digits,
//                       '-' and '.', no empty label; at most 64 bytes)
//   -F FILE             sets it from FILE's first line
//   -s  short (up to the first dot)   -f  canonical name from /etc/hosts
//   -d  domain part of -f             -a  aliases from /etc/hosts
//   -i  addresses of the name         -y  NIS domain (never set: an error)
//   -I  every address of every interface (rtnetlink RTM_GETADDR dumps, IPv4
//       then global IPv6), loopback and link-local left out, each followed
//       by a space          -A  the /etc/hosts name of each of those that has one
// Lookups go to /etc/hosts, then DNS (tools/lib/nss/resolve.ts); -A reads
// /etc/hosts only.

import type { Host } from "../../kernel/host.js";
import type { Program } from "../../kernel/task/program.js";
import { inet6RtnlTalk } from "../../kernel/ipv6/addrconf_rtnl.js";
import { inetRtnlTalk } from "../../kernel/ipv4/rtnl_inet.js";
import type { Task } from "../../kernel/task/task.js";
import { AF_INET } from "../../uapi/if_addr.js";
import { RT_SCOPE_HOST, RT_SCOPE_UNIVERSE } from "../../uapi/route.js";
import { formatIp6, formatIpv4, ip6FromBytes } from "../../wire/addr.js";
import { getopt } from "../coreutils/common/getopt.js";
import { hostsMatching, readHostsFile } from "../lib/nss/hosts.js";
import { resolveHost } from "../lib/nss/resolve.js";
import { USAGE } from "./usage.js";
import { getHostname, setHostname } from "../../kernel/task/uts.js";

const MAX_HOSTNAME = 64;

/** The kernel's NIS domain name per host (getdomainname: "(none)" until set). */
const nisDomain = new WeakMap<Host, string>();

/** hostname's check_name(): labels of letters, digits and '-', joined by single dots. */
function validName(s: string): boolean {
  return /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(s);
}

/** getifaddrs() as hostname -I walks it: IPv4 first, then IPv6; no loopback, no link-local. */
function interfaceAddresses(t: Task): string[] {
  const r4 = inetRtnlTalk(t, { type: "RTM_GETADDR", ifa_family: AF_INET });
  const v4 = r4.type === "addrs" ? r4.addrs.filter((a) => a.ifa_family === AF_INET && a.ifa_scope !== RT_SCOPE_HOST) : [];
  const r6 = inet6RtnlTalk(t, { type: "RTM_GETADDR", ifa_family: 10 });
  const v6 = r6.type === "addrs6" ? r6.addrs.filter((a) => a.ifa_scope === RT_SCOPE_UNIVERSE) : [];
  return [
    ...v4.map((a) => formatIpv4((a.IFA_LOCAL ?? a.IFA_ADDRESS)!)),
    ...v6.map((a) => formatIp6(ip6FromBytes(a.IFA_ADDRESS))),
  ];
}

type Mode = "plain" | "short" | "fqdn" | "domain" | "alias" | "ip" | "allip" | "allfqdn" | "nis";

const LONG = [
  { name: "alias", arg: "none" as const, key: "a" },
  { name: "all-fqdns", arg: "none" as const, key: "A" },
  { name: "boot", arg: "none" as const, key: "b" },
  { name: "domain", arg: "none" as const, key: "d" },
  { name: "file", arg: "required" as const, key: "F" },
  { name: "fqdn", arg: "none" as const, key: "f" },
  { name: "long", arg: "none" as const, key: "f" },
  { name: "help", arg: "none" as const, key: "h" },
  { name: "ip-address", arg: "none" as const, key: "i" },
  { name: "all-ip-addresses", arg: "none" as const, key: "I" },
  { name: "short", arg: "none" as const, key: "s" },
  { name: "version", arg: "none" as const, key: "V" },
  { name: "verbose", arg: "none" as const, key: "v" },
  { name: "yp", arg: "none" as const, key: "y" },
  { name: "nis", arg: "none" as const, key: "y" },
];

const MODE_OF: Record<string, Mode> = { a: "alias", A: "allfqdn", d: "domain", f: "fqdn", i: "ip", I: "allip", s: "short", y: "nis" };

function hostnameWith(defaultMode: Mode): Program {
  return async (ctx) => {
    const t = ctx.task;
    const err = async (msg: string, status = 1) => {
      await ctx.stderr.write(`hostname: ${msg}\n`);
      return status;
    };
    const parsed = getopt(ctx.argv.slice(1), { short: "aAdfbF:h?iIsVvy", long: LONG });
    if (parsed.kind === "error") {
      // getopt's complaint goes to stderr, the usage after it to stdout (recorded).
      await ctx.stderr.write(`hostname: ${parsed.message}\n`);
      await ctx.stdout.write(USAGE);
      return 255;
    }
    let mode: Mode = defaultMode;
    let file: string | undefined;
    for (const o of parsed.opts) {
      if (o.key === "h" || o.key === "?") {
        await ctx.stdout.write(USAGE);
        return 255;
      }
      if (o.key === "V") {
        await ctx.stdout.write("hostname 3.23\n");
        return 0;
      }
      if (o.key === "F") file = o.value;
      else if (MODE_OF[o.key]) mode = MODE_OF[o.key]!;
    }
    const operands = parsed.operands;
    if (operands.length > 1 || ((file !== undefined || operands.length) && mode !== "plain" && mode !== defaultMode)) {
      await ctx.stderr.write(USAGE);
      return 255;
    }
    let newName: string | undefined = operands[0];
    if (file !== undefined) {
      try {
        const text = new TextDecoder().decode(t.host.fs.readFile(t, t.cwd, file));
        newName = text.split("\n").map((l) => l.trim()).find((l) => l && !l.startsWith("#")) ?? "";
      } catch {
        return err("No such file or directory");
      }
    }
    if (newName !== undefined) {
      if (defaultMode === "nis") {
        // setdomainname(2): the NIS domain, kept per host.
        nisDomain.set(t.host, newName);
        return 0;
      }
      if (new TextEncoder().encode(newName).length > MAX_HOSTNAME) return err("name too long");
      if (!validName(newName)) return err("the specified hostname is invalid");
      // sethostname(2): the kernel's UTS name; /etc/hostname is left alone, as the real tool does.
      setHostname(t, newName);
      return 0;
    }
    const name = getHostname(t);
    switch (mode) {
      case "plain":
        await ctx.stdout.write(`${name}\n`);
        return 0;
      case "short":
        await ctx.stdout.write(`${name.split(".")[0]}\n`);
        return 0;
      case "nis": {
        const nis = nisDomain.get(t.host);
        if (nis !== undefined || defaultMode === "nis") {
          await ctx.stdout.write(`${nis ?? "(none)"}\n`);
          return 0;
        }
        return err("Local domain name not set");
      }
      case "allip":
        await ctx.stdout.write(`${interfaceAddresses(t).map((a) => `${a} `).join("")}\n`);
        return 0;
      case "allfqdn": {
        const hosts = readHostsFile(t);
        const names = interfaceAddresses(t).flatMap((a) => hosts.find((h) => h.address === a)?.names[0] ?? []);
        await ctx.stdout.write(`${names.map((n) => `${n} `).join("")}\n`);
        return 0;
      }
      default: {
        let lines = hostsMatching(readHostsFile(t), name);
        if (!lines.length) {
          // Not in /etc/hosts: the rest of nsswitch (DNS).
          const r = await resolveHost(t, name);
          if (r.kind === "error") return err(r.text);
          lines = r.addrs.map((a) => ({ address: formatIpv4(a), names: [r.canonical] }));
        }
        const canon = lines[0]!.names[0]!;
        if (mode === "fqdn") await ctx.stdout.write(`${canon}\n`);
        else if (mode === "domain") {
          // Nothing at all (not even a newline) for a name without a domain.
          const dot = canon.indexOf(".");
          if (dot >= 0) await ctx.stdout.write(`${canon.slice(dot + 1)}\n`);
        } else if (mode === "alias") {
          const aliases = lines.flatMap((l) => l.names).filter((n, i, all) => n !== canon && all.indexOf(n) === i);
          await ctx.stdout.write(`${aliases.join(" ")}\n`);
        } else {
          const addrs = [...lines.filter((l) => l.address.includes(":")), ...lines.filter((l) => !l.address.includes(":"))];
          await ctx.stdout.write(`${[...new Set(addrs.map((l) => l.address))].join(" ")}\n`);
        }
        return 0;
      }
    }
  };
}

export const hostnameMain = hostnameWith("plain");
export const dnsdomainnameMain = hostnameWith("domain");
export const domainnameMain = hostnameWith("nis");
