(( 0 )); echo $?
(( 1 )); echo $?
(( 5 > 3 )) && echo yes
(( 5 < 3 )) || echo no
let "x = 3 + 4"; echo $x $?
let x=0; echo $?
let a=1 b=2 c=a+b; echo $c
