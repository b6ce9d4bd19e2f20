# Runs on host a of examples/two-hosts.yaml.
hostname
ip -br -4 addr show eth1
ping -c 2 b
ssh b 'hostname; ip route'
# Does a forward between its two networks? Not until it is told to.
ssh c ping -c 1 -W 1 10.10.0.2 | tail -2
sysctl -w net.ipv4.ip_forward=1
ssh c ping -c 1 10.10.0.2 | sed -n 2p
