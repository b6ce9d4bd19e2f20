# Chains may nest 15 deep below a built-in chain (NFT_JUMP_STACK_SIZE is 16).
prev=INPUT
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
  iptables -N C$i
done
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
  iptables -A $prev -j C$i || echo "failed at $i"
  prev=C$i
done
iptables -N C16
iptables -A C15 -j C16; echo "rc=$?"
iptables -A C14 -g C16; echo "rc=$?"
iptables -S | wc -l
