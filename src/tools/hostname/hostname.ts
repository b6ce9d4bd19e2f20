// hostname(1) from net-tools' hostname 3.23 (Debian): prints or sets the
// kernel's UTS node name (task.host.hostname; /etc/hostname is left alone,
// as the real one does). -s short name; -f/-d/-a/-i look the name up in
// /etc/hosts, as glibc would with no DNS reachable; -I/-A list non-loopback
// addresses, of which a host without the network model has none.
import type { Program } from "../../kernel/task/program.js";
import { getopt } from "../coreutils/common/getopt.js";

const USAGE = `Usage: hostname [-b] {hostname|-F file}         set host name (from file)
       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
       hostname                                 display host name

       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
       {yp,nis,}domainname                      display NIS domain name

       dnsdomainname                            display dns domain name

       hostname -V|--version|-h|--help          print info and exit
`;

/** Names and addresses of /etc/hosts lines naming `name`. */
function hostsLookup(text: string, name: string): { addrs: string[]; canonical?: string; aliases: string[] } {
  const addrs: string[] = [];
  let canonical: string | undefined;
  let aliases: string[] = [];
  for (const raw of text.split("\n")) {
    const words = raw.replace(/#.*/, "").trim().split(/\s+/).filter(Boolean);
    if (words.length < 2 || !words.slice(1).includes(name)) continue;
    // glibc's files backend answers with IPv4 entries for AF_INET lookups.
    if (words[0]!.includes(":")) continue;
    addrs.push(words[0]!);
    if (canonical === undefined) {
      canonical = words[1];
      aliases = words.slice(2);
    }
  }
  return { addrs, canonical, aliases };
}

function validName(n: string): boolean {
  return n.length > 0 && n.length <= 64 && /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(n) && !n.includes("..");
}

export const hostnameMain: Program = async (ctx) => {
  const host = ctx.task.host;
  const err = (s: string) => ctx.stderr.write(`hostname: ${s}\n`);
  const r = getopt(ctx.argv.slice(1), {
    short: "aAbdfF:hiIsVy",
    long: [
      { name: "alias", arg: "none", key: "a" },
      { name: "all-fqdns", arg: "none", key: "A" },
      { name: "boot", arg: "none", key: "b" },
      { name: "domain", arg: "none", key: "d" },
      { name: "fqdn", arg: "none", key: "f" },
      { name: "long", arg: "none", key: "f" },
      { name: "file", arg: "required", key: "F" },
      { name: "help", arg: "none", key: "h" },
      { name: "ip-address", arg: "none", key: "i" },
      { name: "all-ip-addresses", arg: "none", key: "I" },
      { name: "short", arg: "none", key: "s" },
      { name: "version", arg: "none", key: "V" },
      { name: "yp", arg: "none", key: "y" },
      { name: "nis", arg: "none", key: "y" },
    ],
  });
  if (r.kind === "error") {
    await err(r.message);
    await ctx.stdout.write(USAGE);
    return 255;
  }
  let what: string | undefined;
  let file: string | undefined;
  for (const o of r.opts) {
    if (o.key === "h") {
      await ctx.stdout.write(USAGE);
      return 255;
    }
    if (o.key === "V") {
      await ctx.stdout.write("hostname 3.23\n");
      return 0;
    }
    if (o.key === "F") file = o.value;
    else if (o.key !== "b") what = o.key;
  }
  if (r.operands.length > 1) {
    await ctx.stderr.write(USAGE);
    return 255;
  }
  let newName = r.operands[0];
  if (file !== undefined) {
    try {
      const text = new TextDecoder().decode(host.fs.readFile(ctx.task, ctx.task.cwd, file));
      newName = text.split("\n").map((l) => l.trim()).find((l) => l && !l.startsWith("#")) ?? "";
    } catch {
      await err(`${file}: No such file or directory`);
      return 1;
    }
  }
  if (newName !== undefined) {
    if (!validName(newName)) {
      await err("the specified hostname is invalid");
      return 1;
    }
    host.hostname = newName;
    return 0;
  }
  const name = host.hostname;
  if (what === undefined) {
    await ctx.stdout.write(`${name}\n`);
    return 0;
  }
  if (what === "s") {
    await ctx.stdout.write(`${name.split(".")[0]}\n`);
    return 0;
  }
  if (what === "I" || what === "A") {
    // Only loopback exists without the network model; loopback is never listed.
    await ctx.stdout.write("\n");
    return 0;
  }
  if (what === "y") {
    await err("Local domain name not set");
    return 1;
  }
  let hosts = "";
  try {
    hosts = new TextDecoder().decode(host.fs.readFile(ctx.task, "/", "/etc/hosts"));
  } catch {
    /* no /etc/hosts: the lookup fails below */
  }
  const h = hostsLookup(hosts, name);
  if (!h.addrs.length) {
    await err("Temporary failure in name resolution");
    return 1;
  }
  const fqdn = h.canonical ?? name;
  switch (what) {
    case "i":
      await ctx.stdout.write(`${h.addrs.join(" ")}\n`);
      break;
    case "f":
      await ctx.stdout.write(`${fqdn}\n`);
      break;
    case "d":
      if (fqdn.includes(".")) await ctx.stdout.write(`${fqdn.slice(fqdn.indexOf(".") + 1)}\n`);
      break;
    case "a":
      await ctx.stdout.write(`${h.aliases.join(" ")}\n`);
      break;
  }
  return 0;
};
