import Crypto
import Foundation

/// Signs and checks webhook bodies: lower-case hex HMAC-SHA256 of the raw body, keyed with the client secret.
public enum WebhookSignature {
    /// Header carrying the signature.
    public static let signatureHeader = "X-Paysera-Signature"
    /// Header naming the algorithm.
    public static let algorithmHeader = "X-Paysera-Signature-Alg"
    /// The only algorithm in use.
    public static let algorithm = "HMAC-SHA256"
    /// Header with the Unix time the webhook was made.
    public static let createdAtHeader = "X-Paysera-Created-At"
    /// Header with the id of the delivery attempt.
    public static let requestIDHeader = "X-Paysera-Request-Id"
    /// Header with the id of the callback, the same across retries.
    public static let callbackIDHeader = "X-Paysera-Callback-Id"

    /// The signature of `body` as lower-case hex.
    public static func sign(body: some DataProtocol, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return mac.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Whether `signature` (hex, either case, surrounding spaces ignored) matches `body`; compared in constant time.
    public static func verify(body: some DataProtocol, signature: String, secret: String) -> Bool {
        guard let given = bytes(fromHex: signature.trimmingCharacters(in: .whitespaces)),
            given.count == SHA256.byteCount
        else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(
            given, authenticating: body, using: SymmetricKey(data: Data(secret.utf8)))
    }

    private static func bytes(fromHex hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard !digits.isEmpty, digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
