namespace DispatchDemo;

/// <summary>A falling body of the physics pass: an abstract base class whose subclasses seal their override.</summary>
internal abstract class Body(double mass)
{
    protected const double Gravity = 9.81;

    public double Mass { get; } = mass;

    /// <summary>Acceleration (m/s²) at the given downward velocity.</summary>
    public abstract double Accelerate(double velocity);
}

/// <summary>A dense ball: air drag is negligible.</summary>
internal class Ball(double mass) : Body(mass)
{
    // Sealed override: a caller that knows it holds a Ball can call this directly, with no virtual dispatch.
    public sealed override double Accelerate(double velocity) => Gravity;
}

/// <summary>A feather: drag grows with the square of the velocity.</summary>
internal class Feather(double mass, double drag) : Body(mass)
{
    public sealed override double Accelerate(double velocity) => Gravity - (drag * velocity * velocity / Mass);
}
