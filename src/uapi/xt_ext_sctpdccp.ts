// Data of the sctp (xt_sctp_info) and dccp (xt_dccp_info) matches.

export interface XtSctp {
  spts: [number, number];
  dpts: [number, number];
  /** Chunk types listed with --chunk-types, with their flag letters ("" for none). */
  chunks: { type: number; flags: string }[];
  /** 0 none given, 1 any, 2 all, 3 only (XT_SCTP_CHUNK_MATCH_*). */
  chunkMatch: number;
  /** XT_SCTP_SRC_PORTS 1, DEST_PORTS 2, CHUNK_TYPES 4 */
  flags: number;
  invflags: number;
}

export interface XtDccp {
  spts: [number, number];
  dpts: [number, number];
  /** Bit per DCCP packet type (0..15). */
  typemask: number;
  option: number;
  /** XT_DCCP_SRC_PORTS 1, DEST_PORTS 2, TYPE 4, OPTION 8 */
  flags: number;
  invflags: number;
}
