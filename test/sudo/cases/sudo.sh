sudo; echo "[$?]"; sudo -x; echo "[$?]"; sudo nope; echo "[$?]"; sudo true; echo "[$?]"; sudo -u nosuch true; echo "[$?]"
touch noexec; sudo ./noexec; echo "[$?]"; sudo /; echo "[$?]"; sudo FOO=bar sh -c 'echo $FOO'
env -i PATH=/usr/bin TERM=xterm LANG=C.UTF-8 sudo env; echo ---; env -i TERM=x FOO=1 HOSTNAME=h PS1=p LC_ALL=C /usr/bin/sudo env; echo ---
sudo -E sh -c 'echo $HOME'; sudo -s true; echo "[$?]"; sudo -i pwd; sudo -s echo hi; sudo -n true; echo "[$?]"; sudo -k; echo "[$?]"
sudo sh -c 'exit 3'; echo "[$?]"; sudo -u root true; echo "[$?]"; sudo -- true; echo "[$?]"; sudo -l | sed "s/ on $(hostname):/ on HOST:/"; echo "[$?]"
echo 'echo in-shell' | sudo -s; echo 'echo login $PWD' | sudo -i; sudo -V | head -1; sudo -h | head -3
sudo sh -c 'kill -TERM $$'; echo "[$?]"
