/// What a report plugin says about itself: its id, the formats it writes and the options it takes.
///
/// Shared-library plugins return it as JSON text in their table; executables print it for
/// `--manifest`. `reform plugins` lists it.
public struct PluginManifest: Hashable, Sendable, Codable {
    /// An output format.
    public struct Format: Hashable, Sendable, Codable {
        /// The format's id, as given to `--format` (`markdown`, `html`, `csv`, `docx`).
        public let id: String
        /// Its media type, such as `text/markdown`; `text/*`, JSON and CSV outputs must be UTF-8.
        public let mediaType: String
        /// The usual file extension, without the dot.
        public let `extension`: String

        /// Creates a format.
        public init(id: String, mediaType: String, extension: String) {
            self.id = id
            self.mediaType = mediaType
            self.extension = `extension`
        }

        /// Whether the format is text, which the host checks is valid UTF-8.
        public var isText: Bool {
            mediaType.hasPrefix("text/") || mediaType.hasSuffix("json") || mediaType.hasSuffix("+xml") || mediaType == "application/xml"
        }

        private enum CodingKeys: String, CodingKey {
            case id, mediaType = "media_type", `extension`
        }
    }

    /// An option the plugin takes through `--option name=value`.
    public struct Option: Hashable, Sendable, Codable {
        /// What an option's value is.
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            /// Text, passed as it is (the default).
            case text
            /// The path of a file, which the host reads and puts in the request's `files` under the option's name.
            case file
        }

        /// The option's name.
        public let name: String
        /// What it does.
        public let description: String
        /// Its value when not given, if any.
        public let `default`: String?
        /// What its value is; absent means text.
        public let kind: Kind?

        /// Creates an option.
        public init(name: String, description: String, default: String? = nil, kind: Kind? = nil) {
            self.name = name
            self.description = description
            self.default = `default`
            self.kind = kind
        }

        /// Whether the value names a file for the host to read.
        public var isFile: Bool { kind == .file }
    }

    /// The contract version this tool speaks.
    public static let contractVersion = 1

    /// The plugin's id: letters, digits, `-` and `_`; it must match the file's name.
    public let id: String
    /// Its name for people.
    public let name: String
    /// Its version.
    public let version: String
    /// What it produces.
    public let description: String
    /// The contract version it was written for (1).
    public let contract: Int
    /// The formats it writes; the first is the default.
    public let formats: [Format]
    /// The options it takes; a manifest without `options` takes none.
    public let options: [Option]
    /// The large parts of the request it reads (`RequestPart.name`); the host writes the others as
    /// empty lists. `nil` (no `reads` in the manifest) is every part, as before contract 1.3.
    public let reads: [String]?

    /// Creates a manifest for contract 1.
    public init(id: String, name: String, version: String, description: String, formats: [Format], options: [Option] = [],
                reads: [RequestPart]? = nil) {
        self.id = id
        self.name = name
        self.version = version
        self.description = description
        self.contract = Self.contractVersion
        self.formats = formats
        self.options = options
        self.reads = reads?.map(\.name)
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, version, description, contract, formats, options, reads
    }

    /// Whether the plugin reads `part` (every part, when its manifest does not say).
    public func reads(_ part: RequestPart) -> Bool {
        reads?.contains(part.name) ?? true
    }

    /// Reads a manifest; `options` may be left out, meaning none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        version = try container.decode(String.self, forKey: .version)
        description = try container.decode(String.self, forKey: .description)
        contract = try container.decode(Int.self, forKey: .contract)
        formats = try container.decode([Format].self, forKey: .formats)
        options = try container.decodeIfPresent([Option].self, forKey: .options) ?? []
        reads = try container.decodeIfPresent([String].self, forKey: .reads)
    }

    /// Why a manifest cannot be used, or `nil` when it is sound.
    public var problem: String? {
        if contract != Self.contractVersion { return "contract \(contract) is not supported (this tool speaks contract \(Self.contractVersion))" }
        if id.isEmpty || !id.utf8.allSatisfy(PluginManifest.isIDByte) { return "id '\(id)' must be letters, digits, '-' and '_'" }
        if formats.isEmpty { return "it lists no formats" }
        if let bad = formats.first(where: { $0.id.isEmpty }) { return "a format has an empty id (media type '\(bad.mediaType)')" }
        if let unknown = reads?.first(where: { RequestPart.named($0) == nil }) {
            return "reads names '\(unknown)', which is not a part of the request (the parts are \(RequestPart.all.map(\.name).joined(separator: ", ")))"
        }
        return nil
    }

    /// Whether a byte may appear in a plugin id.
    public static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }
}
