# conntrack -I (create): required options per protocol, tuples from the reply side, EEXIST;
# the tool's option/command legality table (Illegal option / You need to supply).
conntrack -I -p icmp -s 1.1.1.1 -d 2.2.2.2 -t 10; echo rc=$?
conntrack -I -p icmp -s 1.1.1.1 -d 2.2.2.2 --icmp-type 8 -t 10; echo rc=$?
conntrack -I -p icmp -s 1.1.1.1 -d 2.2.2.2 --icmp-type 8 --icmp-code 0 -t 10; echo rc=$?
conntrack -I -p icmp -s 1.1.1.1 -d 2.2.2.2 --icmp-type 8 --icmp-id 4 -t 10; echo rc=$?
conntrack -I -p udp -s 1.1.1.1 -d 2.2.2.2 -t 10; echo rc=$?
conntrack -I -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 5 -t 10; echo rc=$?
conntrack -I -p udp -s 1.1.1.1 --sport 5 --dport 6 -t 10; echo rc=$?
conntrack -I -p udp -r 1.1.1.1 -q 2.2.2.2 --reply-port-src 5 --reply-port-dst 6 -t 10; echo rc=$?
conntrack -I -p udp -t 10; echo rc=$?
conntrack -I -p 99 -s 1.1.1.1 -d 2.2.2.2 -t 10; echo rc=$?
conntrack -I -p tcp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 --state ESTABLISHED -t 10 -u SEEN_REPLY,ASSURED -m 0x10; echo rc=$?
conntrack -I -p udp -s 3.3.3.3 -d 4.4.4.4 --sport 1 --dport 2 -t 10 -u FOO; echo rc=$?
conntrack -I -p udp -s 3.3.3.3 -d 4.4.4.4 --sport 1 --dport 2 -t 10 -u CONFIRMED; echo rc=$?
conntrack -I -p udp -s 3.3.3.3 -d 4.4.4.4 --sport 1 --dport 2 -t abc; echo rc=$?
conntrack -I -p udp -s 2.2.2.2 -d 1.1.1.1 --sport 6 --dport 5 -t 10; echo rc=$?
conntrack -I -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 5 --dport 6 -t 10 -f ipv4 ; echo rc=$?
conntrack -I -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 5 --dport 6 -t 10 -o extended ; echo rc=$?
conntrack -L -o extended 2>&1 | sed -E 's/^(ipv4 +2 \w+ +[0-9]+) [0-9]+ /\1 T /' | sort
conntrack -C
conntrack -E -u ASSURED; echo rc=$?
conntrack -G -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 5 --dport 6 -f ipv4; echo rc=$?
conntrack -L -t 5; echo rc=$?
conntrack -F -s 1.1.1.1; echo rc=$?
conntrack -F -f ipv4; echo rc=$?
conntrack -L expect -s 1.1.1.1; echo rc=$?
conntrack -L expect -o extended; echo rc=$?
conntrack -D -j; echo rc=$?
conntrack -S -m 1; echo rc=$?
conntrack -C -z; echo rc=$?
conntrack -V -p tcp; echo rc=$?
conntrack -h -p tcp | head -2; echo rc=$?
conntrack -L -s 1.1.1.1 -m 1 -t 3 -e NEW; echo rc=$?
conntrack -E -t 3; echo rc=$?
conntrack -C; echo rc=$?
conntrack -L -u CONFIRMED; echo rc=$?
conntrack -L -u EXPECTED,UNSET; echo rc=$?
conntrack -L -u FIXED_TIMEOUT; echo rc=$?
conntrack -L -u SEEN_REPLY 2>&1 | sed -E 's/^(\w+) +([0-9]+) [0-9]+ /\1 \2 T /'
conntrack -D expect; echo rc=$?
conntrack -G -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -u ASSURED; echo rc=$?
