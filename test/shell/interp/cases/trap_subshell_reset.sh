trap 'echo parent-exit' EXIT
( echo in-sub; trap -p )
( trap 'echo sub-exit' EXIT; echo sub2 )
echo end
