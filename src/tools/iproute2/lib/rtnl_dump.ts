// The byte layout of `ip {route,rule,address} save` files (ip/iproute.c,
// ip/iprule.c, ip/ipaddress.c with lib/libnetlink.c rtnl_from_file()): a
// 32-bit magic in host (little-endian) order, then the dump's netlink
// messages exactly as the kernel sent them (struct nlmsghdr, the family
// header, 4-byte aligned rtattrs). The model's kernel answers with typed
// messages, so the tool lays them out here the way the kernel's fill
// functions would have; restore parses them back into typed requests.

import type { ProgramContext } from "../../../kernel/task/program.js";
import type { IpCtx } from "../ip/iplink.js";
import type { KernelError } from "../../../uapi/errno.js";
import { nlError } from "./utils.js";

const EEXIST = 17;

export const NLMSG_HDRLEN = 16;
/** rtnl_from_file()'s buffer: a message longer than this is "malformed". */
const RTNL_FROM_FILE_BUF = 16384;

const align4 = (n: number): number => (n + 3) & ~3;

/** A message body under construction: the family header's bytes, then rtattrs. */
export class NlBody {
  readonly b: number[] = [];

  u8(v: number): this {
    this.b.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    this.b.push(v & 0xff, (v >>> 8) & 0xff);
    return this;
  }
  u32(v: number): this {
    this.b.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
    return this;
  }
  /** An IPv4 address (host-order number) in network order. */
  in4(v: number): this {
    this.b.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
    return this;
  }
  /** An IPv6 address (128-bit number) in network order. */
  in6(v: bigint): this {
    for (let i = 15; i >= 0; i--) this.b.push(Number((v >> BigInt(i * 8)) & 0xffn));
    return this;
  }
  private pad(): void {
    while (this.b.length % 4) this.b.push(0);
  }
  /** One rtattr whose payload `fill` writes (nla_put), padded to 4 bytes. */
  attr(type: number, fill: (a: NlBody) => void): this {
    const at = this.b.length;
    this.b.push(0, 0, type & 0xff, (type >>> 8) & 0xff);
    fill(this);
    const len = this.b.length - at;
    this.b[at] = len & 0xff;
    this.b[at + 1] = (len >>> 8) & 0xff;
    this.pad();
    return this;
  }
  attrU8(type: number, v: number): this {
    return this.attr(type, (a) => a.u8(v));
  }
  attrU32(type: number, v: number): this {
    return this.attr(type, (a) => a.u32(v));
  }
  attrIn4(type: number, v: number): this {
    return this.attr(type, (a) => a.in4(v));
  }
  attrIn6(type: number, v: bigint): this {
    return this.attr(type, (a) => a.in6(v));
  }
  /** nla_put_string(): the text and its NUL. */
  attrStr(type: number, s: string): this {
    return this.attr(type, (a) => {
      for (const c of new TextEncoder().encode(s)) a.u8(c);
      a.u8(0);
    });
  }
}

/** The message as the kernel framed it: nlmsghdr (len, type, flags, seq, portid) and the body. */
export function nlmsg(type: number, flags: number, seq: number, pid: number, body: NlBody): Uint8Array {
  const h = new NlBody().u32(NLMSG_HDRLEN + body.b.length).u16(type).u16(flags).u32(seq).u32(pid);
  return Uint8Array.from([...h.b, ...body.b]);
}

/** The dump request's sequence number: rtnl_open() seeds it with time(NULL), the dump takes the next one. */
export function dumpSeq(ctx: IpCtx): number {
  return (Math.floor(ctx.task.host.clock.now / 1e9) + 1_767_225_600 + 1) >>> 0;
}

/** A received message's fields, as rtnl_from_file() hands them to its handler. */
export interface NlMsgIn {
  type: number;
  flags: number;
  body: Uint8Array;
}

/** Reading an attribute's payload. */
export const rdU8 = (p: Uint8Array): number => p[0] ?? 0;
export const rdU32 = (p: Uint8Array, o = 0): number =>
  ((p[o] ?? 0) | ((p[o + 1] ?? 0) << 8) | ((p[o + 2] ?? 0) << 16) | ((p[o + 3] ?? 0) << 24)) >>> 0;
export const rdU16 = (p: Uint8Array, o = 0): number => (p[o] ?? 0) | ((p[o + 1] ?? 0) << 8);
export const rdIn4 = (p: Uint8Array): number => (((p[0] ?? 0) << 24) | ((p[1] ?? 0) << 16) | ((p[2] ?? 0) << 8) | (p[3] ?? 0)) >>> 0;
export function rdIn6(p: Uint8Array): bigint {
  let v = 0n;
  for (let i = 0; i < 16; i++) v = (v << 8n) | BigInt(p[i] ?? 0);
  return v;
}
/** A string attribute up to its NUL. */
export function rdStr(p: Uint8Array): string {
  const z = p.indexOf(0);
  return new TextDecoder().decode(z < 0 ? p : p.subarray(0, z));
}

