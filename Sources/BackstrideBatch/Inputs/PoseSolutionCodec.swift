import BackstrideCore

/// The pose cache's file format: every number stored as its exact bits, so a solution read back is the very one
/// solved (the PDF must not change by a rounding), and reading takes a fraction of what JSON decoding took.
///
/// `BSPOSES1`, the entry count, then per entry: the key's length and UTF-8 bytes, whether there is an end frame, the
/// number of steps between, then each placement (start, end, steps) as 33 numbers. Integers are 32-bit and numbers
/// 64-bit, little-endian. Anything that does not read back exactly is refused whole (and the poses are solved again).
enum PoseSolutionCodec {
    static let magic = Array("BSPOSES1".utf8)

    static func encode(_ solutions: [String: SolvedPose]) -> [UInt8] {
        var out = magic
        func int(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { out += $0 } }
        int(solutions.count)
        for (key, solved) in solutions.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(key.utf8)
            int(bytes.count)
            out += bytes
            out.append(solved.end == nil ? 0 : 1)
            int(solved.between.count)
            for place in [solved.start] + (solved.end.map { [$0] } ?? []) + solved.between {
                for n in place.numbers { withUnsafeBytes(of: n.bitPattern.littleEndian) { out += $0 } }
            }
        }
        return out
    }

    static func decode(_ bytes: [UInt8]) -> [String: SolvedPose]? {
        var at = 0
        func take(_ n: Int) -> ArraySlice<UInt8>? {
            guard n >= 0, at + n <= bytes.count else { return nil }
            defer { at += n }
            return bytes[at..<(at + n)]
        }
        func int() -> Int? {
            take(4).map { Int($0.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }) }
        }
        func number() -> Double? {
            take(8).map { Double(bitPattern: $0.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }) }
        }
        func placement() -> Placement? {
            var numbers: [Double] = []
            for _ in 0..<Placement.numberCount {
                guard let n = number(), n.isFinite else { return nil }
                numbers.append(n)
            }
            return Placement(numbers: numbers)
        }
        guard take(magic.count).map(Array.init) == magic, let count = int() else { return nil }
        var solutions: [String: SolvedPose] = [:]
        for _ in 0..<count {
            guard let length = int(), let key = take(length).map({ String(decoding: $0, as: UTF8.self) }),
                  let hasEnd = take(1)?.first, hasEnd <= 1, let steps = int(), steps <= 64, let start = placement() else { return nil }
            var solved = SolvedPose(start: start, end: nil)
            if hasEnd == 1 {
                guard let end = placement() else { return nil }
                solved.end = end
            }
            for _ in 0..<steps {
                guard let step = placement() else { return nil }
                solved.between.append(step)
            }
            solutions[key] = solved
        }
        return at == bytes.count ? solutions : nil
    }
}

extension Placement {
    static let numberCount = 33

    /// Turn, position, then every joint angle in a fixed order.
    var numbers: [Double] {
        var n = [tilt, origin.x, origin.y, origin.z]
        for turn in [angles.lumbar, angles.thoracic, angles.neck] { n += [turn.flex, turn.abd, turn.rot] }
        for side in Side.allCases {
            for turn in [angles.hip[side], angles.shoulder[side]] { n += [turn.flex, turn.abd, turn.rot] }
            n += [angles.knee[side], angles.ankle[side], angles.elbow[side], angles.wrist[side]]
        }
        return n
    }

    init?(numbers n: [Double]) {
        guard n.count == Self.numberCount else { return nil }
        var angles = BodyAngles()
        var i = 4
        func turn() -> JointTurn {
            defer { i += 3 }
            return JointTurn(flex: n[i], abd: n[i + 1], rot: n[i + 2])
        }
        angles.lumbar = turn()
        angles.thoracic = turn()
        angles.neck = turn()
        for side in Side.allCases {
            angles.hip[side] = turn()
            angles.shoulder[side] = turn()
            angles.knee[side] = n[i]
            angles.ankle[side] = n[i + 1]
            angles.elbow[side] = n[i + 2]
            angles.wrist[side] = n[i + 3]
            i += 4
        }
        self.init(tilt: n[0], origin: Vector3(n[1], n[2], n[3]), angles: angles)
    }
}
