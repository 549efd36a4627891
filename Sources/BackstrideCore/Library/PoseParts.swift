import Foundation

/// A body part that rests on something, as an exercise file names it.
public enum ContactPart: String, Codable, Sendable, CaseIterable {
    case head
    case upperBack = "upper_back", lowerBack = "lower_back", pelvis, back, front, side
    case shoulder, hand, forearm, elbow, knee, shin, foot, toes, heel, thigh, leg
}

/// What a body part rests on.
public enum Surface: String, Vocabulary {
    case floor, wall, chair, bench, step
    public static let vocabularyName = "surface"
}

/// One declared contact: a part (of one side, or both sides when `side` is nil) resting on a surface.
public struct Contact: Codable, Equatable, Sendable {
    public var part: ContactPart
    public var side: Side?
    public var surface: Surface

    public init(_ part: ContactPart, side: Side? = nil, on surface: Surface) {
        self.part = part
        self.side = side
        self.surface = surface
    }
}

/// Where a loop band goes.
public enum BandPlace: Codable, Equatable, Sendable {
    /// Round both knees or both ankles.
    case knees, ankles
    /// From the hands to a fixed point (x, height) in the world, tied to a post or a door.
    case handsTo(x: Double, height: Double)
}

/// Things drawn with the figure. Positions are in body heights along the floor, the pelvis starting near x = 0.
public enum Prop: Codable, Equatable, Sendable {
    case mat
    /// A wall across the floor at `x` (seen edge-on in a side view), or behind the figure at depth `z`.
    case wall(x: Double?, z: Double?)
    /// A chair whose seat's front edge is at `x`; someone sitting on it faces `facing`.
    case chair(x: Double, facing: Side)
    /// A bench or sofa: a padded box centred at `x`.
    case bench(x: Double, height: Double, length: Double)
    /// A step or stair: a box centred at `x`.
    case step(x: Double, height: Double, length: Double)
    case band(BandPlace)
    /// One kettlebell held in both hands.
    case kettlebell
    /// A dumbbell in each hand.
    case dumbbells
    case ball(x: Double)
    case foamRoller(x: Double)
    /// A metronome on the floor beside the figure.
    case metronome
}

/// The body points a movement arrow can follow.
public enum ArrowSite: Codable, Equatable, Sendable {
    /// `back` is the surface of the low back, where a back that rounds and arches moves most.
    case head, chest, back, pelvis, hands
    case hand(Side), elbow(Side), knee(Side), foot(Side)
    /// Straight ahead of the chest, the way the body faces: running forward (strides), where no one body point's
    /// path between two moments of a stride says "go".
    case ahead
    /// A hand's breadth above the crown: a whole body tipping from the ankles, shown by an arc over the head rather
    /// than arrows behind the body, which readers took for a push.
    case aboveHead
}

/// An arrow in the end frame along the path a body point travels from the start.
public struct MovementArrow: Codable, Equatable, Sendable {
    public var site: ArrowSite
    /// A head at both ends, for a movement done back and forth.
    public var bothWays: Bool

    public init(_ site: ArrowSite, bothWays: Bool = false) {
        self.site = site
        self.bothWays = bothWays
    }
}
