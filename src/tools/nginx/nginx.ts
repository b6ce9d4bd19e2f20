// nginx 1.22.1 (Debian 12's nginx-light) with its packaged configuration:
// `nginx` checks that no pid file names a live master, binds 0.0.0.0:80
// (SO_REUSEADDR, backlog 511; five tries 500 ms apart on EADDRINUSE, then
// "still could not bind()"), daemonises — the command returns at once — into
// a master and two workers (worker_processes auto on the two-CPU machine the
// recordings come from) that share the listening socket at fd 6, and
// writes /run/nginx.pid. A worker serves the default site: GET/HEAD of
// /var/www/html with the index list `index.html index.htm
// index.nginx-debian.html`, 403 for a directory without one, 404 and 405
// pages, the real response headers (Server: nginx/1.22.1, ETag "mtime-len"
// in hex, keep-alive for 65 s). `nginx -s stop|quit` signals the master,
// `-t` and `-v`/`-V` print what nginx prints.
//
// Knowingly different: the [::]:80 listener of the default site is not
// opened (the socket model is IPv4 only), so `ss` lists one socket where
// Linux lists two; the configuration file is not parsed (edits to it are
// ignored); access and error logs are not written.

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { Interrupted } from "../../sim/scheduler.js";
import { ERRNO, strerror } from "../../uapi/errno.js";
import { SIGTERM } from "../../uapi/signal.js";

/** SIGQUIT (graceful shutdown for nginx). */
const SIGQUIT = 3;
import { AF_INET, SO_REUSEADDR, SOCK_STREAM, SOL_SOCKET, sockaddrIn } from "../../uapi/socket.js";
import { sysAccept, sysBind, sysClose, sysListen, sysSend, sysSetsockopt, sysSocket } from "../../kernel/net/socket.js";
import { httpDate, readHead, wallSeconds, header } from "../lib/http/message.js";

const enc = new TextEncoder();
const SEC = 1e9;
const PID_FILE = "/run/nginx.pid";
const ROOT = "/var/www/html";
const INDEX = ["index.html", "index.htm", "index.nginx-debian.html"];
const WORKERS = 2;
const KEEPALIVE = 65 * SEC;

const MIME: Record<string, string> = {
  html: "text/html",
  htm: "text/html",
  shtml: "text/html",
  css: "text/css",
  xml: "text/xml",
  gif: "image/gif",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  js: "application/javascript",
  txt: "text/plain",
  png: "image/png",
  svg: "image/svg+xml",
  json: "application/json",
  pdf: "application/pdf",
};

