// HTTP/1.x message helpers shared by curl, python3's http.server and nginx:
// the IMF-fixdate of RFC 9110 (Date, Last-Modified) from the world clock,
// request/response head parsing, and reading a head off a connected socket.

import { DEFAULT_EPOCH_SEC } from "../../../sim/epoch.js";
import { sysRecv } from "../../../kernel/net/socket.js";
import { concatBytes } from "../../../wire/bytes.js";
import type { Task } from "../../../kernel/task/task.js";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Seconds since the Unix epoch at virtual time `ns`. */
export function wallSeconds(ns: number): number {
  return DEFAULT_EPOCH_SEC + Math.floor(ns / 1e9);
}

const p2 = (n: number) => String(n).padStart(2, "0");

/** "Sun, 22 Nov 2026 03:00:49 GMT" */
export function httpDate(sec: number): string {
  const d = new Date(sec * 1000);
  return `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} GMT`;
}

/** "22/Nov/2026 03:00:49" (python's log_date_time_string, UTC here). */
export function logDate(sec: number): string {
  const d = new Date(sec * 1000);
  return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

export interface Head {
  /** The first line without CRLF. */
  start: string;
  headers: [string, string][];
}

export function header(h: Head, name: string): string | undefined {
  const n = name.toLowerCase();
  return h.headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

function findHeadEnd(buf: Uint8Array): number {
  for (let i = 0; i + 3 < buf.length; i++) if (buf[i] === 13 && buf[i + 1] === 10 && buf[i + 2] === 13 && buf[i + 3] === 10) return i + 4;
  for (let i = 0; i + 1 < buf.length; i++) if (buf[i] === 10 && buf[i + 1] === 10) return i + 2;
  return -1;
}

export function parseHead(text: string): Head {
  const lines = text.split(/\r?\n/);
  const start = lines.shift() ?? "";
  const headers: [string, string][] = [];
  for (const l of lines) {
    if (!l) continue;
    const i = l.indexOf(":");
    if (i > 0) headers.push([l.slice(0, i), l.slice(i + 1).trim()]);
  }
  return { start, headers };
}

export type ReadHead =
  | { kind: "head"; head: Head; raw: string; rest: Uint8Array }
  | { kind: "eof"; got: number }
  | { kind: "error"; errno: number }
  | { kind: "timeout"; got: number };

/** Reads until the blank line ending a head; what follows it is `rest`. */
export async function readHead(task: Task, fd: number, deadline?: number): Promise<ReadHead> {
  let buf: Uint8Array = new Uint8Array(0);
  for (let guard = 0; guard < 100_000; guard++) {
    const end = findHeadEnd(buf);
    if (end >= 0) {
      const raw = new TextDecoder().decode(buf.subarray(0, end));
      return { kind: "head", head: parseHead(raw), raw, rest: buf.subarray(end) };
    }
    const timeoutNs = deadline === undefined ? undefined : Math.max(0, deadline - task.host.clock.now);
    const r = await sysRecv(task, fd, { timeoutNs });
    if (!r.ok) return r.errno === 11 ? { kind: "timeout", got: buf.length } : { kind: "error", errno: r.errno };
    if (!r.value.data.length) return { kind: "eof", got: buf.length };
    buf = concatBytes(buf, r.value.data);
  }
  return { kind: "eof", got: buf.length };
}
