/// Writes an `Encodable` value as one line of text that two values share only when they are equal: a cache key.
///
/// Every value is written with its whole path (`start.angles.hip.0.flex=...`), so the text can be read back into
/// only one tree, and numbers as their exact bits. Keys follow the order the types encode them in, which is fixed
/// for a build of the program; keys are never kept across builds. JSONEncoder gave the same guarantees but built,
/// sorted and escaped a document first, which was a quarter of loading the exercise library.
public enum KeyEncoder {
    public static func key<Value: Encodable>(_ value: Value) throws -> String {
        let sink = Sink()
        try value.encode(to: PathEncoder(sink: sink, path: ""))
        return sink.text
    }

    final class Sink {
        var text = ""
        func write(_ path: String, _ value: String) {
            text += path
            text += "="
            text += value
            text += ";"
        }
    }

    struct PathEncoder: Encoder {
        let sink: Sink
        let path: String
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            sink.write(path, "{")
            return KeyedEncodingContainer(Keyed(sink: sink, path: path))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            sink.write(path, "[")
            return Unkeyed(sink: sink, path: path)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink, path: path) }
    }

    /// Text for the plain values every container writes; strings carry their length, so no character needs escaping.
    static func text(_ value: some Encodable) -> String? {
        switch value {
        case let v as Bool: return v ? "t" : "f"
        case let v as String: return "\(v.utf8.count):\(v)"
        case let v as Double: return "d\(String(v.bitPattern, radix: 16))"
        case let v as Float: return "f\(String(v.bitPattern, radix: 16))"
        case let v as Int: return "i\(v)"
        default: return nil
        }
    }

    static func encode(_ value: some Encodable, at path: String, into sink: Sink) throws {
        if let text = text(value) {
            sink.write(path, text)
        } else {
            try value.encode(to: PathEncoder(sink: sink, path: path))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        let path: String
        var codingPath: [any CodingKey] { [] }

        private func at(_ key: Key) -> String { path + "." + key.stringValue }

        mutating func encodeNil(forKey key: Key) throws { sink.write(at(key), "nil") }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try KeyEncoder.encode(value, at: at(key), into: sink) }
        mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
            PathEncoder(sink: sink, path: at(key)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            PathEncoder(sink: sink, path: at(key)).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { PathEncoder(sink: sink, path: path + ".super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { PathEncoder(sink: sink, path: at(key)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        let path: String
        var codingPath: [any CodingKey] { [] }
        var count = 0

        init(sink: Sink, path: String) {
            self.sink = sink
            self.path = path
        }

        private mutating func next() -> String {
            defer { count += 1 }
            return path + "." + String(count)
        }

        mutating func encodeNil() throws { sink.write(next(), "nil") }
        mutating func encode<T: Encodable>(_ value: T) throws { try KeyEncoder.encode(value, at: next(), into: sink) }
        mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type) -> KeyedEncodingContainer<N> {
            PathEncoder(sink: sink, path: next()).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            PathEncoder(sink: sink, path: next()).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { PathEncoder(sink: sink, path: next()) }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        let path: String
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { sink.write(path, "nil") }
        mutating func encode<T: Encodable>(_ value: T) throws { try KeyEncoder.encode(value, at: path, into: sink) }
    }
}
