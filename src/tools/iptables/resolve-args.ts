// Host names in -s/-d as libxtables resolves them (xtables_ipparse_multiple
// → getaddrinfo(AF_INET)): /etc/hosts first, then a DNS question for A only
// (recorded: test/golden/dns/iptables.sh). The option parser is synchronous,
// so the DNS answers are fetched before parsing and handed to hostsByName()
// through a per-process table (netdb.ts); a name DNS cannot resolve stays
// unknown and fails with "host/network `NAME' not found" as before.

import type { Task } from "../../kernel/task/task.js";
import { resolveHost } from "../lib/nss/resolve.js";
import { dnsHostAnswers, hostsByName, parseDotted } from "./netdb.js";

const ADDR_OPTS = new Set(["-s", "--source", "--src", "-d", "--destination", "--dst"]);

/** Looks up the -s/-d names of `argv` that /etc/hosts does not know. */
export async function resolveAddressArgs(task: Task, argv: string[]): Promise<void> {
  const answers = new Map<string, number[]>();
  for (let i = 0; i < argv.length - 1; i++) {
    const a = argv[i]!;
    let val: string | undefined;
    if (ADDR_OPTS.has(a)) val = argv[i + 1] === "!" ? argv[i + 2] : argv[i + 1];
    else continue;
    if (val === undefined) continue;
    for (const item of val.split(",")) {
      const slash = item.lastIndexOf("/");
      const host = (slash >= 0 ? item.slice(0, slash) : item).replace(/^\s+/, "");
      if (!host || answers.has(host) || parseDotted(host, false) !== undefined || hostsByName(task, host).length) continue;
      const r = await resolveHost(task, host, { family: "inet" });
      answers.set(host, r.kind === "ok" ? r.addrs : []);
    }
  }
  if (answers.size) dnsHostAnswers.set(task, answers);
}
