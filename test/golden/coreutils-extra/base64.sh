# base64/base32/basenc: encode with wrapping, decode (partial output before "invalid input"), -i, errors
cd "$(mktemp -d)"
echo hi | base64
printf x | base64
printf '' | base64 | wc -c
seq 100 | base64 -w 20 | head -3
seq 10 | base64 -w0; echo
seq 30 | base64 --wrap=0 | base64 -d | tail -2
echo aGkK | base64 -d
for s in 'aGk' 'aGk=' 'aGkK\naGkK' 'aG k=' 'aGk=aGk=' 'a' 'aGkKx' '====' 'aGk=\n!'; do printf "$s" | base64 -d | od -An -c; echo "status ${PIPESTATUS[1]}"; done
printf 'aG!k=' | base64 -di; echo " status $?"
printf 'hi' | base64 --ignore-garbage --decode; echo " status $?"
base64 -w x; echo "status $?"
base64 -w -1 </dev/null; echo "status $?"
base64 nosuch; echo "status $?"
base64 a b; echo "status $?"
printf hi | base32; printf 'NBUQ====' | base32 -d; echo
printf 'aGk=!\n' | base32 -d; echo "status $?"
printf 'hi?' | basenc --base64url
printf 'hi' | basenc --base16
printf 'hi' | basenc --base32hex
printf '6869' | basenc -d --base16; echo
printf '686' | basenc -d --base16; echo " status $?"
printf 'hi' | basenc --base2msbf; echo
printf 'hi' | basenc --base2lsbf; echo
printf '0110100001101001' | basenc -d --base2msbf; echo
basenc </dev/null; echo "status $?"
base64 --version | head -1
head -c 300 /dev/zero | base64 | md5sum
