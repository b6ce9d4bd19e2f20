x=1; a=(1 2)
[[ -v x ]] && echo x-set
[[ -v nope ]] || echo nope-unset
[[ -v a[1] ]] && echo a1
[[ -v a[5] ]] || echo a5
e=; [[ -v e ]] && echo empty-is-set
