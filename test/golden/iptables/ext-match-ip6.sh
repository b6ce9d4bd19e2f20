# The socket, conntrack and packet matches in ip6tables (osf is IPv4 only).
t() { echo "\$ ip6tables $*"; ip6tables "$@"; echo "rc=$?"; }
t -t mangle -A PREROUTING -m rpfilter --loose
t -t mangle -A PREROUTING -m socket --nowildcard
t -t mangle -A OUTPUT -m owner --uid-owner 0
t -t mangle -A OUTPUT -m cgroup --path /
t -A INPUT -m connbytes --connbytes 5 --connbytes-mode bytes --connbytes-dir both
t -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 64
t -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 5
t -A INPUT -p 108 -m ipcomp --ipcompspi 5
t -A INPUT -p tcp -m osf --genre Linux
t -A INPUT -m u32 --u32 "0>>28=6"
t -A INPUT -m bpf --bytecode "1,6 0 0 1"
ip6tables-save | grep -v '^#'
ip6tables -t mangle -L -n
