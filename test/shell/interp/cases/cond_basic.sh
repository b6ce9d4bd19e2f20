[[ abc == a* ]] && echo glob-match
[[ abc == "a*" ]] || echo quoted-no-match
[[ abc != b* ]] && echo neq
[[ -z "" && -n x ]] && echo zn
[[ a < b ]] && echo lt
[[ 10 -gt 9 ]] && echo gt
[[ 1+1 -eq 2 ]] && echo arith
[[ ! -e /nonexistent ]] && echo noexist
[[ -d / && -f /etc/hostname ]] && echo files
x=; [[ $x ]] || echo empty-word
[[ (a == a || b == c) && ! x == y ]] && echo grouped
