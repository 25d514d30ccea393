import Foundation

// Writes the field tables of the view models declared in the given Swift files:
//   ViewFieldsTool OUTPUT SOURCE...
//
// A view model is a struct declared `: TemplateView` (or `: PageView`). Its stored properties,
// one per line (`public var name: Type`), become the fields templates may use: a table of
// closures that read them (what `TemplateRenderer` looks names up in) and their shapes (what
// `TemplateCheck` checks each template's tags against). A type a template cannot show is an error
// at its line, so no field is ever written by hand twice.

struct Field {
    var name: String
    var type: String
    var line: Int
}

struct View {
    var name: String
    var isPublic: Bool
    var template: String?
    /// Declared `: LabelTable` too: every field is a label the owner may override.
    var isLabelTable = false
    var fields: [Field] = []
    var file: String
}

struct Failure: Error { var message: String }

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ViewFieldsTool OUTPUT SOURCE...\n".utf8))
    exit(2)
}

/// `{` minus `}` on a line, outside string literals and comments.
func braceBalance(_ line: Substring) -> Int {
    var balance = 0, inString = false, escaped = false
    var previous: Character = " "
    for character in line {
        if inString {
            if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
        } else if character == "\"" {
            inString = true
        } else if character == "/", previous == "/" {
            break
        } else if character == "{" {
            balance += 1
        } else if character == "}" {
            balance -= 1
        }
        previous = character
    }
    return balance
}

let declaration = try Regex(#"^\s*(?:public |internal |fileprivate |private )?(?:final )?(struct|enum|class|extension) ([A-Za-z_][A-Za-z0-9_.]*)(?:\s*:\s*([^{]+))?\s*\{"#)
let property = try Regex(#"^\s*(public |internal )?(?:private\(set\) |public private\(set\) )?(var|let) ([a-zA-Z_][a-zA-Z0-9_]*): ([^={]+?)\s*(=.*)?$"#)
let templateName = try Regex(#"^\s*(?:public )?static let template = "([a-z0-9-]+)"\s*$"#)

var views: [String: View] = [:]
for path in arguments.dropFirst(2).sorted() {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // The open scopes: a type's name (nil for other braces) and the depth inside it.
    var scopes: [(name: String?, view: String?, depth: Int)] = []
    var depth = 0
    var inMultilineString = false
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.components(separatedBy: "\"\"\"").count % 2 == 0 { inMultilineString.toggle(); continue }
        if inMultilineString { continue }
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("//") { continue }
        let balance = braceBalance(line)
        let names = scopes.compactMap(\.name)
        if let match = try declaration.firstMatch(in: String(line)), balance > 0 {
            let kind = String(match.output[1].substring!)
            let name = String(match.output[2].substring!)
            let conformances = (match.output[3].substring.map(String.init) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            // Each scope's name is qualified already: a type is named within the innermost one.
            let qualified = kind == "extension" ? name : (names.suffix(1) + [name]).joined(separator: ".")
            var viewName: String?
            if kind == "struct", conformances.contains("TemplateView") || conformances.contains("PageView") || conformances.contains("LabelTable") {
                viewName = qualified
                views[qualified] = View(name: qualified, isPublic: trimmed.hasPrefix("public "),
                                        template: nil, isLabelTable: conformances.contains("LabelTable"), file: path)
            }
            scopes.append((kind == "extension" ? name : qualified, viewName, depth))
            depth += balance
            continue
        }
        // A direct member of a view: a stored property, or the template it is the page of.
        if let scope = scopes.last, let view = scope.view, depth == scope.depth + 1, !trimmed.hasPrefix("static") || trimmed.contains("static let template") {
            if let match = try templateName.firstMatch(in: String(line)) {
                views[view]!.template = String(match.output[1].substring!)
            } else if let match = try property.firstMatch(in: String(line)), balance == 0, !trimmed.hasPrefix("static") {
                views[view]!.fields.append(Field(name: String(match.output[3].substring!),
                                                 type: String(match.output[4].substring!).trimmingCharacters(in: .whitespaces),
                                                 line: number + 1))
            }
        }
        depth += balance
        while let scope = scopes.last, depth <= scope.depth { scopes.removeLast() }
    }
}

/// The view a type name written inside `view` refers to, as Swift looks it up: nested first.
@MainActor func resolve(_ type: String, in view: View) -> String? {
    var scope = view.name.split(separator: ".").map(String.init)
    while true {
        let candidate = (scope + [type]).joined(separator: ".")
        if views[candidate] != nil { return candidate }
        if scope.isEmpty { return nil }
        scope.removeLast()
    }
}

@MainActor func shape(of field: Field, in view: View) throws -> String {
    switch field.type {
    case "String": return ".text"
    case "String?": return ".optionalText"
    case "Int": return ".number"
    case "Bool": return ".flag"
    case "[String]": return ".texts"
    default: break
    }
    var type = field.type, wrap = ".view"
    if type.hasPrefix("["), type.hasSuffix("]") { type = String(type.dropFirst().dropLast()); wrap = ".views" }
    else if type.hasSuffix("?") { type = String(type.dropLast()); wrap = ".optionalView" }
    guard let target = resolve(type, in: view) else {
        throw Failure(message: "\(view.file):\(field.line):1: error: '\(field.name)' of \(view.name) is a \(field.type), which a template cannot show: "
                      + "use String, String?, Int, Bool, [String], or a view model (a struct declared ': TemplateView'), optional or in a list")
    }
    return "\(wrap)(\"\(target)\")"
}

var swift = "// Generated at build time by ViewFieldsTool from the view models' stored properties. Do not edit.\n\n"
var shapes: [String] = []
do {
    for view in views.values.sorted(by: { $0.name < $1.name }) {
        let access = view.isPublic ? "public " : ""
        swift += "extension \(view.name) {\n"
        swift += "    \(access)static let fields: [String: @Sendable (\(view.name)) -> TemplateValue] = [\n"
        for field in view.fields { swift += "        \"\(field.name)\": { .init($0.\(field.name)) },\n" }
        swift += view.fields.isEmpty ? "        :\n" : ""
        swift += "    ]\n"
        if view.isLabelTable {
            swift += "\n    /// Sets the label `name` to `text`; false when there is no such label.\n"
            swift += "    \(access)static func set(_ name: String, to text: String, in table: inout \(view.name)) -> Bool {\n        switch name {\n"
            for field in view.fields { swift += "        case \"\(field.name)\": table.\(field.name) = text\n" }
            swift += "        default: return false\n        }\n        return true\n    }\n"
        }
        swift += "}\n\n"
        let list = try view.fields.map { "\"\($0.name)\": \(try shape(of: $0, in: view))" }.joined(separator: ", ")
        shapes.append("        \"\(view.name)\": [\(list.isEmpty ? ":" : list)],\n")
    }
} catch let failure as Failure {
    FileHandle.standardError.write(Data((failure.message + "\n").utf8))
    exit(1)
}
swift += "extension TemplateSchema {\n    /// Every view model's fields and their shapes, by the view's type name.\n"
swift += "    static let views: [String: [String: FieldShape]] = [\n" + shapes.joined() + "    ]\n\n"
swift += "    /// The view model each page template renders, by template name.\n"
swift += "    static let pages: [String: String] = [\n"
for view in views.values.sorted(by: { $0.name < $1.name }) where view.template != nil {
    swift += "        \"\(view.template!)\": \"\(view.name)\",\n"
}
swift += "    ]\n}\n"
try Data(swift.utf8).write(to: URL(fileURLWithPath: arguments[1]))
