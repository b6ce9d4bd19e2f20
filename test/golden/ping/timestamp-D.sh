# ping -D: "[seconds.microseconds] " before each reply line and each error line.
ip link set lo up
ping -c 2 -i 0.2 -D 127.0.0.1 | sed 's/\[[0-9]\{10\}\.[0-9]\{6\}\] /[T] /; s/time=.*//'
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up; ip link set v1 up
ping -c 1 -W 4 -D 10.0.0.2 | sed 's/\[[0-9]\{10\}\.[0-9]\{6\}\] /[T] /; s/time=.*//'
ping -c 1 -D -t 0 127.0.0.1
