(( 2 ** -1 )); echo $?
(( 1 2 )); echo $?
(( 08 )); echo $?
(( 3 = 4 )); echo $?
(( a ? b )); echo $?
(( x = )); echo $?
