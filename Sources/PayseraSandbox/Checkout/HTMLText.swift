import Foundation
import Hummingbird

/// HTML escaping and the one document frame every sandbox page uses, with its strict Content-Security-Policy.
enum HTMLText {
    /// Text made safe to place in HTML text and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// No scripts, no outside resources; forms post only here, or (after a payment) on to the shop's own addresses.
    static func contentSecurityPolicy(formTargets: [String] = []) -> String {
        let origins = formTargets.compactMap(origin(of:))
        return "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" + origins.map { " " + $0 }.joined()
    }

    /// `scheme://host[:port]` of a URL, only when it is made of characters that cannot break a policy.
    static func origin(of url: String) -> String? {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parts.host, !host.isEmpty,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-[]:".contains($0)) })
        else { return nil }
        return parts.port.map { "\(scheme)://\(host):\($0)" } ?? "\(scheme)://\(host)"
    }

    /// A whole page as an HTML answer.
    static func response(
        _ status: HTTPResponse.Status, language: String, title: String, banner: String, body: String, formTargets: [String] = []
    ) -> Response {
        let page = """
            <!doctype html>
            <html lang="\(escape(language))"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>\(style)</style></head>
            <body><p class="sandbox">\(escape(banner))</p><main>\(body)</main></body></html>
            """
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: contentSecurityPolicy(formTargets: formTargets)],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// Dark text on white (over 12:1), buttons white on dark blue (over 7:1), a thick focus ring.
    static let style = """
        body{font-family:sans-serif;color:#1a1a1a;background:#fff;max-width:34rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
        .amount{font-size:2rem;font-weight:bold}.status{text-transform:uppercase;letter-spacing:.05em}
        fieldset{border:1px solid #555;padding:.5rem 1rem}label{display:block;padding:.4rem 0}
        form{display:inline-block;margin:.5rem .5rem .5rem 0}
        button{font-size:1.1rem;padding:.5rem 1.5rem;background:#0b3d91;color:#fff;border:0;border-radius:4px}
        button.secondary{background:#fff;color:#0b3d91;border:2px solid #0b3d91}
        a{color:#0b3d91}:focus{outline:3px solid #8a4500;outline-offset:2px}
        .notice{padding:.5rem;border:1px solid #555}.sandbox{color:#8a4500;font-weight:bold}
        dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dd{margin:0}
        table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .4rem;text-align:left;vertical-align:top}
        """
}
