/// Every template of a build compiled into one flat list of instructions, which rendering
/// walks by index.
///
/// An instruction holds only numbers: where its text is in `bytes`, which name in `names`,
/// where its body ends. Walking them copies nothing that is reference-counted, so the two
/// threads that render pages at once do not contend on the counts of shared template nodes
/// (see docs/performance.md).
struct RenderProgram: Sendable {
    enum Instruction: Sendable {
        /// The bytes `bytes[start..<end]`.
        case text(start: Int32, end: Int32)
        case value(name: Int32, escaped: Bool)
        /// A section; its body is the instructions after it, up to `end`.
        case section(name: Int32, inverted: Bool, end: Int32)
        /// A partial or a parent: template number `template`, with `indentation` when standalone,
        /// and the override set `overrides` (-1: none) whose bodies are the instructions after
        /// it, up to `end`.
        case partial(template: Int32, indentation: Indentation, overrides: Int32, end: Int32)
        /// A block named `label`; its defaults are the instructions after it, up to `end`.
        case block(label: Int32, indentation: Indentation, end: Int32)
    }

    /// The whitespace before a standalone tag, as `bytes[start..<end]`; start -1 when the tag
    /// is not standalone.
    struct Indentation: Sendable {
        var start: Int32
        var end: Int32
        static let none = Indentation(start: -1, end: -1)
    }

    /// A name in a tag: parts `nameParts[first..<first + count]`.
    struct Name: Sendable {
        var first: Int32
        var count: Int32
        var innermostOnly: Bool
        var isDot: Bool
    }

    /// A block a parent's child overrides: its body is `instructions[start..<end]`.
    struct Override: Sendable {
        var label: Int32
        var start: Int32
        var end: Int32
    }

    private(set) var instructions: [Instruction] = []
    private(set) var bytes: [UInt8] = []
    private(set) var names: [Name] = []
    private(set) var nameParts: [String] = []
    /// For each of `nameParts`, a number shared by every part with the same text.
    private(set) var partNumbers: [Int32] = []
    private var parts: [String: Int32] = [:]
    private(set) var overrideSets: [[Override]] = []
    /// Each template's instructions, by template number; templates are numbered in name order.
    private(set) var templates: [Range<Int>] = []
    private(set) var numbers: [String: Int32] = [:]
    private var labels: [String: Int32] = [:]

    init(_ compiled: [String: CompiledTemplate]) {
        let names = compiled.keys.sorted()
        for (number, name) in names.enumerated() { numbers[name] = Int32(number) }
        for name in names {
            let start = instructions.count
            emit(compiled[name]!.nodes)
            templates.append(start..<instructions.count)
        }
    }

    private mutating func emit(_ nodes: [CompiledTemplate.Node]) {
        for node in nodes {
            switch node {
            case .text(let text):
                instructions.append(.text(start: Int32(bytes.count), end: Int32(bytes.count + text.count)))
                bytes += text
            case .value(let name, let escaped):
                instructions.append(.value(name: intern(name), escaped: escaped))
            case .section(let name, let body, let inverted):
                let name = intern(name)
                let at = placeholder()
                emit(body)
                instructions[at] = .section(name: name, inverted: inverted, end: Int32(instructions.count))
            case .partial(let name, _, let indentation, let overrides):
                let indentation = indentation.map { store($0) } ?? .none
                let at = placeholder()
                var set: Int32 = -1
                if let overrides {
                    var bodies: [Override] = []
                    for (block, body) in overrides.sorted(by: { $0.key < $1.key }) {
                        let start = instructions.count
                        emit(body)
                        bodies.append(Override(label: label(block), start: Int32(start), end: Int32(instructions.count)))
                    }
                    set = Int32(overrideSets.count)
                    overrideSets.append(bodies)
                }
                // Every partial exists: `TemplateCheck` refuses templates that name one that does not.
                instructions[at] = .partial(template: numbers[name]!, indentation: indentation, overrides: set,
                                            end: Int32(instructions.count))
            case .block(let name, let defaults, let indentation):
                let indentation = store(indentation)
                let at = placeholder()
                emit(defaults)
                instructions[at] = .block(label: label(name), indentation: indentation, end: Int32(instructions.count))
            case .override:
                break // collected by the parent that holds it
            }
        }
    }

    private mutating func placeholder() -> Int {
        instructions.append(.text(start: 0, end: 0))
        return instructions.count - 1
    }

    private mutating func store(_ indentation: [UInt8]) -> Indentation {
        defer { bytes += indentation }
        return Indentation(start: Int32(bytes.count), end: Int32(bytes.count + indentation.count))
    }

    private mutating func intern(_ name: CompiledTemplate.Name) -> Int32 {
        names.append(Name(first: Int32(nameParts.count), count: Int32(name.parts.count),
                          innermostOnly: name.innermostOnly, isDot: name.isDot))
        nameParts += name.parts
        for part in name.parts {
            if parts[part] == nil { parts[part] = Int32(parts.count) }
            partNumbers.append(parts[part]!)
        }
        return Int32(names.count - 1)
    }

    private mutating func label(_ name: String) -> Int32 {
        if let number = labels[name] { return number }
        labels[name] = Int32(labels.count)
        return Int32(labels.count - 1)
    }
}
