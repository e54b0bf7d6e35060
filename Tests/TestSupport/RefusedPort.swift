import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A TCP socket bound to an ephemeral port on 127.0.0.1, not yet listening.
public func boundLoopbackSocket(reuseAddress: Bool) throws -> (fd: Int32, port: Int) {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw CocoaError(.featureUnsupported) }
    if reuseAddress {
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    guard bound == 0, named == 0 else {
        close(fd)
        throw CocoaError(.featureUnsupported)
    }
    return (fd, Int(UInt16(bigEndian: address.sin_port)))
}

/// A port on 127.0.0.1 where every connection is refused, for as long as the test process runs.
///
/// The port stays bound by a socket that never listens: the kernel refuses connections to it, and no server of a
/// test running beside it can be given the same port (a port bound and closed again could be, and then answer).
public func refusedLoopbackPort() throws -> Int {
    // Deliberately never closed: the port must stay taken until the process ends.
    try boundLoopbackSocket(reuseAddress: false).port
}
