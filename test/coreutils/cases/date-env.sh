date -d @0; date -u -d @86400 -R; date -d @0 -I; date -d @0 -Iseconds; date -d @0 -Ins; date -d @0 --rfc-3339=seconds; date -d @1.5 +%s.%N
date -d @0 '+%-d %_m %e %j %U %W %V %G %C %y %a %A %b %B %H %I %k %l %M %p %S %T %D %F %R %u %w %Z %z %:z %%'
date -d @1234567890 '+%c|%x|%X|%h|%^a|%#Z|%10Y|%-m|%05d'
date -d '2026-01-01 10:00'; date -d '2020-02-29T12:34:56Z' +%s; date -d '2020-03-01 + 1 day' +%F; date -d '@100 ' +%s 2>&1
date -d garbage; echo "[$?]"; date foo; echo "[$?]"; date -I x; echo "[$?]"; date -r /nope; echo "[$?]"; date -d @0 +%; date -d @0 '+%Q'
date -x; echo "[$?]"; date -Ifoo; echo "[$?]"; date -d @0 -R +%s; echo "[$?]"; date a b; echo "[$?]"
touch -d @86400 f; date -r f
env -i; echo "[$?]"; env -i FOO=1 BAR=2; env -i A=1 env; env -u; echo "[$?]"; env -i =x; echo "[$?]"; env -x; echo "[$?]"
env nope; echo "[$?]"; env -i X=1 nope; echo "[$?]"; env -i PATH=/usr/bin X=y printenv X 2>/dev/null || env -i PATH=/usr/bin X=y sh -c 'echo $X'
env -i - ; echo "[$?]"; env -i -0 A=1 B=2 | tr '\0' '|'; echo; env -C /; echo "[$?]"; env -C /nope true; echo "[$?]"
env -i PATH=/bin A=1 env -u A; echo "[$?]"; env -i true; echo "[$?]"; env -i false; echo "[$?]"; touch noexec; env ./noexec; echo "[$?]"; env /; echo "[$?]"
