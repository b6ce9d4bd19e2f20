# Targets NETMAP, AUDIT, CONNSECMARK, TEE, TPROXY, IDLETIMER, LED, SECMARK, SYNPROXY, HMARK, RATEEST:
# options, the kernel's refusals, and their -L/-S/save forms.
t() { echo "\$ $*"; "$@"; echo "rc=$?"; }
t iptables -A INPUT -j AUDIT --type accept
t iptables -A INPUT -j AUDIT --type DROP
t iptables -A INPUT -j AUDIT --type reject
t iptables -A INPUT -j AUDIT
t iptables -A INPUT -j AUDIT --type wrong
t iptables -t mangle -A PREROUTING -j CONNSECMARK --restore
t iptables -t mangle -A OUTPUT -j CONNSECMARK --save
t iptables -t mangle -A OUTPUT -j CONNSECMARK
t iptables -t mangle -A OUTPUT -j CONNSECMARK --save --restore
t iptables -A INPUT -j CONNSECMARK --save
t iptables -A INPUT -j TEE --gateway 1.1.1.1
t iptables -A INPUT -j TEE --gateway 1.1.1.1 --oif lo
t iptables -A INPUT -j TEE ! --gateway 1.1.1.1
t iptables -A INPUT -j TEE
t iptables -A INPUT -j TEE --gateway 0.0.0.0
t iptables -A INPUT -j TEE --gateway localhost
t iptables -A INPUT -j TEE --gateway 10.1
t iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 12345 --on-ip 10.0.0.1 --tproxy-mark 0x23/0xff
t iptables -t mangle -A PREROUTING -p tcp -m tcp --dport 2342 -j TPROXY --on-port 12345 --on-ip 10.0.0.1 --tproxy-mark 0x23/0xff
t iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80
t iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port http --tproxy-mark 5
t iptables -t mangle -A PREROUTING -j TPROXY --on-port 12345 --on-ip 10.0.0.1 --tproxy-mark 0x23/0xff
t iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-ip 10.0.0.1
t iptables -A INPUT -p tcp -j TPROXY --on-port 80
t iptables -A INPUT -j IDLETIMER --timeout
t iptables -A INPUT -j IDLETIMER --timeout 42
t iptables -A INPUT -j IDLETIMER --timeout 42 --label foo
t iptables -A INPUT -j IDLETIMER --timeout 42 --label bar --alarm
t iptables -A INPUT -j IDLETIMER --timeout 0 --label baz
t iptables -A INPUT -j IDLETIMER --timeout 43 --label foo
t iptables -A INPUT -j LED --led-trigger-id "foo"
t iptables -A INPUT -j LED
t iptables -A INPUT -j SECMARK --selctx system_u:object_r:firewalld_exec_t:s0
t iptables -t security -A INPUT -j SECMARK --selctx system_u:object_r:firewalld_exec_t:s0
t iptables -t security -A INPUT -j SECMARK
t iptables -A INPUT -j SYNPROXY --sack-perm --timestamp --mss 1460 --wscale 9
t iptables -A INPUT -p tcp -m tcp --dport 42 -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 9 --mss 1460
t iptables -A INPUT -p tcp -j SYNPROXY
t iptables -A INPUT -p tcp -j SYNPROXY --ecn --mss 99999999999
t iptables -A OUTPUT -p tcp -j SYNPROXY
t iptables -A INPUT -j HMARK
t iptables -A INPUT -j HMARK --hmark-src-prefix 32 --hmark-rnd 0x00000004 --hmark-mod 42
t iptables -A INPUT -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-sport-mask 0xffff --hmark-dport-mask 0xffff --hmark-proto-mask 0xffff --hmark-rnd 0x00000004 --hmark-mod 42 --hmark-offset 1 --hmark-tuple ct
t iptables -A INPUT -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-spi-mask 0x00000004 --hmark-proto-mask 0xffff --hmark-rnd 0x00000004 --hmark-mod 42 --hmark-offset 1 --hmark-tuple ct
t iptables -A INPUT -j HMARK --hmark-src-prefix 1 --hmark-dst-prefix 2 --hmark-sport-mask 0x0003 --hmark-dport-mask 0x0004 --hmark-proto-mask 0x05 --hmark-rnd 0x00000004 --hmark-mod 42 --hmark-offset 1 --hmark-tuple ct
t iptables -A INPUT -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-sport-mask 0xffff --hmark-dport-mask 0xffff --hmark-proto-mask 0xffff --hmark-rnd 0x00000004 --hmark-mod 42 --hmark-offset 1 --hmark-tuple ct --hmark-spi-mask 4
t iptables -A INPUT -j HMARK --hmark-tuple src,dst,sport,dport,spi,proto --hmark-rnd 0x1 --hmark-mod 1 --hmark-sport 5 --hmark-dport 6 --hmark-spi 7
t iptables -A INPUT -j HMARK --hmark-tuple src,dst --hmark-mod 3
t iptables -A INPUT -j HMARK --hmark-tuple src,dst --hmark-rnd 3
t iptables -A INPUT -j HMARK --hmark-tuple src,,dst --hmark-rnd 3 --hmark-mod 3
t iptables -A INPUT -j HMARK --hmark-tuple src, --hmark-rnd 3 --hmark-mod 3
t iptables -A INPUT -j HMARK --hmark-tuple s --hmark-rnd 3 --hmark-mod 3
t iptables -A INPUT -j HMARK --hmark-tuple xx --hmark-rnd 3 --hmark-mod 3
t iptables -A INPUT -j HMARK --hmark-rnd 3 --hmark-mod 3
t iptables -A INPUT -j HMARK --hmark-tuple src --hmark-rnd 3 --hmark-mod 0
t iptables -A INPUT -j HMARK --hmark-tuple src --hmark-rnd 3 --hmark-mod 3 --hmark-src-prefix 33
t iptables -A INPUT -j HMARK --hmark-tuple src --hmark-rnd 3 --hmark-mod 3 --hmark-src-prefix 255.255.0.0
t iptables -A INPUT -j RATEEST --rateest-name RE1 --rateest-interval 250.0ms --rateest-ewmalog 500.0ms
t iptables -A INPUT -j RATEEST --rateest-name RE2 --rateest-interval 1s --rateest-ewmalog 8s
t iptables -A INPUT -j RATEEST --rateest-name RE1 --rateest-interval 1s --rateest-ewmalog 8s
t iptables -A INPUT -m rateest --rateest RE9 --rateest-gt --rateest-pps 1
t iptables -A INPUT -m rateest --rateest1 RE1 --rateest-lt --rateest-bps --rateest2 RE9
t iptables -A INPUT -m rateest --rateest1 RE1 --rateest-lt --rateest-bps --rateest2 RE2
t iptables -A INPUT -j RATEEST --rateest-name RE3 --rateest-interval 100us --rateest-ewmalog 8s
t iptables -A INPUT -j RATEEST --rateest-name RE3 --rateest-interval 10s --rateest-ewmalog 8s
t iptables -A INPUT -j RATEEST --rateest-name RE3 --rateest-interval 1s --rateest-ewmalog 1000s
t iptables -A INPUT -j RATEEST --rateest-name RE3 --rateest-interval 1x --rateest-ewmalog 8s
t iptables -A INPUT -j RATEEST --rateest-name RE3 --rateest-interval 1s --rateest-ewmalog x
t iptables -A INPUT -j RATEEST --rateest-name RE3 --rateest-interval 1s
t iptables -L
t iptables -L -n -v
t iptables -S
t iptables -t mangle -S
t iptables -t mangle -L -n
t iptables -t security -S
t iptables-save | grep -v '^#'
