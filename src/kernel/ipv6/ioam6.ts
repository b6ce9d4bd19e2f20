// net/ipv6/ioam6.c: the "IOAM6" generic netlink family `ip ioam` talks to —
// the namespace's IOAM namespaces (16-bit ids, optional 32-bit data and 64-bit
// wide data, "unavailable" all ones when not given and then not dumped) and
// schemas (32-bit ids, data padded to a multiple of 4 bytes), a namespace
// linked to at most one schema and a schema to at most one namespace.
// Adding an existing id is EEXIST, deleting or linking a missing one ENOENT;
// deleting either side unlinks the other. The tables are rhashtables with a
// random seed, so the kernel dumps them in random order; this one by
// insertion, newest first, and the goldens sort the lines.
// Not modelled: the IOAM option itself (ioam6 lwtunnels, the pre-allocated
// trace in hop-by-hop headers) — nothing here reads these tables.

import { kerr } from "../../uapi/errno.js";
import type { NetNamespace } from "../core/netns.js";
import { genlRegisterFamily } from "../netlink/genetlink.js";

export const IOAM6_GENL_NAME = "IOAM6";
export const IOAM6_MAX_SCHEMA_DATA_LEN = 255 * 4;
const U32_UNAVAILABLE = 0xffffffff;
const U64_UNAVAILABLE = 0xffffffffffffffffn;

genlRegisterFamily(IOAM6_GENL_NAME, 1);

interface Ioam6Namespace {
  id: number;
  data: number;
  dataWide: bigint;
  schema?: Ioam6Schema;
}

interface Ioam6Schema {
  id: number;
  data: Uint8Array;
  ns?: Ioam6Namespace;
}

interface Ioam6Pernet {
  namespaces: Map<number, Ioam6Namespace>;
  schemas: Map<number, Ioam6Schema>;
}

function pernet(ns: NetNamespace): Ioam6Pernet {
  return ns.get("ioam6", () => ({ namespaces: new Map(), schemas: new Map() }));
}

/** IOAM6_CMD_DUMP_NAMESPACES' attributes. */
export interface Ioam6NamespaceMsg {
  id: number;
  schema?: number;
  data?: number;
  dataWide?: bigint;
}

export interface Ioam6SchemaMsg {
  id: number;
  ns?: number;
  data: Uint8Array;
}

export function ioam6AddNamespace(net: NetNamespace, id: number, data?: number, dataWide?: bigint): void {
  const p = pernet(net);
  if (p.namespaces.has(id)) throw kerr("EEXIST");
  p.namespaces.set(id, { id, data: data ?? U32_UNAVAILABLE, dataWide: dataWide ?? U64_UNAVAILABLE });
}

export function ioam6DelNamespace(net: NetNamespace, id: number): void {
  const p = pernet(net);
  const n = p.namespaces.get(id);
  if (!n) throw kerr("ENOENT");
  if (n.schema) n.schema.ns = undefined;
  p.namespaces.delete(id);
}

export function ioam6AddSchema(net: NetNamespace, id: number, data: Uint8Array): void {
  const p = pernet(net);
  if (p.schemas.has(id)) throw kerr("EEXIST");
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  p.schemas.set(id, { id, data: padded });
}

export function ioam6DelSchema(net: NetNamespace, id: number): void {
  const p = pernet(net);
  const s = p.schemas.get(id);
  if (!s) throw kerr("ENOENT");
  if (s.ns) s.ns.schema = undefined;
  p.schemas.delete(id);
}

/** IOAM6_CMD_NS_SET_SCHEMA: `schemaId` undefined for IOAM6_ATTR_SC_NONE. */
export function ioam6NsSetSchema(net: NetNamespace, nsId: number, schemaId: number | undefined): void {
  const p = pernet(net);
  const n = p.namespaces.get(nsId);
  if (!n) throw kerr("ENOENT");
  let sc: Ioam6Schema | undefined;
  if (schemaId !== undefined) {
    sc = p.schemas.get(schemaId);
    if (!sc) throw kerr("ENOENT");
  }
  if (n.schema) n.schema.ns = undefined;
  if (sc) {
    if (sc.ns) sc.ns.schema = undefined;
    sc.ns = n;
  }
  n.schema = sc;
}

function newestFirst<T>(m: Map<number, T>): T[] {
  return [...m.values()].reverse();
}

export function ioam6DumpNamespaces(net: NetNamespace): Ioam6NamespaceMsg[] {
  return newestFirst(pernet(net).namespaces).map((n) => {
    const m: Ioam6NamespaceMsg = { id: n.id };
    if (n.schema) m.schema = n.schema.id;
    if (n.data !== U32_UNAVAILABLE) m.data = n.data;
    if (n.dataWide !== U64_UNAVAILABLE) m.dataWide = n.dataWide;
    return m;
  });
}

export function ioam6DumpSchemas(net: NetNamespace): Ioam6SchemaMsg[] {
  return newestFirst(pernet(net).schemas).map((s) => ({ id: s.id, ns: s.ns?.id, data: s.data.slice() }));
}
