// `python3 -m http.server` of Python 3.11.2 (Debian 12): SimpleHTTPRequestHandler
// on a TCP listener (backlog 5, SO_REUSEADDR as HTTPServer sets), answering
// HTTP/1.0 and closing after each response: GET/HEAD of files under the
// directory (Content-type by extension, Last-Modified from the file's mtime),
// index.html/index.htm or a directory listing written as list_directory()
// writes it, a 301 to add a missing trailing slash, 404 and 501 pages from
// DEFAULT_ERROR_MESSAGE, and the access log on stderr
// (`ADDR - - [DD/Mon/YYYY HH:MM:SS] "REQUEST" CODE -`). The "Serving HTTP on
// …" banner goes to stdout, which Python block-buffers when it is not a
// terminal: it shows only on a terminal or at exit after Ctrl-C.
//
// Left out: --cgi, IPv6 names for --bind (an IPv6 literal binds an AF_INET6
// socket), v4-mapped clients of a :: server, concurrent requests (served in turn).

import type { ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import type { DirInode, Inode } from "../../kernel/fs/inode.js";
import { Interrupted } from "../../sim/scheduler.js";
import { strerror } from "../../uapi/errno.js";
import { SIGINT } from "../../uapi/signal.js";
import { AF_INET, AF_INET6, SO_REUSEADDR, SOCK_STREAM, SOL_SOCKET, sockaddrIn, sockaddrIn6, type SockaddrIn } from "../../uapi/socket.js";
import { formatIp6, parseIp6 } from "../../wire/addr.js";
import { sysAccept, sysBind, sysClose, sysListen, sysSend, sysSetsockopt, sysShutdown, sysSocket } from "../../kernel/net/socket.js";
import { formatIpv4 } from "../lib/nss/inet.js";
import { resolveHost, reverseResolve } from "../lib/nss/resolve.js";
import { getHostname } from "../../kernel/task/uts.js";
import { httpDate, logDate, readHead, wallSeconds } from "../lib/http/message.js";

const enc = new TextEncoder();
const SERVER = "SimpleHTTP/0.6 Python/3.11.2";

const ERROR_PAGE = (code: number, message: string, explain: string) =>
  "<!DOCTYPE HTML>\n" +
  '<html lang="en">\n' +
  "    <head>\n" +
  '        <meta charset="utf-8">\n' +
  "        <title>Error response</title>\n" +
  "    </head>\n" +
  "    <body>\n" +
  "        <h1>Error response</h1>\n" +
  `        <p>Error code: ${code}</p>\n` +
  `        <p>Message: ${message}.</p>\n` +
  `        <p>Error code explanation: ${code} - ${explain}.</p>\n` +
  "    </body>\n" +
  "</html>\n";

const REASONS: Record<number, [string, string]> = {
  200: ["OK", "Request fulfilled, document follows"],
  301: ["Moved Permanently", "Object moved permanently -- see URI list"],
  400: ["Bad Request", "Bad request syntax or unsupported method"],
  404: ["Not Found", "Nothing matches the given URI"],
  501: ["Not Implemented", "Server does not support this operation"],
};

/** mimetypes.guess_type() for the common extensions, as SimpleHTTPRequestHandler.guess_type uses. */
const MIME: Record<string, string> = {
  ".txt": "text/plain",
  ".html": "text/html",
  ".htm": "text/html",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".xml": "text/xml",
  ".pdf": "application/pdf",
  ".gz": "application/gzip",
  ".sh": "application/x-sh",
  ".py": "text/x-python",
  ".md": "text/markdown",
  ".csv": "text/csv",
};

function guessType(name: string): string {
  const i = name.lastIndexOf(".");
  const ext = i >= 0 ? name.slice(i).toLowerCase() : "";
  return MIME[ext] ?? "application/octet-stream";
}

function htmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** urllib.parse.quote(s) with its default safe '/'. */
function quote(s: string): string {
  return [...enc.encode(s)].map((b) => (/[A-Za-z0-9_.\-~/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
}

function unquote(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface HttpServerArgs {
  port: number;
  bind?: string;
  directory?: string;
}

interface Reply {
  code: number;
  headers: [string, string][];
  body: Uint8Array;
  /** Body bytes sent only for GET. */
  message?: string;
}

function errorReply(task: Task, code: number, message?: string): Reply {
  const [reason, explain] = REASONS[code] ?? ["", ""];
  const msg = message ?? reason;
  const body = enc.encode(ERROR_PAGE(code, htmlEscape(msg), explain));
  return {
    code,
    message: msg,
    headers: [
      ["Server", SERVER],
      ["Date", httpDate(wallSeconds(task.host.clock.now))],
      ["Connection", "close"],
      ["Content-Type", "text/html;charset=utf-8"],
      ["Content-Length", String(body.length)],
    ],
    body,
  };
}

function serveFile(task: Task, base: string, rawPath: string): Reply {
  const fs = task.host.fs;
  const path = unquote(rawPath.split("?")[0]!.split("#")[0]!);
  const parts = path.split("/").filter((p) => p && p !== "." && p !== "..");
  const full = `${base.replace(/\/$/, "")}/${parts.join("/")}`;
  const now = () => httpDate(wallSeconds(task.host.clock.now));
  let node: Inode | undefined = fs.tryLookup(task, "/", full);
  if (!node) return errorReply(task, 404, "File not found");
  if (node.kind === "dir") {
    if (!path.endsWith("/")) {
      return {
        code: 301,
        headers: [
          ["Server", SERVER],
          ["Date", now()],
          ["Location", `${rawPath.split("?")[0]}/`],
          ["Content-Length", "0"],
        ],
        body: new Uint8Array(0),
      };
    }
    for (const idx of ["index.html", "index.htm"]) {
      const n = fs.tryLookup(task, "/", `${full.replace(/\/$/, "")}/${idx}`);
      if (n && n.kind !== "dir") return fileReply(task, n, idx);
    }
    return listing(task, node, full, path);
  }
  return fileReply(task, node, parts[parts.length - 1] ?? "");
}

function fileReply(task: Task, node: Inode, name: string): Reply {
  const data = node.kind === "file" ? node.data : new Uint8Array(0);
  return {
    code: 200,
    headers: [
      ["Server", SERVER],
      ["Date", httpDate(wallSeconds(task.host.clock.now))],
      ["Content-type", guessType(name)],
      ["Content-Length", String(data.length)],
      ["Last-Modified", httpDate(wallSeconds(node.mtime))],
    ],
    body: data,
  };
}

function listing(task: Task, dir: DirInode, full: string, displayPath: string): Reply {
  const fs = task.host.fs;
  const names = fs.list(task, dir).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  const title = `Directory listing for ${htmlEscape(displayPath)}`;
  const r = ["<!DOCTYPE HTML>", '<html lang="en">', "<head>", '<meta charset="utf-8">', `<title>${title}</title>\n</head>`, `<body>\n<h1>${title}</h1>`, "<hr>\n<ul>"];
  for (const name of names) {
    const child = fs.tryLookup(task, "/", `${full.replace(/\/$/, "")}/${name}`, true);
    let display = name;
    let link = name;
    const target = fs.tryLookup(task, "/", `${full.replace(/\/$/, "")}/${name}`);
    if (target?.kind === "dir") {
      display = `${name}/`;
      link = `${name}/`;
    }
    if (child?.kind === "symlink") display = `${name}@`;
    r.push(`<li><a href="${quote(link)}">${htmlEscape(display)}</a></li>`);
  }
  r.push("</ul>\n<hr>\n</body>\n</html>\n");
  const body = enc.encode(r.join("\n"));
  return {
    code: 200,
    headers: [
      ["Server", SERVER],
      ["Date", httpDate(wallSeconds(task.host.clock.now))],
      ["Content-type", "text/html; charset=utf-8"],
      ["Content-Length", String(body.length)],
    ],
    body,
  };
}

async function handle(ctx: ProgramContext, fd: number, peer: SockaddrIn, base: string): Promise<void> {
  const t = ctx.task;
  const h = await readHead(t, fd);
  if (h.kind !== "head") return;
  const requestLine = h.head.start;
  const [method = "", path = "/", version = "HTTP/0.9"] = requestLine.split(" ");
  const log = async (msg: string) => ctx.stderr.write(`${peer.family === AF_INET6 ? formatIp6(peer.addr6 ?? 0n) : formatIpv4(peer.addr)} - - [${logDate(wallSeconds(t.host.clock.now))}] ${msg}\n`);
  let reply: Reply;
  if (method !== "GET" && method !== "HEAD") reply = errorReply(t, 501, `Unsupported method ('${method}')`);
  else reply = serveFile(t, base, path);
  if (reply.code >= 400) await log(`code ${reply.code}, message ${reply.message}`);
  await log(`"${requestLine}" ${reply.code} -`);
  // send_error() puts its message in the status line: "404 File not found".
  const reason = reply.message ?? REASONS[reply.code]?.[0] ?? "";
  let head = `HTTP/1.0 ${reply.code} ${reason}\r\n`;
  for (const [k, v] of reply.headers) head += `${k}: ${v}\r\n`;
  head += "\r\n";
  void version;
  await sysSend(t, fd, enc.encode(head));
  if (method !== "HEAD" && reply.body.length) await sysSend(t, fd, reply.body);
  await sysShutdown(t, fd, 1);
}

/**
 * socket.getfqdn(): the wildcard address stands for gethostname(); gethostbyaddr() of that name resolves
 * it first (getaddrinfo, AF_UNSPEC) and then asks for the address's name. Only the time it takes matters
 * here (server_name is not shown): with no /etc/hosts line for the host name and an unreachable
 * nameserver, the listener comes up only after the resolver's timeouts.
 */
async function getfqdn(t: Task, host: string): Promise<void> {
  const name = host === "0.0.0.0" || host === "::" ? getHostname(t) : host;
  const r = await resolveHost(t, name, { family: "unspec", v6ok: true });
  if (r.kind === "error" || !r.addrs.length) return;
  await reverseResolve(t, r.addrs[0]!);
}

export async function httpServer(ctx: ProgramContext, a: HttpServerArgs): Promise<number> {
  const t = ctx.task;
  let addr = 0;
  // --bind with an IPv6 address: an AF_INET6 socket (DualStackServer; IPV6_V6ONLY off, the model's only mode).
  let addr6: bigint | undefined;
  if (a.bind !== undefined && a.bind.includes(":") && parseIp6(a.bind) !== undefined) addr6 = parseIp6(a.bind);
  else if (a.bind !== undefined) {
    const r = await resolveHost(t, a.bind);
    if (r.kind === "error") {
      // Python's gaierror carries getaddrinfo's EAI_* number.
      const n = r.code === "EAI_AGAIN" ? -3 : r.code === "EAI_NODATA" ? -5 : -2;
      await ctx.stderr.write(`socket.gaierror: [Errno ${n}] ${r.text}\n`);
      return 1;
    }
    addr = r.addrs[0]!;
  }
  const base = a.directory !== undefined ? (a.directory.startsWith("/") ? a.directory : `${t.cwd.replace(/\/$/, "")}/${a.directory}`) : t.cwd;
  const s = sysSocket(t, addr6 !== undefined ? AF_INET6 : AF_INET, SOCK_STREAM);
  if (!s.ok) return 1;
  const lfd = s.value;
  sysSetsockopt(t, lfd, SOL_SOCKET, SO_REUSEADDR, 1);
  const b = sysBind(t, lfd, addr6 !== undefined ? sockaddrIn6(addr6, a.port) : sockaddrIn(addr, a.port));
  if (!b.ok) {
    await ctx.stderr.write(`OSError: [Errno ${b.errno}] ${strerror(b.errno)}\n`);
    return 1;
  }
  // HTTPServer.server_bind(): socket.getfqdn(host) between bind() and listen(), so until the lookup is
  // over the port refuses connections.
  await getfqdn(t, addr6 !== undefined ? formatIp6(addr6) : formatIpv4(addr));
  sysListen(t, lfd, 5);
  const host = addr6 !== undefined ? formatIp6(addr6) : formatIpv4(addr);
  const urlHost = addr6 !== undefined ? `[${host}]` : host;
  const banner = `Serving HTTP on ${host} port ${a.port} (http://${urlHost}:${a.port}/) ...\n`;
  // Python block-buffers stdout unless it is a terminal.
  let buffered = "";
  // Python's own SIGINT handler turns Ctrl-C into KeyboardInterrupt.
  t.handlers.set(SIGINT, () => undefined);
  if (ctx.stdout.isTTY) await ctx.stdout.write(banner);
  else buffered = banner;
  try {
    for (;;) {
      const c = await sysAccept(t, lfd);
      if (!c.ok) continue;
      try {
        await handle(ctx, c.value.fd, c.value.peer, base);
      } finally {
        sysClose(t, c.value.fd);
      }
    }
  } catch (e) {
    if (e instanceof Interrupted && e.signal === SIGINT) {
      await ctx.stdout.write(`${buffered}\nKeyboard interrupt received, exiting.\n`);
      return 0;
    }
    throw e;
  }
}
