// curl 7.88.1 (Debian 12) for http:// over the socket syscalls: GET, HEAD
// (-I), other methods (-X, -d), extra headers (-H), -i, -o, -s/-S, -v with its
// "*", ">" and "<" lines (header lines end in CRLF as curl prints them raw),
// -f, -m and --connect-timeout on the world clock, -w with the common
// variables, and the errors a network emulator meets, in curl's words:
// (1) unsupported protocol, (3) bad URL, (6) unresolvable host, (7) refused /
// unreachable, (28) timeouts, (22) -f, (23) output, (52) empty reply, (56)
// receive failure. Bodies end at Content-Length, after chunked coding, or at
// the server's close. The progress meter (no -s, body not to a terminal)
// prints curl's header and a final line computed from virtual time.
//
// Left out: TLS (https fails with (35) after connecting), redirects (-L),
// cookies, uploads (-T), IPv6 names (an IPv6 literal is connected to; with -4, or
// when it is no address, connect fails as on a host without
// IPv6 routes), proxies, HTTP/2.

import { concatBytes } from "../../wire/bytes.js";
import { resolveHost } from "../lib/nss/resolve.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { RegularFile, type OpenFile } from "../../kernel/task/file.js";
import { ERRNO, KernelError, strerror } from "../../uapi/errno.js";
import { AF_INET, AF_INET6, IPPROTO_TCP, SOCK_STREAM, SOL_TCP, TCP_NODELAY, sockaddrIn, sockaddrIn6 } from "../../uapi/socket.js";
import { formatIp6, parseIp6 } from "../../wire/addr.js";
import { sysClose, sysConnect, sysGetsockname, sysRecv, sysSend, sysSetsockopt, sysSocket } from "../../kernel/net/socket.js";
import { formatIpv4 } from "../lib/nss/inet.js";
import { header, readHead, type Head } from "../lib/http/message.js";
import { parseCurlArgs, TRY, type CurlOpts } from "./options.js";

const enc = new TextEncoder();
const dec = new TextDecoder();
const SEC = 1_000_000_000;

class CurlError {
  constructor(
    readonly code: number,
    readonly text: string,
  ) {}
}

interface Url {
  scheme: string;
  host: string;
  port: number;
  path: string;
  hostHeader: string;
}

