import Testing
@testable import ReformCore

@Suite("Finding a mapping's keys")
struct KeyLookupTests {
    @Test("every key of every section is found at its own position, and near misses are not found")
    func everySectionKey() {
        for section in FormatSchema.sections {
            for (position, key) in section.keys.enumerated() {
                #expect(section.keyIndex.index(of: key) == position, "\(section.name).\(key)")
                for near in [key + "s", String(key.dropLast()), key.uppercased(), " " + key] where !section.keys.contains(near) {
                    #expect(section.keyIndex.index(of: near) == nil, "\(section.name): '\(near)'")
                }
            }
            #expect(section.keyIndex.index(of: "") == nil)
        }
    }

    @Test("a table of no keys finds nothing")
    func empty() {
        #expect(KeyLookup.none.index(of: "id") == nil)
        #expect(KeyLookup([]).index(of: "") == nil)
    }
}
