// xt_recent_mtinfo_v1, as plain data.

export interface XtRecent {
  seconds: number;
  hitCount: number;
  /** XT_RECENT_CHECK 1, SET 2, UPDATE 4, REMOVE 8, TTL 16, REAP 32 */
  checkSet: number;
  invert: boolean;
  name: string;
  /** XT_RECENT_SOURCE 0, XT_RECENT_DEST 1 */
  side: number;
  mask: number;
  /** ip6tables: the IPv6 mask (all ones by default); the IPv4 one is unused then. */
  mask6?: bigint;
}
export const XT_RECENT_CHECK = 1;
export const XT_RECENT_SET = 2;
export const XT_RECENT_UPDATE = 4;
export const XT_RECENT_REMOVE = 8;
export const XT_RECENT_TTL = 16;
export const XT_RECENT_REAP = 32;
