// The `redis` image's server when the host has no redis-server (Debian's
// host here does not): a small RESP server on 0.0.0.0:6379, enough to show a
// TCP service behind a container — PING, ECHO, SET, GET, DEL, EXISTS, QUIT,
// both as RESP arrays (redis-cli, client libraries) and as inline commands
// (`printf 'PING\r\n' | nc 172.17.0.2 6379`). Replies follow redis 7's
// wording for these commands and its unknown-command / arity errors.
//
// Left out: persistence, expiry, every other command, the startup log
// (redis prints its banner with pid and timestamps; nothing is logged here),
// protected mode; the message it logs when it cannot bind (it exits 1 all the same).

import { sysAccept, sysBind, sysClose, sysListen, sysRecv, sysSend, sysSetsockopt, sysSocket } from "../../kernel/net/socket.js";
import type { Program } from "../../kernel/task/program.js";
import { Task } from "../../kernel/task/task.js";
import { Interrupted } from "../../sim/scheduler.js";
import { SIGKILL } from "../../uapi/signal.js";
import { AF_INET, SO_REUSEADDR, SOCK_STREAM, SOL_SOCKET, sockaddrIn } from "../../uapi/socket.js";

const enc = new TextEncoder();
const dec = new TextDecoder();
const PORT = 6379;

type Parsed = { args: string[]; rest: string } | "incomplete" | { error: string };

/** One command from the front of `buf`: a RESP array of bulk strings or an inline line. */
export function parseCommand(buf: string): Parsed {
  if (!buf.length) return "incomplete";
  if (buf[0] !== "*") {
    const nl = buf.indexOf("\n");
    if (nl < 0) return "incomplete";
    const line = buf.slice(0, nl).replace(/\r$/, "");
    return { args: line.split(/\s+/).filter(Boolean), rest: buf.slice(nl + 1) };
  }
  let pos = buf.indexOf("\r\n");
  if (pos < 0) return "incomplete";
  const n = Number(buf.slice(1, pos));
  if (!Number.isInteger(n)) return { error: "Protocol error: invalid multibulk length" };
  pos += 2;
  const args: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = buf.indexOf("\r\n", pos);
    if (e < 0) return "incomplete";
    if (buf[pos] !== "$") return { error: `Protocol error: expected '$', got '${buf[pos]}'` };
    const len = Number(buf.slice(pos + 1, e));
    if (!Number.isInteger(len) || len < 0) return { error: "Protocol error: invalid bulk length" };
    if (buf.length < e + 2 + len + 2) return "incomplete";
    args.push(buf.slice(e + 2, e + 2 + len));
    pos = e + 2 + len + 2;
  }
  return { args, rest: buf.slice(pos) };
}

const bulk = (s: string | undefined) => (s === undefined ? "$-1\r\n" : `$${enc.encode(s).length}\r\n${s}\r\n`);
const arity = (cmd: string) => `-ERR wrong number of arguments for '${cmd}' command\r\n`;

/** The reply to one command; `quit` when the connection should close after it. */
export function execute(db: Map<string, string>, args: string[]): { reply: string; quit?: boolean } {
  const [name = "", ...a] = args;
  const cmd = name.toLowerCase();
  switch (cmd) {
    case "ping":
      if (a.length > 1) return { reply: arity(cmd) };
      return { reply: a.length ? bulk(a[0]) : "+PONG\r\n" };
    case "echo":
      return { reply: a.length === 1 ? bulk(a[0]) : arity(cmd) };
    case "set":
      if (a.length < 2) return { reply: arity(cmd) };
      if (a.length > 2) return { reply: "-ERR syntax error\r\n" };
      db.set(a[0]!, a[1]!);
      return { reply: "+OK\r\n" };
    case "get":
      return { reply: a.length === 1 ? bulk(db.get(a[0]!)) : arity(cmd) };
    case "del":
    case "exists": {
      if (!a.length) return { reply: arity(cmd) };
      let n = 0;
      for (const k of a) if (cmd === "del" ? db.delete(k) : db.has(k)) n++;
      return { reply: `:${n}\r\n` };
    }
    case "quit":
      return { reply: "+OK\r\n", quit: true };
    default: {
      const shown = a.slice(0, 30).map((x) => `'${x}' `).join("");
      return { reply: `-ERR unknown command '${name}', with args beginning with: ${shown}\r\n` };
    }
  }
}

async function client(t: Task, fd: number, db: Map<string, string>): Promise<void> {
  let buf = "";
  for (let n = 0; n < 1_000_000; n++) {
    const r = await sysRecv(t, fd);
    if (!r.ok || !r.value.data.length) return;
    buf += dec.decode(r.value.data);
    for (let k = 0; k < 10_000; k++) {
      const p = parseCommand(buf);
      if (p === "incomplete") break;
      if ("error" in p) {
        await sysSend(t, fd, enc.encode(`-ERR ${p.error}\r\n`));
        return;
      }
      buf = p.rest;
      if (!p.args.length) continue;
      const out = execute(db, p.args);
      if (!(await sysSend(t, fd, enc.encode(out.reply))).ok || out.quit) return;
    }
  }
}

export const redisServer: Program = async (ctx) => {
  const t = ctx.task;
  const s = sysSocket(t, AF_INET, SOCK_STREAM);
  if (!s.ok) return 1;
  const lfd = s.value;
  sysSetsockopt(t, lfd, SOL_SOCKET, SO_REUSEADDR, 1);
  // A taken port ends it with status 1 (redis logs why; its log is not modelled).
  if (!sysBind(t, lfd, sockaddrIn(0, PORT)).ok) return 1;
  sysListen(t, lfd, 511);
  const db = new Map<string, string>();
  const conns = new Set<Task>();
  // SIGTERM: redis shuts down and exits 0.
  for (const sig of [2, 15]) t.handlers.set(sig, () => {});
  try {
    for (;;) {
      const a = await sysAccept(t, lfd);
      if (!a.ok) continue;
      // One connection per thread (redis multiplexes with epoll; the effect is the same).
      const ct = new Task(t.host, t.host.allocPid(), t, t.pgid, t.netns, t.cwd, t.comm);
      ct.setFd(0, t.getFd(a.value.fd)!);
      sysClose(t, a.value.fd);
      conns.add(ct);
      void ct.start(async (c) => {
        try {
          await client(c, 0, db);
        } catch (e) {
          if (!(e instanceof Interrupted)) throw e;
        } finally {
          sysClose(c, 0);
          conns.delete(c);
        }
        return 0;
      });
      if (conns.size > 10_000) break;
    }
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
  } finally {
    for (const c of [...conns]) c.signal(SIGKILL);
  }
  return 0;
};
