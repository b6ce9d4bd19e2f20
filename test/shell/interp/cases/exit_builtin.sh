echo a
(exit 3); echo $?
(exit 300); echo $?
(exit -1); echo $?
exit 5
echo not