const REASON: Record<number, string> = { 200: "OK", 301: "Moved Permanently", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Not Allowed" };

function errorPage(code: number): string {
  const title = `${code} ${REASON[code]}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n`;
}

/** "YYYY/MM/DD HH:MM:SS" as nginx's error log and notices stamp their lines. */
function logStamp(task: Task): string {
  const d = new Date(wallSeconds(task.host.clock.now) * 1000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

function readPid(task: Task): number | undefined {
  try {
    const v = Number.parseInt(new TextDecoder().decode(task.host.fs.readFile(task, "/", PID_FILE)), 10);
    return Number.isNaN(v) ? undefined : v;
  } catch {
    return undefined;
  }
}

interface Response {
  code: number;
  headers: [string, string][];
  body: Uint8Array;
}

function respond(task: Task, method: string, rawPath: string): Response {
  const date = httpDate(wallSeconds(task.host.clock.now));
  const base: [string, string][] = [
    ["Server", "nginx/1.22.1"],
    ["Date", date],
  ];
  const err = (code: number): Response => {
    const body = enc.encode(errorPage(code));
    return { code, headers: [...base, ["Content-Type", "text/html"], ["Content-Length", String(body.length)], ["Connection", "keep-alive"]], body };
  };
  const fs = task.host.fs;
  let path: string;
  try {
    path = decodeURIComponent(rawPath.split("?")[0]!);
  } catch {
    return err(400);
  }
  if (!path.startsWith("/")) return err(400);
  const parts: string[] = [];
  for (const seg of path.split("/")) {
    if (!seg || seg === ".") continue;
    if (seg === "..") {
      if (!parts.length) return err(400);
      parts.pop();
    } else parts.push(seg);
  }
  let full = `${ROOT}/${parts.join("/")}`.replace(/\/$/, "");
  let node = fs.tryLookup(task, "/", full);
  if (node?.kind === "dir") {
    if (!path.endsWith("/")) {
      const body = enc.encode(errorPage(301));
      return {
        code: 301,
        headers: [...base, ["Content-Type", "text/html"], ["Content-Length", String(body.length)], ["Location", `${path}/`], ["Connection", "keep-alive"]],
        body,
      };
    }
    const found = INDEX.map((i) => ({ i, n: fs.tryLookup(task, "/", `${full}/${i}`) })).find((x) => x.n && x.n.kind !== "dir");
    if (!found) return err(403);
    full = `${full}/${found.i}`;
    node = found.n;
  }
  if (!node || node.kind === "dir") return err(404);
  if (method !== "GET" && method !== "HEAD") return err(405);
  const data = node.kind === "file" ? node.data : new Uint8Array(0);
  const ext = full.slice(full.lastIndexOf("/") + 1).split(".").slice(1).pop()?.toLowerCase() ?? "";
  const mtime = wallSeconds(node.mtime);
  return {
    code: 200,
    headers: [
      ...base,
      ["Content-Type", MIME[ext] ?? "application/octet-stream"],
      ["Content-Length", String(data.length)],
      ["Last-Modified", httpDate(mtime)],
      ["Connection", "keep-alive"],
      ["ETag", `"${mtime.toString(16)}-${data.length.toString(16)}"`],
      ["Accept-Ranges", "bytes"],
    ],
    body: data,
  };
}

/** One keep-alive connection: requests until the client closes or 65 s pass idle. */
async function serveConnection(t: Task, fd: number): Promise<void> {
  for (let n = 0; n < 10_000; n++) {
    const h = await readHead(t, fd, t.host.clock.now + KEEPALIVE);
    if (h.kind !== "head") return;
    const [method = "", path = "/"] = h.head.start.split(" ");
    const r = respond(t, method, path);
    let head = `HTTP/1.1 ${r.code} ${REASON[r.code]}\r\n`;
    for (const [k, v] of r.headers) head += `${k}: ${v}\r\n`;
    head += "\r\n";
    const out = method === "HEAD" ? enc.encode(head) : new Uint8Array([...enc.encode(head), ...r.body]);
    const s = await sysSend(t, fd, out);
    if (!s.ok) return;
    if ((header(h.head, "connection") ?? "").toLowerCase() === "close") return;
  }
}

async function worker(t: Task, lfd: number): Promise<number> {
  try {
    for (;;) {
      const a = await sysAccept(t, lfd);
      if (!a.ok) continue;
      try {
        await serveConnection(t, a.value.fd);
      } finally {
        sysClose(t, a.value.fd);
      }
    }
  } catch (e) {
    if (e instanceof Interrupted) return 0;
    throw e;
  }
}

async function master(t: Task, workers: Task[]): Promise<number> {
  const stop = () => {
    for (const w of workers) w.signal(SIGTERM);
  };
  t.handlers.set(SIGTERM, stop);
  t.handlers.set(SIGQUIT, stop);
  try {
    await t.block<void>(() => undefined);
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
  }
  for (const w of workers) await w.waitExit(t);
  try {
    t.host.fs.unlink(t, "/", PID_FILE);
  } catch {
    // already gone
  }
  return 0;
}

async function start(ctx: ProgramContext): Promise<number> {
  const t = ctx.task;
  const old = readPid(t);
  if (old !== undefined && t.host.tasks.get(old)?.alive) {
    // A running master holds the port: nginx still tries, and says so.
  }
  const s = sysSocket(t, AF_INET, SOCK_STREAM);
  if (!s.ok) return 1;
  const fd = s.value;
  sysSetsockopt(t, fd, SOL_SOCKET, SO_REUSEADDR, 1);
  const v6Busy = old !== undefined && !!t.host.tasks.get(old)?.alive;
  for (let tries = 0; ; tries++) {
    const b = sysBind(t, fd, sockaddrIn(0, 80));
    if (b.ok) break;
    if (b.errno !== ERRNO.EADDRINUSE || tries >= 4) {
      if (b.errno !== ERRNO.EADDRINUSE) {
        await ctx.stderr.write(`nginx: [emerg] bind() to 0.0.0.0:80 failed (${b.errno}: ${strerror(b.errno)})\n`);
        sysClose(t, fd);
        return 1;
      }
    }
    await ctx.stderr.write(`nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n`);
    if (v6Busy) await ctx.stderr.write(`nginx: [emerg] bind() to [::]:80 failed (98: Address already in use)\n`);
    if (tries >= 4) {
      await ctx.stderr.write("nginx: [emerg] still could not bind()\n");
      sysClose(t, fd);
      return 1;
    }
    await t.sleep(0.5 * SEC);
  }
  sysListen(t, fd, 511);
  // Daemonise: the master is nobody's child; it holds the socket at fd 6 as nginx does.
  const host = t.host;
  const m = host.newTask(undefined, "nginx: master process nginx", { netns: t.netns, cwd: "/" });
  m.pgid = m.pid;
  const lf = t.getFd(fd)!;
  m.setFd(6, lf);
  sysClose(t, fd);
  const workers: Task[] = [];
  for (let i = 0; i < WORKERS; i++) {
    const w = host.newTask(m, "nginx: worker process", { cwd: "/" });
    w.setFd(6, lf);
    workers.push(w);
  }
  host.fs.mkdirp("/run");
  host.fs.writeFile(undefined, "/", PID_FILE, `${m.pid}\n`);
  // Only the first worker accepts here; the other waits like an idle worker.
  void workers[0]!.start((wt) => worker(wt, 6));
  for (const w of workers.slice(1))
    void w.start(async (wt) => {
      try {
        await wt.block<void>(() => undefined);
      } catch (e) {
        if (!(e instanceof Interrupted)) throw e;
      }
      return 0;
    });
  void m.start((mt) => master(mt, workers));
  return 0;
}

async function signalMaster(ctx: ProgramContext, what: string): Promise<number> {
  const t = ctx.task;
  const sigs: Record<string, number> = { stop: SIGTERM, quit: SIGQUIT };
  const sig = sigs[what];
  if (what === "reload" || what === "reopen") {
    const pid = readPid(t);
    await ctx.stderr.write(`${logStamp(t)} [notice] ${t.pid}#${t.pid}: signal process started\n`);
    if (pid === undefined) return 1;
    return 0;
  }
  if (sig === undefined) {
    await ctx.stderr.write(`nginx: invalid option: "-s ${what}"\n`);
    return 1;
  }
  await ctx.stderr.write(`${logStamp(t)} [notice] ${t.pid}#${t.pid}: signal process started\n`);
  const pid = readPid(t);
  if (pid === undefined) {
    await ctx.stderr.write(`${logStamp(t)} [error] ${t.pid}#${t.pid}: open() "${PID_FILE}" failed (2: No such file or directory)\n`);
    return 1;
  }
  const m = t.host.tasks.get(pid);
  if (!m?.alive) {
    await ctx.stderr.write(`${logStamp(t)} [alert] ${t.pid}#${t.pid}: kill(${pid}, ${sig}) failed (3: No such process)\n`);
    return 1;
  }
  m.signal(sig);
  return 0;
}

export const nginxMain: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-v") {
      await ctx.stderr.write("nginx version: nginx/1.22.1\n");
      return 0;
    }
    if (a === "-t" || a === "-T") {
      await ctx.stderr.write("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n");
      return 0;
    }
    if (a === "-s") {
      const what = args[i + 1];
      if (what === undefined) {
        await ctx.stderr.write('nginx: option "-s" requires parameter\n');
        return 1;
      }
      return signalMaster(ctx, what);
    }
    if (a === "-g" || a === "-c" || a === "-p" || a === "-e") {
      i++;
      continue;
    }
    if (a === "-q") continue;
    await ctx.stderr.write(`nginx: invalid option: "${a.replace(/^-/, "")}"\n`);
    return 1;
  }
  return start(ctx);
};
