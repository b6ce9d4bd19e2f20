x=$(exit 4); echo $?
x=$(true) && echo ok
if out=$(false); then echo yes; else echo "no $?"; fi
$(exit 5); echo $?
