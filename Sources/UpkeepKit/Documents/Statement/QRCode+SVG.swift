/// A QR code as inline SVG, for the statement's payment slip.
extension QRCode {
    /// One `<svg>` scaled by its container, with the four-module quiet zone the standard asks for
    /// in white, each row's runs of dark modules as one path.
    public func svg(label: String) -> String {
        let side = width + 8
        // Written as bytes: a statement's code has hundreds of runs, and every statement that asks
        // for money has a code.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width * width)
        func number(_ n: Int) {
            if n >= 10 { number(n / 10) }
            bytes.append(UInt8(ascii: "0") + UInt8(n % 10))
        }
        for row in 0..<width {
            var column = 0
            while column < width {
                guard dark[row * width + column] else { column += 1; continue }
                var run = 1
                while column + run < width, dark[row * width + column + run] { run += 1 }
                bytes.append(UInt8(ascii: "M")); number(column + 4)
                bytes.append(UInt8(ascii: " ")); number(row + 4)
                bytes.append(UInt8(ascii: "h")); number(run)
                bytes.append(contentsOf: "v1h-".utf8); number(run)
                bytes.append(UInt8(ascii: "z"))
                column += run
            }
        }
        let path = String(decoding: bytes, as: UTF8.self)
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" aria-label=\"\(escapeXML(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
