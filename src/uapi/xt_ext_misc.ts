// Data of NFLOG, NFQUEUE (revision 3), quota, cpu, helper, realm, CLASSIFY,
// CHECKSUM, tcpmss and TCPMSS, as plain objects.

export interface XtNflog {
  group: number;
  /** --nflog-size; undefined when not given (no snaplen). */
  size?: number;
  threshold: number;
  prefix: string;
}

export interface XtNfqueue {
  queuenum: number;
  /** Number of queues (u16: 65536 wraps to 0, which the kernel refuses). */
  queuesTotal: number;
  bypass: boolean;
  cpuFanout: boolean;
}

/** xt_quota_info: bytes left (u64). */
export interface XtQuota {
  quota: bigint;
  invert: boolean;
}

export interface XtCpu {
  cpu: number;
  invert: boolean;
}

export interface XtHelper {
  name: string;
  invert: boolean;
}

export interface XtRealm {
  id: number;
  mask: number;
  invert: boolean;
}

/** CLASSIFY: skb->priority = TC_H_MAKE(major << 16, minor). */
export interface XtClassify {
  priority: number;
}

export interface XtChecksum {
  fill: boolean;
}

export interface XtTcpmss {
  min: number;
  max: number;
  invert: boolean;
}

/** TCPMSS: mss 0xffff = clamp to the path MTU. */
export interface XtTcpmssTarget {
  mss: number;
}
export const XT_TCPMSS_CLAMP_PMTU = 0xffff;