function parseUrl(raw: string): Url | CurlError {
  let s = raw;
  let scheme = "http";
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(s);
  if (m) {
    scheme = m[1]!.toLowerCase();
    s = s.slice(m[0].length);
  }
  if (scheme !== "http" && scheme !== "https") return new CurlError(1, `Protocol "${m![1]}" not supported or disabled in libcurl`);
  const slash = s.search(/[/?#]/);
  const authority = slash < 0 ? s : s.slice(0, slash);
  let path = slash < 0 ? "/" : s.slice(slash);
  if (!path.startsWith("/")) path = `/${path}`;
  path = path.replace(/#.*/, "");
  let host = authority.replace(/^.*@/, "");
  let port = scheme === "https" ? 443 : 80;
  let explicitPort = false;
  const v6 = /^\[([0-9A-Fa-f:.]+)\](?::(\d*))?$/.exec(host);
  if (v6) {
    host = v6[1]!;
    if (v6[2]) {
      port = Number(v6[2]);
      explicitPort = true;
    }
  } else {
    const c = host.lastIndexOf(":");
    if (c >= 0) {
      const p = host.slice(c + 1);
      host = host.slice(0, c);
      if (p !== "") {
        if (!/^\d+$/.test(p) || Number(p) > 65535) return new CurlError(3, "URL using bad/illegal format or missing URL");
        port = Number(p);
        explicitPort = true;
      }
    }
  }
  if (!host) return new CurlError(3, "URL using bad/illegal format or missing URL");
  const defPort = scheme === "https" ? 443 : 80;
  const hostHeader = (v6 ? `[${host}]` : host) + (explicitPort && port !== defPort ? `:${port}` : "");
  return { scheme, host, port, path, hostHeader };
}

interface Result {
  code: number;
  status: number;
  downloaded: number;
  contentType: string;
  remoteIp: string;
  remotePort: number;
  localPort: number;
  startNs: number;
  endNs: number;
  effectiveUrl: string;
}

function expandWriteOut(fmt: string, r: Result): string {
  const secs = (ns: number) => (ns / SEC).toFixed(6);
  const vars: Record<string, string> = {
    http_code: String(r.status).padStart(3, "0"),
    response_code: String(r.status).padStart(3, "0"),
    size_download: String(r.downloaded),
    remote_ip: r.remoteIp,
    remote_port: r.remotePort ? String(r.remotePort) : "0",
    local_port: String(r.localPort),
    content_type: r.contentType,
    exitcode: String(r.code),
    time_total: secs(r.endNs - r.startNs),
    time_connect: secs(0),
    url_effective: r.effectiveUrl,
    url: r.effectiveUrl,
  };
  return fmt
    .replace(/%\{([a-z_]+)\}/g, (all, k: string) => vars[k] ?? "")
    .replace(/\\(.)/g, (_a, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c === "r" ? "\r" : c === "\\" ? "\\" : `\\${c}`))
    .replace(/%%/g, "%");
}

/** The transfer of one URL; throws CurlError. */
async function transfer(ctx: ProgramContext, o: CurlOpts, rawUrl: string, out: () => Promise<OpenFile | undefined>, r: Result): Promise<void> {
  const t = ctx.task;
  const verbose = async (s: string) => {
    if (o.verbose) await ctx.stderr.write(s);
  };
  const u = parseUrl(rawUrl);
  if (u instanceof CurlError) throw u;
  r.effectiveUrl = `${u.scheme}://${u.hostHeader}${u.path}`;
  const deadline = o.maxTime !== undefined ? r.startNs + o.maxTime * SEC : undefined;
  const ctDeadline = o.connectTimeout !== undefined ? r.startNs + o.connectTimeout * SEC : undefined;
  const connDeadline = [deadline, ctDeadline, r.startNs + 300 * SEC].filter((x): x is number => x !== undefined).reduce((a, b) => Math.min(a, b));
  const elapsedMs = () => Math.floor((t.host.clock.now - r.startNs) / 1e6);
  // An IPv6 literal ([2001:db8::2]) is connected to over AF_INET6.
  const lit6 = u.host.includes(":") ? parseIp6(u.host) : undefined;
  if (u.host.includes(":") && (lit6 === undefined || o.ipv4)) {
    await verbose(`*   Trying [${u.host}]:${u.port}...\n`);
    await verbose(`* Immediate connect fail for ${u.host}: Network is unreachable\n`);
    throw new CurlError(7, `Failed to connect to ${u.host} port ${u.port} after ${elapsedMs()} ms: Couldn't connect to server`);
  }
  let addr = 0;
  let ip: string;
  if (lit6 !== undefined) ip = formatIp6(lit6);
  else {
    const look = await resolveHost(t, u.host, { family: o.ipv4 ? "inet" : "unspec" });
    if (look.kind === "error") throw new CurlError(6, `Could not resolve host: ${u.host}`);
    addr = look.addrs[0]!;
    ip = formatIpv4(addr);
  }
  await verbose(lit6 !== undefined ? `*   Trying [${ip}]:${u.port}...\n` : `*   Trying ${ip}:${u.port}...\n`);
  const held: Uint8Array[] = [];
  const s = sysSocket(t, lit6 !== undefined ? AF_INET6 : AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (!s.ok) throw new CurlError(7, `socket: ${strerror(s.errno)}`);
  const fd = s.value;
  sysSetsockopt(t, fd, SOL_TCP, TCP_NODELAY, 1);
  try {
    const sa = lit6 !== undefined ? sockaddrIn6(lit6, u.port) : sockaddrIn(addr, u.port);
    const c = await sysConnect(t, fd, sa, { timeoutNs: connDeadline - t.host.clock.now });
    if (!c.ok) {
      if (c.errno === ERRNO.EINPROGRESS) {
        const ms = elapsedMs();
        // --connect-timeout expiring is reported as a failed connect; -m as the transfer's timeout.
        if (ctDeadline !== undefined && ctDeadline <= connDeadline && (deadline === undefined || ctDeadline < deadline)) {
          await verbose(`* Failed to connect to ${u.host} port ${u.port} after ${ms} ms: Timeout was reached\n* Closing connection 0\n`);
          throw new CurlError(28, `Failed to connect to ${u.host} port ${u.port} after ${ms} ms: Timeout was reached`);
        }
        await verbose(`* Connection timed out after ${ms} milliseconds\n* Closing connection 0\n`);
        throw new CurlError(28, `Connection timed out after ${ms} milliseconds`);
      }
      // A connect() that fails at once (no route) is curl's "Immediate connect fail".
      if (lit6 !== undefined && (c.errno === ERRNO.ENETUNREACH || c.errno === ERRNO.EADDRNOTAVAIL)) {
        await verbose(`* Immediate connect fail for ${ip}: ${strerror(c.errno)}\n`);
        const ms = elapsedMs();
        await verbose(`* Failed to connect to ${u.host} port ${u.port} after ${ms} ms: Couldn't connect to server\n* Closing connection 0\n`);
        throw new CurlError(7, `Failed to connect to ${u.host} port ${u.port} after ${ms} ms: Couldn't connect to server`);
      }
      await verbose(`* connect to ${ip} port ${u.port} failed: ${strerror(c.errno)}\n`);
      const ms = elapsedMs();
      await verbose(`* Failed to connect to ${u.host} port ${u.port} after ${ms} ms: Couldn't connect to server\n* Closing connection 0\n`);
      throw new CurlError(c.errno === ERRNO.ETIMEDOUT ? 28 : 7, `Failed to connect to ${u.host} port ${u.port} after ${ms} ms: Couldn't connect to server`);
    }
    r.remoteIp = ip;
    r.remotePort = u.port;
    const name = sysGetsockname(t, fd);
    if (name.ok) r.localPort = name.value.port;
    await verbose(`* Connected to ${u.host} (${ip}) port ${u.port} (#0)\n`);
    if (u.scheme === "https") throw new CurlError(35, `OpenSSL SSL_connect: Connection reset by peer in connection to ${u.host}:${u.port} `);
    const method = o.method ?? (o.head ? "HEAD" : o.data !== undefined ? "POST" : "GET");
    const lines = [`${method} ${u.path} HTTP/${o.http10 ? "1.0" : "1.1"}`, `Host: ${u.hostHeader}`, `User-Agent: ${o.userAgent ?? "curl/7.88.1"}`, "Accept: */*"];
    const custom = o.headers.map((h) => h.split(/:(.*)/s).map((x) => x.trim()));
    for (const [k, v] of custom) {
      const i = lines.findIndex((l, n) => n > 0 && l.toLowerCase().startsWith(`${k!.toLowerCase()}:`));
      if (i >= 0) lines.splice(i, 1);
      if (v !== undefined && v !== "") lines.push(`${k}: ${v}`);
    }
    let body = new Uint8Array(0);
    if (o.data !== undefined) {
      body = enc.encode(o.data);
      lines.push(`Content-Length: ${body.length}`, "Content-Type: application/x-www-form-urlencoded");
    }
    const req = `${lines.join("\r\n")}\r\n\r\n`;
    if (o.verbose) for (const l of req.split("\r\n").slice(0, -1)) await ctx.stderr.write(`> ${l}\r\n`);
    const sent = await sysSend(t, fd, concatBytes(enc.encode(req), body));
    if (!sent.ok) throw new CurlError(55, `Failed sending data to the peer`);
    const h = await readHead(t, fd, deadline);
    if (h.kind === "timeout") throw new CurlError(28, `Operation timed out after ${elapsedMs()} milliseconds with 0 bytes received`);
    if (h.kind === "error") throw new CurlError(56, `Recv failure: ${strerror(h.errno)}`);
    if (h.kind === "eof") {
      await verbose("* Empty reply from server\n* Closing connection 0\n");
      throw new CurlError(52, "Empty reply from server");
    }
    const head: Head = h.head;
    const m = /^HTTP\/(\d\.\d) (\d{3})/.exec(head.start);
    const version = m?.[1] ?? "1.1";
    r.status = m ? Number(m[2]) : 0;
    r.contentType = header(head, "content-type") ?? "";
    if (version === "1.0") await verbose("* HTTP 1.0, assume close after body\n");
    if (o.verbose) for (const l of h.raw.split(/\r?\n/).slice(0, -1)) await ctx.stderr.write(`< ${l}\r\n`);
    if (o.fail && r.status >= 400) {
      await verbose("* Closing connection 0\n");
      throw new CurlError(22, `The requested URL returned error: ${r.status}`);
    }
    const dest = await out();
    const toStdout = dest === t.getFd(1);
    const write = async (b: Uint8Array) => {
      if (!b.length) return;
      // stdout is a buffered FILE in curl: what goes there shows after the transfer's stderr lines.
      if (toStdout && !dest?.tty) {
        held.push(b);
        return;
      }
      if (!dest?.write) throw new CurlError(23, "Failure writing output to destination");
      try {
        const w = dest.write(t, b);
        if (w) await w;
      } catch (e) {
        if (e instanceof KernelError) throw new CurlError(23, "Failure writing output to destination");
        throw e;
      }
    };
    if (o.include || o.head) await write(enc.encode(h.raw));
    const closeAfter = version === "1.0" || (header(head, "connection") ?? "").toLowerCase() === "close";
    const noBody = method === "HEAD" || r.status === 204 || r.status === 304 || (r.status >= 100 && r.status < 200);
    const len = header(head, "content-length");
    const chunked = (header(head, "transfer-encoding") ?? "").toLowerCase().includes("chunked");
    let pending = h.rest;
    const more = async (): Promise<boolean> => {
      const left = deadline === undefined ? undefined : Math.max(0, deadline - t.host.clock.now);
      const rr = await sysRecv(t, fd, { timeoutNs: left });
      if (!rr.ok) {
        if (rr.errno === ERRNO.EAGAIN) throw new CurlError(28, `Operation timed out after ${elapsedMs()} milliseconds with ${r.downloaded} bytes received`);
        throw new CurlError(56, `Recv failure: ${strerror(rr.errno)}`);
      }
      if (!rr.value.data.length) return false;
      pending = concatBytes(pending, rr.value.data);
      return true;
    };
    const deliver = async (b: Uint8Array) => {
      r.downloaded += b.length;
      if (o.verbose && b.length) await ctx.stderr.write(`{ [${b.length} bytes data]\n`);
      await write(b);
    };
    if (!noBody) {
      if (chunked) {
        for (let guard = 0; guard < 1_000_000; guard++) {
          let nl = pending.indexOf(10);
          while (nl < 0) {
            if (!(await more())) throw new CurlError(18, "transfer closed with outstanding read data remaining");
            nl = pending.indexOf(10);
          }
          const size = Number.parseInt(dec.decode(pending.subarray(0, nl)).trim(), 16);
          pending = pending.subarray(nl + 1);
          if (!size) break;
          while (pending.length < size + 2) if (!(await more())) throw new CurlError(18, "transfer closed with outstanding read data remaining");
          await deliver(pending.slice(0, size));
          pending = pending.subarray(size + 2);
        }
      } else if (len !== undefined) {
        const want = Number(len);
        while (pending.length < want) {
          if (!(await more())) {
            await deliver(pending);
            throw new CurlError(18, `transfer closed with ${want - pending.length} bytes remaining to read`);
          }
        }
        await deliver(pending.subarray(0, want));
      } else {
        while (await more()) {
          /* read to the server's close */
        }
        await deliver(pending);
      }
    }
    await verbose(closeAfter || (len === undefined && !chunked && !noBody) ? "* Closing connection 0\n" : `* Connection #0 to host ${u.host} left intact\n`);
  } finally {
    sysClose(t, fd);
    for (const b of held) await ctx.stdout.write(b);
  }
}

/** The progress meter's header and the line it ends on. */
function meter(total: number, elapsedNs: number): string {
  const size = (n: number) => {
    if (n < 100000) return String(n).padStart(5);
    if (n < 10000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4)}k`;
    return `${String(Math.floor(n / 1048576)).padStart(4)}M`;
  };
  const speed = elapsedNs > 0 ? Math.floor((total * SEC) / elapsedNs) : total ? total * 1000 : 0;
  const pct = "100";
  const head =
    "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n" +
    "                                 Dload  Upload   Total   Spent    Left  Speed\n";
  const zero = "\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";
  if (!total) return `${head}${zero}${zero}\n`;
  return `${head}${zero}\r${pct} ${size(total)}  ${pct} ${size(total)}    0     0 ${size(speed)}      0 --:--:-- --:--:-- --:--:-- ${size(speed)}\n`;
}

export const curlMain: Program = async (ctx) => {
  const p = parseCurlArgs(ctx.argv.slice(1));
  if (p.kind === "error") {
    await ctx.stderr.write(p.text);
    return p.status;
  }
  if (p.kind === "version") {
    await ctx.stdout.write(
      "curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13\n" +
        "Release-Date: 2023-02-20, security patched: 7.88.1-10+deb12u14\n" +
        "Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp\n" +
        "Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n",
    );
    return 0;
  }
  if (p.kind === "help") {
    await ctx.stdout.write("Usage: curl [options...] <url>\n");
    return 0;
  }
  const o = p.o;
  if (!o.urls.length) {
    await ctx.stderr.write(TRY);
    return 2;
  }
  const t = ctx.task;
  const stdoutFile = t.getFd(1);
  const showMeter = !o.silent && (o.output !== undefined || !stdoutFile?.tty);
  let status = 0;
  for (const url of o.urls) {
    const r: Result = { code: 0, status: 0, downloaded: 0, contentType: "", remoteIp: "", remotePort: 0, localPort: 0, startNs: t.host.clock.now, endNs: 0, effectiveUrl: url };
    let opened: OpenFile | undefined;
    const out = async (): Promise<OpenFile | undefined> => {
      if (o.output === undefined || o.output === "-") return stdoutFile;
      if (opened) return opened;
      try {
        const fs = t.host.fs;
        let n = fs.tryLookup(t, t.cwd, o.output);
        if (!n || n.kind === "file") {
          fs.writeFile(t, t.cwd, o.output, new Uint8Array(0));
          n = fs.lookup(t, t.cwd, o.output);
        }
        if (n.kind === "special") opened = n.open(t, { read: false, write: true });
        else if (n.kind === "file") opened = new RegularFile(fs, n, { read: false, write: true }, o.output);
      } catch {
        opened = undefined;
      }
      return opened;
    };
    try {
      await transfer(ctx, o, url, out, r);
    } catch (e) {
      if (!(e instanceof CurlError)) throw e;
      r.code = e.code;
      status = e.code;
      r.endNs = t.host.clock.now;
      // A URL curl cannot use (1, 3) ends before the first progress call: no meter then (recorded);
      // a refused connection (7) has one. (A failed resolve races the meter on Linux; left as it was.)
      if (showMeter && e.code !== 1 && e.code !== 3) await ctx.stderr.write(meter(0, 0));
      if (!o.silent || o.showError) await ctx.stderr.write(`curl: (${e.code}) ${e.text}\n`);
      if (o.writeOut !== undefined) await ctx.stdout.write(expandWriteOut(o.writeOut, r));
      continue;
    }
    r.endNs = t.host.clock.now;
    if (showMeter) await ctx.stderr.write(meter(r.downloaded, r.endNs - r.startNs));
    if (o.writeOut !== undefined) await ctx.stdout.write(expandWriteOut(o.writeOut, r));
  }
  return status;
};
