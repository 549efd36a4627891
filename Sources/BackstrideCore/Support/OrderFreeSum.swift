extension Sequence where Element == Double {
    /// The sum, the same whatever order the values come in: they are added smallest first. A dictionary's order
    /// differs from one instance to the next (a plan compiled beside another, on another thread, got another), and
    /// floating-point addition in another order can differ in the last bit: enough to round a week's "runs up 2.5%"
    /// to 2 in one run and 3 in the next, or to let a run pass a cap it sits exactly on.
    public var orderFreeSum: Double { sorted().reduce(0, +) }
}
