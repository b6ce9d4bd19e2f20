ip link add abcdefghijklmnop type bridge; echo rc=$?
ip link add abcdefghijklmno type bridge; echo rc=$?
ip link add "a b" type bridge; echo rc=$?
ip link add a/b type bridge; echo rc=$?
ip link add name "x y" type bridge; echo rc=$?
ip -br link
