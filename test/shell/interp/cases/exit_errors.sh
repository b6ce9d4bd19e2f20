(exit abc); echo $?
(exit 1 2); echo $?
exit
