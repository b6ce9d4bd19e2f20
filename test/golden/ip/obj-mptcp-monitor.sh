# ip mptcp monitor: subscribes and waits for path-manager events (none without MPTCP connections) until a signal.
timeout 1 ip mptcp monitor; echo "rc=$?"
timeout 1 ip mptcp limits monitor; echo "rc=$?"
ip mptcp endpoint add 10.0.0.1 signal
timeout 1 ip mptcp monitor; echo "rc=$?"
ip mptcp monitor extra; echo "rc=$?"
