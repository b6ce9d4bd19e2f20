# ethtool commands the drivers refuse or serve: channels (-L on veth), coalesce and msglvl (tun), pause/EEE/rings/EEPROM/registers/test/identify, unknown devices.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip tuntap add tun0 mode tun
ip link add mv0 link veth0 type macvlan
ethtool -i tun0; ethtool tun0
ethtool -L br0 rx 2; echo rc=$?
ethtool -L veth0 rx 3; echo rc=$?
ethtool -L veth0 rx 0; echo rc=$?
ethtool -L veth0 tx 0 rx 1; echo rc=$?
ethtool -L veth0 combined 1; echo rc=$?
ethtool -L veth0 rx 1; echo rc=$?
ethtool -L veth0 rx 2 tx 2; echo rc=$?
ethtool -l veth0; ethtool -l veth1
ip link set veth0 up; ethtool -L veth0 rx 1; echo rc=$?; ethtool -l veth0
ethtool -L veth0 rx; echo rc=$?
ethtool -L veth0 bogus 1; echo rc=$?
ethtool -L nosuch rx 1; echo rc=$?
ethtool -G br0 rx 10; echo rc=$?
ethtool -G nosuch rx 10; echo rc=$?
ethtool -s br0 speed 100 duplex full; echo rc=$?
ethtool -s nosuch speed 100; echo rc=$?
ethtool -a nosuch; echo rc=$?
ethtool -e nosuch; echo rc=$?
ethtool -p nosuch; echo rc=$?
ethtool -c tun0; echo rc=$?
ethtool -a tun0; echo rc=$?
ethtool -S tun0; echo rc=$?
ethtool -P tun0; echo rc=$?
ethtool --show-pause veth0; echo rc=$?
ethtool --show-coalesce veth0; echo rc=$?
ethtool --set-eee veth0 eee on; echo rc=$?
ethtool -A veth0 rx on; echo rc=$?
ethtool -r veth0; echo rc=$?
ethtool -x veth0; echo rc=$?
ethtool --show-priv-flags veth0; echo rc=$?
ethtool --show-fec veth0; echo rc=$?
ethtool -s veth0 msglvl 1; echo rc=$?
ethtool -s tun0 msglvl 1; echo rc=$?
ethtool tun0 | tail -3
ethtool -z; echo rc=$?
ethtool -k; echo rc=$?
ethtool -d nosuch; echo rc=$?
ethtool -t nosuch; echo rc=$?
ethtool -r nosuch; echo rc=$?
ethtool -L veth0 rx x; echo rc=$?
ethtool -c nosuch; echo rc=$?
ethtool -s veth0 speed 10 msglvl 3; echo rc=$?
ethtool -s tun0 msglvl 0x4001; echo rc=$?; ethtool tun0 | tail -3
ip link add br1 type bridge; ip link set mv0 master br1; cat /sys/class/net/mv0/brport/path_cost
