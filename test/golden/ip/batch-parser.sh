# The batch-file parser ip, tc and bridge share (lib/utils.c getcmdline + makeargs, do_batch):
# comments cut at the first #, even inside quotes; backslash-newline joins lines; an
# unterminated quote ends the program (exit 1); -force goes on after "Command failed FILE:LINE";
# /dev/stdin and - read a here-document or a pipe.
ip -b /dev/stdin <<'X'
link show lo
X
echo "rc=$?"
echo 'link show lo' | ip -b /dev/stdin; echo "rc=$?"
echo 'link show lo' | ip -b -; echo "rc=$?"
ip -b - <<'X'
link show lo # comment
# full comment

  link  show \
  dev lo
link show "lo#x"
X
echo "rc=$?"
printf 'link show lo\nlink show "lo\nlink show lo\n' | ip -b -; echo "rc=$?"
printf 'link show nope\nlink show lo\n' | ip -force -b -; echo "rc=$?"
printf 'link show nope\nlink show lo\n' | ip -b -; echo "rc=$?"
printf 'link show lo \\\n' | ip -b -; echo "rc=$?"
printf 'link show "lo"x\n' | ip -b -; echo "rc=$?"
printf "link show 'lo'\n" | ip -b -; echo "rc=$?"
printf 'link show lo\\\n# c\\\n\n' | ip -b -; echo "rc=$?"
printf 'link \\\nshow \\\nnope\nlink show lo' | ip -force -b -; echo "rc=$?"
printf 'qdisc show dev lo\nqdisc show dev "lo\n' | tc -b -; echo "rc=$?"
printf 'qdisc show dev nope\nqdisc show dev lo\n' | tc -force -b -; echo "rc=$?"
printf 'link show dev "nope\n' | bridge -b -; echo "rc=$?"
printf 'link show dev nope\n  link  show # c\n' | bridge -force -b -; echo "rc=$?"
printf 'fdb show dev "lo x"\n' | bridge -b -; echo "rc=$?"
echo 'link show lo' > /tmp/b1; ip -b /tmp/b1; ip -b /tmp/nonexist; echo "rc=$?"
