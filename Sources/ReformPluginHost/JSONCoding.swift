import Foundation

/// JSON decoding from byte arrays.
enum JSONCoding {
    struct Decoder {
        func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
            try JSONDecoder().decode(type, from: Data(bytes))
        }
    }

    static let decoder = Decoder()
}
