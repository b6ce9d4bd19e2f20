curl http://127.0.0.1:1/; echo "rc=$?"
ip link set lo up
curl http://127.0.0.1:1/; echo "rc=$?"
curl htp://x; echo "rc=$?"
curl http://10.9.9.9/; echo "rc=$?"
curl http://127.0.0.1:99999/; echo "rc=$?"
