ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ethtool -K veth0 tx off; echo rc=$?
ethtool -k veth0 | head -20
ethtool -K veth0 sg off; echo rc=$?
ethtool -k veth0 | head -20
ethtool -K veth0 tx on sg on; echo rc=$?
ethtool -k veth0 | head -20
ethtool -K veth0 lro on; echo rc=$?
ethtool -K veth0 bogus on; echo rc=$?
ethtool -K veth0 tso off; echo rc=$?
ethtool -K veth0 tso off; echo rc=$?
ethtool -K veth0 gso off gro off; echo rc=$?
ethtool -K veth0 rx off; echo rc=$?
ethtool -K veth0 tx-checksum-ip-generic off; echo rc=$?
ethtool -K veth0 tx-checksumming on; echo rc=$?
ethtool -K veth0 highdma off; echo rc=$?
ethtool -K veth0 rxvlan off txvlan off; echo rc=$?
ethtool -K veth0 ntuple on; echo rc=$?
ethtool -K veth0 rxhash on; echo rc=$?
ethtool -K veth0 ufo on; echo rc=$?
ethtool -K veth0 tx; echo rc=$?
ethtool -K veth0 tx maybe; echo rc=$?
ethtool -K veth0; echo rc=$?
ethtool -K nope tx off; echo rc=$?
ethtool --features veth0 tx on; echo rc=$?
ethtool --offload veth0 rx on; echo rc=$?
ethtool -k veth0
ethtool -k veth1 | head -20
ethtool -K br0 tx off; echo rc=$?
ethtool -k br0 | head -20
ethtool -K br0 tx on; echo rc=$?
ethtool -K lo tx off; echo rc=$?
ethtool -k lo | head -12
ethtool -K lo rx off; echo rc=$?
ethtool -K lo sg off; echo rc=$?
ethtool -k lo | head -20
ethtool -K veth1 tso off; echo rc=$?
ethtool -K veth1 tx off; echo rc=$?
ethtool -K veth1 tso on; echo rc=$?
ethtool -K veth1 tx on gso off sg off; echo rc=$?
ethtool -K veth1 sg on; echo rc=$?
ethtool -k veth1 | head -20
ethtool -K veth1 gso on tso on; echo rc=$?
ip link add veth2 type veth peer name veth3
ip link add mv0 link veth2 type macvlan
ethtool -K mv0 tx off; echo rc=$?
ethtool -K mv0 gro on; echo rc=$?
ethtool -k mv0 | head -20
