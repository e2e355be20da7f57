/// Checking text that crosses a boundary (plugin output, imported files) for UTF-8.
public enum UTF8Validation {
    /// How many bytes at the start of `bytes` are whole, valid UTF-8 characters: all of them when
    /// the text is valid, else where the first bad or cut-off character starts.
    public static func validPrefix(of bytes: some Sequence<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var count = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { count += scalar.count }
        return count
    }
}

extension String {
    /// The string if `bytes` are valid UTF-8, else `nil`.
    public init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard UTF8Validation.validPrefix(of: bytes) == bytes.count else { return nil }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
