# source reads a device to its end and a procfs file only up to its stat size
# (0), as bash's _evalfile does.
source /dev/null; echo "rc=$?"
. /dev/null; echo "rc=$?"
. /proc/sys/net/ipv4/ip_forward; echo "rc=$?"
echo 'echo sourced' > f.sh
. ./f.sh; echo "rc=$?"
