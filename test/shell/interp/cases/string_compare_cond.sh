[[ abc < abd ]] && echo lt
[[ B > A ]] && echo gt
[[ 10 < 9 ]] && echo string-lt
[[ 10 -lt 9 ]] || echo num-ge
[[ a = a ]] && echo single-eq
