name=target; target=value
echo ${!name}
ref='a[1]'; a=(x y z)
echo ${!ref}
prefix_one=1 prefix_two=2
echo ${!prefix_*}
echo ${!a[@]}
