# Used by test/dns/record.sh (run inside the kernel sandbox): a DNS client and
# server on 127.0.0.1:53 exchanging queries and replies of many shapes, for
# tcpdump to capture (cases/dns-samples.pcap).
# Server and client in one: sends crafted DNS queries to a server thread on 127.0.0.1:53 and the server answers.
import socket, struct, threading, time, sys
def name(n):
    out=b""
    for l in n.split("."):
        if l: out+=bytes([len(l)])+l.encode()
    return out+b"\0"
def rr(owner, typ, ttl, rdata, cls=1):
    return owner+struct.pack(">HHIH",typ,cls,ttl,len(rdata))+rdata
def soa():
    return name("ns.example.com")+name("hostmaster.example.com")+struct.pack(">IIIII",2024010101,7200,3600,1209600,300)
def answer(q):
    i, labels = 12, []
    while q[i]:
        labels.append(q[i+1:i+1+q[i]].decode()); i += 1+q[i]
    qn=".".join(labels).lower(); qtype=int.from_bytes(q[i+1:i+3],"big"); qend=i+5
    P=0xc00c
    an=[];ns=[];ar=[]; rcode=0; aa=0x0400; ra=0x80
    if qn=="example.com" and qtype==1: an=[rr(struct.pack(">H",P),1,300,socket.inet_aton("203.0.113.10"))]
    elif qn=="example.com" and qtype==28: an=[rr(struct.pack(">H",P),28,3600,socket.inet_pton(socket.AF_INET6,"2001:db8::10"))]
    elif qn=="www.example.com" and qtype==1:
        an=[rr(struct.pack(">H",P),5,60,name("example.com")), rr(name("example.com"),1,90061,socket.inet_aton("203.0.113.10"))]
    elif qn=="example.com" and qtype==15: an=[rr(struct.pack(">H",P),15,300,struct.pack(">H",10)+name("mail.example.com"))]
    elif qn=="example.com" and qtype==16: an=[rr(struct.pack(">H",P),16,300,b"\x0bhello world\x05v=spf")]
    elif qn=="_http._tcp.example.com" and qtype==33: an=[rr(struct.pack(">H",P),33,300,struct.pack(">HHH",1,5,80)+name("www.example.com"))]
    elif qn=="example.com" and qtype==2:
        an=[rr(struct.pack(">H",P),2,300,name("ns.example.com"))]; ar=[rr(name("ns.example.com"),1,300,socket.inet_aton("203.0.113.53"))]
    elif qn=="nx.example.com": rcode=3; ns=[rr(name("example.com"),6,300,soa())]
    elif qn=="refused.example": rcode=5; aa=0
    elif qn=="fail.example": rcode=2; aa=0; ra=0
    elif qn=="10.113.0.203.in-addr.arpa" and qtype==12: an=[rr(struct.pack(">H",P),12,0,name("example.com"))]
    elif qn=="chaos.example": an=[rr(struct.pack(">H",P),16,0,b"\x03abc",cls=3)]
    elif qn=="trunc.example": aa=0x0600
    flags = 0x8000 | aa | (q[2]<<8 & 0x0100) | ra | rcode
    # echo an OPT record if the query had one
    arcount_q=int.from_bytes(q[10:12],"big")
    if arcount_q: ar.append(b"\x00"+struct.pack(">HHIH",41,1232,0,0))
    return q[:2]+struct.pack(">HHHHH",flags,1,len(an),len(ns),len(ar))+q[12:qend]+b"".join(an+ns+ar)
srv=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); srv.bind(("127.0.0.1",53))
def loop():
    while True:
        q,p=srv.recvfrom(4096); srv.sendto(answer(q),p)
threading.Thread(target=loop,daemon=True).start()
cli=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); cli.bind(("127.0.0.1",40000)); cli.connect(("127.0.0.1",53))
qid=1000
def ask(n,t,flags=0x0100,cls=1,opt=False,extra=b""):
    global qid; qid+=1
    m=struct.pack(">HHHHHH",qid,flags,1,0,0,1 if opt else 0)+name(n)+struct.pack(">HH",t,cls)
    if opt: m+=b"\x00"+struct.pack(">HHIH",41,1232,0x8000,0)
    cli.send(m+extra); cli.settimeout(1)
    try: cli.recv(4096)
    except Exception: pass
ask("example.com",1); ask("example.com",28); ask("www.example.com",1); ask("example.com",15); ask("example.com",16)
ask("_http._tcp.example.com",33); ask("example.com",2); ask("nx.example.com",1); ask("refused.example",1); ask("fail.example",28)
ask("10.113.0.203.in-addr.arpa",12); ask("example.com",1,opt=True); ask("chaos.example",16,cls=3); ask("trunc.example",1)
ask("example.com",255); ask("example.com",1,flags=0x0110); ask("example.com",1,flags=0x0000); ask(".",2)
cli.send(b"\x12\x34\x01\x00\x00"); time.sleep(0.2)
