# ethtool -l: veth reports its allocated queues as maximums and one real queue each
# way (veth_init_queues); lo and bridges have no get_channels; no driver here has -g.
ip link add vq type veth peer name vr numtxqueues 4 numrxqueues 3
ip link add va type veth peer name vb
ip link add br0 type bridge
ethtool -l va; echo rc=$?
ethtool -l lo; echo rc=$?
ethtool -l br0; echo rc=$?
ethtool -g va; echo rc=$?
ethtool -g lo; echo rc=$?
ethtool -l nosuch; echo rc=$?
ethtool -g nosuch; echo rc=$?
ip -d link show va | grep -o "numtxqueues [0-9]* numrxqueues [0-9]*"
ethtool --show-channels vb; echo rc=$?
ethtool --show-ring vb; echo rc=$?
ethtool -l vq; echo rc=$?
