umask
umask 027
umask
umask -S
umask -p
umask u=rwx,g=rx,o=
umask
