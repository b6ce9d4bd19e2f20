echo $0
true; echo $?
false; echo $?
(exit 7); echo $?
echo ${#}
set -- x y z
echo ${#} ${@: -1} ${*:2}
echo "$-" | grep -q c && echo has-c
