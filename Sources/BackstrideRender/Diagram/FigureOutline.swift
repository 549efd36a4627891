import BackstrideCore
import Foundation

/// The figure of one frame as flat shapes: one outline per body part, gathered into groups (trunk, head, each limb)
/// that are drawn as one silhouette each, farthest first. Limbs on the far side of the body are marked so they can be
/// filled grey.
struct FigureOutline {
    struct Group {
        var group: BodyPart.Group
        /// One convex outline per part, in picture units.
        var shapes: [[Point]]
        var depth: Double
        var far: Bool
    }

    var groups: [Group]
    /// The eyes that face the viewer, and the head's outline (for the checks).
    var eyes: [Point]
    var head: [Point]
    /// The hair seen on the skull (see `HairCap`).
    var hair: [Point]

    init(_ figure: Figure, _ projection: Projection) {
        var byGroup: [BodyPart.Group: (shapes: [[Point]], depth: Double, count: Double)] = [:]
        for part in figure.parts {
            var entry = byGroup[part.part.group] ?? ([], 0, 0)
            if part.part == .head, let nose = part.blobs.last {
                // The nose is its own shape, so it stands out of the profile instead of vanishing into the head's hull:
                // with the hair it is what tells a face-down head from a face-up one.
                entry.shapes.append(PlaneGeometry.hull(part.blobs.dropLast().flatMap { projection.outline($0) }))
                entry.shapes.append(projection.outline(nose, samples: 16))
            } else {
                entry.shapes.append(PlaneGeometry.hull(part.blobs.flatMap { projection.outline($0) }))
            }
            for blob in part.blobs {
                entry.depth += projection.depth(blob.centre)
                entry.count += 1
            }
            byGroup[part.part.group] = entry
        }
        let trunkDepth = byGroup[.trunk].map { $0.depth / $0.count } ?? 0
        // A side of the body is the far side when its side points away from the viewer (not in a front or top view).
        let rightward = (figure.rotation * Vector3.unitZ).dot(projection.towardViewer)
        var groups = byGroup.map { key, value -> Group in
            var depth = value.depth / value.count
            // The head sits on the neck: drawn after the trunk unless something is clearly behind or in front of it.
            if key == .head { depth = max(depth, trunkDepth + 0.001) }
            var far = false
            if case let .arm(side) = key { far = rightward * side.sign < -0.3 }
            if case let .leg(side) = key { far = rightward * side.sign < -0.3 }
            return Group(group: key, shapes: value.shapes, depth: depth, far: far)
        }
        groups.sort { $0.depth != $1.depth ? $0.depth < $1.depth : Self.order($0.group) < Self.order($1.group) }
        self.groups = groups
        head = groups.first { $0.group == .head }?.shapes.first ?? []

        hair = HairCap.outline(figure[.head].blobs[0], projection)
        let face = figure.face
        let right = face.forward.cross(face.up).normalized
        let toward = projection.towardViewer
        eyes = [1.0, -1.0].compactMap { side -> Point? in
            let offset = face.forward * 0.044 + face.up * 0.01 + right * (0.022 * side)
            guard offset.normalized.dot(toward) > 0.25 else { return nil }
            return projection.point(face.centre + offset)
        }
    }

    /// Stable order for groups at the same depth.
    static func order(_ g: BodyPart.Group) -> Int {
        switch g {
        case .leg(.left): return 0
        case .arm(.left): return 1
        case .trunk: return 2
        case .head: return 3
        case .leg(.right): return 4
        case .arm(.right): return 5
        }
    }
}
