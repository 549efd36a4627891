import Foundation

/// How the body lies in its world for a view, and where the camera looks from.
///
/// The world's floor is y = 0. Every view but `top` looks along the world z axis, so the body is first turned so the
/// side to be seen faces +z; the solver then only turns it within the picture.
public enum ViewSetup {
    /// Body frame (x front, y head, z right) to world, before the frame's tilt. Nil when the view cannot show the
    /// position (a supine body has no `front` view: that is `top`).
    public static func bodyTurn(_ position: BodyPosition, _ view: DiagramView) -> Matrix3? {
        let base: Matrix3
        switch position {
        case .standing, .sitting, .kneeling: base = .identity
        case .quadruped, .prone: base = Matrix3(-.unitY, .unitX, .unitZ)
        case .supine: base = Matrix3(.unitY, -.unitX, .unitZ)
        case .sideLying: base = Matrix3(.unitZ, .unitX, .unitY)
        }
        let upright = position.kind == .standing || position == .kneeling
        switch (view, position) {
        case (.side, .sideLying): return nil
        case (.side, _), (.threeQuarter, _): return base
        case (.front, .sideLying): return base
        case (.front, _): return upright ? Matrix3.aboutY(-90) * base : nil
        case (.back, .sideLying): return Matrix3.aboutY(180) * base
        case (.back, _): return upright ? Matrix3.aboutY(90) * base : nil
        case (.top, _):
            // Lying down, turn the head to the top of the picture.
            let head = base.c1
            guard abs(head.y) < 0.5 else { return base }
            return Matrix3.aboutY(atan2(-head.x, -head.z) * 180 / .pi * -1) * base
        }
    }

    /// The camera's own turn when the exercise gives none.
    public static func defaultCamera(_ view: DiagramView) -> CameraTurn {
        view == .threeQuarter ? CameraTurn(above: 20, turn: 35) : CameraTurn(above: 0, turn: 0)
    }

    /// World to camera: x across the picture, y up the picture, z toward the viewer.
    public static func camera(_ view: DiagramView, _ turn: CameraTurn) -> Matrix3 {
        let above = view == .top ? 90 + turn.above : turn.above
        return Matrix3.aboutX(above) * Matrix3.aboutY(-turn.turn)
    }

    /// Body frame to world for a solved frame.
    public static func rotation(_ bodyTurn: Matrix3, tilt: Double) -> Matrix3 { Matrix3.aboutZ(-tilt) * bodyTurn }
}
