# connbytes, connlimit, cluster, ipcomp, rpfilter, osf, u32, bpf: parsing,
# -L/-S/save forms and errors.
t() { echo "\$ iptables $*"; iptables "$@"; echo "rc=$?"; }
t -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir both
t -A INPUT -m connbytes ! --connbytes 10:100 --connbytes-mode avgpkt --connbytes-dir reply
t -A INPUT -m connbytes --connbytes 0:18446744073709551615 --connbytes-mode avgpkt --connbytes-dir both
t -A INPUT -m connbytes --connbytes 100:10 --connbytes-mode avgpkt --connbytes-dir both
t -A INPUT -m connbytes --connbytes -1:0 --connbytes-mode avgpkt --connbytes-dir both
t -A INPUT -m connbytes --connbytes 0:18446744073709551616 --connbytes-mode avgpkt --connbytes-dir both
t -A INPUT -m connbytes --connbytes 0:1 --connbytes-mode wrong --connbytes-dir both
t -A INPUT -m connbytes --connbytes 0:1
t -A INPUT -m connlimit --connlimit-upto 3
t -A INPUT -m connlimit ! --connlimit-upto 3 --connlimit-mask 24 --connlimit-daddr
t -A INPUT -m connlimit ! --connlimit-above 3 --connlimit-mask 255.255.0.0
t -A INPUT -m connlimit --connlimit-above 3 --connlimit-mask 33
t -A INPUT -m connlimit --connlimit-above 3 --connlimit-mask x
t -A INPUT -m connlimit --connlimit-above 4294967296
t -A INPUT -m connlimit
t -A INPUT -m connlimit --connlimit-above 1 --connlimit-saddr --connlimit-daddr
t -A INPUT -m connlabel --label 2048
t -A INPUT -m connlabel --label foo
t -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 2 --cluster-hash-seed 0xfeedcafe
t -t mangle -A PREROUTING -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5 --cluster-hash-seed 7
t -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-node 3 --cluster-hash-seed 1
t -t mangle -A PREROUTING -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 8 --cluster-hash-seed 1
t -t mangle -A PREROUTING -m cluster --cluster-total-nodes 3
t -t mangle -A PREROUTING -m cluster --cluster-total-nodes 33 --cluster-local-node 1 --cluster-hash-seed 1
t -A INPUT -p ipcomp -m ipcomp --ipcompspi 18 -j DROP
t -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 18:20 --compres
t -A INPUT -p 108 -m ipcomp
t -A INPUT -m ipcomp --ipcompspi 1
t -t mangle -A PREROUTING -m rpfilter --loose --validmark --accept-local --invert
t -t mangle -A INPUT -m rpfilter
t -A INPUT -m rpfilter
t -A INPUT -p tcp -m osf --genre linux --ttl 0 --log 0
t -A INPUT -p tcp -m osf ! --genre Windows
t -A INPUT -m osf --genre linux
t -A INPUT -p tcp -m osf --genre linux --ttl 3
t -A OUTPUT -p tcp -m osf --genre linux
t -A INPUT -m u32 ! --u32 "6 & 0xFF = 1 && 0 >> 22 & 0x3C @ 4 = 0x10:0x20,5"
t -A INPUT -m u32 --u32 "=1"
t -A INPUT -m u32 --u32 "0x0"
t -A INPUT -m u32 --u32 "0=1&2"
t -A INPUT -m u32 --u32 "0<1=1"
t -A INPUT -m u32 --u32 "0=x"
t -A INPUT -m u32 --u32 "0=1 2"
t -A INPUT -m bpf --bytecode "3,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0"
t -A INPUT -m bpf --bytecode "5,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0"
t -A INPUT -m bpf --bytecode "0,"
t -A INPUT -m bpf --bytecode "2,48 0 0 9,21 x"
t -A INPUT -m bpf --bytecode "1,99 0 0 0"
t -A INPUT -m bpf --bytecode "2,96 0 0 3,6 0 0 0"
t -A INPUT -m bpf --bytecode "2,5 0 0 1,6 0 0 0"
t -A INPUT -m bpf --bytecode "2,52 0 0 0,22 0 0 0"
t -A INPUT -m bpf
iptables -L -v -n
iptables -S
iptables-save | grep -v '^#'
