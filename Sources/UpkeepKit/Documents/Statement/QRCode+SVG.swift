/// A QR code as inline SVG, for the statement's payment slip.
extension QRCode {
    /// One `<svg>` scaled by its container, with the four-module quiet zone the standard asks for
    /// in white, each row's runs of dark modules as one path.
    public func svg(label: String) -> String {
        let side = width + 8
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                guard dark[row * width + column] else { column += 1; continue }
                var run = 1
                while column + run < width, dark[row * width + column + run] { run += 1 }
                path += "M\(column + 4) \(row + 4)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" aria-label=\"\(escapeXML(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
