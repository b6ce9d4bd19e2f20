// getservbyname()/getservbyport() over the host's /etc/services (nss_files),
// read afresh on every lookup as glibc does: "NAME PORT/PROTO [ALIASES…]".

import type { Task } from "../../../kernel/task/task.js";

interface ServiceEntry {
  name: string;
  port: number;
  proto: string;
  aliases: string[];
}

function readServices(task: Task): ServiceEntry[] {
  let text: string;
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/services"));
  } catch {
    return [];
  }
  const out: ServiceEntry[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [name, pp, ...aliases] = line.split(/\s+/);
    const m = /^(\d+)\/(\w+)$/.exec(pp ?? "");
    if (name && m) out.push({ name, port: Number(m[1]), proto: m[2]!, aliases });
  }
  return out;
}

/** getservbyport(): the first name for port/proto, or undefined. */
export function serviceName(task: Task, port: number, proto: "tcp" | "udp"): string | undefined {
  return readServices(task).find((e) => e.port === port && e.proto === proto)?.name;
}

/** getservbyname(): the port of a service name or alias. */
export function servicePort(task: Task, name: string, proto: "tcp" | "udp"): number | undefined {
  return readServices(task).find((e) => e.proto === proto && (e.name === name || e.aliases.includes(name)))?.port;
}
