import Foundation

/// `embed-files OUTPUT FILE...`: writes OUTPUT, a Swift file holding each FILE's text by its name
/// (`dashboard.mustache` as `"dashboard.mustache"`), for the EmbedTemplates build plugin.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else { fatalError("usage: embed-files OUTPUT FILE...") }
var source = "// Written by the EmbedTemplates build plugin from the target's Templates folder: edit those files, not this one.\n\n"
source += "/// The text of each file of the `Templates` folder, by file name.\nenum EmbeddedFiles {\n    static let text: [String: String] = [\n"
for path in arguments.dropFirst() {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let name = URL(fileURLWithPath: path).lastPathComponent
    // A raw string with more # than any run of them in the text, so nothing in it ends the literal.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") { hashes += "#" }
    source += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
