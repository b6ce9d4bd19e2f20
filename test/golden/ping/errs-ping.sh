ping; echo "rc=$?"
ping -c; echo "rc=$?"
ping -c 0 127.0.0.1; echo "rc=$?"
ping -c foo 127.0.0.1; echo "rc=$?"
ping -c 1 -W foo 127.0.0.1; echo "rc=$?"
ping -c 1 -i 0.001 127.0.0.1; echo "rc=$?"
ping -c 1 -s 70000 127.0.0.1; echo "rc=$?"
ping -c 1 -s -1 127.0.0.1; echo "rc=$?"
ping -c 1 -t 0 127.0.0.1; echo "rc=$?"
ping -c 1 -t 256 127.0.0.1; echo "rc=$?"
ping -c 1 -I nosuch 127.0.0.1; echo "rc=$?"
ping -c 1 nosuch.invalid; echo "rc=$?"
ping -c 1 999.1.1.1; echo "rc=$?"
ping -c 1 10.9.9.9; echo "rc=$?"
ping -Z; echo "rc=$?"
ping -c 1 -w 0 127.0.0.1; echo "rc=$?"
ping -4 -c 1 ::1; echo "rc=$?"
ping -6 -c 1 127.0.0.1; echo "rc=$?"
ping -c 1 -Q 300 127.0.0.1; echo "rc=$?"
ping -c 1 -p zz 127.0.0.1; echo "rc=$?"
ping -c 1 -M foo 127.0.0.1; echo "rc=$?"
ping -c 1 127.0.0.1 extra; echo "rc=$?"
ping -V | head -1; echo "rc=$?"
ip link set lo up
ping -c 1 -s 65508 127.0.0.1 | tail -2; echo "rc=$?"
ping -c 1 -s 65507 -q 127.0.0.1 | tail -1 | cut -c1-20; echo "rc=$?"
ping -c 1 -I lo -q 127.0.0.1 | tail -2 | head -1; echo "rc=$?"
ping -c 1 -b 255.255.255.255; echo "rc=$?"
ping -c 1 255.255.255.255; echo "rc=$?"
ping -c 1 0.0.0.0 | head -1; echo "rc=$?"
ip link set lo up
ping -c 1 127.1 | head -1
ping -c 1 0x7f.1 | head -1
ping -c 1 0177.0.0.1 | head -1
ping -c 1 127.0.0.01 | head -1
ping -c 1 -q 127.1 | head -3
ip link set lo up
ping -c 1 0.0.0.0 | head -2; echo "rc=$?"
ping -c 1 -I 127.0.0.1 0 | head -2; echo "rc=$?"
ping -c 1 0 | head -2; echo "rc=$?"
