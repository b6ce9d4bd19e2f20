// errno values and their strerror() texts (glibc wording), as include/uapi/asm-generic/errno*.h.
// The kernel model returns these; tools render the words.

export const ERRNO = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, ENOEXEC: 8, EBADF: 9, ECHILD: 10,
  EAGAIN: 11, ENOMEM: 12, EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20,
  EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ENOTTY: 25, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30,
  EMLINK: 31, EPIPE: 32, EDOM: 33, ERANGE: 34, EDEADLK: 35, ENAMETOOLONG: 36, ENOSYS: 38, ENOTEMPTY: 39,
  ELOOP: 40, ENOMSG: 42, EXFULL: 54, ENODATA: 61, ENOTSOCK: 88, EDESTADDRREQ: 89, EMSGSIZE: 90, EPROTOTYPE: 91,
  ENOPROTOOPT: 92, EPROTONOSUPPORT: 93, EOPNOTSUPP: 95, EAFNOSUPPORT: 97, EADDRINUSE: 98, EADDRNOTAVAIL: 99,
  ENETDOWN: 100, ENETUNREACH: 101, ECONNABORTED: 103, ECONNRESET: 104, ENOBUFS: 105, EISCONN: 106,
  ENOTCONN: 107, ETIMEDOUT: 110, ECONNREFUSED: 111, EHOSTDOWN: 112, EHOSTUNREACH: 113, EALREADY: 114,
  EINPROGRESS: 115,
} as const;

export type ErrnoName = keyof typeof ERRNO;

const STRERROR: Record<number, string> = {
  1: "Operation not permitted", 2: "No such file or directory", 3: "No such process",
  4: "Interrupted system call", 5: "Input/output error", 6: "No such device or address",
  7: "Argument list too long", 8: "Exec format error", 9: "Bad file descriptor", 10: "No child processes",
  11: "Resource temporarily unavailable", 12: "Cannot allocate memory", 13: "Permission denied",
  14: "Bad address", 16: "Device or resource busy", 17: "File exists", 18: "Invalid cross-device link",
  19: "No such device", 20: "Not a directory", 21: "Is a directory", 22: "Invalid argument",
  23: "Too many open files in system", 24: "Too many open files", 25: "Inappropriate ioctl for device",
  27: "File too large", 28: "No space left on device", 29: "Illegal seek", 30: "Read-only file system",
  31: "Too many links", 32: "Broken pipe", 33: "Numerical argument out of domain",
  34: "Numerical result out of range", 35: "Resource deadlock avoided", 36: "File name too long",
  38: "Function not implemented", 39: "Directory not empty", 40: "Too many levels of symbolic links",
  42: "No message of desired type", 54: "Exchange full", 61: "No data available", 88: "Socket operation on non-socket",
  89: "Destination address required", 90: "Message too long", 91: "Protocol wrong type for socket",
  92: "Protocol not available", 93: "Protocol not supported", 95: "Operation not supported",
  97: "Address family not supported by protocol", 98: "Address already in use",
  99: "Cannot assign requested address", 100: "Network is down", 101: "Network is unreachable",
  103: "Software caused connection abort", 104: "Connection reset by peer", 105: "No buffer space available",
  106: "Transport endpoint is already connected", 107: "Transport endpoint is not connected",
  110: "Connection timed out", 111: "Connection refused", 112: "Host is down", 113: "No route to host",
  114: "Operation already in progress", 115: "Operation now in progress",
};

export function strerror(errno: number): string {
  return STRERROR[errno] ?? `Unknown error ${errno}`;
}

/**
 * An error carrying an errno, thrown by the kernel model to its callers (tools
 * render it). It records no stack trace: it is an answer, not a bug (no
 * stack ever reaches a user), and capturing one cost more than the work that
 * failed (fib_magic's "route exists" on every address added, ~4 % of a
 * container run).
 */
export class KernelError extends Error {
  readonly errno: number;
  /** Extended ack message (NLMSGERR_ATTR_MSG), as iproute2 prints after "Error: ". */
  readonly extack?: string;
  constructor(errno: number, extack?: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(extack ?? strerror(errno));
    Error.stackTraceLimit = limit;
    this.errno = errno;
    this.extack = extack;
  }
}

export function kerr(name: ErrnoName, extack?: string): KernelError {
  return new KernelError(ERRNO[name], extack);
}
