ps | head -1; ps -ef | head -1; ps aux | head -1; ps -f -p $$ | head -1
ps -o comm= -p $$
ps -o pid= -p $$ | tr -d ' ' | grep -qx "$$" && echo "pid matches"
ps -o pid,ppid,comm -p $$ | sed -e 's/ *[0-9][0-9]*/ N/g'
ps -p $$ -o user,tty,time,stat,ni | sed -e 's/[RS][s+]*/X/'
ps -p $$ -o comm -o pid= | head -1
sleep 100 & ps -o comm=,args= -p $!; ps --ppid $$ -o comm= | grep -c sleep; kill $!
ps -o pid,user= -p $$ | sed 's/ *[0-9]*//' | cat -A
ps -p 999999; echo "[$?]"
ps -p 999999 --no-headers; echo "[$?]"
ps --foo; echo "[$?]"
ps -o bogus; echo "[$?]"
ps -o; echo "[$?]"
ps -p; echo "[$?]"
ps -p abc; echo "[$?]"
ps -V
