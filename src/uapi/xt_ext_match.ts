// Match data of owner, socket, cgroup, connbytes, connlimit, connlabel,
// cluster, ipcomp, rpfilter, osf, u32 and bpf (include/uapi/linux/netfilter/
// xt_*.h), as plain data.

/** xt_owner_match_info (revision 1) */
export interface XtOwner {
  uidMin: number;
  uidMax: number;
  gidMin: number;
  gidMax: number;
  /** XT_OWNER_* bits */
  match: number;
  invert: number;
}
export const XT_OWNER_UID = 1 << 0;
export const XT_OWNER_GID = 1 << 1;
export const XT_OWNER_SOCKET = 1 << 2;
export const XT_OWNER_SUPPL_GROUPS = 1 << 3;

/** xt_socket_mtinfo3 (revision 3) */
export interface XtSocket {
  flags: number;
}
export const XT_SOCKET_TRANSPARENT = 1 << 0;
export const XT_SOCKET_NOWILDCARD = 1 << 1;
export const XT_SOCKET_RESTORESKMARK = 1 << 2;

/** xt_cgroup_info_v2 (revision 2) */
export interface XtCgroup {
  hasPath: boolean;
  hasClassid: boolean;
  invertPath: boolean;
  invertClassid: boolean;
  path: string;
  classid: number;
}

/** xt_connbytes_info: from/to are u64 (from > to means inverted). */
export interface XtConnbytes {
  from: bigint;
  to: bigint;
  /** XT_CONNBYTES_PKTS 0, BYTES 1, AVGPKT 2 */
  what: number;
  /** XT_CONNBYTES_DIR_ORIGINAL 0, REPLY 1, BOTH 2 */
  direction: number;
}

/** xt_connlimit_info (revision 1) */
export interface XtConnlimit {
  /** IPv4 mask (host order); IPv6 rules use mask6. */
  mask: number;
  mask6: bigint;
  limit: number;
  /** XT_CONNLIMIT_INVERT 1, XT_CONNLIMIT_DADDR 2 */
  flags: number;
}
export const XT_CONNLIMIT_INVERT = 1;
export const XT_CONNLIMIT_DADDR = 2;

/** xt_connlabel_mtinfo */
export interface XtConnlabel {
  bit: number;
  /** XT_CONNLABEL_OP_INVERT 1, XT_CONNLABEL_OP_SET 2 */
  options: number;
}
export const XT_CONNLABEL_OP_INVERT = 1;
export const XT_CONNLABEL_OP_SET = 2;

/** xt_cluster_match_info */
export interface XtCluster {
  totalNodes: number;
  nodeMask: number;
  hashSeed: number;
  /** XT_CLUSTER_F_INV 1 */
  flags: number;
}

/** xt_ipcomp */
export interface XtIpcomp {
  spis: [number, number];
  invflags: number;
  hdrres: number;
}

/** xt_rpfilter_info */
export interface XtRpfilter {
  flags: number;
}
export const XT_RPFILTER_LOOSE = 1 << 0;
export const XT_RPFILTER_VALID_MARK = 1 << 1;
export const XT_RPFILTER_ACCEPT_LOCAL = 1 << 2;
export const XT_RPFILTER_INVERT = 1 << 3;

/** xt_osf_info */
export interface XtOsf {
  genre: string;
  flags: number;
  loglevel: number;
  ttl: number;
}
export const XT_OSF_GENRE = 1 << 0;
export const XT_OSF_TTL = 1 << 1;
export const XT_OSF_LOG = 1 << 2;
export const XT_OSF_INVERT = 1 << 3;

/** xt_u32: tests of locations (number, then operator+number) against value ranges. */
export interface XtU32Test {
  /** location[0].number, then [XT_U32_* op, number] pairs. */
  location: { nextop: number; number: number }[];
  value: { min: number; max: number }[];
}
export interface XtU32 {
  tests: XtU32Test[];
  invert: boolean;
}
export const XT_U32_AND = 0;
export const XT_U32_LEFTSH = 1;
export const XT_U32_RIGHTSH = 2;
export const XT_U32_AT = 3;
export const XT_U32_MAXSIZE = 10;

/** struct sock_filter */
export interface SockFilter {
  code: number;
  jt: number;
  jf: number;
  k: number;
}
/** xt_bpf_info_v1 (bytecode mode) */
export interface XtBpf {
  mode: "bytecode";
  program: SockFilter[];
}
export const XT_BPF_MAX_NUM_INSTR = 64;
