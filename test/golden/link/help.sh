ip link help; echo rc=$?
ip help; echo rc=$?
ip; echo rc=$?
