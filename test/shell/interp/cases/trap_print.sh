trap 'echo hi' EXIT
trap 'echo int' INT
trap -p
trap - INT
trap -p
trap '' TERM
trap -p TERM
trap 'echo x' NOSUCH
echo "st=$?"
trap -- EXIT
