# The socket, conntrack and packet matches through iptables-restore, -C, -D and -R.
cat > /tmp/rules <<'R'
*mangle
-A PREROUTING -m socket --transparent
-A PREROUTING -m rpfilter --loose
-A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 5
-A OUTPUT -m owner --uid-owner root --gid-owner 0-5
-A OUTPUT -m cgroup --path /
COMMIT
*filter
-A INPUT -m connbytes --connbytes 5:9 --connbytes-mode bytes --connbytes-dir original
-A INPUT -m connlimit --connlimit-above 5
-A INPUT -p 108 -m ipcomp --ipcompspi 5:6
-A INPUT -p tcp -m osf --genre Linux --ttl 2
-A INPUT -m u32 --u32 "0>>24=0x45"
-A INPUT -m bpf --bytecode "1,6 0 0 1"
COMMIT
R
iptables-restore < /tmp/rules; echo rc=$?
iptables-save | grep -v '^#'
iptables -t mangle -C OUTPUT -m owner --uid-owner 0 --gid-owner 0-5; echo rc=$?
iptables -t mangle -C OUTPUT -m owner --uid-owner 1; echo rc=$?
iptables -C INPUT -m connlimit --connlimit-above 5 --connlimit-mask 32 --connlimit-saddr; echo rc=$?
iptables -C INPUT -m connlimit --connlimit-above 5 --connlimit-mask 31; echo rc=$?
iptables -D INPUT -m u32 --u32 "0>>24=69"; echo rc=$?
iptables -D INPUT -m bpf --bytecode "1,6 0 0 1"; echo rc=$?
iptables -R INPUT 1 -m connbytes ! --connbytes 5 --connbytes-mode packets --connbytes-dir reply; echo rc=$?
iptables -t mangle -D PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 1 --cluster-hash-seed 5; echo rc=$?
iptables -S INPUT
iptables -L INPUT --line-numbers -n
iptables-restore --test <<'R'; echo rc=$?
*filter
-A INPUT -m u32 --u32 "0=="
COMMIT
R
iptables-restore --noflush <<'R'; echo rc=$?
*mangle
-A INPUT -m owner --uid-owner 0
COMMIT
R
rm -f /tmp/rules
