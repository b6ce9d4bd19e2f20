# Edge cases of the new matches: bpf objects, osf's genre cut to 31 characters,
# u32 limits, owner ranges the kernel refuses, cgroup and cluster bounds.
t() { echo "\$ iptables $*"; iptables "$@"; echo "rc=$?"; }
t -A INPUT -m bpf --object-pinned /sys/fs/bpf/nothing
t -A INPUT -m bpf --bytecode "1,6 0 0 0" --object-pinned /x
t -A INPUT -p tcp -m osf --genre 0123456789012345678901234567890123
t -A INPUT -m u32 --u32 "0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1"
t -A INPUT -m u32 --u32 "0&1&1&1&1&1&1&1&1&1&1&1=1"
t -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10,11"
t -A INPUT -m u32 --u32 " 0 = 0x100000000"
t -A INPUT -m u32 --u32 "0=-1"
t -A INPUT -m ipcomp --ipcompspi 5:4 -p 108
t -A INPUT -m ipcomp --ipcompspi 1:2:3 -p 108
t -A INPUT -m owner --uid-owner 0
t -A OUTPUT -m owner --uid-owner 10:5
t -A OUTPUT -m owner --gid-owner 4294967294
t -A OUTPUT -m cgroup --cgroup 4294967296
t -A OUTPUT -m cgroup --path "//"
t -A INPUT -m cluster --cluster-total-nodes 32 --cluster-local-nodemask 0xffffffff --cluster-hash-seed 1
iptables -S
