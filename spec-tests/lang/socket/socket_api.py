import _socket as s
skip = {"__file__", "CAPI", "AF_QIPCRTR", "EAI_ADDRFAMILY", "INADDR_ALLHOSTS_GROUP", "INADDR_MAX_LOCAL_GROUP",
        "INADDR_UNSPEC_GROUP", "IOCTL_VM_SOCKETS_GET_LOCAL_CID", "IPPORT_RESERVED", "IPPORT_USERRESERVED",
        "IPV6_JOIN_GROUP", "IPV6_LEAVE_GROUP", "IPV6_RTHDR_TYPE_0", "IP_MAX_MEMBERSHIPS", "IP_RECVRETOPTS",
        "NI_MAXSERV", "PACKET_FASTROUTE", "CMSG_LEN", "CMSG_SPACE", "VM_SOCKETS_INVALID_VERSION",
        "gethostbyaddr", "gethostbyname_ex", "getnameinfo", "getprotobyname", "getservbyname", "getservbyport",
        "if_indextoname", "if_nameindex", "if_nametoindex", "sethostname"}
def kept(n):
    return n not in skip and not n.startswith(("ALG_", "CAN_BCM", "TIPC_", "UDPLITE_", "SO_VM_"))
names = [n for n in dir(s) if kept(n)]
print(names)
print([(n, getattr(s, n)) for n in names if isinstance(getattr(s, n), int) and not isinstance(getattr(s, n), bool)])
print(s.error, s.timeout, s.gaierror.__mro__[:2], s.herror.__mro__[:2], s.SocketType is s.socket, s.has_ipv6, s.getdefaulttimeout())
x = s.socket()
print(repr(x)[:20], x.family, x.type, x.proto, x.timeout)
def show(f, *args, **kw):
    try:
        print("ok", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
show(x.connect, "a")
show(x.bind, ("127.0.0.1", 70000))
show(x.bind, ("127.0.0.1",))
show(x.bind, ("nonexist.invalid", 0))
x.close()
print(repr(x), x.fileno(), x.detach())
show(s.inet_aton, "x")
show(s.inet_aton, "127.1")
show(s.inet_ntoa, b"12")
show(s.inet_pton, s.AF_INET, "1.2.3")
show(s.inet_ntop, s.AF_INET, b"123")
show(s.getaddrinfo, None, "80", s.AF_INET, s.SOCK_STREAM, 0, s.AI_PASSIVE)
show(s.getaddrinfo, "nonexist.invalid", 80)
show(s.getaddrinfo, "127.0.0.1", 1.5)
print(s.htons(1), s.ntohl(1), s.ntohs(256), s.htonl(1), s.gethostbyname("127.0.0.1"), s.gethostbyname("localhost"))
show(s.htons, 70000)
a, b = s.socketpair()
print(a.family, a.type, a.send(b"hi"), b.recv(10), b.getsockname(), a.gettimeout(), a.getblocking())
a.settimeout(0.5)
print(a.gettimeout(), a.timeout, a.getblocking())
show(b.recv_into, bytearray(2), 5)
buf = bytearray(4)
a.send(b"xyz")
print(b.recv_into(buf), buf)
b.settimeout(0.01)
show(b.recv, 1)
b.setblocking(False)
show(b.recv, 1)
print(b.gettimeout(), b.getblocking())
show(s.socket, 99)
show(a.settimeout, -1)
show(a.settimeout, "x")
show(a.send, "x")
show(a.send)
show(a.recv)
show(a.bind)
show(a.setsockopt, 1, 2)
show(a.getsockopt)
show(a.listen, 1, 2)
show(a.sendto, b"x")
show(a.recv, -1)
print(a.getsockopt(s.SOL_SOCKET, s.SO_TYPE), a.setsockopt(s.SOL_SOCKET, s.SO_REUSEADDR, 1), a.getsockopt(s.SOL_SOCKET, s.SO_REUSEADDR, 4))
a.shutdown(s.SHUT_WR)
b.setblocking(True)
print(b.recv(5))
a.close(); b.close()
class Sub(s.socket):
    __slots__ = ["__weakref__", "_io_refs", "_closed"]
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        s.socket.__init__(self, family, type, proto, fileno)
        self._closed = False
u = Sub(s.AF_INET, s.SOCK_DGRAM)
print(type(u).__name__, u.family, u.type, u._closed, isinstance(u, s.socket))
u.bind(("127.0.0.1", 0))
v = Sub(s.AF_INET, s.SOCK_DGRAM)
print(v.sendto(b"dgram", u.getsockname()), u.recvfrom(10)[0], v.connect_ex(u.getsockname()))
u.close(); v.close()
print(s.getdefaulttimeout(), s.setdefaulttimeout(2.5), s.getdefaulttimeout(), s.socket().gettimeout())
s.setdefaulttimeout(None)

# expect: ['AF_ALG', 'AF_APPLETALK', 'AF_ASH', 'AF_ATMPVC', 'AF_ATMSVC', 'AF_AX25', 'AF_BRIDGE', 'AF_CAN', 'AF_DECnet', 'AF_ECONET', 'AF_INET', 'AF_INET6', 'AF_IPX', 'AF_IRDA', 'AF_KEY', 'AF_LLC', 'AF_NETBEUI', 'AF_NETLINK', 'AF_NETROM', 'AF_PACKET', 'AF_PPPOX', 'AF_RDS', 'AF_ROSE', 'AF_ROUTE', 'AF_SECURITY', 'AF_SNA', 'AF_TIPC', 'AF_UNIX', 'AF_UNSPEC', 'AF_VSOCK', 'AF_WANPIPE', 'AF_X25', 'AI_ADDRCONFIG', 'AI_ALL', 'AI_CANONNAME', 'AI_NUMERICHOST', 'AI_NUMERICSERV', 'AI_PASSIVE', 'AI_V4MAPPED', 'CAN_EFF_FLAG', 'CAN_EFF_MASK', 'CAN_ERR_FLAG', 'CAN_ERR_MASK', 'CAN_ISOTP', 'CAN_J1939', 'CAN_RAW', 'CAN_RAW_FD_FRAMES', 'CAN_RAW_FILTER', 'CAN_RAW_JOIN_FILTERS', 'CAN_RAW_LOOPBACK', 'CAN_RAW_RECV_OWN_MSGS', 'CAN_RTR_FLAG', 'CAN_SFF_MASK', 'EAI_AGAIN', 'EAI_BADFLAGS', 'EAI_FAIL', 'EAI_FAMILY', 'EAI_MEMORY', 'EAI_NODATA', 'EAI_NONAME', 'EAI_OVERFLOW', 'EAI_SERVICE', 'EAI_SOCKTYPE', 'EAI_SYSTEM', 'INADDR_ANY', 'INADDR_BROADCAST', 'INADDR_LOOPBACK', 'INADDR_NONE', 'IPPROTO_AH', 'IPPROTO_DSTOPTS', 'IPPROTO_EGP', 'IPPROTO_ESP', 'IPPROTO_FRAGMENT', 'IPPROTO_GRE', 'IPPROTO_HOPOPTS', 'IPPROTO_ICMP', 'IPPROTO_ICMPV6', 'IPPROTO_IDP', 'IPPROTO_IGMP', 'IPPROTO_IP', 'IPPROTO_IPIP', 'IPPROTO_IPV6', 'IPPROTO_MPTCP', 'IPPROTO_NONE', 'IPPROTO_PIM', 'IPPROTO_PUP', 'IPPROTO_RAW', 'IPPROTO_ROUTING', 'IPPROTO_RSVP', 'IPPROTO_SCTP', 'IPPROTO_TCP', 'IPPROTO_TP', 'IPPROTO_UDP', 'IPPROTO_UDPLITE', 'IPV6_CHECKSUM', 'IPV6_DONTFRAG', 'IPV6_DSTOPTS', 'IPV6_HOPLIMIT', 'IPV6_HOPOPTS', 'IPV6_MULTICAST_HOPS', 'IPV6_MULTICAST_IF', 'IPV6_MULTICAST_LOOP', 'IPV6_NEXTHOP', 'IPV6_PATHMTU', 'IPV6_PKTINFO', 'IPV6_RECVDSTOPTS', 'IPV6_RECVHOPLIMIT', 'IPV6_RECVHOPOPTS', 'IPV6_RECVPATHMTU', 'IPV6_RECVPKTINFO', 'IPV6_RECVRTHDR', 'IPV6_RECVTCLASS', 'IPV6_RTHDR', 'IPV6_RTHDRDSTOPTS', 'IPV6_TCLASS', 'IPV6_UNICAST_HOPS', 'IPV6_V6ONLY', 'IP_ADD_MEMBERSHIP', 'IP_BIND_ADDRESS_NO_PORT', 'IP_DEFAULT_MULTICAST_LOOP', 'IP_DEFAULT_MULTICAST_TTL', 'IP_DROP_MEMBERSHIP', 'IP_HDRINCL', 'IP_MULTICAST_IF', 'IP_MULTICAST_LOOP', 'IP_MULTICAST_TTL', 'IP_OPTIONS', 'IP_RECVOPTS', 'IP_RECVTOS', 'IP_RETOPTS', 'IP_TOS', 'IP_TRANSPARENT', 'IP_TTL', 'J1939_EE_INFO_NONE', 'J1939_EE_INFO_TX_ABORT', 'J1939_FILTER_MAX', 'J1939_IDLE_ADDR', 'J1939_MAX_UNICAST_ADDR', 'J1939_NLA_BYTES_ACKED', 'J1939_NLA_PAD', 'J1939_NO_ADDR', 'J1939_NO_NAME', 'J1939_NO_PGN', 'J1939_PGN_ADDRESS_CLAIMED', 'J1939_PGN_ADDRESS_COMMANDED', 'J1939_PGN_MAX', 'J1939_PGN_PDU1_MAX', 'J1939_PGN_REQUEST', 'MSG_CMSG_CLOEXEC', 'MSG_CONFIRM', 'MSG_CTRUNC', 'MSG_DONTROUTE', 'MSG_DONTWAIT', 'MSG_EOR', 'MSG_ERRQUEUE', 'MSG_FASTOPEN', 'MSG_MORE', 'MSG_NOSIGNAL', 'MSG_OOB', 'MSG_PEEK', 'MSG_TRUNC', 'MSG_WAITALL', 'NETLINK_CRYPTO', 'NETLINK_DNRTMSG', 'NETLINK_FIREWALL', 'NETLINK_IP6_FW', 'NETLINK_NFLOG', 'NETLINK_ROUTE', 'NETLINK_USERSOCK', 'NETLINK_XFRM', 'NI_DGRAM', 'NI_MAXHOST', 'NI_NAMEREQD', 'NI_NOFQDN', 'NI_NUMERICHOST', 'NI_NUMERICSERV', 'PACKET_BROADCAST', 'PACKET_HOST', 'PACKET_LOOPBACK', 'PACKET_MULTICAST', 'PACKET_OTHERHOST', 'PACKET_OUTGOING', 'PF_CAN', 'PF_PACKET', 'PF_RDS', 'SCM_CREDENTIALS', 'SCM_J1939_DEST_ADDR', 'SCM_J1939_DEST_NAME', 'SCM_J1939_ERRQUEUE', 'SCM_J1939_PRIO', 'SCM_RIGHTS', 'SHUT_RD', 'SHUT_RDWR', 'SHUT_WR', 'SOCK_CLOEXEC', 'SOCK_DGRAM', 'SOCK_NONBLOCK', 'SOCK_RAW', 'SOCK_RDM', 'SOCK_SEQPACKET', 'SOCK_STREAM', 'SOL_ALG', 'SOL_CAN_BASE', 'SOL_CAN_RAW', 'SOL_IP', 'SOL_RDS', 'SOL_SOCKET', 'SOL_TCP', 'SOL_TIPC', 'SOL_UDP', 'SOMAXCONN', 'SO_ACCEPTCONN', 'SO_BINDTODEVICE', 'SO_BROADCAST', 'SO_DEBUG', 'SO_DOMAIN', 'SO_DONTROUTE', 'SO_ERROR', 'SO_INCOMING_CPU', 'SO_J1939_ERRQUEUE', 'SO_J1939_FILTER', 'SO_J1939_PROMISC', 'SO_J1939_SEND_PRIO', 'SO_KEEPALIVE', 'SO_LINGER', 'SO_MARK', 'SO_OOBINLINE', 'SO_PASSCRED', 'SO_PASSSEC', 'SO_PEERCRED', 'SO_PEERSEC', 'SO_PRIORITY', 'SO_PROTOCOL', 'SO_RCVBUF', 'SO_RCVLOWAT', 'SO_RCVTIMEO', 'SO_REUSEADDR', 'SO_REUSEPORT', 'SO_SNDBUF', 'SO_SNDLOWAT', 'SO_SNDTIMEO', 'SO_TYPE', 'SocketType', 'TCP_CONGESTION', 'TCP_CORK', 'TCP_DEFER_ACCEPT', 'TCP_FASTOPEN', 'TCP_INFO', 'TCP_KEEPCNT', 'TCP_KEEPIDLE', 'TCP_KEEPINTVL', 'TCP_LINGER2', 'TCP_MAXSEG', 'TCP_NODELAY', 'TCP_NOTSENT_LOWAT', 'TCP_QUICKACK', 'TCP_SYNCNT', 'TCP_USER_TIMEOUT', 'TCP_WINDOW_CLAMP', 'VMADDR_CID_ANY', 'VMADDR_CID_HOST', 'VMADDR_PORT_ANY', '__doc__', '__loader__', '__name__', '__package__', '__spec__', 'close', 'dup', 'error', 'gaierror', 'getaddrinfo', 'getdefaulttimeout', 'gethostbyname', 'gethostname', 'has_ipv6', 'herror', 'htonl', 'htons', 'inet_aton', 'inet_ntoa', 'inet_ntop', 'inet_pton', 'ntohl', 'ntohs', 'setdefaulttimeout', 'socket', 'socketpair', 'timeout']
# expect: [('AF_ALG', 38), ('AF_APPLETALK', 5), ('AF_ASH', 18), ('AF_ATMPVC', 8), ('AF_ATMSVC', 20), ('AF_AX25', 3), ('AF_BRIDGE', 7), ('AF_CAN', 29), ('AF_DECnet', 12), ('AF_ECONET', 19), ('AF_INET', 2), ('AF_INET6', 10), ('AF_IPX', 4), ('AF_IRDA', 23), ('AF_KEY', 15), ('AF_LLC', 26), ('AF_NETBEUI', 13), ('AF_NETLINK', 16), ('AF_NETROM', 6), ('AF_PACKET', 17), ('AF_PPPOX', 24), ('AF_RDS', 21), ('AF_ROSE', 11), ('AF_ROUTE', 16), ('AF_SECURITY', 14), ('AF_SNA', 22), ('AF_TIPC', 30), ('AF_UNIX', 1), ('AF_UNSPEC', 0), ('AF_VSOCK', 40), ('AF_WANPIPE', 25), ('AF_X25', 9), ('AI_ADDRCONFIG', 32), ('AI_ALL', 16), ('AI_CANONNAME', 2), ('AI_NUMERICHOST', 4), ('AI_NUMERICSERV', 1024), ('AI_PASSIVE', 1), ('AI_V4MAPPED', 8), ('CAN_EFF_FLAG', 2147483648), ('CAN_EFF_MASK', 536870911), ('CAN_ERR_FLAG', 536870912), ('CAN_ERR_MASK', 536870911), ('CAN_ISOTP', 6), ('CAN_J1939', 7), ('CAN_RAW', 1), ('CAN_RAW_FD_FRAMES', 5), ('CAN_RAW_FILTER', 1), ('CAN_RAW_JOIN_FILTERS', 6), ('CAN_RAW_LOOPBACK', 3), ('CAN_RAW_RECV_OWN_MSGS', 4), ('CAN_RTR_FLAG', 1073741824), ('CAN_SFF_MASK', 2047), ('EAI_AGAIN', -3), ('EAI_BADFLAGS', -1), ('EAI_FAIL', -4), ('EAI_FAMILY', -6), ('EAI_MEMORY', -10), ('EAI_NODATA', -5), ('EAI_NONAME', -2), ('EAI_OVERFLOW', -12), ('EAI_SERVICE', -8), ('EAI_SOCKTYPE', -7), ('EAI_SYSTEM', -11), ('INADDR_ANY', 0), ('INADDR_BROADCAST', 4294967295), ('INADDR_LOOPBACK', 2130706433), ('INADDR_NONE', 4294967295), ('IPPROTO_AH', 51), ('IPPROTO_DSTOPTS', 60), ('IPPROTO_EGP', 8), ('IPPROTO_ESP', 50), ('IPPROTO_FRAGMENT', 44), ('IPPROTO_GRE', 47), ('IPPROTO_HOPOPTS', 0), ('IPPROTO_ICMP', 1), ('IPPROTO_ICMPV6', 58), ('IPPROTO_IDP', 22), ('IPPROTO_IGMP', 2), ('IPPROTO_IP', 0), ('IPPROTO_IPIP', 4), ('IPPROTO_IPV6', 41), ('IPPROTO_MPTCP', 262), ('IPPROTO_NONE', 59), ('IPPROTO_PIM', 103), ('IPPROTO_PUP', 12), ('IPPROTO_RAW', 255), ('IPPROTO_ROUTING', 43), ('IPPROTO_RSVP', 46), ('IPPROTO_SCTP', 132), ('IPPROTO_TCP', 6), ('IPPROTO_TP', 29), ('IPPROTO_UDP', 17), ('IPPROTO_UDPLITE', 136), ('IPV6_CHECKSUM', 7), ('IPV6_DONTFRAG', 62), ('IPV6_DSTOPTS', 59), ('IPV6_HOPLIMIT', 52), ('IPV6_HOPOPTS', 54), ('IPV6_MULTICAST_HOPS', 18), ('IPV6_MULTICAST_IF', 17), ('IPV6_MULTICAST_LOOP', 19), ('IPV6_NEXTHOP', 9), ('IPV6_PATHMTU', 61), ('IPV6_PKTINFO', 50), ('IPV6_RECVDSTOPTS', 58), ('IPV6_RECVHOPLIMIT', 51), ('IPV6_RECVHOPOPTS', 53), ('IPV6_RECVPATHMTU', 60), ('IPV6_RECVPKTINFO', 49), ('IPV6_RECVRTHDR', 56), ('IPV6_RECVTCLASS', 66), ('IPV6_RTHDR', 57), ('IPV6_RTHDRDSTOPTS', 55), ('IPV6_TCLASS', 67), ('IPV6_UNICAST_HOPS', 16), ('IPV6_V6ONLY', 26), ('IP_ADD_MEMBERSHIP', 35), ('IP_BIND_ADDRESS_NO_PORT', 24), ('IP_DEFAULT_MULTICAST_LOOP', 1), ('IP_DEFAULT_MULTICAST_TTL', 1), ('IP_DROP_MEMBERSHIP', 36), ('IP_HDRINCL', 3), ('IP_MULTICAST_IF', 32), ('IP_MULTICAST_LOOP', 34), ('IP_MULTICAST_TTL', 33), ('IP_OPTIONS', 4), ('IP_RECVOPTS', 6), ('IP_RECVTOS', 13), ('IP_RETOPTS', 7), ('IP_TOS', 1), ('IP_TRANSPARENT', 19), ('IP_TTL', 2), ('J1939_EE_INFO_NONE', 0), ('J1939_EE_INFO_TX_ABORT', 1), ('J1939_FILTER_MAX', 512), ('J1939_IDLE_ADDR', 254), ('J1939_MAX_UNICAST_ADDR', 253), ('J1939_NLA_BYTES_ACKED', 1), ('J1939_NLA_PAD', 0), ('J1939_NO_ADDR', 255), ('J1939_NO_NAME', 0), ('J1939_NO_PGN', 262144), ('J1939_PGN_ADDRESS_CLAIMED', 60928), ('J1939_PGN_ADDRESS_COMMANDED', 65240), ('J1939_PGN_MAX', 262143), ('J1939_PGN_PDU1_MAX', 261888), ('J1939_PGN_REQUEST', 59904), ('MSG_CMSG_CLOEXEC', 1073741824), ('MSG_CONFIRM', 2048), ('MSG_CTRUNC', 8), ('MSG_DONTROUTE', 4), ('MSG_DONTWAIT', 64), ('MSG_EOR', 128), ('MSG_ERRQUEUE', 8192), ('MSG_FASTOPEN', 536870912), ('MSG_MORE', 32768), ('MSG_NOSIGNAL', 16384), ('MSG_OOB', 1), ('MSG_PEEK', 2), ('MSG_TRUNC', 32), ('MSG_WAITALL', 256), ('NETLINK_CRYPTO', 21), ('NETLINK_DNRTMSG', 14), ('NETLINK_FIREWALL', 3), ('NETLINK_IP6_FW', 13), ('NETLINK_NFLOG', 5), ('NETLINK_ROUTE', 0), ('NETLINK_USERSOCK', 2), ('NETLINK_XFRM', 6), ('NI_DGRAM', 16), ('NI_MAXHOST', 1025), ('NI_NAMEREQD', 8), ('NI_NOFQDN', 4), ('NI_NUMERICHOST', 1), ('NI_NUMERICSERV', 2), ('PACKET_BROADCAST', 1), ('PACKET_HOST', 0), ('PACKET_LOOPBACK', 5), ('PACKET_MULTICAST', 2), ('PACKET_OTHERHOST', 3), ('PACKET_OUTGOING', 4), ('PF_CAN', 29), ('PF_PACKET', 17), ('PF_RDS', 21), ('SCM_CREDENTIALS', 2), ('SCM_J1939_DEST_ADDR', 1), ('SCM_J1939_DEST_NAME', 2), ('SCM_J1939_ERRQUEUE', 4), ('SCM_J1939_PRIO', 3), ('SCM_RIGHTS', 1), ('SHUT_RD', 0), ('SHUT_RDWR', 2), ('SHUT_WR', 1), ('SOCK_CLOEXEC', 524288), ('SOCK_DGRAM', 2), ('SOCK_NONBLOCK', 2048), ('SOCK_RAW', 3), ('SOCK_RDM', 4), ('SOCK_SEQPACKET', 5), ('SOCK_STREAM', 1), ('SOL_ALG', 279), ('SOL_CAN_BASE', 100), ('SOL_CAN_RAW', 101), ('SOL_IP', 0), ('SOL_RDS', 276), ('SOL_SOCKET', 1), ('SOL_TCP', 6), ('SOL_TIPC', 271), ('SOL_UDP', 17), ('SOMAXCONN', 4096), ('SO_ACCEPTCONN', 30), ('SO_BINDTODEVICE', 25), ('SO_BROADCAST', 6), ('SO_DEBUG', 1), ('SO_DOMAIN', 39), ('SO_DONTROUTE', 5), ('SO_ERROR', 4), ('SO_INCOMING_CPU', 49), ('SO_J1939_ERRQUEUE', 4), ('SO_J1939_FILTER', 1), ('SO_J1939_PROMISC', 2), ('SO_J1939_SEND_PRIO', 3), ('SO_KEEPALIVE', 9), ('SO_LINGER', 13), ('SO_MARK', 36), ('SO_OOBINLINE', 10), ('SO_PASSCRED', 16), ('SO_PASSSEC', 34), ('SO_PEERCRED', 17), ('SO_PEERSEC', 31), ('SO_PRIORITY', 12), ('SO_PROTOCOL', 38), ('SO_RCVBUF', 8), ('SO_RCVLOWAT', 18), ('SO_RCVTIMEO', 20), ('SO_REUSEADDR', 2), ('SO_REUSEPORT', 15), ('SO_SNDBUF', 7), ('SO_SNDLOWAT', 19), ('SO_SNDTIMEO', 21), ('SO_TYPE', 3), ('TCP_CONGESTION', 13), ('TCP_CORK', 3), ('TCP_DEFER_ACCEPT', 9), ('TCP_FASTOPEN', 23), ('TCP_INFO', 11), ('TCP_KEEPCNT', 6), ('TCP_KEEPIDLE', 4), ('TCP_KEEPINTVL', 5), ('TCP_LINGER2', 8), ('TCP_MAXSEG', 2), ('TCP_NODELAY', 1), ('TCP_NOTSENT_LOWAT', 25), ('TCP_QUICKACK', 12), ('TCP_SYNCNT', 7), ('TCP_USER_TIMEOUT', 18), ('TCP_WINDOW_CLAMP', 10), ('VMADDR_CID_ANY', 4294967295), ('VMADDR_CID_HOST', 2), ('VMADDR_PORT_ANY', 4294967295)]
# expect: <class 'OSError'> <class 'TimeoutError'> (<class 'socket.gaierror'>, <class 'OSError'>) (<class 'socket.herror'>, <class 'OSError'>) True True None
# expect: <socket object, fd=3 2 1 0 None
# expect: TypeError connect(): AF_INET address must be tuple, not str
# expect: OverflowError bind(): port must be 0-65535.
# expect: TypeError AF_INET address must be a pair (host, port)
# expect: gaierror [Errno -2] Name or service not known
# expect: <socket object, fd=-1, family=2, type=1, proto=0> -1 -1
# expect: OSError illegal IP address string passed to inet_aton
# expect: ok b'\x7f\x00\x00\x01'
# expect: OSError packed IP wrong length for inet_ntoa
# expect: OSError illegal IP address string passed to inet_pton
# expect: ValueError invalid length of packed IP address string
# expect: ok [(2, 1, 6, '', ('0.0.0.0', 80))]
# expect: gaierror [Errno -2] Name or service not known
# expect: OSError Int or String expected
# expect: 256 16777216 1 16777216 127.0.0.1 127.0.0.1
# expect: OverflowError htons: Python int too large to convert to C 16-bit unsigned integer
# expect: 1 1 2 b'hi'  None True
# expect: 0.5 0.5 True
# expect: ValueError buffer too small for requested bytes
# expect: 3 bytearray(b'xyz\x00')
# expect: TimeoutError timed out
# expect: BlockingIOError [Errno 11] Resource temporarily unavailable
# expect: 0.0 False
# expect: OSError [Errno 97] Address family not supported by protocol
# expect: ValueError Timeout value out of range
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError send() takes at least 1 argument (0 given)
# expect: TypeError recv() takes at least 1 argument (0 given)
# expect: TypeError socket.bind() takes exactly one argument (0 given)
# expect: TypeError setsockopt() takes exactly 3 arguments (2 given)
# expect: TypeError getsockopt() takes at least 2 arguments (0 given)
# expect: TypeError listen() takes at most 1 argument (2 given)
# expect: TypeError sendto() takes 2 or 3 arguments (1 given)
# expect: ValueError negative buffersize in recv
# expect: 1 None b'\x01\x00\x00\x00'
# expect: b''
# expect: Sub 2 2 False True
# expect: 5 b'dgram' 0
# expect: None None 2.5 2.5
