true | false; echo $? ${PIPESTATUS[@]}
false | true; echo $? ${PIPESTATUS[@]}
(exit 2) | (exit 3) | (exit 0); echo ${PIPESTATUS[@]} ${#PIPESTATUS[@]}
set -o pipefail
(exit 2) | (exit 3) | true; echo $?
(exit 2) | true | true; echo $?
set +o pipefail
echo x | { read v; echo got $v; }
! true | false; echo $?