/** parse_rtattr(): the attributes after `from`, the first of each type kept. */
export function parseAttrs(body: Uint8Array, from: number): Map<number, Uint8Array> {
  const tb = new Map<number, Uint8Array>();
  let o = from;
  while (o + 4 <= body.length) {
    const len = rdU16(body, o);
    const type = rdU16(body, o + 2) & 0x3fff;
    if (len < 4 || o + len > body.length) break;
    if (!tb.has(type)) tb.set(type, body.subarray(o + 4, o + len));
    o += align4(len);
  }
  return tb;
}

/** Every attribute after `from` in order (a nest's members, a multipath's nexthops). */
export function attrList(body: Uint8Array, from: number): Array<[number, Uint8Array]> {
  const out: Array<[number, Uint8Array]> = [];
  let o = from;
  while (o + 4 <= body.length) {
    const len = rdU16(body, o);
    if (len < 4 || o + len > body.length) break;
    out.push([rdU16(body, o + 2) & 0x3fff, body.subarray(o + 4, o + len)]);
    o += align4(len);
  }
  return out;
}

/**
 * *_save_prep(): refuses a terminal, writes the magic. False after printing why
 * (the caller's exit status differs per object).
 */
export async function savePrep(ctx: IpCtx, magic: number): Promise<boolean> {
  const out = ctx.stdout;
  if (!out || out.isTTY) {
    ctx.err("Not sending a binary stream to stdout\n");
    return false;
  }
  await out.write(Uint8Array.from(new NlBody().u32(magic).b));
  return true;
}

/** save_*(): the dump's messages after the magic, in the kernel's order. */
export async function saveMessages(ctx: IpCtx, msgs: Uint8Array[]): Promise<void> {
  if (!ctx.stdout || !msgs.length) return;
  let n = 0;
  for (const m of msgs) n += m.length;
  const all = new Uint8Array(n);
  let o = 0;
  for (const m of msgs) {
    all.set(m, o);
    o += m.length;
  }
  await ctx.stdout.write(all);
}

/** A saved file read from standard input, as fread() would walk it. */
export interface DumpFile {
  bytes: Uint8Array;
  /** ftell() works: standard input is a regular file (not a pipe). */
  seekable: boolean;
}

/**
 * *_dump_check_magic(): the file after its magic, or undefined after the
 * message (`what`: "route", "rule", "address").
 */
export async function checkMagic(ctx: IpCtx, stdin: ProgramContext["stdin"] | undefined, magic: number, what: string): Promise<DumpFile | undefined> {
  if (!stdin || stdin.isTTY) {
    ctx.err(`Can't restore ${what} dump from a terminal\n`);
    return undefined;
  }
  const bytes = await stdin.readAllBytes();
  // fread(&magic, 4, 1): the bytes there are land in the (zeroed) word even when fewer than four.
  const got = rdU32(bytes.subarray(0, 4));
  if (bytes.length < 4 || got !== magic >>> 0) {
    ctx.err(`Magic mismatch (${bytes.length >= 4 ? 1 : 0} elems, ${got.toString(16)} magic)\n`);
    return undefined;
  }
  return { bytes, seekable: stdin.seekable };
}

/**
 * rtnl_from_file(): each message after the magic to `handler` in order;
 * 0 at a clean end, the handler's negative status, or -1 after printing why
 * the file ended inside a message.
 */
export function fromFile(ctx: IpCtx, f: DumpFile, handler: (m: NlMsgIn) => number): number {
  const b = f.bytes;
  let o = 4;
  for (;;) {
    if (o === b.length) return 0;
    if (o + NLMSG_HDRLEN > b.length) {
      ctx.err("rtnl-from_file: truncated message\n");
      return -1;
    }
    const len = rdU32(b, o);
    const l = len - NLMSG_HDRLEN;
    if (l < 0 || len > RTNL_FROM_FILE_BUF) {
      // ftell() after the header; a pipe's is -1, printed unsigned.
      const pos = f.seekable ? String(o + NLMSG_HDRLEN) : "18446744073709551615";
      ctx.err(`!!!malformed message: len=${len | 0} @${pos}\n`);
      return -1;
    }
    if (o + NLMSG_HDRLEN + align4(l) > b.length) {
      ctx.err("rtnl-from_file: truncated message\n");
      return -1;
    }
    const m = { type: rdU16(b, o + 4), flags: rdU16(b, o + 6), body: b.subarray(o + NLMSG_HDRLEN, o + len) };
    o += NLMSG_HDRLEN + align4(l);
    const err = handler(m);
    if (err < 0) return err;
  }
}

/** restore_handler()'s rtnl_talk(): the error printed; EEXIST does not stop the restore (0), others do (-1). */
export function restoreTalk(ctx: IpCtx, send: () => void): number {
  try {
    send();
    return 0;
  } catch (e) {
    nlError(ctx, e);
    return (e as KernelError).errno === EEXIST ? 0 : -1;
  }
}

/** The flags restore_handler() adds to a saved message before sending it back. */
export const RESTORE_FLAGS = 0x001 | 0x400 | 0x004; // NLM_F_REQUEST | NLM_F_CREATE | NLM_F_ACK
