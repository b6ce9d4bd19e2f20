# owner, socket and cgroup: parsing, user/group names, ranges, errors, hooks.
t() { echo "\$ iptables $*"; iptables "$@"; echo "rc=$?"; }
t -t mangle -A OUTPUT -m owner --uid-owner root
t -t mangle -A OUTPUT -m owner ! --uid-owner 0-10 --gid-owner 3 --suppl-groups
t -t mangle -A OUTPUT -m owner --socket-exists
t -t mangle -A OUTPUT -m owner ! --socket-exists --gid-owner root
t -t mangle -A OUTPUT -m owner --uid-owner nobody
t -t mangle -A OUTPUT -m owner --uid-owner 5:7
t -t mangle -A OUTPUT -m owner --uid-owner foo
t -t mangle -A OUTPUT -m owner --uid-owner 5-x
t -t mangle -A OUTPUT -m owner --uid-owner 4294967295
t -t mangle -A OUTPUT -m owner --suppl-groups --gid-owner 0
t -t mangle -A OUTPUT -m owner --gid-owner 0 ! --suppl-groups
t -t mangle -A OUTPUT -m owner
t -t mangle -A INPUT -m owner --uid-owner 0
t -t mangle -A OUTPUT -m socket
t -t mangle -A PREROUTING -m socket --transparent --restore-skmark
t -t mangle -A PREROUTING -m socket --nowildcard
t -t mangle -A OUTPUT -m cgroup --cgroup 1
t -t mangle -A OUTPUT -m cgroup ! --path /
t -t mangle -A OUTPUT -m cgroup --path /nonexist
t -t mangle -A OUTPUT -m cgroup ! --cgroup 0x10
t -t mangle -A OUTPUT -m cgroup
t -t mangle -A OUTPUT -m cgroup --cgroup 1 --path /
t -t mangle -A PREROUTING -m cgroup --cgroup 1
iptables -t mangle -L -n
iptables -t mangle -L OUTPUT
iptables-save -t mangle | grep -v '^#'
iptables -t mangle -D OUTPUT -m owner --uid-owner 0; echo rc=$?
iptables -t mangle -C OUTPUT -m owner --uid-owner root; echo rc=$?
