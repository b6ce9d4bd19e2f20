// tc/tc_core.c: the scheduler clock tc computes with. tc_core_init() reads
// /proc/net/psched (ns per us, ns per tick, clock resolution): on the recorded
// kernel one tick is 64 ns, so tick_in_usec = 1000/64 = 15.625. A missing
// file leaves tick_in_usec at 1, as tc does (the read's failure is ignored).
// Rate tables (tc_calc_rtable) and size tables (tc_calc_size_table) as tc
// builds them for the kernel.

import type { ProgramContext } from "../../../kernel/task/program.js";
import { readTextIfAny } from "../../net-tools/lib.js";
import { TC_LINKLAYER_ATM, type TcRatespec, type TcSizespec } from "../../../uapi/pkt_sched.js";

export const TIME_UNITS_PER_SEC = 1000000;

export interface TcCore {
  tickInUsec: number;
  clockFactor: number;
}

/** tc_core_init() */
export async function tcCoreInit(pc: ProgramContext): Promise<TcCore> {
  const core: TcCore = { tickInUsec: 1, clockFactor: 1 };
  const text = await readTextIfAny(pc, "/proc/net/psched");
  if (text === undefined) return core;
  // fscanf("%08x%08x%08x"): three hex fields of up to 8 digits, blanks skipped.
  const m = /^\s*([0-9a-fA-F]{1,8})\s*([0-9a-fA-F]{1,8})\s*([0-9a-fA-F]{1,8})/.exec(text);
  if (!m) return core;
  let t2us = parseInt(m[1]!, 16);
  const us2t = parseInt(m[2]!, 16);
  const clockRes = parseInt(m[3]!, 16);
  if (clockRes === 1000000000) t2us = us2t;
  core.clockFactor = clockRes / TIME_UNITS_PER_SEC;
  core.tickInUsec = (t2us / us2t) * core.clockFactor;
  return core;
}

/** tc_core_time2big() */
export function tcCoreTime2big(c: TcCore, time: number): boolean {
  return Math.floor(time * c.tickInUsec) >= 2 ** 32;
}

/** tc_core_time2tick(): an unsigned int (truncated, wrapped). */
export function tcCoreTime2tick(c: TcCore, time: number): number {
  return Math.trunc(time * c.tickInUsec) >>> 0;
}

/** tc_core_tick2time() */
export function tcCoreTick2time(c: TcCore, tick: number): number {
  return Math.trunc(tick / c.tickInUsec) >>> 0;
}

/** tc_core_time2ktime() */
export function tcCoreTime2ktime(c: TcCore, time: number): number {
  return Math.trunc(time * c.clockFactor) >>> 0;
}

/** tc_core_ktime2time() */
export function tcCoreKtime2time(c: TcCore, ktime: number): number {
  return Math.trunc(ktime / c.clockFactor) >>> 0;
}

/** tc_calc_xmittime(): ticks to send `size` bytes at `rate` bytes/s. */
export function tcCalcXmittime(c: TcCore, rate: number, size: number): number {
  // The time goes to tc_core_time2tick() as an unsigned int: whole microseconds.
  return tcCoreTime2tick(c, Math.trunc(TIME_UNITS_PER_SEC * (size / rate)));
}

/** tc_calc_xmitsize(): bytes sent in `ticks` at `rate`. */
export function tcCalcXmitsize(c: TcCore, rate: number, ticks: number): number {
  return Math.trunc((rate * tcCoreTick2time(c, ticks)) / TIME_UNITS_PER_SEC) >>> 0;
}

const ATM_CELL_PAYLOAD = 48;
const ATM_CELL_SIZE = 53;

/** tc_adjust_size() */
function tcAdjustSize(sz: number, mpu: number, linklayer: number): number {
  if (sz < mpu) sz = mpu;
  if (linklayer === TC_LINKLAYER_ATM) return Math.ceil(sz / ATM_CELL_PAYLOAD) * ATM_CELL_SIZE;
  return sz;
}

/** tc_calc_rtable_64() (tc_calc_rtable with r.rate): fills the ratespec's cell_log etc.; returns the 256 entries. */
export function tcCalcRtable(c: TcCore, r: TcRatespec, cellLog: number, mtu: number, linklayer: number, rate: number): number[] {
  if (mtu === 0) mtu = 2047;
  if (cellLog < 0) {
    cellLog = 0;
    while (mtu >> cellLog > 255) cellLog++;
  }
  const rtab: number[] = [];
  for (let i = 0; i < 256; i++) rtab.push(tcCalcXmittime(c, rate, tcAdjustSize((i + 1) << cellLog, r.mpu, linklayer)));
  r.cell_align = -1;
  r.cell_log = cellLog;
  r.linklayer = linklayer & 0x0f;
  return rtab;
}

/** tc_calc_size_table(): the table (undefined when only an overhead is set). */
export function tcCalcSizeTable(s: TcSizespec): number[] | undefined {
  const linklayer = s.linklayer;
  if (linklayer <= 1 && s.mpu === 0) {
    s.mtu = 0;
    s.tsize = 0;
    s.cell_log = 0;
    s.cell_align = 0;
    return undefined;
  }
  if (s.mtu === 0) s.mtu = 2047;
  if (s.tsize === 0) s.tsize = 512;
  s.cell_log = 0;
  while (s.mtu >> s.cell_log > s.tsize - 1) s.cell_log++;
  const tab: number[] = new Array<number>(s.tsize).fill(0);
  for (let guard = 0; guard < 32; guard++) {
    let again = false;
    for (let i = s.tsize - 1; i >= 0; i--) {
      const sz = tcAdjustSize((i + 1) << s.cell_log, s.mpu, linklayer);
      if (sz >> s.size_log > 0xffff) {
        s.size_log++;
        again = true;
        break;
      }
      tab[i] = sz >> s.size_log;
    }
    if (!again) break;
  }
  s.cell_align = -1;
  return tab;
}
