ping -c1 example.com; echo "rc=$?"
curl -s http://example.com | head -3
curl -sI http://example.com
traceroute example.com
ping -c1 nosuch.example; echo "rc=$?"
curl -s http://nosuch.example/; echo "rc=$?"
nc -z nosuch.example 80; echo "rc=$?"
ssh nosuch.example true; echo "rc=$?"
nc -zv www.example.org 80; echo "rc=$?"
echo "192.0.2.99 example.com" >> /etc/hosts
ping -c1 -W1 example.com; echo "rc=$?"
echo "nameserver 192.0.2.53" > /etc/resolv.conf
s=$SECONDS; ping -c1 nosuch.example; echo "rc=$? after $((SECONDS - s))s"
echo "nameserver 10.0.2.2" > /etc/resolv.conf
s=$SECONDS; curl -s http://nosuch.example/; echo "rc=$? after $((SECONDS - s))s"
