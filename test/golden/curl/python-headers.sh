# Response heads from python's http.server (the wall-clock Date and Last-Modified lines left out).
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
mkdir -p /tmp/www; echo hello > /tmp/www/a.txt
cd /tmp/www
ip netns exec b python3 -m http.server 8000 > /dev/null 2>&1 &
sleep 1
ip netns exec a curl -sI http://10.0.0.2:8000/a.txt | grep -v -e ^Date -e ^Last-Modified
ip netns exec a curl -si http://10.0.0.2:8000/a.txt | grep -v -e ^Date -e ^Last-Modified
ip netns exec a curl -sv http://10.0.0.2:8000/a.txt 2>&1 | grep -v -e Date: -e Last-Modified:
ip netns exec a curl -sI http://10.0.0.2:8000/nope | grep -v -e ^Date
kill %1
