for o in "-n1 -I{}" "-I{} -n1" "-L1 -I{}" "-I{} -L1" "-n1 -L1" "-L1 -n1" "-i -n2" "-n2 -i" "-L1 -L2" "-I{} -I{}" "-I{} -n2 -L1"; do echo "== $o"; printf 'a b\nc\n' | xargs $o echo {} 2>&1; done
