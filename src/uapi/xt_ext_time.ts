// xt_time_info: dates in seconds since the Unix epoch (UTC), times of day in
// seconds, a bit per month day (1..31) and per weekday (1 Mon .. 7 Sun).

export interface XtTime {
  dateStart: number;
  dateStop: number;
  daytimeStart: number;
  daytimeStop: number;
  monthdays: number;
  weekdays: number;
  /** XT_TIME_LOCAL_TZ 1, XT_TIME_CONTIGUOUS 2 */
  flags: number;
}
export const XT_TIME_MAX_DATE = 0x7fffffff;
export const XT_TIME_ALL_MONTHDAYS = 0xfffffffe;
export const XT_TIME_ALL_WEEKDAYS = 0xfe;
