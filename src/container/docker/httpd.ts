// The `httpd` image's server (Apache httpd 2.4 as the official image ships it;
// the host has no Apache): 0.0.0.0:80, the image's htdocs/index.html ("It
// works!", whose Last-Modified and ETag every httpd image carries), Apache's
// 404 page for anything else, 405-free GET/HEAD only, persistent connections
// closed after 5 idle seconds (KeepAliveTimeout 5).
//
// Left out: the startup and access logs (AH00558 / AH00489 lines), every
// other path of htdocs, configuration, other methods (answered with 404 here).

import { sysAccept, sysBind, sysClose, sysListen, sysSend, sysSetsockopt, sysSocket } from "../../kernel/net/socket.js";
import type { Program } from "../../kernel/task/program.js";
import { Task } from "../../kernel/task/task.js";
import { Interrupted } from "../../sim/scheduler.js";
import { SIGKILL } from "../../uapi/signal.js";
import { AF_INET, SO_REUSEADDR, SOCK_STREAM, SOL_SOCKET, sockaddrIn } from "../../uapi/socket.js";
import { httpDate, readHead, wallSeconds } from "../../tools/lib/http/message.js";

const enc = new TextEncoder();
const SERVER = "Apache/2.4.63 (Unix)";
const INDEX = "<html><body><h1>It works!</h1></body></html>\n";
const NOT_FOUND =
  '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';
const KEEPALIVE_NS = 5_000_000_000;

function response(t: Task, method: string, path: string): Uint8Array {
  const date = httpDate(wallSeconds(t.host.clock.now));
  const p = path.split("?")[0];
  const ok = p === "/" || p === "/index.html";
  const body = ok ? INDEX : NOT_FOUND;
  let head = ok ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n";
  head += `Date: ${date}\r\nServer: ${SERVER}\r\n`;
  if (ok) head += 'Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT\r\nETag: "2d-432a5e4a73a80"\r\nAccept-Ranges: bytes\r\n';
  head += `Content-Length: ${enc.encode(body).length}\r\nContent-Type: text/html${ok ? "" : "; charset=iso-8859-1"}\r\n\r\n`;
  return enc.encode(method === "HEAD" ? head : head + body);
}

async function serve(t: Task, fd: number): Promise<void> {
  for (let n = 0; n < 10_000; n++) {
    const h = await readHead(t, fd, t.host.clock.now + KEEPALIVE_NS);
    if (h.kind !== "head") return;
    const [method = "", path = "/"] = h.head.start.split(" ");
    if (!(await sysSend(t, fd, response(t, method, path))).ok) return;
  }
}

export const httpdServer: Program = async (ctx) => {
  const t = ctx.task;
  const s = sysSocket(t, AF_INET, SOCK_STREAM);
  if (!s.ok) return 1;
  const lfd = s.value;
  sysSetsockopt(t, lfd, SOL_SOCKET, SO_REUSEADDR, 1);
  // A taken port ends it with status 1 (httpd's AH00072 message is not modelled).
  if (!sysBind(t, lfd, sockaddrIn(0, 80)).ok) return 1;
  sysListen(t, lfd, 511);
  const conns = new Set<Task>();
  // SIGWINCH is the image's STOPSIGNAL (graceful stop); SIGTERM stops it too.
  for (const sig of [2, 15, 28]) t.handlers.set(sig, () => {});
  try {
    for (;;) {
      const a = await sysAccept(t, lfd);
      if (!a.ok) continue;
      const ct = new Task(t.host, t.host.allocPid(), t, t.pgid, t.netns, t.cwd, t.comm);
      ct.setFd(0, t.getFd(a.value.fd)!);
      sysClose(t, a.value.fd);
      conns.add(ct);
      void ct.start(async (c) => {
        try {
          await serve(c, 0);
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
