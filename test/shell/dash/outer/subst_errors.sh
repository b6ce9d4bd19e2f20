sh -c 'echo ${a'; echo "status $?"
sh -c 'echo ${a!}'; echo "status $?"
sh -c 'echo before; echo ${x/a/b}'; echo "status $?"
sh -c 'getopts'; echo "status $?"
sh -c 'f() { local v=1; echo "v=$v"; }; f'
sh -c 'echo ${x:1}; echo ok'; echo "status $?"
sh -c 'echo ${!x}'; echo "status $?"
sh -c 'echo "abc'; echo "status $?"
sh -c 'x=abc; echo ${#x} ${x%c} ${x#a} ${y:-d} ${y:=e} $y'
